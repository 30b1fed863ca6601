/**
 * Finds every 绩效表 on a sheet (anywhere on it, several stacked) and reads each one.
 * Never throws: a sheet that is not a 绩效表 gets a zh-CN reason instead.
 *
 * Forms start at each 项目名称 (or 资金名称) label, pulled up to a title just above it; a sheet without
 * such a label is cut at its titles. A 项目名称 that is a column heading (the value is below it, the
 * neighbours are headings too) starts a list: with indicator columns it is a list of projects with their
 * indicators (each project a form); without them it is a plain list of projects, not a form. An indicator
 * table above the first form (the end of a form whose start is on another page) is read as a fragment.
 * Every step is linear in the number of labels and rows.
 */
import { columnLetters } from "../cellAddress";
import type { PerformanceForm } from "../model/form";
import type { SheetSnapshot } from "../snapshot";
import { labelKey, memo, normalizeText } from "../text/normalize";
import { hasCheckboxes } from "./checkboxText";
import { classifyIndicatorHeader, indicatorHeadings } from "./columnRoles";
import { isFormTitle } from "./labels";
import { type LabelMatch, matchLabel } from "./matchLabel";
import { type FormBand, type LabelCell, readForm } from "./readForm";
import { headingBottom, readProjectList } from "./readProjectList";
import { columnHoldsCellSections } from "./readFlatIndicators";
import { readOutline } from "./readOutline";
import { SheetGrid } from "./sheetGrid";

export interface SheetReading {
  forms: PerformanceForm[];
  /** zh-CN reason when no form was found. */
  reason?: string;
}

interface Scan {
  labels: LabelCell[];
  titleRows: number[];
  /** Where the titles are (row and column of each). */
  titleCells: { row: number; col: number }[];
  nonEmpty: number;
}

/** What a cell's text is to the scanner; memoised because forms repeat the same labels. */
const classifyCellText = memo((text: string): { title: boolean; match: LabelMatch | null } => {
  if (text.length <= 60 && isFormTitle(normalizeText(text).replace(/\s+/g, ""))) return { title: true, match: null };
  return { title: false, match: matchLabel(text) };
});

function scan(grid: SheetGrid): Scan {
  const labels: LabelCell[] = [];
  const titleRows: number[] = [];
  const titleCells: { row: number; col: number }[] = [];
  let nonEmpty = 0;
  grid.forEachCell((row, col, text) => {
    nonEmpty++;
    if (!grid.isAnchor(row, col)) return;
    const kind = classifyCellText(text);
    if (kind.title) {
      if (titleRows[titleRows.length - 1] !== row) titleRows.push(row);
      titleCells.push({ row, col });
    } else if (kind.match) {
      labels.push({ row, col, match: kind.match });
    }
  });
  return { labels, titleRows, titleCells, nonEmpty };
}

/** The fields that say whose form it is (with the title): the same one twice on a row, apart, is two forms. */
const IDENTITY = new Set(["projectName", "fundName", "department", "implementingUnit"]);

/**
 * Two forms side by side (a copy put beside the original to compare them): the title, or the same field saying whose form
 * it is (项目名称, 资金名称, 部门(单位)名称, 实施单位) under the same label, twice on about the same row, with a
 * column between them that holds nothing on any row and that no merged area crosses. Forms are told apart by their rows;
 * read as one, the two would mix their fields and money (sums doubled, a second form's values read as the first's).
 * Returns the first column of the right-hand form, or null. (Halves of one form side by side share its header rows,
 * which reach over the columns between them.)
 */
