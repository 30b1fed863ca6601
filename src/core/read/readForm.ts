/**
 * Reads one form (a row band of the sheet) into the domain model.
 */
import { isLevel1Name, isLevel2Name } from "../frameworks/classifyIndicator";
import { formKind } from "../kinds";
import type {
  BudgetKey,
  LayoutId,
  CheckboxGroup,
  CheckboxGroupKey,
  DetailLine,
  Field,
  Goal,
  HeaderFieldKey,
  IndicatorTable,
  Money,
  PerformanceForm,
  ExecutionPart,
  Scoring,
} from "../model/form";
import { parseCostEstimate } from "../parse/costEstimate";
import { figureOf, isAmountFigure, isMalformedFigure, readEmptyTotals, readTotals } from "./readTotals";
import { readBasisColumns } from "./readBasisColumns";
import { parseImplementationPeriod } from "../parse/implementationPeriod";
import { parseValue } from "../parse/indicatorValue";
import { isPlainMoney } from "../parse/unit";
import { fromA1 } from "../cellAddress";
import { labelKey, memo, normalizeText } from "../text/normalize";
import { hasCheckboxes, parseCheckboxText, textBeforeBoxes } from "./checkboxText";
import { detectKind, titleNamesEvaluation } from "./detectKind";
import type { LabelTarget } from "./labels";
import { type LabelMatch, matchLabel } from "./matchLabel";
import { readIndicatorBlock, type ReadingNote, type SummaryRow, targetEvidence, withoutLevel1 } from "./readIndicators";
import { readFlatIndicators, readLevel1Lists, readSidewaysIndicators, readTextIndicators } from "./readFlatIndicators";
import {
  classifyIndicatorHeader,
  extraRoleOf,
  indicatorHeadings,
  inferHeaderRole,
  isColumnNumbersRow,
  isNumberingLabel,
  periodInHeader,
} from "./columnRoles";
import { moneyUnitOf, readMoney } from "./readMoney";
import type { SheetGrid } from "./sheetGrid";

/** A money-unit note ("单位:万元", "金额单位：元"): it says how the table's amounts are written, never a field's value. */
const MONEY_UNIT_NOTE = /^(金额|资金|货币|计量)?单位[:：](万元|元|千元|亿元)$/;
/** A column heading that names the items of the lines under it ("内容", "项目"), not a value: the value is beside it. */
const ITEM_HEADING = /^(内容|项目|事项|名称|目标内容|项目内容)$/;

/** A heading that is only a span of years: "2022年—2024年", "(2022-2024年)". */
const YEAR_RANGE_HEADING = /^[(（]?(19|20)\d{2}年?[—\-－–~～至到]+(19|20)\d{2}年?[)）]?$/;

/**
 * Whether table `b` goes on where `a` ends: none of its 一级 groups is one of `a`'s — but for `a`'s last group, which may go
 * on at `b`'s start (a group broken by a page, its header printed again over the rest of its rows).
 */
function continuesLevel1(a: IndicatorTable, b: IndicatorTable): boolean {
  const names = new Set(a.rows.map((r) => labelKey(r.level1.text)).filter((n) => n !== ""));
  const last = [...a.rows].reverse().find((r) => labelKey(r.level1.text) !== "");
  const lastName = last ? labelKey(last.level1.text) : "";
  let atStart = true;
  return (
    b.rows.length > 0 &&
    b.rows.every((r) => {
      const name = labelKey(r.level1.text);
      if (atStart && name === lastName) return true;
      atStart = false;
      return !names.has(name);
    })
  );
}

/** An amount written with its money unit and nothing else ("3.0万元", "1,200元"). */
const isAmountWithUnit = (text: string): boolean => {
  const p = parseValue(text);
  return p.kind === "quantitative" && p.operator === null && isPlainMoney(p.unit) && !p.prefix && !p.suffix;
};

export interface LabelCell {
  row: number;
  col: number;
  match: LabelMatch;
}

export interface FormBand {
  top: number;
  bottom: number;
  titleRow: number | null;
  /** Labels found in the band, top to bottom, left to right. */
  labels: LabelCell[];
}

type Target<K extends LabelTarget["kind"]> = Extract<LabelTarget, { kind: K }>;

/** Header fields whose value is a name, a date, a number or a code — never the text of a part of the form under them. */
const SHORT_FIELDS: ReadonlySet<HeaderFieldKey> = new Set<HeaderFieldKey>([
  "projectName",
  "department",
  "implementingUnit",
  "period",
  "projectTerm",
  "projectAttribute",
  "departmentContact",
  "unitContact",
  "contact",
  "region",
  "departmentCode",
  "functionalCode",
  "fundName",
  "phone",
  "selfScore",
  "centralDepartment",
  "evaluationMethod",
  "executionWeight",
  "projectSource",
]);

/** Points written in a label: "产出指标(70分)" → 70. */
export const pointsInLabel = memo((text: string): number | null => {
  const m = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/.exec(normalizeText(text));
  return m ? Number(m[1]) : null;
});

/** A label's words before its colon, as a label key; memoised because forms repeat the same labels. */
const labelWords = memo((text: string): string => {
  const t = normalizeText(text).replace(/\s+/g, "");
  const colon = t.search(/[:：]/);
  return labelKey(colon > 0 ? t.slice(0, colon) : t).replace(/^其中/, "");
});

class FormReader {
  private readonly labelAt = new Map<number, LabelCell>();
  private readonly form: PerformanceForm;
  /** Rows covered by indicator blocks (their labels are indicator text, not header labels). */
  /** Rows of each indicator block; `headerFrom`: on the header row (`top`), the first column of the table's headings. */
  private readonly blockRows: { top: number; bottom: number; headerFrom?: number }[] = [];
  /** Indicator headers found at a table's 二级 column because it prints no 一级 column. */
  private readonly noLevel1Headers = new Set<LabelCell>();
  private summaries: SummaryRow[] = [];
  /** 总体目标 / 整体目标 labels: the goal itself when the form has no 年度目标 label (龙岩: 总体目标 | text). */
  private readonly pendingGoalSections: LabelCell[] = [];
  /** The unit money amounts of this form are written in when no cell says otherwise. */
  private moneyUnit: "万元" | "元" = "万元";

  constructor(
    private readonly grid: SheetGrid,
    private band: FormBand,
  ) {
    const anchorRow = band.titleRow ?? band.labels[0]?.row ?? band.top;
    const anchorCol = band.titleRow !== null ? this.firstTextCol(band.titleRow) : (band.labels[0]?.col ?? grid.left);
    this.form = emptyForm(
      grid,
      band.top,
      band.bottom,
      grid.a1(anchorRow, anchorCol),
      band.titleRow !== null ? grid.text(anchorRow, anchorCol) : "",
    );
  }

  private firstTextCol(row: number): number {
    for (let c = this.grid.left; c <= this.grid.right; c++) if (this.grid.text(row, c)) return c;
    return this.grid.left;
  }

  /** A cell's key in `labelAt` (a number: no string built per lookup). */
  private key(row: number, col: number): number {
    return row * 1_048_576 + col;
  }

  private isLabel(row: number, col: number): boolean {
    return this.labelAt.has(this.key(row, col));
  }

  /**
   * Whether words start on this row in a cell left of `col` (a section's label or heading, not one merged from above,
   * nor a line's number in a 序号 column). A label is such words.
   */
  private wordsStartLeftOf(row: number, col: number): boolean {
    for (let c = this.grid.left; c < col; c++) {
      const a = this.grid.anchor(row, c);
      if (a.row === row && a.col === c && slotOf(this.grid.text(row, c)) === null) return true;
    }
    return false;
  }

  /**
   * A label means what its neighbours say: a goal label ("年度绩效目标(90分)") whose right-hand neighbour is
   * the 一级指标 header labels the indicator block (its points are the block's weight), not a goal field.
   */
  private relabelByNeighbours(): void {
    const grid = this.grid;
    const labels = this.band.labels.map((l) => {
      const t = l.match.target;
      const goalLike = t.kind === "goal" || (t.kind === "section" && t.section === "goals");
      if (!goalLike || (l.match.inline !== null && l.match.inline !== "")) return l;
      const next = this.stepRight(l.row, l.col);
      if (next > grid.right) return l;
      const a = grid.anchor(l.row, next);
      const role = classifyIndicatorHeader(grid.text(a.row, a.col));
      if (!role || role.role !== "level1") return l;
      const target: LabelTarget = { kind: "section", section: "indicators" };
      return Object.assign({}, l, { match: Object.assign({}, l.match, { target }) });
    });
    // A heading that is only a year range beside the year's goal heading ("2022年—2022年 | 年度目标" over the two goal
    // texts, 全椒 2022) names the period of the other goal: it is the 实施期（中期）goal's heading.
    const added: LabelCell[] = [];
    for (const l of labels) {
      const t = l.match.target;
      if (t.kind !== "goal" || t.period !== "annual" || (l.match.inline !== null && l.match.inline !== "")) continue;
      if (labels.some((o) => o.row === l.row && o.match.target.kind === "goal" && o.match.target.period === "implementation"))
        continue;
      for (const c of grid.occupiedCols(l.row)) {
        if (c === l.col || !grid.isAnchor(l.row, c) || labels.some((o) => o.row === l.row && o.col === c)) continue;
        if (!YEAR_RANGE_HEADING.test(grid.text(l.row, c).replace(/\s+/g, ""))) continue;
        const target: LabelTarget = { kind: "goal", period: "implementation" };
        added.push({ row: l.row, col: c, match: { target, inline: null } });
        break;
      }
    }
    const all = added.length === 0 ? labels : [...labels, ...added].sort((a, b) => a.row - b.row || a.col - b.col);
    this.band = Object.assign({}, this.band, { labels: all });
  }

  read(): PerformanceForm {
    this.relabelByNeighbours();
    this.tableHeadingRows = new Set(this.band.labels.filter((l) => l.match.target.kind === "spending-header").map((l) => l.row));
    this.moneyUnit = moneyUnitOf(this.grid, this.band.top, this.band.bottom);
    // (The year the form states, before its tables: an achieved column headed with that year is this year's.)
    this.readStatedYear();
    this.readIndicatorBlocks();
    // (On the header row, a label among the table's headings is a column's heading: "自评得分" over each row's score is
    // no 自评得分 field of the form.)
    const inBlock = (l: LabelCell) =>
      this.blockRows.some(
        (b) =>
          (l.row > b.top && l.row <= b.bottom) ||
          (l.row === b.top && b.headerFrom !== undefined && l.col > b.headerFrom && l.match.target.kind === "field"),
      );
    const labels = this.resolveMoneyParts(
      this.band.labels.filter((l) => !inBlock(l) && l.match.target.kind !== "indicator-header" && !this.amongHeadings(l)),
    );
    for (const l of labels) this.labelAt.set(this.key(l.row, l.col), l);
    for (const l of this.band.labels) if (l.match.target.kind === "indicator-header") this.labelAt.set(this.key(l.row, l.col), l);
    for (const l of labels) this.readLabel(l);
    // Money lines or a money section printed (a part with no total above it was dropped: "财政拨款" may be a value).
    if (
      labels.some(
        (l) => l.match.target.kind === "money" || (l.match.target.kind === "section" && l.match.target.section === "budget"),
      )
    )
      this.form.moneyPrinted = true;
    this.scanBandCells();
    this.finish();
    return this.form;
  }

  /**
   * A field's label standing among the column headings of a scored block — a 预算执行 block (执行数 and 执行率 on its row)
   * or a block with a 分值 column (资金管理情况 | 情况说明 | 分值 | 自评得分): that block's column, not a field of the form;
   * its neighbours say so. (A one-row list's headings, 单位名称 | 资金总额 | …, still head the form's own fields.)
   */
  private amongHeadings(l: LabelCell): boolean {
    if (l.match.target.kind !== "field" || l.match.inline) return false;
    let executed = false;
    let rate = false;
    for (const c of this.grid.occupiedCols(l.row)) {
      if (c === l.col || !this.grid.isAnchor(l.row, c)) continue;
      const text = this.grid.text(l.row, c);
      const k = labelKey(text);
      if (/执行率/.test(k)) rate = true;
      else if (EXECUTED_HEADING.test(k)) executed = true;
      else if (extraRoleOf(text) === "weight") return true;
      if (executed && rate) return true;
    }
    return false;
  }

