/**
 * Totals printed anywhere in a form (outside what the other readers take): a row labelled 合计 / 总计 / 小计 under a
 * run of figures in the same column, or a row labelled …总额 / …合计 followed by "其中：" lines. Whatever the side table
 * (成本构成 with its 2020年实际执行数 column, 近两年收支金额, a fund's 中央/市级/本级 lines inside a self-evaluation), the
 * table's own arithmetic says the total is the sum of its parts; the reading only has to find which cells those are,
 * from the layout alone:
 * - parts above: the label says only 合计/总计/小计, the figures above it in that column run up to a heading (a text
 *   that is not a figure, a year over the column) or the previous group's total, with no "其中" line among them;
 * - parts below: the line right under the total starts with "其中", or the total (合计/总计/小计) is the table's first
 *   line, right under its headings; the parts run down while each line has a label (a second "其中" line, a blank
 *   label, another total or a text in the column ends them).
 * A total is read only where at least two parts hold figures. Money and percentages are read as written (no unit
 * conversion: the parts and the total share a column, so a heading's unit is theirs).
 */
import type { PerformanceForm, TotalLine, TotalPart } from "../model/form";
import type { SheetGrid } from "./sheetGrid";
import { labelKey, normalizeText } from "../text/normalize";
import { isColumnNumbersRow, isNumberingLabel } from "./columnRoles";

/** Thousands separators where thousands are: "1,084.25", "12,000" (a sign and a percent allowed). */
const THOUSANDS = /^[-+]?\d{1,3}([,，]\d{3})*(\.\d+)?%?$/;

/**
 * A figure written with its separators in the wrong places: digits with commas and a point where no reading gives one
 * number ("7,00.0,77", "1,2345.6"). Thousands written right ("1,084.25") and plain figures are not; a list of whole numbers
 * ("1,2,3") is not a figure at all.
 */
export function isMalformedFigure(text: string): boolean {
  const t = text.replace(/\s+/g, "");
  return /^\d[\d,，.]*\d$/.test(t) && /[,，]/.test(t) && t.includes(".") && !THOUSANDS.test(t);
}

/** A figure as written: "1,084.25", "38.8%", 372.88; null for anything else (text, dates, operators). */
export function figureOf(
  grid: SheetGrid,
  row: number,
  col: number,
): { value: number; percent: boolean; decimals: number } | null {
  const raw = grid.value(row, col);
  const text = grid.text(row, col);
  if (typeof raw === "number" && !/%$/.test(text)) {
    const d = /\.(\d+)$/.exec(text)?.[1]?.length ?? /\.(\d+)$/.exec(String(raw))?.[1]?.length ?? 0;
    return { value: raw, percent: false, decimals: Math.min(d, 6) };
  }
  // A figure has a digit (a grid's texts carry full-width digits as digits already, cellText): most labels end here.
  if (!/\d/.test(text)) return null;
  const n = normalizeText(text).replace(/\s+/g, "");
  // Commas only where thousands are ("1,084.25"); "7,00.0,77" is no figure.
  if (/[,，]/.test(n) && !THOUSANDS.test(n)) return null;
  const t = n.replace(/[,，]/g, "");
  const m = /^([-+]?\d+(?:\.(\d+))?)(%?)$/.exec(t);
  if (!m) return null;
  return { value: Number(m[1]), percent: m[3] === "%", decimals: m[2]?.length ?? 0 };
}

/** A plain amount (a number, or a number stored as text: "40", "1,084.25"), not a percentage. */
export function isAmountFigure(grid: SheetGrid, row: number, col: number): boolean {
  const f = figureOf(grid, row, col);
  return f !== null && !f.percent;
}

/** The label as a key: no spaces, brackets, colons or trailing units ("合 计(万元)：" → "合计"). */
function totalKey(text: string): string {
  return labelKey(text).replace(/[:：()]+/g, "");
}

const FOOT = /^(合计|总计|小计)$/;
const HEAD = /(合计|总计|总额)$/;
const SUBSET = /^其中/;
/** Whether a label reads "其中…" (`SUBSET` on its key); a text without "其" cannot, and most cells have none. */
const isSubsetLine = (text: string) => text.includes("其") && SUBSET.test(labelKey(text));
/** A line's list number: "1、", "2.", "(3)", "一、". */
const LIST_NUMBER = /^\s*(?:\d{1,2}\s*[、.．]|[(（]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}\s*[、.．])/;