function sideBySide(grid: SheetGrid, merges: SheetSnapshot["merges"], s: Scan): number | null {
  type Mark = { row: number; col: number; key: string };
  const marks: Mark[] = s.titleCells.map((t) => ({ row: t.row, col: t.col, key: "title" }));
  // A field by its label as printed (a copy prints the same words; 预算单位 and 主管部门 on one row are one form's two fields).
  for (const l of s.labels)
    if (l.match.target.kind === "field" && IDENTITY.has(l.match.target.key))
      marks.push({ row: l.row, col: l.col, key: `${l.match.target.key}|${labelKey(grid.text(l.row, l.col).split(/[:：]/)[0])}` });
  marks.sort((a, b) => a.row - b.row || a.col - b.col);
  // Pairs of the same mark within three rows, apart by a column at least (a window over the rows: stacked forms give none).
  const pairs: [Mark, Mark][] = [];
  let from = Infinity;
  let to = -1;
  for (let i = 0; i < marks.length; i++) {
    for (let j = i + 1; j < marks.length && marks[j].row - marks[i].row <= 3; j++) {
      const [a, b] = marks[i].col < marks[j].col ? [marks[i], marks[j]] : [marks[j], marks[i]];
      if (a.key !== b.key || b.col <= a.col + 1) continue;
      pairs.push([a, b]);
      from = Math.min(from, a.col);
      to = Math.max(to, b.col);
    }
  }
  if (pairs.length === 0) return null;
  // The columns holding anything between the leftmost and the rightmost of those marks.
  const used = new Uint8Array(to - from + 1);
  for (const row of grid.occupiedRows())
    for (const col of grid.occupiedCols(row)) if (col > from && col < to && grid.text(row, col) !== "") used[col - from] = 1;
  for (const m of merges) for (let c = Math.max(m.left, from + 1); c <= Math.min(m.right, to - 1); c++) used[c - from] = 1;
  let start: number | null = null;
  for (const [a, b] of pairs) {
    // The right-hand form starts after the last empty column before its mark.
    for (let c = b.col - 1; c > a.col; c--) {
      if (used[c - from]) continue;
      if (start === null || c + 1 < start) start = c + 1;
      break;
    }
  }
  return start;
}

const isProjectLabel = (l: LabelCell) =>
  l.match.target.kind === "field" && (l.match.target.key === "projectName" || l.match.target.key === "fundName");

/**
 * A name column whose own words name projects, brackets included ("单位(专项)名称" of 湘西's 清单式 list, whose
 * rows are units and their projects): a project column when it heads a list (see listHeading).
 */
const namesProjects = (grid: SheetGrid, l: LabelCell) => {
  if (l.match.target.kind !== "field") return false;
  return textNamesProjects(grid.text(l.row, l.col));
};

/** Whether a label's text names projects (see `namesProjects`); memoised because forms repeat the same labels. */
const textNamesProjects = memo((written: string): boolean => {
  const text = normalizeText(written).replace(/\s+/g, "");
  // (Or a name column whose bracket says its rows are projects: 单位名称(项目类别/支出项目), 黄山 2025.)
  return /(项目|专项).*名称$/.test(text) || /名称[(（][^)）]*项目[)）]$/.test(text);
});

/**
 * A 项目名称 label that heads a column: the next cell to its right is another heading (a label or a
 * column role) and the cell below holds a value. Returns whether the heading row has indicator columns.
 */
function listHeading(
  grid: SheetGrid,
  l: LabelCell,
  labels: readonly LabelCell[],
  deeper?: () => void,
): { indicators: boolean; goals: boolean } | null {
  // A label holding its own value ("项目名称：全市文物保护专项经费") heads no column of names.
  if (l.match.inline) return null;
  const next = grid.rightEdge(l.row, l.col) + 1;
  if (next > grid.right) return null;
  const right = grid.anchor(l.row, next);
  const rightText = grid.text(right.row, right.col);
  const rightIsHeading = isLabelAt(labels, l.row, right.col) || classifyIndicatorHeader(rightText) !== null;
  // A heading row need not have a known heading right beside the name (项目名称 | 项目子类型 | 建设内容 | 计划投入资金 …,
  // 大冶 2024): two known headings further along the row make it one.
  if (!rightIsHeading && headingsRightOf(grid, labels, l) < 2) return null;
  // (Written without merges, the heading reaches down over the sub-headings' rows: see `headingBottom`.)
  let below = headingBottom(grid, l.row, l.col, deeper) + 1;
  // Past total and category lines written from the left with the name cell blank, not merged ("合 计", "一、水污染防治"
  // once merged across the name columns, written without merges): the first project is under them.
  for (let step = 0; step < 3; step++) {
    if (below > grid.bottom || grid.shownText(below, l.col) !== "" || grid.merge(below, l.col) !== null) break;
    deeper?.();
    if (!grid.occupiedCols(below).some((c) => c < l.col && grid.text(below, c) !== "")) break;
    below++;
  }
  if (below > grid.bottom || grid.shownText(below, l.col) === "") return null;
  // Under a list's heading stands a project's name, not another label of a form (项目名称 | 某项目 | 项目负责人 | 赵康 |
  // 联系电话 over 项目类别, 阳泉 2015 without its title: a line of fields).
  const first = grid.anchor(below, l.col);
  if (first.row === below && isLabelAt(labels, below, first.col)) return null;
  // The heading may take two rows (绩效指标 merged over 一级指标 | 二级指标 …): every row of the name cell counts.
  // (Or 二级指标 | 三级指标 headings with no 一级 column.)
  let indicators = false;
  let level2 = false;
  let level3 = false;
  let goalCol: number | null = null;
  for (let row = l.row; row < below && !indicators; row++)
    for (let c = grid.left; c <= grid.right; c++) {
      const role = classifyIndicatorHeader(grid.text(row, c));
      if (role && role.role === "level1") indicators = true;
      if (role && role.role === "level2") level2 = true;
      if (role && role.role === "level3") level3 = true;
      if (role && role.role === "goal") goalCol ??= c;
    }
  if (level2 && level3) indicators = true;
  // Or a goal column whose cells hold the indicators under 【一级-二级】 headings (黄山 2025, see readCellSections).
  if (!indicators && goalCol !== null) indicators = columnHoldsCellSections(grid, goalCol, below);
  // Or a goal column of its own beside each project (预期绩效目标, 大冶 2024 项目计划安排表): a list of projects with
  // their goals in words, and no indicator table.
  return { indicators, goals: goalCol !== null && goalCol !== l.col };
}