  /**
   * One pass over the form's cells outside its indicator tables (and the three rows above it, for a unit note): whether
   * an amount's unit is written anywhere (`moneyUnitStated`), and the boxed option lists of no known group
   * (`otherCheckboxes`).
   */
  private scanBandCells(): void {
    const g = this.grid;
    const amounts = Object.values(this.form.budget).some((m) => m && m.amountWan !== null);
    let unitSeen = false;
    const used = new Set<string>();
    for (const c of Object.values(this.form.checkboxes)) if (c) used.add(c.cell);
    for (const c of this.form.moreCheckboxes ?? []) used.add(c.cell);
    for (let row = Math.max(g.top, this.band.top - 3); row <= this.band.bottom; row++) {
      if (this.blockRows.some((b) => row >= b.top && row <= b.bottom)) continue;
      for (const col of g.occupiedCols(row)) {
        if (!g.isAnchor(row, col)) continue;
        const text = g.text(row, col);
        if (amounts && !unitSeen && text.includes("元")) unitSeen = true;
        if (row >= this.band.top && hasCheckboxes(text)) this.readOtherCheckbox(row, col, text, used);
        else if (row >= this.band.top && text.length >= 4 && text.length <= 24 && isMalformedFigure(text))
          (this.form.malformedFigures ??= []).push({ cell: g.a1(row, col), text, label: this.labelLeftText(row, col) });
      }
    }
    if (amounts) this.form.moneyUnitStated = unitSeen;
  }

  /** The text of the cell right of (row, col) ("其中:财政拨款"); null at the sheet's edge. */
  private textRightOf(row: number, col: number): string | null {
    const next = this.stepRight(row, col);
    if (next > this.grid.right) return null;
    const a = this.grid.anchor(row, next);
    return this.grid.text(a.row, a.col);
  }

  /** Whether a plain figure stands on `row` right of the cell `a1`. */
  private figureRightOf(row: number, a1: string): boolean {
    const { col } = fromA1(a1);
    for (let c = this.grid.rightEdge(row, col) + 1; c <= this.grid.right; c = this.grid.rightEdge(row, c) + 1) {
      const a = this.grid.anchor(row, c);
      if (a.row === row && figureOf(this.grid, a.row, a.col)) return true;
    }
    return false;
  }

  /** The text of the nearest non-figure cell left of (row, col) on its row: what a figure there is of. */
  private labelLeftText(row: number, col: number): string {
    for (let c = col - 1; c >= this.grid.left; c--) {
      const a = this.grid.anchor(row, c);
      const t = this.grid.text(a.row, a.col).trim();
      if (t !== "" && !/^[\d.,，\s%-]+$/.test(t)) return t;
    }
    return "";
  }

  /** A boxed option list of no known group at (row, col), named by the words before its colon or the text on its left. */
  private readOtherCheckbox(row: number, col: number, text: string, used: Set<string>): void {
    const g = this.grid;
    const cell = g.a1(row, col);
    if (used.has(cell)) return;
    used.add(cell);
    const colon = /^(.{2,12}?)[:：]/.exec(textBeforeBoxes(text).trim());
    const options = parseCheckboxText(colon ? text.trim().slice(colon[0].length) : text);
    if (options.filter((o) => o.hasBox).length < 2) return;
    let label = colon ? colon[1].trim() : "";
    let labelCell = cell;
    if (!label && col > g.left) {
      let left = this.leftOf(row, col);
      // A label over two lines of options, its merge down undone (项目类型 over 1、常年性… and 1、部门预算项目…, 黄石 2019):
      // the label above the blank reaches it.
      if (g.text(left.row, left.col) === "" && g.merge(left.row, left.col) === null)
        for (let up = left.row - 1; up >= this.band.top && up >= row - 4; up--) {
          if (g.text(up, left.col) === "") continue;
          if (g.isAnchor(up, left.col) && this.reachBottom(up, left.col) >= row) left = { row: up, col: left.col };
          break;
        }
      const t = g.text(left.row, left.col).trim();
      if (t && !hasCheckboxes(t) && t.length <= 16) {
        label = t.replace(/[:：]$/, "");
        labelCell = g.a1(left.row, left.col);
      }
    }
    if (!label || this.isLabel(row, col)) return;
    (this.form.otherCheckboxes ??= []).push({ label, text, cell, labelCell, options });
  }

  /**
   * A header row with 二级指标 and 三级指标 but no 一级 heading of a known spelling ("分解目标 | 自评权重 | 二级指标 | 三级指标
   * | 年度指标值", 南昌 2021): the 一级 column is the one left of 二级 whose cells below are 一级 names — a column means what
   * its content says.
   */
  private unlabelledLevel1Headers(known: LabelCell[]): LabelCell[] {
    // Only where no 一级 heading was read at all: the scan is over every row of the form (a hot path on large sheets).
    if (known.length > 0) return [];
    const g = this.grid;
    const out: LabelCell[] = [];
    for (let row = this.band.top; row <= this.band.bottom; row++) {
      const { level2, level3: level3Col } = indicatorHeadings(g, row);
      let level2Col = level2;
      if (level3Col < 0) continue;
      // The 二级 column headed by a word nobody listed (类别 | 三级指标 | …): the nearest column left of 三级 with a heading
      // of no known role, whose cells are 二级 names.
      if (level2Col < 0)
        for (let c = level3Col - 1; c >= g.left; c--) {
          if (!g.isAnchor(row, c) || g.text(row, c) === "") continue;
          if (inferHeaderRole(g.text(row, c)) === null && this.mostlyNamesBelow(row, c, isLevel2Name)) level2Col = c;
          break;
        }
      if (level2Col < 0) continue;
      for (let c = level2Col - 1; c >= g.left; c--) {
        if (g.anchor(row, c).col !== c || !this.mostlyNamesBelow(row, c, isLevel1Name)) continue;
        out.push({ row, col: c, match: { target: { kind: "indicator-header" }, inline: null } });
        break;
      }
      if (out.length > 0 && out[out.length - 1].row === row) continue;
      // No 一级 column at all (二级指标 | 三级指标 | 年度指标值 | 实际完成值, 岳峰 2024; 阳泉 2015): the table starts at its 二级
      // column, and each row's 一级 is the one its 二级 belongs to.
      // (Or its header says so with a target heading over the columns right of 三级 — a template left unfilled under
      // its own 二级 categories: 目标完成程度 | 1. | 2. …, 阳泉 2015.)
      if (this.mostlyNamesBelow(row, level2Col, isLevel2Name) || this.targetHeadingRightOf(row, level2Col)) {
        const header: LabelCell = { row, col: level2Col, match: { target: { kind: "indicator-header" }, inline: null } };
        this.noLevel1Headers.add(header);
        out.push(header);
      }
    }
    return out;
  }

  /**
   * Whether the header row (or a heading merged down into it from the row above) has a target heading right of `col`
   * (本年度计划水平, 年度指标值): a 二级 | 三级 header with its target column, whatever is written under it.
   */
  private targetHeadingRightOf(row: number, col: number): boolean {
    const g = this.grid;
    // (Its merge down undone, the heading stays in the row above over a blank: the same heading.)
    const undone = row - 1 >= g.top && !g.hasMergesIn(row - 1, row, "down");
    for (let c = col + 1; c <= g.right; c = g.rightEdge(row, c) + 1) {
      const a = g.headingAt(row, c, undone);
      if (a.row < row - 1) continue;
      const role = inferHeaderRole(g.text(a.row, a.col));
      if (role?.role === "value") return true;
    }
    return false;
  }

  /**
   * Whether the cells of a column under a heading (up to 40 rows) are mostly names of a level: two at least (or the one
   * cell it holds), over half.
   */
  private mostlyNamesBelow(row: number, col: number, isName: (text: string) => boolean): boolean {
    const g = this.grid;
    let named = 0;
    let filled = 0;
    for (let r = g.bottomEdge(row, col) + 1; r <= Math.min(this.band.bottom, row + 40); r++) {
      const cell = g.anchor(r, col);
      if (cell.row !== r || cell.col !== col) continue;
      const t = g.text(r, col);
      if (t === "") continue;
      filled++;
      if (isName(t)) named++;
    }
    // (One row is enough when it is all the column holds: a copy cut after its first indicator row.)
    return (named >= 2 || filled === 1) && named * 2 > filled;
  }

  /** A table's header as it names its role columns: 一级, 二级/三级 and each value column, with their columns. */
  private tableSignature(t: IndicatorTable): string {
    const cells = [t.level1HeaderCell ?? "", t.headerCell, ...Object.values(t.valueHeaderCells)];
    return cells
      .map((a) => {
        if (!a) return "";
        const { row, col } = fromA1(a);
        return `${col}:${labelKey(this.grid.text(row, col))}`;
      })
      .join("|");
  }

  /** Every indicator block of the band: one, or several stacked (长期绩效指标 then 年度绩效指标). */
  private readIndicatorBlocks(): void {
    const tableSignatures = new Map<IndicatorTable, string>();
    const tableNotes = new Map<IndicatorTable, ReadingNote[]>();
    const headerCopies = new Map<string, IndicatorTable>();
    const headers = this.band.labels.filter((l) => l.match.target.kind === "indicator-header");
    headers.push(...this.unlabelledLevel1Headers(headers));
    headers.sort((a, b) => a.row - b.row || a.col - b.col);
    const sections = this.band.labels.filter((l) => l.match.target.kind === "section" && l.match.target.section === "indicators");
    let consumedTo = -1;
    headers.forEach((h, i) => {
      if (h.row <= consumedTo) return;
      // The section label left of the header ("绩效指标" merged down), or just above it.
      const section =
        sections.find((s) => s.col < h.col && s.row <= h.row && this.grid.bottomEdge(s.row, s.col) >= h.row) ??
        [...sections].reverse().find((s) => s.row < h.row && h.row - this.grid.bottomEdge(s.row, s.col) <= 3) ??
        null;
      const next = headers.slice(i + 1).find((n) => n.row > h.row);
      const maxRow = next ? next.row - 1 : this.band.bottom;
      const blockPeriod = section ? periodInHeader(this.grid.text(section.row, section.col)) : null;
      // The same header printed again (a table broken by page) is read with the columns its first copy was read with.
      const headerText = this.rowTexts(h.row, h.col);
      const firstCopy = headerCopies.get(headerText);
      const block = readIndicatorBlock(this.grid, h.row, h.col, maxRow, {
        // (A table with no 一级 column starts at its 二级 column, whatever its heading says: 类别 | 三级指标 | ….)
        level2Col: firstCopy?.headerCell ? fromA1(firstCopy.headerCell).col : this.noLevel1Headers.has(h) ? h.col : null,
        // (A section label above the table — a bar over its header — bounds nothing on the left: a 序号 column may stand
        // there.)
        sectionCol:
          section && section.col < h.col && this.grid.bottomEdge(section.row, section.col) >= h.row ? section.col : null,
        blockPeriod,
        // (Else a year written in the title: "某县民政局2024年县级福彩公益金的使用情况".)
        formYear: this.form.statedYear?.year ?? yearWritten(this.form.title),
      });
      consumedTo = block.lastRow;
      this.blockRows.push({ top: h.row, bottom: block.lastRow, headerFrom: h.col });
      this.summaries.push(...block.summaries);
      // A note on a table's target column is kept with its table: judged again once a continued table is whole.
      const noteTable = (n: ReadingNote) => block.tables.find((t) => Object.values(t.valueHeaderCells).includes(n.cell));
      const loose = block.notes.filter((n) => !noteTable(n));
      if (loose.length > 0) (this.form.readingNotes ??= []).push(...loose);
      if (!this.form.indicators) {
        const labelCell = section ? this.grid.a1(section.row, section.col) : this.grid.a1(h.row, h.col);
        this.form.indicators = { labelCell, tables: [] };
      }
      if (!firstCopy && block.tables.length === 1) headerCopies.set(headerText, block.tables[0]);
      for (const t of block.tables) {
        const signature = this.tableSignature(t);
        if (this.noLevel1Headers.has(h)) withoutLevel1(t, this.grid.a1(h.row, h.col));
        // The same header printed again over other 一级 groups (a table broken by page, 检验检疫 2016: 预算绩效, then
        // 项目产出, then 项目效果, each under its own copy of the header), or over the rest of the last one: one table
        // continued.
        const before = this.form.indicators.tables.find(
          (p) => tableSignatures.get(p) === signature && p.periods.join() === t.periods.join() && continuesLevel1(p, t),
        );
        const own = block.notes.filter((n) => noteTable(n) === t);
        if (before) {
          before.rows.push(...t.rows);
          tableNotes.get(before)!.push(...own);
          continue;
        }
        tableSignatures.set(t, signature);
        tableNotes.set(t, own);
        this.form.indicators.tables.push(t);
      }
    });
    // A target column found empty in one part of a table broken by page is not empty when another part fills it; empty
    // in every part, it is said once (at its first heading), not once per copy of the header.
    for (const [t, notes] of tableNotes) {
      const said = new Set<number>();
      const kept = notes.filter((n) => {
        if (!n.uncertain) return true;
        const col = fromA1(n.cell).col;
        if (said.has(col)) return false;
        said.add(col);
        return !t.rows.some((r) => r.values.some((v) => fromA1(v.cell).col === col && targetEvidence(v.text) > 0));
      });
      if (kept.length > 0) (this.form.readingNotes ??= []).push(...kept);
    }
    // An indicator table laid sideways: 三级指标 | name | name … over 年度目标值 | value | value … (广东 2021).
    if (!this.form.indicators) {
      for (let row = this.band.top; row <= this.band.bottom; row++) {
        const side = readSidewaysIndicators(this.grid, row, this.band.bottom);
        if (!side) continue;
        this.form.indicators = { labelCell: side.table.headerCell, tables: [side.table] };
        this.blockRows.push({ top: row, bottom: side.lastRow });
        return;
      }
    }
    // No 一级指标 header: a flat list's header row anywhere in the form (指标类型 | 指标名称 | 指标值 | 指标描述 under a
    // 项目绩效目标 label merged down, 临海 2024).
    if (!this.form.indicators) {
      const found = this.findFlatHeader();
      if (found) {
        const flat = readFlatIndicators(this.grid, found.row, found.col, this.band.bottom);
        if (flat) {
          this.form.indicators = { labelCell: this.grid.a1(found.row, found.col), tables: [flat.table] };
          this.blockRows.push({ top: found.row, bottom: flat.lastRow });
          return;
        }
      }
    }
    if (!this.form.indicators && sections.length > 0) {
      const s = sections[0];
      this.form.indicators = { labelCell: this.grid.a1(s.row, s.col), tables: [] };
      // No 一级指标 header: a flat list headed 指标 | … | 指标值 beside the section label.
      const flat =
        readFlatIndicators(this.grid, s.row, s.col, this.band.bottom) ??
        readTextIndicators(this.grid, s.row, s.col, this.band.bottom);
      if (flat) {
        this.form.indicators.tables.push(flat.table);
        this.blockRows.push({ top: s.row, bottom: flat.lastRow });
        if (flat.table.textLines)
          (this.form.readingNotes ??= []).push({
            cell: flat.table.headerCell,
            uncertain: false,
            message:
              "绩效指标按“二级指标：内容”逐条书写，没有三级指标名称和单独的指标值列：每条按其二级指标读取，冒号后的文字作为指标值检查。",
          });
      }
    }
    if (!this.form.indicators) {
      const found = this.findFlatHeader(true);
      const flat = found ? readFlatIndicators(this.grid, found.row, found.col, this.band.bottom) : null;
      if (found && flat) {
        this.form.indicators = { labelCell: this.grid.a1(found.row, found.col + 1), tables: [flat.table] };
        // The header row belongs to the list (its 绩效目标 heading is no goal field).
        this.blockRows.push({ top: found.row - 1, bottom: flat.lastRow });
        return;
      }
    }
    if (!this.form.indicators || this.form.indicators.tables.length === 0) {
      // 一级 | its indicators as a list in one cell, under a goal label (荆门 2022).
      const lists = readLevel1Lists(this.grid, this.band.top, this.band.bottom);
      if (lists) {
        this.form.indicators = { labelCell: lists.table.headerCell, tables: [lists.table] };
        this.blockRows.push({ top: lists.table.rows[0].row, bottom: lists.lastRow });
        (this.form.readingNotes ??= []).push({
          cell: lists.table.headerCell,
          uncertain: false,
          message:
            "绩效指标按一级指标逐格列出（“产出指标”旁一格写多条指标，用分号隔开），没有二级指标和单独的指标值列：每条按所在一级指标读取，条末的数值作为指标值检查。",
        });
      }
    }
  }