/** The row's total label (its column), or null: the first cell left to right whose text is a total's label. */
function totalLabelCol(grid: SheetGrid, row: number): { col: number; key: string } | null {
  let pairs: boolean | null = null;
  for (const col of grid.occupiedCols(row)) {
    const text = grid.text(row, col);
    // The text first (cached, and most cells fail here); the merge lookups only for the few that pass.
    if (text.length > 24) continue;
    const worded = text.includes("计") || text.includes("额");
    // Or a label with a "其中" line right under it, in a row of such labels (计划安排资金 | 实际到位资金 | 实际支出, each over
    // 其中:中央财政 …, 岳阳 自评报告): the repeated 其中 says each is a total of the lines below. (One such label alone may be
    // a line among its siblings: 基本支出 over 其中:人员经费, then 项目支出.)
    if (!worded) {
      if (text === "" || !isSubsetLine(grid.text(row + 1, col)) || figureOf(grid, row, col)) continue;
      pairs ??= grid.occupiedCols(row).filter((c) => isSubsetLine(grid.text(row + 1, c))).length >= 2;
      if (!pairs) continue;
    }
    if (!grid.isAnchor(row, col) || grid.bottomEdge(row, col) !== row) continue;
    const key = totalKey(text);
    if (FOOT.test(key) || HEAD.test(key) || !worded) return { col, key };
  }
  return null;
}

/** The label of a row in a column (its own cell only: a label merged over several rows is a group, not a line). */
function lineLabel(grid: SheetGrid, row: number, col: number): string | null {
  if (!grid.isAnchor(row, col)) return null;
  return grid.text(row, col);
}

/** Reads every total of rows top..bottom (whether a total is another reading's business is for the rules to say). */
export function readTotals(grid: SheetGrid, top: number, bottom: number): TotalLine[] {
  const out: TotalLine[] = [];
  for (const row of grid.rowsBetween(top, bottom)) {
    const cols = grid.occupiedCols(row);
    if (cols.length < 2) continue;
    const label = totalLabelCol(grid, row);
    if (!label) continue;
    const below = grid.text(row + 1, label.col);
    // Parts below: "其中" on the next line, or a 合计 printed as the table's first line (right under its headings).
    const down =
      row < bottom &&
      (SUBSET.test(normalizeText(below).replace(/\s+/g, "")) ||
        (FOOT.test(label.key) && row > top && isHeadingRow(grid, row - 1, label.col)));
    const up = !down && FOOT.test(label.key);
    if (!down && !up) continue;
    for (const col of cols) {
      if (col <= label.col || !grid.isAnchor(row, col)) continue;
      const total = figureOf(grid, row, col);
      if (!total) continue;
      const breakdown = down ? partsBelow(grid, row, col, label.col, bottom) : null;
      const parts = breakdown ? breakdown.parts : partsAbove(grid, row, col, label.col, top);
      // At least two lines with a figure; or, below a total, a breakdown of two or more lines of which only one is
      // filled (中央 | 地方 | 其他 with only the 中央 line written): the blank lines are nothing, so that one line is the
      // whole total (朝天 2023: 年度资金总额 executed 1157.97, 其中 中央财政资金 1157.9).
      const filled = parts ? parts.filter((p) => p.value !== null).length : 0;
      if (!parts || (filled < 2 && !(filled === 1 && (breakdown?.lines ?? 0) >= 2))) continue;
      if (isNumbering(grid, row, col, top, total.value, parts)) continue;
      const decimals = Math.max(total.decimals, ...parts.map((p) => p.decimals));
      out.push({
        label: grid.text(row, label.col),
        labelCell: grid.a1(row, label.col),
        cell: grid.a1(row, col),
        text: grid.text(row, col),
        value: total.value,
        percent: total.percent,
        direction: down ? "below" : "above",
        parts,
        decimals,
      });
    }
  }
  return out;
}

const YEAR = /^(19|20)\d{2}(年度?)?$/;

/** A row of headings right of the label column: texts that are not figures (years aside), at least one of them. */
function isHeadingRow(grid: SheetGrid, row: number, labelCol: number): boolean {
  let words = 0;
  for (const col of grid.occupiedCols(row)) {
    if (col <= labelCol || !grid.isAnchor(row, col)) continue;
    const text = grid.text(row, col);
    if (text === "" || YEAR.test(text)) continue;
    if (figureOf(grid, row, col)) return false;
    words++;
  }
  return words > 0;
}

/**
 * A column left of `col` with a label on the total's row (`row`), blank on the lines since, has words of its own on row
 * `r`: a section label reaching over the total's lines ended there, and the next section starts (side-by-side lines —
 * 计划安排资金 | 170 | 实际到位资金 | 170 over 其中 … | … — fill that column on every line and are no section).
 */