/** Cells right of a label, on its row, that are labels or indicator-table headings. */
function headingsRightOf(grid: SheetGrid, labels: readonly LabelCell[], l: LabelCell): number {
  let n = 0;
  for (let c = grid.rightEdge(l.row, l.col) + 1; c <= grid.right; c++) {
    const a = grid.anchor(l.row, c);
    if (a.col !== c) continue;
    if (isLabelAt(labels, a.row, c) || classifyIndicatorHeader(grid.text(a.row, c)) !== null) n++;
  }
  return n;
}

/** Whether a label lies at (row, col); `labels` in scan order (by row, then column), searched by halves. */
function isLabelAt(labels: readonly LabelCell[], row: number, col: number): boolean {
  return labelAtCell(labels, row, col) !== undefined;
}

/** The label at (row, col), if any; `labels` in scan order (by row, then column), searched by halves. */
function labelAtCell(labels: readonly LabelCell[], row: number, col: number): LabelCell | undefined {
  let lo = 0;
  let hi = labels.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (labels[mid].row < row) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < labels.length && labels[i].row === row; i++) if (labels[i].col === col) return labels[i];
  return undefined;
}

/** Rows where a form starts: each 项目名称 label, pulled up to a title just above it. */
function formBands(grid: SheetGrid, s: Scan, anchorsIn: number[], listFrom = Infinity): FormBand[] {
  let anchors = anchorsIn;
  if (anchors.length === 0) anchors = [...s.titleRows];
  let fromHeaders = false;
  if (anchors.length === 0) {
    // No title and no 项目名称: nothing tells one form from the next, so the sheet's indicator tables are one form's
    // blocks (预算绩效 | 项目产出 | 项目效果, each under its own header — as under a title they are).
    // Nor an indicator table: the form (a 部门整体 form under 部门(单位)名称, its title left out) starts with its labels —
    // whether it is one is for the evidence to say.
    // (Not the headings of a plain list of projects or what follows them: those are no form's labels — a form above the
    // list, 黄冈 2023's 部门整体 form over its list of projects, starts with its own.)
    const first =
      s.labels.find((l) => l.match.target.kind === "indicator-header") ?? (s.labels[0]?.row < listFrom ? s.labels[0] : undefined);
    anchors = first ? [first.row] : [];
    fromHeaders = true;
  }
  anchors = [...new Set(anchors)].sort((a, b) => a - b);
  const bands: FormBand[] = [];
  let t = 0; // index into titleRows (sorted): linear merge instead of a search per anchor
  anchors.forEach((row, i) => {
    const floor = i === 0 ? grid.top : anchors[i - 1] + 1;
    while (t + 1 < s.titleRows.length && s.titleRows[t + 1] <= row) t++;
    const candidate = s.titleRows.length > 0 && s.titleRows[t] <= row ? s.titleRows[t] : null;
    const title = candidate !== null && candidate >= floor && row - candidate <= 4 ? candidate : null;
    let top = title ?? row;
    // An annex number on its own line right over the title ("附件1", "附件2:") is that form's, not the end of the one above.
    if (title !== null && top - 1 >= floor && isAnnexLine(grid, top - 1)) top--;
    bands.push({ top, bottom: grid.bottom, titleRow: title, labels: [] });
  });
  for (let i = 0; i < bands.length - 1; i++) bands[i].bottom = bands[i + 1].top - 1;
  // An indicator table without a header block: what is above it (its section label, goal) belongs to it.
  if (fromHeaders && bands.length > 0) bands[0].top = grid.top;
  // A line of boxes right above the first form's first label, with no title between (评价类型:项目实施过程评价□项目完成
  // 结果评价□ over 项目名称, 岳阳 2020 自评报告): the form's own checkbox group.
  else if (bands.length > 0 && bands[0].titleRow === null)
    while (bands[0].top > grid.top && rowHasBoxes(grid, bands[0].top - 1)) bands[0].top--;
  // The lines of a form's header may come in any order: field lines right above a form's 项目名称 (主管部门 | 实施单位
  // over 项目名称), with no title, blank row or other text between, are that form's, not the end of what is above.
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i];
    if (b.titleRow !== null || fromHeaders) continue;
    const floor = i === 0 ? grid.top : bands[i - 1].top + 1;
    while (b.top - 1 >= floor && isFieldLine(grid, s.labels, b.top - 1)) b.top--;
    if (i > 0) bands[i - 1].bottom = Math.min(bands[i - 1].bottom, b.top - 1);
  }
  let li = 0;
  for (const b of bands) {
    while (b.bottom > b.top && grid.isRowEmpty(b.bottom)) b.bottom--;
    while (li < s.labels.length && s.labels[li].row < b.top) li++;
    let end = li;
    while (end < s.labels.length && s.labels[end].row <= b.bottom) end++;
    b.labels = s.labels.slice(li, end);
  }
  return bands;
}