  /**
   * 其中：财政拨款 / 其他资金 belong to the 总额 written above them in the same column (within a few
   * rows, up to the next total); several "other" lines (自有资金, 其他收入) add up.
   */
  private resolveMoneyParts(labels: LabelCell[]): LabelCell[] {
    const out: LabelCell[] = [];
    const totalKeys = new Set<BudgetKey>(["implementationTotal", "annualTotal"]);
    for (const l of labels) {
      if (l.match.target.kind !== "money-part") {
        out.push(l);
        continue;
      }
      let total: LabelCell | undefined;
      for (let i = labels.indexOf(l) - 1; i >= 0; i--) {
        const t = labels[i];
        if (l.row - t.row > 10) break;
        if (t.col === l.col && t.row < l.row && t.match.target.kind === "money" && totalKeys.has(t.match.target.key)) {
          total = t;
          break;
        }
      }
      if (!total || total.match.target.kind !== "money") continue;
      const impl = total.match.target.key === "implementationTotal";
      const part = l.match.target.part;
      if (part === "project" || part === "basic") {
        const key: BudgetKey = part === "project" ? "projectSpending" : "basicSpending";
        out.push(
          Object.assign({}, l, {
            match: Object.assign({}, l.match, { target: { kind: "money" as const, key, direction: "right" as const } }),
          }),
        );
        continue;
      }
      const key: BudgetKey = impl
        ? part === "fiscal"
          ? "implementationFiscal"
          : "implementationOther"
        : part === "fiscal"
          ? "annualFiscal"
          : "annualOther";
      out.push(
        Object.assign({}, l, {
          match: Object.assign({}, l.match, { target: { kind: "money" as const, key, direction: "right" as const } }),
        }),
      );
    }
    return out;
  }

  /** Rows holding a small table's heading (支出项目名称 …): field labels there take their value below. */
  private tableHeadingRows = new Set<number>();
  private readonly blankCols = new Map<number, boolean>();
  private readonly blankRows = new Map<number, boolean>();

  /** A spacer column: nothing written in it on any row of the form (a blank column inserted in the form). */
  private isBlankColumn(col: number): boolean {
    let hit = this.blankCols.get(col);
    if (hit === undefined) {
      hit = true;
      // No text starts in it (a merge from the left passing through does not count).
      for (let r = this.band.top; r <= this.band.bottom && hit; r++) {
        const a = this.grid.anchor(r, col);
        if (a.col === col && this.grid.text(a.row, a.col) !== "") hit = false;
      }
      this.blankCols.set(col, hit);
    }
    return hit;
  }

  /** A spacer row: nothing written in it (a blank row inserted in the form). */
  private isBlankRow(row: number): boolean {
    let hit = this.blankRows.get(row);
    if (hit === undefined) {
      // No text starts in it (a merge from above passing through does not count).
      hit = true;
      for (let c = this.grid.left; c <= this.grid.right && hit; c++) {
        const a = this.grid.anchor(row, c);
        if (a.row === row && this.grid.text(row, c) !== "") hit = false;
      }
      this.blankRows.set(row, hit);
    }
    return hit;
  }

  /**
   * The column of the next cell right of (row, col): past its merge and any spacer column (a column with nothing
   * written in it anywhere in the form, put in for the layout).
   */
  private stepRight(row: number, col: number): number {
    let next = this.grid.rightEdge(row, col) + 1;
    while (next <= this.grid.right && this.grid.text(row, next) === "" && !this.grid.merge(row, next) && this.isBlankColumn(next))
      next++;
    return next;
  }

  /** The label in the cell right next to a label (its merge's right edge + 1, past a spacer column), if that cell is one. */
  private labelBeside(l: LabelCell, pastBlanks = false): LabelCell | undefined {
    // With `pastBlanks`: past the blanks the label's merge left (a label over two rows and columns beside its
    // headings). Not for an amount's label: "中期资金总额 | (blank) | 年度资金总额 | 25" leaves the first amount empty,
    // it does not head the second.
    const next = pastBlanks ? this.pastMergeBlanks(l.row, this.stepRight(l.row, l.col)) : this.stepRight(l.row, l.col);
    if (next > this.grid.right) return undefined;
    const a = this.grid.anchor(l.row, next);
    return this.labelAt.get(this.key(a.row, a.col));
  }

  /**
   * The column of the first text at or right of `from` past blank cells whose column is blank on the rows around (what a
   * merge of the label or of its value left behind); `from` itself when no text follows. In a form with merges across,
   * only blank cells that are not merged themselves (a merged blank is an empty value): a form unmerged in one place, or
   * one way only, reads as the merged one.
   */
  private pastMergeBlanks(row: number, from: number): number {
    let past = from;
    while (
      past <= this.grid.right &&
      this.grid.text(row, past) === "" &&
      (this.unmergedAcross || this.grid.merge(row, past) === null) &&
      this.isBlankColumnNear(past, row)
    )
      past++;
    return past > from && past <= this.grid.right && this.grid.text(row, past) !== "" ? past : from;
  }

  /**
   * Whether the form is written without any cell merged across columns (a sheet saved as values, converted from another
   * format, or unmerged by hand — wholly or only that way): a label's reach to the right must then be read from the
   * blanks beside it, as a merge would have shown it.
   */
  private get unmergedAcross(): boolean {
    this.noAcross ??= !this.grid.hasMergesIn(this.band.top, this.band.bottom, "across");
    return this.noAcross;
  }
  private noAcross: boolean | undefined;

  /** The same for merges down rows: a label's reach down is then read from the blanks under it. */
  private get unmergedDown(): boolean {
    this.noDown ??= !this.grid.hasMergesIn(this.band.top, this.band.bottom, "down");
    return this.noDown;
  }
  private noDown: boolean | undefined;

  /**
   * The cell holds nothing and is not a slot of a column of amounts: no amount right above or below it, no heading of
   * its own right above it (年初预算数 | 全年预算数 over the amounts: an empty amount between written ones is not
   * skipped). Text above that is a field's line ("项目期 | 2019-2021", "县级主管部门 | 某局") heads no column.
   */
  private isBlankColumnNear(col: number, row: number): boolean {
    const at = (r: number) => (r < this.band.top || r > this.band.bottom ? null : this.grid.anchor(r, col));
    const a = at(row);
    if (!a || (a.col === col && this.grid.text(a.row, a.col) !== "")) return false;
    for (const r of [row - 1, row + 1]) {
      const b = at(r);
      if (!b || b.col !== col || this.grid.text(b.row, b.col) === "") continue;
      // A row of headings (预期目标 | · | · | 实际完成情况) is no slot of the amounts above it: they are another block's.
      if (isAmountFigure(this.grid, b.row, b.col) && !(r < row && this.grid.isWordsRow(row))) return false;
      if (r > row) continue;
      // A label heads the column — unless it has its value beside it or in its own cell ("自评总分:95"): a field's line.
      const label = this.labelAt.get(this.key(b.row, b.col));
      if (label && !label.match.inline && !this.hasValueBeside(b.row, b.col)) return false;
    }
    return true;
  }

  /** The next cell with text right of a label is a value, not another label (a line "label | value", not headings). */
  private hasValueBeside(row: number, col: number): boolean {
    for (let c = this.grid.rightEdge(row, col) + 1; c <= this.grid.right; c = this.grid.rightEdge(row, c) + 1) {
      const a = this.grid.anchor(row, c);
      if (this.grid.text(a.row, a.col) === "") continue;
      return !this.isLabel(a.row, a.col);
    }
    return false;
  }

  /**
   * Last row a label reaches down: its merge's when merged down; else also the blank cells under it while their rows go
   * on beside it (a label that was merged down over the rows of its block: "年度总体目标" over 预期目标 | the goal's
   * text) — in a form with merges down, only blank cells not merged themselves, under a label not merged at all.
   */
  private reachBottom(row: number, col: number, rows = 4): number {
    return this.grid.reachDown(row, col, Math.min(this.band.bottom, row + rows), this.unmergedDown);
  }

  /**
   * The cell left of (row, col) as a reader sees it: its merge's top-left; in a form without merges, the first cell with
   * text on its left (the blanks between are what a merge of that cell covered).
   */
  private leftOf(row: number, col: number): { row: number; col: number } {
    let c = col - 1;
    // Past a spacer column; without merges, past any blank.
    while (
      c > this.grid.left &&
      this.grid.text(row, c) === "" &&
      !this.grid.merge(row, c) &&
      (this.unmergedAcross || this.isBlankColumn(c))
    )
      c--;
    return this.grid.anchor(row, c);
  }