function newSectionLeftOf(grid: SheetGrid, row: number, r: number, col: number): boolean {
  const own = (y: number, c: number) => grid.isAnchor(y, c) && grid.text(y, c) !== "";
  for (const c of grid.occupiedCols(r)) {
    if (c >= col) break;
    if (!own(r, c) || !own(row, c) || figureOf(grid, r, c)) continue;
    let blank = true;
    for (let y = row + 1; y < r && blank; y++) if (own(y, c)) blank = false;
    if (blank) return true;
  }
  return false;
}

/** A row whose texts right of the label column are all years (2021 | 2022): the years heading the columns. */
function isYearsRow(grid: SheetGrid, row: number, labelCol: number): boolean {
  let years = 0;
  for (const col of grid.occupiedCols(row)) {
    if (col <= labelCol || !grid.isAnchor(row, col)) continue;
    const text = grid.text(row, col);
    if (text === "") continue;
    if (!YEAR.test(text)) return false;
    years++;
  }
  return years > 0;
}

/**
 * A column of line numbers, not figures: headed 行次 / 序号 …, or the total and its parts counting up one by one
 * (名山 2024: 年度资金总额 1, 其中 2, 3, 4 in the 行次 column).
 */
function isNumbering(
  grid: SheetGrid,
  row: number,
  col: number,
  top: number,
  total: number,
  parts: readonly TotalPart[],
): boolean {
  const values = parts.map((p) => p.value);
  const ordered = values[0] !== null && values[0] < total ? [...values, total] : [total, ...values];
  if (ordered.every((v, i) => v !== null && Number.isInteger(v) && (i === 0 || v === ordered[i - 1]! + 1))) return true;
  for (let r = row - 1; r >= Math.max(top, row - 40); r--) {
    const at = grid.anchor(r, col);
    const text = grid.text(at.row, at.col);
    if (text === "" || figureOf(grid, at.row, at.col)) continue;
    return isNumberingLabel(text);
  }
  return false;
}

/** One part line at (row, col): its figure (null when empty), or undefined when the cell holds text. */
function partAt(grid: SheetGrid, row: number, col: number, labelCol: number): TotalPart | undefined {
  if (!grid.isAnchor(row, col) || grid.bottomEdge(row, col) !== row) return undefined;
  const text = grid.text(row, col);
  const f = text === "" ? null : figureOf(grid, row, col);
  if (text !== "" && !f) return undefined;
  return {
    cell: grid.a1(row, col),
    label: grid.shownText(row, labelCol),
    text,
    value: f ? f.value : null,
    percent: f?.percent ?? false,
    decimals: f?.decimals ?? 0,
  };
}

/** Parts above a 合计 line, up to a heading; null when no heading ends them or a "其中" line is among them. */
function partsAbove(grid: SheetGrid, row: number, col: number, labelCol: number, top: number): TotalPart[] | null {
  const parts: TotalPart[] = [];
  for (let r = row - 1; r >= top; r--) {
    const text = grid.shownText(r, col);
    const at = grid.anchor(r, col);
    if (text !== "" && !figureOf(grid, at.row, at.col)) return parts.reverse(); // the heading (merged or not)
    // A row of column numbers under the headings (1 | 2 | 3 …) is theirs, no line of the total.
    if (isColumnNumbersRow(grid, r)) return parts.reverse();
    if (!grid.isAnchor(r, col)) return null; // a figure merged over several lines: not one line per figure
    const label = lineLabel(grid, r, labelCol);
    // A label merged down from above belongs to the heading; so does a year over the column (近两年收支 | 2021 | 2022)
    // in a row of headings.
    // (Also a row of years only under a blank label: the same heading with its merge undone.)
    if (
      label === null ||
      (YEAR.test(text) && (isHeadingRow(grid, r, labelCol) || (label === "" && isYearsRow(grid, r, labelCol))))
    ) {
      return YEAR.test(text) ? parts.reverse() : null;
    }
    const key = totalKey(label);
    if (SUBSET.test(key)) return null;
    if (FOOT.test(key) || HEAD.test(key)) return parts.reverse(); // the previous group's total: this group starts below it
    if (label === "" && text === "") {
      // A blank under the column's heading on a row of headings (当年金额 once merged over the row of years beside it):
      // the heading's row; else a blank line, and the run is not a table's body.
      return isYearsRow(grid, r, labelCol) || isHeadingRow(grid, r, labelCol) ? parts.reverse() : null;
    }
    const p = partAt(grid, r, col, labelCol);
    if (!p) return null;
    parts.push(p);
  }
  return null;
}

/**
 * Parts below a total whose next line starts with "其中", trailing blank lines dropped; `lines` counts every line read,
 * blank or not, up to the first that is not a part (a figure written with its unit, "259.45万元", ends them).
 */