/** A line holding only an annex number ("附件1", "附件 2：", "附件3-1"). */
function isAnnexLine(grid: SheetGrid, row: number): boolean {
  const cols = grid.occupiedCols(row).filter((c) => grid.isAnchor(row, c) && grid.text(row, c) !== "");
  return cols.length === 1 && /^附件\s*[\d一二三四五六七八九十]+(-\d+)?\s*[:：]?$/.test(grid.text(row, cols[0]).trim());
}

/** Header fields that head no form of their own but stand on a form's first lines in any order. */
const HEADER_LINE_FIELDS = new Set([
  "department",
  "implementingUnit",
  "centralDepartment",
  "departmentCode",
  "period",
  "contact",
  "phone",
]);

/**
 * A line of header fields: its first cell is a label of a header field with its value beside it or in the same cell
 * ("项目负责人：梁某 | 联系电话 | …"), and every text on the line is such a label or a value (no heading, no sentence).
 */
function isFieldLine(grid: SheetGrid, labels: readonly LabelCell[], row: number): boolean {
  const cols = grid.occupiedCols(row).filter((c) => grid.isAnchor(row, c) && grid.text(row, c) !== "");
  // Or one cell holding the label and its value ("主管部门名称:福建省台湾同胞联谊会").
  if (cols.length === 1) {
    const only = labelAtCell(labels, row, cols[0])?.match;
    return !!only && only.target.kind === "field" && HEADER_LINE_FIELDS.has(only.target.key) && (only.inline ?? "") !== "";
  }
  if (cols.length < 2) return false;
  const first = labelAtCell(labels, row, cols[0]);
  const t = first?.match.target;
  if (!t || t.kind !== "field" || !HEADER_LINE_FIELDS.has(t.key)) return false;
  return !cols.some((c) => grid.text(row, c).length > 40);
}

/** Whether a row holds a checkbox group (a box character in one of its cells). */
function rowHasBoxes(grid: SheetGrid, row: number): boolean {
  return grid.occupiedCols(row).some((c) => grid.isAnchor(row, c) && hasCheckboxes(grid.text(row, c)));
}