  /** The cell right of a label (past its merge and any spacer column); when that is another label, the label cell itself. */
  private valueRight(row: number, col: number): { row: number; col: number; text: string; isLabelCell: boolean } {
    // "项目名称 | (blank) | 某项目" in a form without merges is read as "项目名称 | 某项目" (see `pastMergeBlanks`); a
    // label with nothing after it has its empty value in the cell beside it (see also `emptyValueCell`).
    let next = this.pastMergeBlanks(row, this.stepRight(row, col));
    // A 行次/序号 column holds the lines' numbers, never a value (名山 2024: 年度资金总额 | 1 | 52.8).
    while (next <= this.grid.right && this.isIndexColumn(row, next)) next = this.grid.rightEdge(row, next) + 1;
    if (next > this.grid.right) return { row, col, text: "", isLabelCell: true };
    const a = this.grid.anchor(row, next);
    if (this.isLabel(a.row, a.col)) return { row, col, text: "", isLabelCell: true };
    const text = this.grid.text(a.row, a.col);
    // A cell that ends in a colon ("单位(盖章):") is another label, not this label's value; nor is the table's money-unit
    // note ("填报单位: | 单位:万元", 湖南 2018: the unit's name was left blank).
    if (/[:：]$/.test(text.trim()) || MONEY_UNIT_NOTE.test(text.replace(/\s+/g, "")))
      return { row, col, text: "", isLabelCell: true };
    return { row: a.row, col: a.col, text, isLabelCell: false };
  }

  /**
   * A header row of a flat indicator list: a 指标名称 cell with an 指标值 (or a per-row 绩效目标) cell right of it, and no
   * level header. Returns the row and the column left of its first header cell (where a section label merged down would
   * be). With `atEdge` (tried after every other reading) the list starts at the sheet's edge with no section label at
   * all (海口 2016: 指标类型 | 指标名称 | 绩效目标 | 绩效标准).
   */
  private findFlatHeader(atEdge = false): { row: number; col: number } | null {
    const grid = this.grid;
    for (let row = this.band.top; row <= this.band.bottom; row++) {
      let name = -1;
      let value = -1;
      let first = -1;
      for (let c = grid.left; c <= grid.right; c = grid.rightEdge(row, c) + 1) {
        const a = grid.anchor(row, c);
        if (a.row !== row) continue;
        const text = grid.text(row, c);
        if (text === "") continue;
        const key = labelKey(text);
        if (name < 0 && /^(三级)?(绩效)?指标(名称|内容)?$/.test(key)) name = c;
        // Each row's own target under 绩效目标 (海口 2016: 指标类型 | 指标名称 | 绩效目标 | 绩效标准) is its value.
        else if (name >= 0 && value < 0 && /^(value|goal)$/.test(classifyIndicatorHeader(text)?.role ?? "")) value = c;
        else if (/指标/.test(key) && first < 0) first = c;
      }
      if (name < 0 || value < 0) continue;
      const start = first >= 0 && first < name ? first : name;
      // At the edge the name column is headed as a name (指标名称, 三级指标), not a section's word (绩效指标, 指标).
      if ((start === grid.left) !== atEdge) continue;
      if (atEdge && !/名称|内容|三级/.test(labelKey(grid.text(row, name)))) continue;
      // (The section label's column is left of the list past a spacer column.)
      return { row, col: start > grid.left ? this.leftOf(row, start).col : start - 1 };
    }
    return null;
  }

  /** True when the amount at `below` is alone in its column: no other figure right under it (not a column of amounts). */
  private singleAmountBelow(below: { row: number; col: number }): boolean {
    const next = this.grid.bottomEdge(below.row, below.col) + 1;
    if (next > this.band.bottom) return true;
    const a = this.grid.anchor(next, below.col);
    return typeof this.grid.value(a.row, a.col) !== "number" && !/^\d/.test(this.grid.text(a.row, a.col));
  }

  /** True when the column at (row, col) is headed 行次/序号/栏次 a few rows above, within the form. */
  private isIndexColumn(row: number, col: number): boolean {
    const a = this.grid.anchor(row, col);
    if (a.col !== col || this.grid.rightEdge(row, col) !== col || !/^\d{1,3}$/.test(this.grid.text(a.row, a.col).trim()))
      return false;
    for (let r = row - 1; r >= Math.max(this.band.top, row - 8); r--) {
      const h = this.grid.anchor(r, col);
      if (h.col !== col) continue;
      const t = labelKey(this.grid.text(h.row, h.col));
      if (isNumberingLabel(t)) return true;
      if (t !== "" && !/^\d{1,3}$/.test(t)) return false;
    }
    return false;
  }

  private valueBelow(row: number, col: number): { row: number; col: number; text: string; isLabelCell: boolean } {
    const under = this.grid.bottomEdge(row, col) + 1;
    let first = under;
    // Written without merges, a heading merged down over a row of sub-headings ("预算支出总额" beside 基本支出 | 项目支出
    // over 合计 | 财政拨款 …) leaves a blank under it on that row: its value is under the sub-headings' row.
    if (this.unmergedDown)
      for (
        let step = 0;
        step < 2 && first < this.band.bottom && this.grid.text(first, col) === "" && this.grid.isWordsRow(first);
        step++
      )
        first++;
    // A row of column numbers under the headings (栏次 | 1 | 2 | 3 …) is theirs: the values are under it.
    if (first < this.band.bottom && isColumnNumbersRow(this.grid, first)) first++;
    let next = first;
    while (next <= this.band.bottom && this.isBlankRow(next)) next++;
    if (next > first) {
      // Past a blank spacer row only a value counts: a label or a table heading below means this value is empty.
      const a = next <= this.band.bottom ? this.grid.anchor(next, col) : null;
      const text = a ? this.grid.text(a.row, a.col) : "";
      // So does a bar anchored left of this column (a section heading merged across the row: "项目绩效定量目标(指标)及完成
      // 情况" under 预期目标 | 实际完成, 岳阳 自评报告): a column's value starts in its column.
      // And so does a blank past the blank row (a bar "项目绩效定量目标…" written from the left, its merge undone).
      if (
        !a ||
        a.col < col ||
        text === "" ||
        this.isLabel(a.row, a.col) ||
        matchLabel(text) !== null ||
        classifyIndicatorHeader(text) !== null
      ) {
        if (first > this.band.bottom) return { row, col, text: "", isLabelCell: true };
        const f = this.grid.anchor(first, col);
        return { row: f.row, col: f.col, text: "", isLabelCell: false };
      }
    }
    if (next > this.band.bottom) return { row, col, text: "", isLabelCell: true };
    const a = this.grid.anchor(next, col);
    // A bar merged from the left over this column (a note "注：…" under the form) is not its value: a column's value
    // starts in its column.
    if (this.isLabel(a.row, a.col) || a.col < col) return { row, col, text: "", isLabelCell: true };
    // Past the rows under it, a figure that is the value of a label on its own row ("年度资金总额: | 20" under 项目属性 |
    // (blank) and 项目分类 | 一般, 盛登山 2022 unmerged) is that label's: this one is empty.
    if (first > under && this.firstTextLeftIsLabel(a.row, a.col)) return { row, col, text: "", isLabelCell: true };
    return { row: a.row, col: a.col, text: this.grid.text(a.row, a.col), isLabelCell: false };
  }

  /** The first text left of (row, col) on its row is a label. */
  private firstTextLeftIsLabel(row: number, col: number): boolean {
    for (let c = col - 1; c >= this.grid.left; c--) {
      const a = this.grid.anchor(row, c);
      const text = this.grid.text(a.row, a.col);
      if (text === "") continue;
      return this.isLabel(a.row, a.col) || matchLabel(text) !== null;
    }
    return false;
  }

  private readLabel(l: LabelCell): void {
    const t = l.match.target;
    const labelCell = this.grid.a1(l.row, l.col);
    switch (t.kind) {
      case "field":
        this.setField(t.key, l, labelCell);
        return;
      case "field-or-checkbox":
        this.readFieldOrCheckbox(t, l, labelCell);
        return;
      case "checkbox":
        this.setCheckbox(t.key, l, labelCell);
        return;
      case "money":
        this.setMoney(t, l, labelCell);
        return;
      case "money-part":
        return; // resolved to "money" above, or dropped
      case "score":
        this.readScore(l);
        return;
      case "assessment-code": {
        if (this.form.assessment.code) return;
        const v =
          l.match.inline !== null && l.match.inline !== "" ? { text: l.match.inline, cell: labelCell } : this.fieldValue(l);
        this.form.assessment.code = { text: v.text, cell: v.cell, labelCell };
        return;
      }
      case "goal":
        this.readGoal(t.period, l, labelCell);
        return;
      case "section":
        if (t.section === "assessment" && !this.form.assessment.present) {
          this.form.assessment.present = true;
          this.form.assessment.labelCell = labelCell;
        }
        if (t.section === "details") {
          this.form.details.present = true;
          this.readDetailsBeside(l);
        }
        if (t.section === "goals") this.pendingGoalSections.push(l);
        // A money section's heading with its amount beside it and its 其中 lines on its right (项目资金(万元) | 3 | 其中:财政拨款
        // | 3, 西青 2021): the amount is the project's budget.
        if (t.section === "budget" && !this.form.budget.projectBudget) {
          const right = this.valueRight(l.row, l.col);
          const beside = right.isLabelCell ? null : this.textRightOf(right.row, right.col);
          // (The amount may carry its unit when the heading does not: 项目资金 | 3.0万元 | 其中:财政拨款 | 3.0.)
          if (
            !right.isLabelCell &&
            (figureOf(this.grid, right.row, right.col) || isAmountWithUnit(right.text)) &&
            beside &&
            /^其中/.test(beside.replace(/\s+/g, ""))
          )
            this.setMoney({ kind: "money", key: "projectBudget", direction: "right" }, l, labelCell);
        }
        return;
      case "details-header":
        this.readDetails(l);
        return;
      case "spending-header":
        this.readSpendingLines(l);
        return;
      case "indicator-header":
        return;
    }
  }

  /** Value of a text field: inline after the colon, else the cell to the right (or below, under a column heading). */
  private fieldValue(l: LabelCell): { text: string; cell: string } {
    if (l.match.inline !== null && l.match.inline !== "") return { text: l.match.inline, cell: this.grid.a1(l.row, l.col) };
    // A heading of a small table (部门职能 | 年度目标任务 | 支出项目名称 | 预算金额): its value is below.
    if (this.tableHeadingRows.has(l.row)) {
      const below = this.valueBelow(l.row, l.col);
      return { text: below.text, cell: this.grid.a1(below.row, below.col) };
    }
    const v = this.valueRight(l.row, l.col);
    if (v.isLabelCell && l.match.inline === null) {
      // A column heading ("部门职能 | 年度目标任务 …"): its value is below.
      const below = this.valueBelow(l.row, l.col);
      if (!below.isLabelCell && below.text !== "") return { text: below.text, cell: this.grid.a1(below.row, below.col) };
    }
    // Written without merges, a heading line with nothing else on it ("2.项目实施内容及过程概述" once merged across the
    // form): its text is below it.
    // (Not a label or a row of headings below: "实施单位 | (blank …)" over 年初预算数 | 全年预算数 | … is an empty field.)
    const t = l.match.target;
    const short = t.kind === "field" && SHORT_FIELDS.has(t.key);
    if (
      !short &&
      !v.isLabelCell &&
      v.text === "" &&
      this.unmergedAcross &&
      l.match.inline === null &&
      this.nothingRightOf(l.row, l.col)
    ) {
      const below = this.valueBelow(l.row, l.col);
      if (
        !below.isLabelCell &&
        below.text !== "" &&
        !this.grid.isWordsRow(below.row) &&
        matchLabel(below.text) === null &&
        classifyIndicatorHeader(below.text) === null
      )
        return { text: below.text, cell: this.grid.a1(below.row, below.col) };
    }
    return { text: v.text, cell: v.isLabelCell ? this.emptyValueCell(l.row, l.col) : this.grid.a1(v.row, v.col) };
  }

  /** No text on the row right of (row, col). */
  private nothingRightOf(row: number, col: number): boolean {
    for (const c of this.grid.occupiedCols(row)) if (c > col && this.grid.text(row, c) !== "") return false;
    return true;
  }

  /**
   * Where an empty value of a label is to be written: the blank cell right next to it ("主管部门 | (blank) | 项目实施单位
   * | …": the next label is further right) when the form has no merge across or that cell is not merged, else the
   * label's own cell.
   */
  private emptyValueCell(row: number, col: number): string {
    const next = this.grid.rightEdge(row, col) + 1;
    if (
      next <= this.grid.right &&
      this.grid.text(row, next) === "" &&
      (this.unmergedAcross || this.grid.merge(row, next) === null)
    )
      return this.grid.a1(row, next);
    return this.grid.a1(row, col);
  }

