/**
 * Finds every 绩效表 on a sheet (anywhere on it, several stacked) and reads each one.
 * Never throws: a sheet that is not a 绩效表 gets a zh-CN reason instead.
 */
import type { PerformanceForm } from "../model/form";
import type { SheetSnapshot } from "../snapshot";
import { memo, normalizeText } from "../text/normalize";
import { isFormTitle } from "./labels";
import { type LabelMatch, matchLabel } from "./matchLabel";
import { type FormBand, type LabelCell, readForm } from "./readForm";
import { SheetGrid } from "./sheetGrid";

export interface SheetReading {
  forms: PerformanceForm[];
  /** zh-CN reason when no form was found. */
  reason?: string;
}

interface Scan {
  labels: LabelCell[];
  titleRows: number[];
  nonEmpty: number;
}

/** What a cell's text is to the scanner; memoised because forms repeat the same labels. */
const classifyCellText = memo((text: string): { title: boolean; match: LabelMatch | null } => {
  if (text.length <= 40 && isFormTitle(normalizeText(text).replace(/\s+/g, ""))) return { title: true, match: null };
  return { title: false, match: matchLabel(text) };
});

function scan(grid: SheetGrid): Scan {
  const labels: LabelCell[] = [];
  const titleRows: number[] = [];
  let nonEmpty = 0;
  for (let row = grid.top; row <= grid.bottom; row++) {
    for (let col = grid.left; col <= grid.right; col++) {
      const text = grid.text(row, col);
      if (!text) continue;
      nonEmpty++;
      const a = grid.anchor(row, col);
      if (a.row !== row || a.col !== col) continue;
      const kind = classifyCellText(text);
      if (kind.title) {
        if (titleRows[titleRows.length - 1] !== row) titleRows.push(row);
      } else if (kind.match) {
        labels.push({ row, col, match: kind.match });
      }
    }
  }
  return { labels, titleRows, nonEmpty };
}

/** Rows where a form starts: each 项目名称 label, pulled up to a title just above it. */
function formBands(grid: SheetGrid, s: Scan): FormBand[] {
  let anchors = s.labels.filter((l) => l.match.target.kind === "field" && l.match.target.key === "projectName").map((l) => l.row);
  if (anchors.length === 0) anchors = [...s.titleRows];
  if (anchors.length === 0) anchors = s.labels.filter((l) => l.match.target.kind === "indicator-header").map((l) => l.row);
  anchors = [...new Set(anchors)].sort((a, b) => a - b);
  const bands: FormBand[] = [];
  anchors.forEach((row, i) => {
    const floor = i === 0 ? grid.top : anchors[i - 1] + 1;
    const title = [...s.titleRows].reverse().find((t) => t <= row && t >= floor && row - t <= 4) ?? null;
    bands.push({ top: title ?? row, bottom: grid.bottom, titleRow: title, labels: [] });
  });
  for (let i = 0; i < bands.length - 1; i++) bands[i].bottom = bands[i + 1].top - 1;
  for (const b of bands) {
    while (b.bottom > b.top && grid.isRowEmpty(b.bottom)) b.bottom--;
    b.labels = s.labels.filter((l) => l.row >= b.top && l.row <= b.bottom);
  }
  // Labels above the first band (e.g. a title two rows above 项目名称 is already included) are ignored.
  return bands;
}

/** Distinct evidence that a band really is a 绩效表 (not a list that happens to say 项目名称). */
function evidence(band: FormBand): number {
  const kinds = new Set<string>();
  if (band.titleRow !== null) kinds.add("title");
  for (const l of band.labels) {
    const t = l.match.target;
    if (t.kind === "field" && (t.key === "projectName" || t.key === "department" || t.key === "period")) kinds.add(t.key);
    else if (t.kind === "money") kinds.add("money");
    else if (t.kind === "goal" || (t.kind === "section" && t.section === "goals")) kinds.add("goals");
    else if (t.kind === "indicator-header" || (t.kind === "section" && t.section === "indicators")) kinds.add("indicators");
    else if (t.kind === "section" && (t.section === "funding" || t.section === "details" || t.section === "budget")) kinds.add("funding");
  }
  return kinds.size;
}

const MIN_EVIDENCE = 3;

/** Reads every form on the sheet. */
export function readSheet(snapshot: SheetSnapshot): SheetReading {
  const grid = new SheetGrid(snapshot);
  const s = scan(grid);
  if (s.nonEmpty === 0) return { forms: [], reason: "工作表是空的，没有可检查的内容。" };
  const bands = formBands(grid, s).filter((b) => evidence(b) >= MIN_EVIDENCE);
  if (bands.length === 0) {
    const seen = s.labels.length;
    return {
      forms: [],
      reason:
        seen === 0
          ? "没有找到绩效表的标签（如“项目名称”“绩效目标”“一级指标”），这张工作表看起来不是项目支出绩效目标表。"
          : "只找到零星的绩效表标签，缺少“项目名称”“预算/资金”“绩效目标”“绩效指标”等主要部分，无法识别为项目支出绩效目标表。",
    };
  }
  return { forms: bands.map((b) => readForm(grid, b)) };
}