/** Distinct evidence that a band really is a 绩效表 (not a list that happens to say 项目名称). */
function evidence(band: FormBand): number {
  const kinds = new Set<string>();
  const otherFields = new Set<string>();
  if (band.titleRow !== null) kinds.add("title");
  for (const l of band.labels) {
    const t = l.match.target;
    if (t.kind === "field" && (t.key === "projectName" || t.key === "fundName" || t.key === "department" || t.key === "period"))
      kinds.add(t.key);
    else if (t.kind === "money" || (t.kind === "section" && t.section === "budget")) kinds.add("money");
    else if (t.kind === "goal" || (t.kind === "section" && t.section === "goals")) kinds.add("goals");
    else if (t.kind === "indicator-header" || (t.kind === "section" && t.section === "indicators")) kinds.add("indicators");
    else if (t.kind === "section" && (t.section === "funding" || t.section === "details")) kinds.add("funding");
    else if (t.kind === "section" && t.section === "evaluation") kinds.add("evaluation");
    else if (t.kind === "field") otherFields.add(t.key);
  }
  // A form's header part on its own (项目概况, 立项依据, 必要性 … under a title and a 项目名称): one more sign.
  if (otherFields.size >= 2) kinds.add("header");
  // A 绩效 table title over the name of the project or unit it is for is a form, however little of it the copy
  // keeps (广水's 部门整体支出绩效目标申报表 cut after its money block).
  if (kinds.has("title") && (kinds.has("projectName") || kinds.has("department") || kinds.has("fundName")) && kinds.size === 2)
    return MIN_EVIDENCE;
  return kinds.size;
}

const MIN_EVIDENCE = 3;

/**
 * Whether rows top..bottom hold an indicator table's header: a 一级 heading among the labels, or a row with a 三级 heading
 * beside a 二级 or a target heading (a table with no 一级 column, 二级指标 | 三级指标 | 年度指标值 … or 评价内容 | 指标名称 |
 * 目标值 …, which the form's reading finds by its rows).
 */
function hasIndicatorHeader(grid: SheetGrid, labels: readonly LabelCell[], top: number, bottom: number): boolean {
  if (labels.some((l) => l.match.target.kind === "indicator-header" && l.row >= top && l.row <= bottom)) return true;
  for (let row = Math.max(top, grid.top); row <= Math.min(bottom, grid.bottom); row++) {
    const h = indicatorHeadings(grid, row);
    if (h.level3 >= 0 && (h.level2 >= 0 || h.value)) return true;
  }
  return false;
}

/** A band that is only the end of a form (an indicator table with rows): read when it has real indicator rows. */
function isFragment(form: PerformanceForm): boolean {
  return (form.indicators?.tables ?? []).some((t) =>
    // (A row with only its achieved value is a row too: a self-evaluation left without its targets, 周至 2024.)
    t.rows.some((r) => r.level3.text !== "" && (r.values.some((v) => v.text !== "") || !!r.extras?.actual?.text)),
  );
}

/**
 * The forms of a sheet in reading order, each read when asked for (`read()`): a caller that checks form by form can
 * let each reading go before the next is read (on a sheet of thousands of stacked forms, holding every reading at
 * once was most of the memory). Which forms there are, and their order, are known before any is read: a form's
 * rows start at its band's top. Bands that may be only a fragment are read here, to decide whether they are forms.
 */
export interface SheetPlan {
  forms: { top: number; read: () => PerformanceForm }[];
  /** zh-CN reason when no form was found. */
  reason?: string;
  /** Forms were found but cannot be checked as laid out (two side by side): the sheet is "未检查", never a pass. */
  notChecked?: boolean;
}

/**
 * What `replanSheet` needs of a plan whose every form is a band read when asked for: the bands in the plan's order,
 * and the cells its decisions read besides the labels (the right-hand neighbour and the cell below of each
 * 项目名称 label that turned out not to head a list), by cell key.
 */
interface PlanBasis {
  grid: SheetGrid;
  bands: FormBand[];
  read: Set<number>;
}

const PLAN_BASIS = new WeakMap<SheetPlan, PlanBasis>();

const cellKey = (row: number, col: number) => row * 1_048_576 + col;