  /**
   * A label that is a heading bar across the whole form: at its left edge and merged to its right edge — or, its merge
   * undone, alone on its row with no cell of the row merged across (a merged blank beside it is its empty value).
   */
  private isHeadingBar(l: LabelCell, key?: HeaderFieldKey): boolean {
    const g = this.grid;
    if (l.match.inline !== null || l.col !== g.left || g.right <= l.col) return false;
    if (g.rightEdge(l.row, l.col) >= g.right) return true;
    // A field whose value is a name, a date or a code (主管部门, 项目属性, 中央主管部门) heads no part of the form: alone on
    // its row, its merge undone, it is a field left empty (岳阳楼区 2016: 主管部门 | C5:H5 blank, unmerged).
    if (key !== undefined && SHORT_FIELDS.has(key)) return false;
    return g.merge(l.row, l.col) === null && !g.hasMergesIn(l.row, l.row, "across") && this.nothingRightOf(l.row, l.col);
  }

  /** The column of the next heading right of (row, col) on its row (past the cell's merge), or null. */
  private nextHeadingRight(row: number, col: number): number | null {
    for (let c = this.grid.rightEdge(row, col) + 1; c <= this.grid.right; c = this.grid.rightEdge(row, c) + 1) {
      const a = this.grid.anchor(row, c);
      if (a.row !== row) continue;
      const t = this.grid.text(row, c).trim();
      if (t === "") continue;
      return t.length <= 12 && !/\d/.test(t) ? c : null;
    }
    return null;
  }

  private labelText(l: LabelCell): string {
    return labelWords(this.grid.text(l.row, l.col));
  }

  private setField(key: HeaderFieldKey, l: LabelCell, labelCell: string): void {
    // A heading bar across the whole form ("三、目标完成情况" over 年度预期目标 | 具体完成情况, 成安 2020) names a part of
    // the form, not a field: a completion is the text under the completion heading of the next row; any other field
    // has no value of its own here.
    const g = this.grid;
    if (this.isHeadingBar(l, key)) {
      const next = g.bottomEdge(l.row, l.col) + 1;
      if (key === "goalCompletion" && !this.form.fields.goalCompletion && next <= g.bottom) {
        for (const c of g.occupiedCols(next)) {
          if (!g.isAnchor(next, c) || this.isGoalLabel(next, c) || !/完成情况|实际完成/.test(g.text(next, c))) continue;
          const below = this.valueBelow(next, c);
          if (below.isLabelCell) break;
          this.form.fields.goalCompletion = { text: below.text, cell: g.a1(below.row, below.col), labelCell: g.a1(next, c) };
          break;
        }
      }
      return;
    }
    // 年度目标完成情况 as a section label over "预期目标 | 目标实际完成情况" (安居 2021): the completion is under its own
    // heading, not beside this label.
    if (
      key === "goalCompletion" &&
      l.match.inline === null &&
      this.reachBottom(l.row, l.col) > l.row &&
      this.labelBeside(l, true)
    )
      return;
    // A completion heading beside the goal's heading ("预期目标 | 目标实际完成情况", 咸宁, 安居): its text is below it.
    if (key === "goalCompletion" && l.match.inline === null && l.col > this.grid.left) {
      const left = this.leftOf(l.row, l.col);
      if (this.isGoalLabel(left.row, left.col) && !this.form.fields.goalCompletion) {
        const below = this.valueBelow(l.row, l.col);
        if (!below.isLabelCell) {
          const f: Field = { text: below.text, cell: this.grid.a1(below.row, below.col), labelCell };
          const label = this.labelText(l);
          if (label) f.label = label;
          this.form.fields.goalCompletion = f;
          return;
        }
      }
    }
    const taken = this.form.fields[key];
    const v = this.fieldValue(l);
    // A label left empty (填报单位(盖章), a space for the stamp) gives way to a later label of the same field that is
    // filled in (部门名称 | 南岳区实验中学, 南岳 2017).
    // (Not to one under the indicator table: a closing line's 填报人 | 联系电话 is not the header's 项目负责人's phone.)
    const emptyGivesWay =
      !!taken &&
      taken.text.trim() === "" &&
      v.text.trim() !== "" &&
      v.cell !== taken.cell &&
      !this.acrossIndicators(taken.labelCell, l.row);
    // A unit's name (填报单位, 单位名称) stands in for the 主管部门 until the form's own 主管部门 line is met (湘阴 2022:
    // 填报单位 on top, 主管部门 left empty below it; 黄冈 2020: 单位名称:黄冈市档案馆, then 主管部门 empty).
    const standIn = key === "department" && !/主管/.test(taken?.label ?? "") && /主管/.test(this.labelText(l));
    if (taken && !emptyGivesWay && !standIn) return;
    if (taken) delete this.form.fields[key];
    const f: Field = { text: v.text, cell: v.cell, labelCell };
    const label = this.labelText(l);
    if (label) f.label = label;
    this.form.fields[key] = f;
    if (key === "period") this.readPeriodParts(f);
  }

  /**
   * A period given as its two ends under their own sub-labels (实施周期 | 起始年度 | 2021年 | 到期年度 | 2022年(项目周期1年),
   * 广东 2021): the period is the two values; a term in brackets after them ("项目周期1年") is the project's term.
   */
  private readPeriodParts(f: Field): void {
    if (!/^(起始|开始|起)(年度|年份|时间|日期)$/.test(labelKey(f.text))) return;
    const at = fromA1(f.cell);
    const start = this.valueRight(at.row, at.col);
    if (start.isLabelCell || start.text === "") return;
    const endLabel = this.grid.rightEdge(start.row, start.col) + 1;
    if (endLabel > this.grid.right) return;
    const el = this.grid.anchor(start.row, endLabel);
    if (!/^(到期|结束|终止|截止|完成)(年度|年份|时间|日期)$/.test(labelKey(this.grid.text(el.row, el.col)))) return;
    const end = this.valueRight(el.row, el.col);
    if (end.isLabelCell || end.text === "") return;
    f.text = `${start.text.trim()}-${end.text.trim()}`;
    f.cell = this.grid.a1(start.row, start.col);
    const term = /[(（]\s*(?:项目)?(?:周期|期限|实施期)\s*(\d{1,2})\s*年\s*[)）]/.exec(end.text);
    if (term && !this.form.fields.projectTerm)
      this.form.fields.projectTerm = {
        text: `${term[1]}年`,
        cell: this.grid.a1(end.row, end.col),
        labelCell: f.labelCell,
        label: "项目周期",
      };
  }

  /** The texts of a row from a column to the band's right edge, joined (a header row's signature). */
  private rowTexts(row: number, from: number): string {
    const out: string[] = [];
    for (const c of this.grid.occupiedCols(row))
      if (c >= from && this.grid.isAnchor(row, c)) out.push(labelKey(this.grid.text(row, c)));
    return out.join("|");
  }

  /** Whether the indicator table stands between a label's cell (A1) and a later row: header above, closing lines below. */
  private acrossIndicators(labelCell: string, row: number): boolean {
    const above = fromA1(labelCell).row;
    return this.blockRows.some((b) => b.top > above && b.bottom < row);
  }

  private readFieldOrCheckbox(t: Target<"field-or-checkbox">, l: LabelCell, labelCell: string): void {
    const v = this.fieldValue(l);
    if (parseCheckboxText(v.text).length > 0) this.setCheckbox(t.checkbox, l, labelCell);
    else this.setField(t.field, l, labelCell);
  }

  private setCheckbox(key: CheckboxGroupKey, l: LabelCell, labelCell: string): void {
    const v = this.fieldValue(l);
    let options = parseCheckboxText(v.text);
    const taken = this.form.checkboxes[key];
    if (taken) {
      // A second boxed group under a label of the same meaning (项目类别 | 项目属性 | 项目类型): kept aside.
      const more = (this.form.moreCheckboxes ??= []);
      if (options.length > 0 && taken.cell !== v.cell && !more.some((m) => m.cell === v.cell))
        more.push({ key, label: this.labelText(l), text: v.text, cell: v.cell, labelCell, options });
      return;
    }
    // A plain answer typed instead of ticking ("延续项目") counts as that option ticked.
    if (options.length === 0 && v.text !== "") options = [{ name: v.text, checked: true, hasBox: false }];
    const g: CheckboxGroup = { text: v.text, cell: v.cell, labelCell, options };
    this.form.checkboxes[key] = g;
  }

  private setMoney(t: Target<"money">, l: LabelCell, labelCell: string): void {
    let text: string;
    let cell: string;
    let raw: unknown;
    const labelUnit = moneyUnitInText(this.grid.text(l.row, l.col));
    // A money word opening a line of words with no figure ("基本支出:人员类、公用经费等运转类支出" as a task's name, 泸县
    // 2024): a description, not an amount.
    if (l.match.inline && !/\d/.test(l.match.inline) && l.match.inline.replace(/\s+/g, "").length > 6) return;
    if (l.match.inline !== null && l.match.inline !== "") {
      text = l.match.inline;
      cell = labelCell;
      raw = l.match.inline;
    } else {
      let v = t.direction === "below" ? this.valueBelow(l.row, l.col) : this.valueRight(l.row, l.col);
      if (t.direction === "below" && (v.isLabelCell || !/^\d/.test(v.text))) {
        // A heading label usually over its amount (项目资金总额 over a small table) written as a line instead, its
        // amount beside it ("项目资金总额: | 1500", 阿拉尔): the amount beside it is the value.
        const right = this.valueRight(l.row, l.col);
        if (!right.isLabelCell && /^\d/.test(right.text)) v = right;
      }
      if (t.direction === "right" && v.isLabelCell) {
        // A money section's heading ("项目金额(万元)" over 年度资金总额 | 其中：财政拨款 …, 蒙城): the lines beside it
        // carry the amounts; the heading itself has none.
        const beside = this.labelBeside(l)?.match.target.kind;
        // (Not past blanks in a form without merges across: "中期预算资金总额 | · | · | 年度预算资金总额 | 25" is an empty
        // amount beside the next line — its merge undone, 阳泉 2021 — not a heading over lines.)
        const pastBlanks = this.unmergedAcross && this.stepRight(l.row, l.col) > this.grid.rightEdge(l.row, l.col) + 1;
        if ((beside === "money" || beside === "money-part") && !pastBlanks) return;
        // A column heading of a small table (宁德: 预算金额(万元) over the amounts): not this form's budget.
        const below = this.valueBelow(l.row, l.col);
        if (!below.isLabelCell && isAmountFigure(this.grid, below.row, below.col) && !this.singleAmountBelow(below)) return;
        if (!below.isLabelCell && below.text !== "" && this.grid.bottomEdge(l.row, l.col) === l.row && /^\d/.test(below.text))
          v = below;
      }
      // A heading among headings of a small table (黄冈 2023: 项目名称 | 项目类型 | 项目总预算 | 项目本年度预算 over one row
      // per project): words beside it, figures below it — a column of other amounts, not this form's budget.
      if (t.direction === "right" && !v.isLabelCell && v.text !== "" && !/\d/.test(v.text)) {
        const below = this.valueBelow(l.row, l.col);
        if (!below.isLabelCell && isAmountFigure(this.grid, below.row, below.col)) {
          // One amount under the heading (衡阳 2025: 资金总额 | 按收入性质分 … over one row of figures): the form's own.
          if (!this.singleAmountBelow(below)) return;
          v = below;
        }
      }
      text = v.text;
      cell = v.isLabelCell ? this.emptyValueCell(l.row, l.col) : this.grid.a1(v.row, v.col);
      raw = v.isLabelCell ? null : this.grid.value(v.row, v.col);
      // The cell beside is a line of its own ("政府性基金拨款: | 项目支出:2985.5万元", two breakdowns side by side):
      // not this label's amount — the line is empty.
      if (!v.isLabelCell && /^[^\d:]{2,}:/.test(normalizeText(v.text).replace(/\s+/g, ""))) {
        text = "";
        cell = labelCell;
        raw = null;
      }
    }
    const read = readMoney(raw, labelUnit ?? this.moneyUnit);
    const m: Money = { amountWan: read.amountWan, text, cell, labelCell };
    // Words where the amount was looked for, with a figure further along the row (一般公共预算资金 | 经费拨款 | 14064994.8
    // under 资金性质 | … | 金额(元), 南宁 2021): the line's amount is there, in a column this reading did not take — not
    // an unreadable amount.
    if (read.problem && !(read.problem === "unreadable" && !/\d/.test(text) && this.figureRightOf(l.row, cell)))
      m.problem = read.problem;
    const label = this.labelText(l);
    if (label) m.label = label;
    const prev = this.form.budget[t.key];
    if (prev) {
      // Several lines of one part (自有资金 + 其他收入) add up; a second total is ignored.
      if ((t.key.endsWith("Other") || t.key.endsWith("Fiscal")) && m.amountWan !== null) {
        // An empty first line (政府性基金拨款: with nothing after it) gives way to the next written one.
        if (prev.amountWan === null && !prev.problem) this.form.budget[t.key] = m;
        else if (prev.amountWan !== null) prev.amountWan += m.amountWan;
      }
      return;
    }
    this.form.budget[t.key] = m;
  }