function partsBelow(
  grid: SheetGrid,
  row: number,
  col: number,
  labelCol: number,
  bottom: number,
): { parts: TotalPart[]; lines: number } {
  const parts: TotalPart[] = [];
  // A numbered total ("1、公务用车购置和维护经费") ends at the next numbered line ("2、出国经费"): its sibling, not a part.
  const numbered = LIST_NUMBER.test(grid.text(row, labelCol));
  for (let r = row + 1; r <= bottom; r++) {
    const label = lineLabel(grid, r, labelCol);
    if (label === null || label === "") break;
    // The next section's label left of the lines ("年度目标完成情况" under the blanks left by 预算执行情况's merge over the
    // total's lines, 安居 2021 unmerged): the next part of the form, not a line of this total.
    if (r >= row + 2 && newSectionLeftOf(grid, row, r, labelCol)) break;
    const key = totalKey(label);
    if (r > row + 1 && SUBSET.test(key)) break;
    if (numbered && LIST_NUMBER.test(label)) break;
    // A heading of the next block ("项目支出:") ends them.
    if (/[:：]\s*$/.test(label)) break;
    if (FOOT.test(key) || HEAD.test(key)) break;
    const p = partAt(grid, r, col, labelCol);
    if (!p) break;
    parts.push(p);
  }
  const lines = parts.length;
  while (parts.length > 0 && parts[parts.length - 1].value === null) parts.pop();
  return { parts, lines };
}

type EmptyTotal = NonNullable<PerformanceForm["emptyTotals"]>[number];

/**
 * Lines of a group left empty above lines that carry figures (湖南 部门整体 基础数据表: 三公经费 | (blank) over 1、公务用车购置和
 * 维护经费 3.33 | 7 | 2.74, 2、出国经费, 3、公务接待; 公用经费 over 其中:办公经费 …). The group's lines are the numbered ones
 * right under it ("1、", "2、" — their own 其中 lines skipped) or the 其中 lines under it; the group's line must hold no figure
 * at all and no other text (a heading ending in a colon, "项目支出:", is a heading, not an empty line).
 */
export function readEmptyTotals(grid: SheetGrid, top: number, bottom: number): EmptyTotal[] {
  const out: EmptyTotal[] = [];
  for (const row of grid.rowsBetween(top, bottom - 1)) {
    const cols = grid.occupiedCols(row);
    if (cols.length === 0) continue;
    const labelCol = cols[0];
    if (!grid.isAnchor(row, labelCol) || grid.bottomEdge(row, labelCol) !== row) continue;
    const label = grid.text(row, labelCol).trim();
    if (label === "" || label.length > 16 || /[:：]$/.test(label) || figureOf(grid, row, labelCol)) continue;
    // A template's filler line ("……") names no group: the numbered lines under it are indicators of their own.
    if (!/\p{L}/u.test(label)) continue;
    // Nothing else on the row: every other anchored cell of it is empty.
    const right = grid.rightEdge(row, labelCol);
    if (cols.some((c) => c > right && grid.isAnchor(row, c) && grid.text(row, c).trim() !== "")) continue;
    const first = lineLabel(grid, row + 1, labelCol);
    if (first === null || first === "") continue;
    const numbered = LIST_NUMBER.test(first) && /^\s*(?:1\s*[、.．]|[(（]1[)）]|一\s*[、.．])/.test(first);
    if (!numbered && !SUBSET.test(totalKey(first))) continue;
    // The group's lines: numbered lines (with their own 其中 lines skipped), or the 其中 line and those after it.
    const lines: number[] = [];
    let inSub = false;
    for (let r = row + 1; r <= bottom; r++) {
      const l = lineLabel(grid, r, labelCol);
      if (l === null || l === "" || /[:：]$/.test(l.trim())) break;
      const key = totalKey(l);
      if (FOOT.test(key) || HEAD.test(key)) break;
      if (numbered) {
        if (LIST_NUMBER.test(l)) {
          lines.push(r);
          inSub = false;
        } else if (SUBSET.test(key)) inSub = true;
        else if (!inSub) break;
      } else {
        if (r > row + 1 && (SUBSET.test(key) || LIST_NUMBER.test(l))) break;
        lines.push(r);
      }
    }
    if (lines.length === 0) continue;
    const cells: string[] = [];
    const parts: TotalPart[] = [];
    for (let c = right + 1; c <= grid.right; c++) {
      if (!grid.isAnchor(row, c)) continue;
      const filled = lines
        .map((r) => (grid.isAnchor(r, c) ? partAt(grid, r, c, labelCol) : undefined))
        .filter((p): p is TotalPart => p !== undefined && p.value !== null);
      if (filled.length === 0) continue;
      cells.push(grid.a1(row, c));
      parts.push(...filled);
    }
    if (cells.length > 0) out.push({ label, labelCell: grid.a1(row, labelCol), cells, parts });
  }
  return out;
}