/** Reads every form on the sheet (`grid`: the snapshot's grid when the caller has built it already). */
export function readSheet(snapshot: SheetSnapshot, grid: SheetGrid = new SheetGrid(snapshot)): SheetReading {
  const plan = planSheet(snapshot, grid);
  return { forms: plan.forms.map((f) => f.read()), ...(plan.reason !== undefined ? { reason: plan.reason } : {}) };
}

const readAlready = (form: PerformanceForm) => ({ top: form.rowSpan.top, read: () => form });

/**
 * Finds the forms on the sheet (see `SheetPlan`); `readSheet` reads them all.
 * Verification re-plans a copy with a few cells written from this plan (`replanSheet`), trusting that the plan depends
 * on the labels, the titles, which rows are empty and the cells listed in `read`: a new decision here that reads any
 * other cell must add it to `read`, or set `labelsOnly` to false (tests/core/read/replanSheet.test.ts).
 */
export function planSheet(snapshot: SheetSnapshot, grid: SheetGrid = new SheetGrid(snapshot)): SheetPlan {
  const s = scan(grid);
  if (s.nonEmpty === 0) return { forms: [], reason: "工作表是空的，没有可检查的内容。" };
  const beside = sideBySide(grid, snapshot.merges, s);
  if (beside !== null) {
    return {
      forms: [],
      notChecked: true,
      reason:
        `这张工作表上左右并排放着两张表（右边一张从 ${columnLetters(beside)} 列起）。并排时分不清哪些栏目、金额属于哪张表，` +
        "为免误报，这张工作表没有检查。请把每张表放到单独的工作表（或上下排列）后再检查。",
    };
  }

  const anchors: number[] = [];
  const listForms: PerformanceForm[] = [];
  let plainList = false;
  // The first row of a plain list's heading (labels from there on are the list's headings, not a form's).
  let plainFrom = Infinity;
  let listRows: { top: number; bottom: number } | null = null;
  // Whether the plan rests on the labels alone (see `replanSheet`): no list heading, no fragment read to decide.
  let labelsOnly = true;
  const read = new Set<number>();
  for (const l of s.labels) {
    const project = isProjectLabel(l);
    if (!project && !namesProjects(grid, l)) continue;
    if (listRows && l.row >= listRows.top && l.row <= listRows.bottom) continue;
    // A heading read past its merge looked at whole rows under it: the plan then rests on more than the labels.
    const heading = listHeading(grid, l, s.labels, () => (labelsOnly = false));
    if (!heading) {
      // The cells a heading that is not one was told by (listHeading's first two questions).
      const next = grid.rightEdge(l.row, l.col) + 1;
      if (next <= grid.right) {
        const right = grid.anchor(l.row, next);
        read.add(cellKey(right.row, right.col));
        const below = grid.bottomEdge(l.row, l.col) + 1;
        if (below <= grid.bottom) {
          const at = grid.anchor(below, l.col);
          read.add(cellKey(at.row, at.col));
        }
      }
      if (project) anchors.push(l.row);
      continue;
    }
    labelsOnly = false;
    if (!project && !heading.indicators) continue;
    if (!heading.indicators && !heading.goals) {
      plainList = true;
      plainFrom = Math.min(plainFrom, l.row);
      continue;
    }
    const titleRow = [...s.titleRows].filter((t) => t < l.row && l.row - t <= 4).pop() ?? null;
    const list = readProjectList(grid, l, titleRow);
    listForms.push(...list.forms);
    listRows = { top: l.row, bottom: list.lastRow };
  }
  // A sheet holding only a list of projects has no form: its headings are not the labels of one form.
  if (listRows && anchors.length === 0) return { forms: listForms.map(readAlready) };

  const allBands = formBands(grid, s, anchors, plainFrom);
  const forms: SheetPlan["forms"] = listForms.map(readAlready);
  const bandOf = new Map<SheetPlan["forms"][number], FormBand>();
  let firstTop = Infinity;
  for (const b of allBands) {
    if (listRows && b.top >= listRows.top && b.bottom <= listRows.bottom) continue;
    if (evidence(b) < MIN_EVIDENCE) {
      // Just an indicator table (an excerpt in a report, a page of a longer form): read it when it has real rows.
      if (!hasIndicatorHeader(grid, b.labels, b.top, b.bottom)) continue;
      labelsOnly = false;
      const form = readForm(grid, b);
      if (!isFragment(form)) continue;
      forms.push(readAlready(form));
      firstTop = Math.min(firstTop, b.top);
      continue;
    }
    const form = { top: b.top, read: () => readForm(grid, b) };
    forms.push(form);
    bandOf.set(form, b);
    firstTop = Math.min(firstTop, b.top);
  }
  // The end of a form above the first one (its start is on another page): an indicator table of its own.
  if (forms.length > 0 && Number.isFinite(firstTop) && firstTop > grid.top) {
    const above = s.labels.filter((l) => l.row < firstTop);
    if (hasIndicatorHeader(grid, above, grid.top, firstTop - 1)) {
      labelsOnly = false;
      let bottom = firstTop - 1;
      while (bottom > grid.top && grid.isRowEmpty(bottom)) bottom--;
      const fragment = readForm(grid, { top: grid.top, bottom, titleRow: null, labels: above });
      if (isFragment(fragment)) forms.unshift(readAlready(fragment));
    }
  }
  forms.sort((a, b) => a.top - b.top);
  if (forms.length === 0) {
    // No labelled form: the whole tree may be one column of an export (see readOutline).
    const outline = readOutline(grid);
    if (outline) return { forms: outline.map(readAlready) };
    // No form, yet a table headed 二级指标 | 三级指标 | … (no 一级 column; the form's reading decides whether its rows
    // are 二级 names): the sheet is that indicator table, read as a band of the whole sheet.
    if (!plainList && hasIndicatorHeader(grid, s.labels, grid.top, grid.bottom)) {
      const bare = readForm(grid, { top: grid.top, bottom: grid.bottom, titleRow: s.titleRows[0] ?? null, labels: s.labels });
      if (isFragment(bare)) return { forms: [readAlready(bare)] };
    }
    if (plainList) {
      return { forms: [], reason: "这张工作表是项目清单（每行一个项目，没有绩效目标和指标），不是绩效目标表。" };
    }
    const seen = s.labels.length;
    return {
      forms: [],
      reason:
        seen === 0
          ? "没有找到绩效表的标签（如“项目名称”“绩效目标”“一级指标”），这张工作表看起来不是项目支出绩效目标表。"
          : "只找到零星的绩效表标签，缺少“项目名称”“预算/资金”“绩效目标”“绩效指标”等主要部分，无法识别为项目支出绩效目标表。",
    };
  }
  const plan: SheetPlan = { forms };
  if (labelsOnly && listForms.length === 0 && !plainList) {
    const bands = forms.map((f) => bandOf.get(f));
    if (bands.every((b) => b !== undefined)) PLAN_BASIS.set(plan, { grid, bands: bands as FormBand[], read });
  }
  return plan;
}