  private readScore(l: LabelCell): void {
    if (this.form.assessment.score) return;
    const v = this.fieldValue(l);
    const n = /-?\d+(?:\.\d+)?/.exec(v.text);
    this.form.assessment.score = { value: n ? Number(n[0]) : null, text: v.text, cell: v.cell };
  }

  private isGoalLabel(row: number, col: number): boolean {
    const l = this.labelAt.get(this.key(row, col));
    return !!l && (l.match.target.kind === "goal" || (l.match.target.kind === "section" && l.match.target.section === "goals"));
  }

  private readGoal(period: "implementation" | "annual", l: LabelCell, labelCell: string): void {
    if (this.form.goals.some((g) => g.period === period)) return;
    const inline = l.match.inline;
    // A heading bar across the whole form ("年度绩效目标" over 年度绩效总目标 | …, 浮梁): a section, not a field —
    // the goal is read from the label below it (or, failing that, at the end like any goal section).
    if (this.isHeadingBar(l)) {
      this.pendingGoalSections.push(l);
      return;
    }
    // A goal field is the text cell beside its label ("本年度绩效目标 | 通过……"); below only when nothing is beside it.
    const beside = inline ? null : this.valueRight(l.row, l.col);
    // A section label down two rows with a goal heading beside it ("年度总体目标" | "预期目标 | 实际完成情况" over the
    // texts, 上饶 2021): the heading beside carries the goal; below the section label is the next block.
    if (beside?.isLabelCell && this.reachBottom(l.row, l.col) > l.row && this.isGoalLabel(beside.row, beside.col)) {
      const h = this.labelAt.get(this.key(beside.row, beside.col));
      if (h && h.match.target.kind === "goal") return;
    }
    // A label over two rows with a short heading beside it on the first ("年度总体目标 | 预期目标" over "43.2",
    // 廊坊): the heading names the column, the goal is the cell below it — written or empty (普陀).
    // (Not a completion's heading: 预期目标 | · | 实际完成情况 over an empty goal and the completion, the blank under
    // 预期目标 left by its merge undone, 普陀 2022 — that is the next case.)
    if (
      beside &&
      !beside.isLabelCell &&
      /^[\u4e00-\u9fff]{2,8}$/.test(beside.text.trim()) &&
      !/完成|实际|执行/.test(beside.text)
    ) {
      const below = this.grid.bottomEdge(beside.row, beside.col) + 1;
      const reach = this.reachBottom(l.row, l.col);
      // A heading that names the lines' items ("内容 | 部门(单位)申报" over 预期提供的公共产品和服务的数量 | …, 阳泉 2015):
      // the goal is what the lines write under the heading beside it, not the items' names.
      const items = ITEM_HEADING.test(labelKey(beside.text)) ? this.nextHeadingRight(beside.row, beside.col) : null;
      if (items !== null && below <= reach) {
        const parts: string[] = [];
        let first: string | null = null;
        for (let r = below; r <= reach; r = this.grid.bottomEdge(r, items) + 1) {
          const a = this.grid.anchor(r, items);
          first ??= this.grid.a1(a.row, a.col);
          const t = this.grid.text(a.row, a.col);
          if (t !== "") parts.push(t);
        }
        this.form.goals.push({
          period,
          header: this.grid.text(l.row, l.col),
          headerCell: labelCell,
          text: parts.join("；"),
          cell: first!,
        });
        return;
      }
      if (below <= reach) {
        const a = this.grid.anchor(below, beside.col);
        if (!this.isLabel(a.row, a.col)) {
          this.form.goals.push({
            period,
            header: this.grid.text(l.row, l.col),
            headerCell: labelCell,
            text: this.grid.text(a.row, a.col),
            cell: this.grid.a1(a.row, a.col),
          });
          return;
        }
      }
    }
    // A column heading beside another (预期目标 | 实际完成情况, 古城 2020): the goal is below it, not the next heading.
    if (
      beside &&
      !beside.isLabelCell &&
      /^[\u4e00-\u9fff]{2,10}$/.test(labelKey(beside.text)) &&
      /完成|实际|执行/.test(beside.text)
    ) {
      const below = this.valueBelow(l.row, l.col);
      // Written or left empty (普陀 2022: 预期目标 empty, 实际完成情况 written): the goal is the cell below.
      if (!below.isLabelCell && (below.text.trim() !== "" || below.row <= this.reachBottom(l.row, l.col) + 1)) {
        this.form.goals.push({
          period,
          header: this.grid.text(l.row, l.col),
          headerCell: labelCell,
          text: below.text,
          cell: this.grid.a1(below.row, below.col),
        });
        // The heading beside names the completion column (预期目标 | 实际完成情况, 上饶 2021): the text below it is
        // the year's completion, written or left empty.
        const done = this.valueBelow(beside.row, beside.col);
        if (!this.form.fields.goalCompletion && !done.isLabelCell && done.row === below.row) {
          this.form.fields.goalCompletion = {
            text: done.text,
            cell: this.grid.a1(done.row, done.col),
            labelCell: this.grid.a1(beside.row, beside.col),
            label: labelKey(beside.text),
          };
        }
        return;
      }
    }
    let v =
      inline !== null && inline !== ""
        ? { row: l.row, col: l.col, text: inline, isLabelCell: false }
        : beside && !beside.isLabelCell && beside.text !== "" && this.reachBottom(l.row, l.col) >= beside.row
          ? beside
          : this.valueBelow(l.row, l.col);
    if (!inline && v.text === "") {
      // Some forms write the goal beside its header instead of below it.
      const belowIsLabel = v.isLabelCell;
      const right = this.valueRight(l.row, l.col);
      if (!right.isLabelCell && right.text !== "") v = right;
      else if (right.isLabelCell && belowIsLabel) {
        // A goal section whose sub-headings are to the right (年度总体目标 | 年初设定目标 …): they carry the goal.
        const beside = this.labelBeside(l);
        if (beside && this.isGoalLabel(beside.row, beside.col)) return;
      }
    }
    const g: Goal = {
      period,
      header: this.grid.text(l.row, l.col),
      headerCell: labelCell,
      text: v.text,
      cell: this.grid.a1(v.row, v.col),
    };
    this.form.goals.push(g);
    // The year's completion written beside the goal with its label in the same cell ("完成情况1:支持农村金融组织体系建设…",
    // 四川 2021 普惠金融 自评表).
    if (!this.form.fields.goalCompletion && !v.isLabelCell && v.text !== "") {
      // (Past the blanks the goal's merge left, written without it.)
      const next = this.pastMergeBlanks(v.row, this.grid.rightEdge(v.row, v.col) + 1);
      if (next <= this.grid.right) {
        const a = this.grid.anchor(v.row, next);
        const beside = this.grid.text(a.row, a.col).trim();
        const m = /^(?:全年|实际)?完成情况(?:说明)?\s*(?=\d|[:：])/.exec(beside);
        if (a.row === v.row && m)
          this.form.fields.goalCompletion = {
            text: beside.slice(m[0].length).replace(/^[:：]/, ""),
            cell: this.grid.a1(a.row, a.col),
            labelCell: this.grid.a1(a.row, a.col),
            label: "完成情况",
          };
      }
    }
  }

  /**
   * A detail budget's heading with its table on its right (支出明细预算(万元) | 项 目 | 上年度安排资金 | 本年度申请资金 | 测算依据及说明,
   * 湖南 申报表; 项目支出内容及明细预算(万元) | 项目 | 上年度预算安排 | 上年度实际执行 | 本年度申请金额 | …, 阳泉 2015): the table's
   * first column names the lines, whatever its heading says, when the heading row has an amount column (`detailAmountColumn`).
   * A first column that is a label of its own (明细项目名称) is read as that label.
   */
  private readDetailsBeside(l: LabelCell): void {
    if (this.form.details.headerCell !== null) return;
    const grid = this.grid;
    const col = grid.rightEdge(l.row, l.col) + 1;
    if (col > grid.right) return;
    const a = grid.anchor(l.row, col);
    if (a.row !== l.row || a.col !== col || grid.text(l.row, col) === "" || this.isLabel(l.row, col)) return;
    const amountCol = this.detailAmountColumn(l.row, col);
    if (amountCol !== null) this.readDetails({ row: l.row, col, match: l.match }, amountCol);
  }

  /**
   * The amount column of a detail table's heading row right of `col`: the one headed 金额, else the one headed with this
   * year's money (本年度申请资金, 本年度申请金额, 本年预算数) — never last year's (上年度安排资金), what was spent (实际执行) or the
   * basis of the figures (测算依据).
   */
  private detailAmountColumn(headerRow: number, col: number): number | null {
    const grid = this.grid;
    let year: number | null = null;
    for (let c = grid.rightEdge(headerRow, col) + 1; c <= grid.right; c++) {
      const a = grid.anchor(headerRow, c);
      if (a.col !== c) continue;
      const k = labelKey(grid.text(a.row, a.col));
      if (/^金额/.test(k)) return c;
      if (
        year === null &&
        /(本|当)年|申请|申报/.test(k) &&
        /(资金|金额|预算数?|数)$/.test(k) &&
        !/上年|以前|往年|实际|执行|依据|说明/.test(k)
      )
        year = c;
    }
    return year;
  }

  /** 项目预算明细: rows under the 明细项目名称 header down to 合计 (`amountCol`: the header row's amount column, when known). */
  private readDetails(l: LabelCell, amountCol = this.detailAmountColumn(l.row, l.col)): void {
    const grid = this.grid;
    const headerRow = l.row;
    let periodCol: number | null = null;
    for (let c = grid.rightEdge(l.row, l.col) + 1; c <= grid.right; c++) {
      const a = grid.anchor(headerRow, c);
      if (a.col !== c) continue;
      if (periodCol === null && /起止时间|时间/.test(labelKey(grid.text(a.row, a.col)))) periodCol = c;
    }
    this.form.details.present = true;
    this.form.details.headerCell = grid.a1(l.row, l.col);
    const lines: DetailLine[] = [];
    // Lines printed to be filled and left so: a list number where the item's name goes, no amount ("4.").
    const slots: string[] = [];
    for (let row = grid.bottomEdge(l.row, l.col) + 1; row <= this.band.bottom; row++) {
      if (this.isBlankRow(row)) continue;
      const name = grid.shownText(row, l.col);
      const nameKey = labelKey(name);
      if (nameKey === "合计" || nameKey === "总计" || nameKey === "小计") {
        if (amountCol !== null) {
          const a = grid.anchor(row, amountCol);
          const raw = grid.value(a.row, a.col);
          this.form.details.total = {
            amountWan: readMoney(raw, this.moneyUnit).amountWan,
            text: grid.text(a.row, a.col),
            cell: grid.a1(a.row, a.col),
            labelCell: grid.a1(row, l.col),
          };
        }
        // A 合计 printed as the first line, its lines under it (项目支出明细 | 金额, 广水 2020).
        if (lines.length === 0) continue;
        break;
      }
      const amountAnchor = amountCol !== null ? grid.anchor(row, amountCol) : null;
      const amountText = amountAnchor ? grid.text(amountAnchor.row, amountAnchor.col) : "";
      if (this.isLabel(row, l.col)) break;
      // The next section's heading left of the lines ends them: a label (年度绩效目标 under 项目支出预算及测算依据, 广水
      // 2020) or any words starting on this row (单位已有的(或拟订的)保证项目实施的制度、措施 under 支出明细预算, 湖南 申报表).
      if (this.wordsStartLeftOf(row, l.col)) break;
      // A text merged across the amount column from the left is no line (the next section's content).
      if (amountAnchor !== null && amountAnchor.col !== amountCol) break;
      const slot = amountText === "" ? slotOf(name) : null;
      if (slot === "blank") break;
      // "…" under the numbered lines says more may follow: no line of its own.
      if (slot === "ellipsis") continue;
      if (slot === "number") {
        slots.push(grid.a1(grid.anchor(row, l.col).row, l.col));
        continue;
      }
      lines.push({
        name,
        nameCell: grid.a1(grid.anchor(row, l.col).row, l.col),
        amountWan: amountAnchor ? readMoney(grid.value(amountAnchor.row, amountAnchor.col), this.moneyUnit).amountWan : null,
        amountText,
        amountCell: amountAnchor ? grid.a1(amountAnchor.row, amountAnchor.col) : grid.a1(row, l.col),
        periodText: periodCol !== null ? grid.shownText(row, periodCol) : "",
      });
    }
    this.form.details.lines = lines;
    if (slots.length > 0) this.form.details.emptySlots = slots;
  }