/**
 * The plan of a changed copy of a planned sheet without scanning it again, when the change cannot alter it — else
 * null (plan it with `planSheet`). `grid` is the copy's grid; `changed` the cells written. It is the same plan when
 * the first plan rested on the labels alone (its forms are bands read when asked for: no list of projects, no
 * fragment read to decide) and each changed cell, before and after, holds a text that is neither a label nor a
 * title, keeps its row non-empty, and is none of the cells the plan read besides the labels; the two sheets share
 * their merged areas and extent. The scan then finds the same labels and titles, every band the same rows, and each
 * form is read from the copy.
 */
export function replanSheet(
  plan: SheetPlan,
  grid: SheetGrid,
  merges: SheetSnapshot["merges"],
  before: SheetSnapshot["merges"],
  changed: readonly { row: number; col: number }[],
): SheetPlan | null {
  const basis = PLAN_BASIS.get(plan);
  if (!basis || merges !== before) return null;
  const was = basis.grid;
  if (grid.top !== was.top || grid.left !== was.left || grid.bottom !== was.bottom || grid.right !== was.right) return null;
  for (const { row, col } of changed) {
    if (basis.read.has(cellKey(row, col))) return null;
    for (const g of [was, grid]) {
      const v = g.value(row, col);
      const text = g.text(row, col);
      if (v === null || text === "" || g.isRowEmpty(row)) return null;
      const kind = classifyCellText(text);
      if (kind.title || kind.match) return null;
    }
  }
  const next: SheetPlan = { forms: basis.bands.map((b) => ({ top: b.top, read: () => readForm(grid, b) })) };
  PLAN_BASIS.set(next, { grid, bands: basis.bands, read: basis.read });
  return next;
}