  /** 部门整体 年度履职目标: lines under 支出项目名称, with the 预算金额 column of the same heading row. */
  private readSpendingLines(l: LabelCell): void {
    const grid = this.grid;
    let amountCol: number | null = null;
    for (let c = grid.rightEdge(l.row, l.col) + 1; c <= grid.right; c++) {
      const a = grid.anchor(l.row, c);
      if (a.col === c && /^(预算金额|金额|预算数)/.test(labelKey(grid.text(l.row, c)))) {
        amountCol = c;
        break;
      }
    }
    if (amountCol === null) return;
    const unit = moneyUnitInText(grid.text(l.row, amountCol)) ?? this.moneyUnit;
    const lines: NonNullable<PerformanceForm["spendingLines"]> = [];
    for (let row = grid.bottomEdge(l.row, l.col) + 1; row <= this.band.bottom; row++) {
      const nameAnchor = grid.anchor(row, l.col);
      const name = grid.text(nameAnchor.row, nameAnchor.col);
      const a = grid.anchor(row, amountCol);
      const amountText = grid.text(a.row, a.col);
      if ((name === "" && amountText === "") || nameAnchor.row !== row) break;
      // The next part of the form (e.g. the indicator table's 一级指标 heading) ends the side table.
      if (this.band.labels.some((o) => o.row === row && o.col !== l.col && o.match.target.kind !== "money-part")) break;
      lines.push({
        name,
        nameCell: grid.a1(row, l.col),
        amountWan: readMoney(grid.value(a.row, a.col), unit).amountWan,
        amountCell: grid.a1(a.row, a.col),
      });
    }
    if (lines.length > 0) this.form.spendingLines = lines;
  }

  /**
   * Levels written one column to the right of their headers (an extra level on top: 一级 column
   * "实施效果指标", 二级 column "产出指标"): the names say the columns are shifted, the headers say they are
   * not. The reading follows the headers, so it is uncertain: said once, and nothing built on it is an error.
   */
  private noteShiftedLevels(): void {
    this.readLevelsShiftedLeft();
    const rows = (this.form.indicators?.tables ?? []).flatMap((t) => t.rows);
    const shifted = rows.filter((r) => r.level1.text !== "" && !isLevel1Name(r.level1.text) && isLevel1Name(r.level2.text));
    if (shifted.length < 2 || rows.some((r) => isLevel1Name(r.level1.text))) return;
    const first = shifted[0];
    // One umbrella over the whole table (中央预算内投资计划: 一级 "实施效果指标" merged down every row, 产出/效益/满意度
    // under it): the umbrella is a title, the 二级 column holds the 一级 levels and there is no 二级 level. Read so,
    // and said once (plainly: the names leave no doubt).
    const umbrella = first.level1.text;
    if (rows.every((r) => r.level1.text === umbrella) && rows.every((r) => r.level2.text === "" || isLevel1Name(r.level2.text))) {
      for (const t of this.form.indicators?.tables ?? []) t.noLevel2 = true;
      for (const r of rows) {
        const l2 = r.level2;
        r.level1 = { ...l2 };
        r.level2 = { text: "", cell: l2.cell, inherited: true };
      }
      (this.form.readingNotes ??= []).push({
        cell: first.level1.cell,
        related: [first.level2.cell],
        uncertain: false,
        message: `一级指标一栏的“${umbrella}”是整张指标表的总称，其下二级指标一栏写的是产出、效益、满意度等一级指标：按一级指标读取，这张表没有二级指标。`,
      });
      return;
    }
    (this.form.readingNotes ??= []).push({
      cell: first.level1.cell,
      related: [first.level2.cell],
      uncertain: true,
      message: `一级指标一栏写的是“${first.level1.text}”，二级指标一栏写的却是一级指标名称“${first.level2.text}”：层级像是多了一层或错了一列。按表头读取，由此得出的问题最多按“警告”报告；请把产出/效益/满意度等写在一级指标一栏。`,
    });
  }

  /**
   * Levels written one column to the left of their headers, with no 三级 column (鄂州: 一级指标 | 二级指标 holding
   * 数量指标 | 办公大楼日常维修维护次数): the 一级 column holds 二级 names, so the 二级 column holds the indicators.
   * Read by what the cells say — 二级 from the 一级 column, 三级 from the 二级 column, 一级 left to the framework —
   * and said once; the reading is a guess, so nothing built on it is an error.
   */
  private readLevelsShiftedLeft(): void {
    for (const t of this.form.indicators?.tables ?? []) {
      const named = t.rows.filter((r) => r.level1.text !== "" || r.level2.text !== "");
      if (named.length < 2) continue;
      const noLevel3 = t.rows.every((r) => r.level3.text === "" && r.level3.cell === r.level2.cell);
      if (!noLevel3) continue;
      // 成本指标 is a 一级 of the 101号 framework and a 二级 of the older one: it fits either reading.
      const level2InLevel1 = named.filter((r) => isLevel2Name(r.level1.text));
      const onlyLevel1 = named.some((r) => isLevel1Name(r.level1.text) && !isLevel2Name(r.level1.text));
      if (level2InLevel1.length * 2 < named.length || onlyLevel1) continue;
      // The 二级 column must hold indicators, not 二级 names (a 三级 like "群众满意度" may share a 二级's core word).
      if (named.filter((r) => isLevel2Name(r.level2.text)).length * 2 >= named.length) continue;
      for (const r of t.rows) {
        const l1 = r.level1;
        r.level3 = Object.assign({}, r.level2, { inherited: false });
        r.level2 = l1;
        r.level1 = { text: "", cell: l1.cell, inherited: true };
      }
      const first = level2InLevel1[0];
      (this.form.readingNotes ??= []).push({
        cell: first.level1.cell,
        uncertain: true,
        message: `一级指标一栏写的是二级指标名称（“${first.level2.text}”），二级指标一栏写的是具体指标：按二级、三级读取，一级按所属类别（如数量指标属产出指标）理解。由此得出的问题最多按“警告”报告；请补上一级指标（产出、效益、满意度）一栏。`,
      });
    }
  }

  /** Scores and weights: summary rows, points written in labels, and the 预算执行情况 block. */
  private readScoring(): Scoring | undefined {
    const sectionPoints: Scoring["sectionPoints"] = [];
    const seen = new Set<string>();
    const addPoints = (cell: string, text: string) => {
      if (seen.has(cell)) return;
      seen.add(cell);
      if (!text.includes("分")) return; // points are written "(10分)"
      const points = pointsInLabel(text);
      if (points !== null) sectionPoints.push({ label: text, cell, points });
    };
    for (const l of this.band.labels) addPoints(this.grid.a1(l.row, l.col), this.grid.text(l.row, l.col));
    const rows = (this.form.indicators?.tables ?? []).flatMap((t) => t.rows);
    for (const r of rows) addPoints(r.level1.cell, r.level1.text);
    // The 预算执行情况 block is looked for only where a self-evaluation can be: a title of a kind checked after the year
    // (自评, 绩效评价, 监控表, 目标完成情况表 — the kinds' own title patterns), score or actual columns, or a label that
    // mentions 执行 (大英's "预算执行情况(10分)") — not on every target form.
    const mayHaveExecution =
      titleNamesEvaluation(this.form.title) ||
      rows.some((r) => r.extras !== undefined) ||
      this.form.fields.goalCompletion !== undefined ||
      this.band.labels.some((l) => /执行/.test(this.grid.text(l.row, l.col)));
    // With no title to say what the form is, a block that states its own rate (全年执行数 | 执行率: 西青 2021 without its
    // title) — not a plan's 计划执行数 beside its budget (镇江 2024).
    const execution = mayHaveExecution ? this.readExecution() : this.form.title === "" ? this.readExecution(true) : null;
    const hasWeights = rows.some((r) => r.extras?.weight || r.extras?.score);
    if (this.summaries.length === 0 && sectionPoints.length === 0 && !execution && !hasWeights) return undefined;
    return { summaries: this.summaries, sectionPoints, execution };
  }

  /**
   * A money section with no total label but a 合计 line (广水's 部门总体资金情况: 收入构成 财政拨款 … 合计 968.19):
   * the first 合计/总计 row inside the section label's rows gives the total, when nothing else stated it.
   */
  private readSectionTotal(): void {
    const f = this.form;
    if (BUDGET_KEYS_READ.some((k) => f.budget[k] !== undefined)) return;
    const grid = this.grid;
    for (const l of this.band.labels) {
      const t = l.match.target;
      if (t.kind !== "section" || t.section !== "budget") continue;
      // (Written without merges, the section's rows are those beside the blanks under its label.)
      const bottom = Math.min(this.reachBottom(l.row, l.col, 40), this.band.bottom);
      for (let row = l.row; row <= bottom; row++) {
        for (let c = grid.rightEdge(row, l.col) + 1; c <= grid.right; c++) {
          const a = grid.anchor(row, c);
          if (a.row !== row || a.col !== c || !/^(合计|总计)$/.test(labelKey(grid.text(row, c)))) continue;
          // Several year columns (上年度安排资金 | 本年度申请资金, 湘阴 2022): this year's, else the first amount.
          const amounts: number[] = [];
          for (let x = grid.rightEdge(row, c) + 1; x <= grid.right; x = grid.rightEdge(row, x) + 1)
            if (isAmountFigure(grid, row, x)) amounts.push(x);
          if (amounts.length === 0) continue;
          const heading = (x: number): string => {
            for (let r = row - 1; r >= l.row; r--) {
              const h = grid.anchor(r, x);
              const text = grid.text(h.row, h.col);
              if (text) return text;
            }
            return "";
          };
          const v = amounts.find((x) => /本年|当年|本期/.test(heading(x)) && !/上年/.test(heading(x))) ?? amounts[0];
          const raw = grid.value(row, v);
          f.budget.fundTotal = {
            amountWan: readMoney(raw, this.moneyUnit).amountWan,
            text: grid.text(row, v),
            cell: grid.a1(row, v),
            labelCell: grid.a1(row, c),
            label: "合计",
          };
          return;
        }
      }
    }
  }

  /** "(2023年度)" under the title, or "2023年…绩效目标表" (see PerformanceForm.statedYear). */
  private readStatedYear(): void {
    const t = this.band.titleRow;
    if (t === null) return;
    for (let r = t; r <= Math.min(t + 2, this.band.bottom); r++) {
      for (let c = this.grid.left; c <= this.grid.right; c = this.grid.rightEdge(r, c) + 1) {
        const text = normalizeText(this.grid.text(r, c)).replace(/\s+/g, "");
        // In the title: at its start, or in brackets at its end ("…绩效自评表(2023年度)", 南充 2023).
        const m = r === t ? (/^(20\d{2})年/.exec(text) ?? /\((20\d{2})年度?\)$/.exec(text)) : /^\(?(20\d{2})年度?\)?$/.exec(text);
        if (m) {
          this.form.statedYear = { year: Number(m[1]), cell: this.grid.a1(r, c) };
          return;
        }
      }
    }
  }

  /** Indicator-like values on the form when no indicator table was read (see PerformanceForm.unreadValues). */
  private noteUnreadValues(): void {
    const found: { cell: string; text: string }[] = [];
    // The header's own values (项目期限 1年, 预算 50万元) are not indicator values.
    const f = this.form;
    const used = new Set<string>(
      [
        ...Object.values(f.fields).map((x) => x?.cell),
        ...Object.values(f.budget).map((x) => x?.cell),
        ...f.goals.map((g) => g.cell),
      ].filter((c): c is string => typeof c === "string"),
    );
    // Five are enough to name; a form's header and table fit in its first few hundred rows (a huge band stays cheap).
    const last = Math.min(this.band.bottom, this.band.top + 500);
    for (let r = this.band.top; r <= last && found.length < 5; r++) {
      for (let c = this.grid.left; c <= this.grid.right; c++) {
        const a = this.grid.anchor(r, c);
        if (a.row !== r || a.col !== c) continue;
        const text = this.grid.text(r, c);
        if (!text || text.length > 20 || this.isLabel(r, c) || used.has(this.grid.a1(r, c))) continue;
        // A value with its comparison or its unit ("≥432人", "100%"), or a split 指标性质 cell ("≥", "定性", 五桂镇
        // 2023: 指标 | 指标权重 | 计量单位 | 指标性质 | 指标值 with no levels); a bare number may be anything.
        const split = /^(≥|≤|=|＝|>|<|＞|＜|>=|<=|大于等于|小于等于|等于|定性|定量)$/.test(text.replace(/\s+/g, ""));
        const p = split ? null : parseValue(text);
        if (p && (p.kind !== "quantitative" || (p.operator === null && !p.unit))) continue;
        if (found.length < 5) found.push({ cell: this.grid.a1(r, c), text });
      }
    }
    if (found.length >= 3) this.form.unreadValues = found;
  }

  /**
   * The 预算执行情况 block of a self-evaluation: a heading row with 执行数 and 执行率, the total row below. `withRate`: only
   * a heading row that prints the rate's column too (what speaks for a self-evaluation on its own).
   */
  private readExecution(withRate = false): Scoring["execution"] {
    const grid = this.grid;
    const top = this.band.top;
    const bottom = this.blockRows[0]?.top ?? this.band.bottom;
    for (let row = top; row <= bottom; row++) {
      const cols: Partial<Record<"budget" | "adjusted" | "executed" | "rate" | "weight" | "score", number>> = {};
      for (let c = grid.left; c <= grid.right; c++) {
        const a = grid.anchor(row, c);
        if (a.col !== c || a.row !== row) continue;
        const raw = grid.text(row, c);
        const k = labelKey(raw);
        if (!k) continue;
        // A rate named by its formula: "预算执行(E/C×100%)" (名山 2024).
        if (/执行率/.test(k) || (/执行$/.test(k) && /[×xX*]\s*100\s*%/.test(normalizeText(raw)))) cols.rate ??= c;
        else if (EXECUTED_HEADING.test(k)) cols.executed ??= c;
        // 全年预算数 is the budget after the year's adjustments (年初预算数 the original): the rate is taken from it.
        else if (/调整后预算|调整预算|全年预算/.test(k)) cols.adjusted ??= c;
        else if (/(全年|年初|年度)?预算数?$/.test(k) && !/年度预算数$/.test(k)) cols.budget ??= c;
        else if (extraRoleOf(raw) === "weight") cols.weight ??= c;
        else if (extraRoleOf(raw) === "score") cols.score ??= c;
      }
      // A heading with 执行数 and 执行率, or 执行数 beside a budget column with no rate printed (绥阳 2021: 年初预算数 |
      // 全年执行数 | 分值 | 得分).
      if (cols.executed === undefined) continue;
      if (cols.rate === undefined && (withRate || (cols.budget === undefined && cols.adjusted === undefined))) continue;
      let data = grid.bottomEdge(row, cols.rate ?? cols.executed) + 1;
      if (isColumnNumbersRow(grid, data)) data++; // 列次 | 0 | 1 | 2 … under the headings (名山 2024)
      const at = (c: number | undefined) => {
        if (c === undefined) return null;
        const a = grid.anchor(data, c);
        // A bar merged from the left over the column (a note "注：…" under the form) is not this column's figure.
        if (a.col < c) return null;
        const text = grid.text(a.row, a.col);
        return text === "" ? null : { text, cell: grid.a1(a.row, a.col) };
      };
      const cellAt = (c: number | undefined) =>
        c === undefined ? [] : [grid.a1(grid.anchor(data, c).row, grid.anchor(data, c).col)];
      const parts = this.readExecutionParts(data, cols);
      // No 分值 column: the points printed in the score's heading ("得分(20分*执行率)", 鄂州 2022) or the block's label
      // ("预算执行情况(万元)(20分)").
      let weight = at(cols.weight);
      for (const c of weight ? [] : [cols.score, grid.left]) {
        if (c === undefined) continue;
        const a = grid.anchor(row, c);
        const points = /[(（]\s*(\d+(?:\.\d+)?)\s*分/.exec(normalizeText(grid.text(a.row, a.col)))?.[1];
        if (!points) continue;
        weight = { text: points, cell: grid.a1(a.row, a.col) };
        break;
      }
      return Object.assign(parts.length > 0 ? { parts } : {}, {
        budget: at(cols.adjusted) ?? at(cols.budget),
        executed: at(cols.executed),
        rate: at(cols.rate),
        weight,
        score: at(cols.score),
        cells: Object.fromEntries(
          (["budget", "executed", "rate", "weight", "score"] as const).flatMap((k) =>
            cellAt(k === "budget" ? (cols.adjusted ?? cols.budget) : cols[k]).map((cell) => [k, cell]),
          ),
        ),
      });
    }
    return null;
  }

  /**
   * The lines under the 年度资金总额 line of a 预算执行 block (其中：当年财政拨款, 上年结转资金, 其他资金): the rows the
   * block's section label spans below the total line, each with what is written in the 分值 and 得分 columns.
   */
  private readExecutionParts(
    data: number,
    cols: Partial<Record<"budget" | "adjusted" | "executed" | "rate" | "weight" | "score", number>>,
  ): ExecutionPart[] {
    const grid = this.grid;
    const first = Math.min(...Object.values(cols).filter((c): c is number => c !== undefined));
    const section = grid.anchor(data, grid.left);
    // The total's own label at the left edge, no section label merged down beside the lines (霍山 2024: 年度资金总额: |
    // 其中:中央财政资金 | 彩票公益金用于医疗救助 | 地方资金, each in column A): the lines follow while they carry figures.
    const ownLabel = grid.bottomEdge(section.row, section.col) <= grid.bottomEdge(data, first);
    const last = ownLabel
      ? Math.min(grid.bottomEdge(data, first) + 8, this.band.bottom)
      : Math.min(grid.bottomEdge(section.row, section.col), this.band.bottom);
    // The lines' labels lie between the section label and the first figure column.
    const labelFrom = ownLabel ? grid.left : grid.rightEdge(section.row, section.col) + 1;
    // (A figure is an amount or a rate, not a heading that begins with a year: "2022年度指标值".)
    const figure = (row: number, c: number | undefined) =>
      c !== undefined && /^-?\d[\d,.]*\s*(万元|万|元|亿元|亿|千元|%|‰)?$/.test(grid.shownText(row, c).trim());
    // The lines end where an indicator table begins.
    const tableTop = this.blockRows.reduce((top, b) => (b.top > data ? Math.min(top, b.top) : top), Infinity);
    const parts: ExecutionPart[] = [];
    for (let row = grid.bottomEdge(data, first) + 1; row <= Math.min(last, tableTop - 1); row++) {
      if (ownLabel && !figure(row, cols.executed) && !figure(row, cols.adjusted ?? cols.budget)) break;
      let label: { text: string; cell: string } | null = null;
      for (let c = labelFrom; c < first; c++) {
        const a = grid.anchor(row, c);
        const text = grid.text(a.row, a.col);
        if (text !== "") {
          label = { text, cell: grid.a1(a.row, a.col) };
          break;
        }
      }
      if (!label) continue;
      const at = (c: number | undefined) => {
        if (c === undefined) return null;
        const a = grid.anchor(row, c);
        if (a.row !== row) return null;
        const text = grid.text(a.row, a.col);
        return text === "" ? null : { text, cell: grid.a1(a.row, a.col) };
      };
      parts.push({
        label: label.text,
        labelCell: label.cell,
        weight: at(cols.weight),
        score: at(cols.score),
        budget: at(cols.adjusted) ?? at(cols.budget),
        executed: at(cols.executed),
        rate: at(cols.rate),
      });
    }
    return parts;
  }

  private finish(): void {
    const f = this.form;
    // A form printing only the 中央主管部门 (no 主管部门 or 地方主管部门 line): that is its 主管部门.
    if (!f.fields.department && f.fields.centralDepartment) f.fields.department = { ...f.fields.centralDepartment };
    if (f.goals.length === 0) {
      for (const l of this.pendingGoalSections) {
        let right = this.valueRight(l.row, l.col);
        // A column heading in a heading row ("总体目标 | 全年实际完成情况" over the two texts, 炉霍): the goal is below it.
        // (Written without merges, the blank cell beside the heading is what its merge covered: below it still.)
        if ((right.isLabelCell || (this.unmergedAcross && right.text === "")) && this.grid.bottomEdge(l.row, l.col) === l.row) {
          const below = this.valueBelow(l.row, l.col);
          if (!below.isLabelCell && below.text.trim() !== "") right = below;
        }
        if (right.isLabelCell) continue;
        f.goals.push({
          period: "annual",
          header: this.grid.text(l.row, l.col),
          headerCell: this.grid.a1(l.row, l.col),
          text: right.text,
          cell: this.grid.a1(right.row, right.col),
        });
        break;
      }
    }
    const period = f.fields.period?.text;
    f.implementationPeriod = period ? parseImplementationPeriod(period) : null;
    const estimate = f.fields.costEstimate?.text;
    f.costEstimate = estimate ? parseCostEstimate(estimate) : null;
    this.readSectionTotal();
    if (!f.indicators || f.indicators.tables.every((t) => t.rows.length === 0)) this.noteUnreadValues();
    const scoring = this.readScoring();
    if (scoring) f.scoring = scoring;
    this.noteShiftedLevels();
    const totals = readTotals(this.grid, this.band.top, this.band.bottom);
    if (totals.length > 0) f.totals = totals;
    const emptyTotals = readEmptyTotals(this.grid, this.band.top, this.band.bottom);
    if (emptyTotals.length > 0) f.emptyTotals = emptyTotals;
    const basisColumns = readBasisColumns(this.grid, this.band.top, this.band.bottom, (r, c) => this.isLabel(r, c));
    if (basisColumns.length > 0) f.basisColumns = basisColumns;
    const kind = detectKind(f, this.band, (a1) => {
      const p = fromA1(a1);
      return this.grid.text(p.row, p.col);
    });
    f.layout = kind.id;
    f.kindReason = kind.reason;
    f.kindEvidence = kind.evidence;
    if (kind.close) {
      const [chosen, other] = kind.close.split("|") as LayoutId[];
      f.kindRunnerUp = other;
      (f.readingNotes ??= []).push({
        cell: f.anchorCell,
        uncertain: false,
        message: `表格种类按证据判断为“${formKind(chosen).name}”（${kind.reason}），与“${formKind(other).name}”得分接近；如判断有误，请核对表头标签。`,
      });
    }
  }
}

const BUDGET_KEYS_READ = ["projectBudget", "annualTotal", "fundTotal", "implementationTotal"] as const;

/** "(万元)" / "(元)" / "单位：元" written in a label or heading; null when it says nothing. */
export function moneyUnitInText(text: string): "万元" | "元" | null {
  const t = normalizeText(text).replace(/\s+/g, "");
  if (/万元/.test(t)) return "万元";
  if (/[(:]元\)?$|单位[:]?元|\(元\)/.test(t)) return "元";
  return null;
}

/** The heading of a 预算执行 block's executed amount: 全年执行数, 执行金额, 全年执行, 实际支出 … */
const EXECUTED_HEADING = /执行数|执行(金额|额|资金)?$|实际支出|支出数/;

/** The first year written as a year ("2024年") in a text, or null. */
function yearWritten(text: string): number | null {
  const m = /(?<!\d)(20\d{2})年/.exec(normalizeText(text));
  return m ? Number(m[1]) : null;
}

/** A form with nothing read yet (kind "generic" until detectKind decides), covering rows [top, bottom]. */
export function emptyForm(grid: SheetGrid, top: number, bottom: number, anchorCell: string, title: string): PerformanceForm {
  return {
    layout: "generic",
    rowSpan: { top, bottom },
    anchorCell,
    title,
    fields: {},
    checkboxes: {},
    budget: {},
    implementationPeriod: null,
    costEstimate: null,
    assessment: { score: null, code: null, present: false, labelCell: null },
    details: { present: false, headerCell: null, lines: [], total: null },
    goals: [],
    indicators: null,
    errorCells: grid.errorCells(top, bottom),
  };
}

/** Reads a form band into the domain model. */
export function readForm(grid: SheetGrid, band: FormBand): PerformanceForm {
  return new FormReader(grid, band).read();
}

/**
 * What a detail line's name cell holds when left as printed: nothing ("blank"), a list number ("number": "4.", "1、", "2"),
 * an ellipsis ("…", "......"); null for words.
 */
function slotOf(name: string): "blank" | "number" | "ellipsis" | null {
  const t = name.replace(/\s+/g, "");
  if (t === "") return "blank";
  if (/^[(（]?[\d一二三四五六七八九十]{1,2}[)）]?[、,，.．:：]?$/.test(t)) return "number";
  return /^[…．.。·]+$/.test(t) ? "ellipsis" : null;
}
