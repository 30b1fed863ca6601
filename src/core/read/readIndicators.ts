/**
 * Reads the indicator block below a "一级指标" header row: one table (神木: 三级 | 实施期值 | 年度值 | 备注)
 * or two halves (乌海: 二级 | 三级 | 指标值 for 中长期, then again for 年度), with optional split
 * value columns (指标性质 | 指标值 | 度量单位). Blank 一级/二级 cells under a merge inherit the merge's text.
 */
import type { IndicatorRow, IndicatorTable, LevelCell, Period } from "../model/form";
import { parseIndicatorValue } from "../parse/indicatorValue";
import { labelKey, memo } from "../text/normalize";
import type { SheetGrid } from "./sheetGrid";

/** Indicator values repeat across forms ("≥98%", "=100%"); parsed values are never mutated. */
const parseValue = memo(parseIndicatorValue);

type HeaderRole =
  | { role: "level1" }
  | { role: "level2" }
  | { role: "level3" }
  | { role: "value"; period: Period | null }
  | { role: "operator" }
  | { role: "unit" }
  | { role: "remark" };

/** Classifies one header cell of the indicator table. */
export function classifyIndicatorHeader(text: string): HeaderRole | null {
  const raw = labelKey(text);
  if (!raw) return null;
  if (raw === "一级指标") return { role: "level1" };
  if (/^二级指标/.test(raw)) return { role: "level2" };
  if (/^三级指标/.test(raw) || raw === "指标名称") return { role: "level3" };
  if (/^(指标性质|计算符号|符号)$/.test(raw)) return { role: "operator" };
  if (/^(度量单位|计量单位|单位)$/.test(raw)) return { role: "unit" };
  if (/^备注/.test(raw)) return { role: "remark" };
  if (/(实施期|中长期|长期|项目期).*(值|目标)/.test(raw)) return { role: "value", period: "implementation" };
  if (/年度.*(值|目标)/.test(raw)) return { role: "value", period: "annual" };
  if (/^(指标值|目标值|预期目标值|指标目标值)$/.test(raw)) return { role: "value", period: null };
  return null;
}

interface ValueColumn {
  period: Period;
  col: number;
  headerCell: string;
  operatorCol: number | null;
  unitCol: number | null;
  /** True when the header itself names the period ("年度指标值"). */
  explicit: boolean;
}

interface TableColumns {
  level2Col: number;
  level3Col: number | null;
  values: ValueColumn[];
  remarkCol: number | null;
  headerCell: string;
}

/** Period written over a half in the row above the header ("中长期指标" / "年度指标"), if any. */
function periodAbove(grid: SheetGrid, headerRow: number, col: number): Period | null {
  if (headerRow - 1 < grid.top) return null;
  const t = labelKey(grid.shownText(headerRow - 1, col));
  if (/^(中长期|实施期|长期)/.test(t)) return "implementation";
  if (/^年度/.test(t)) return "annual";
  return null;
}

/** Splits the header row into tables, one per 二级 column; [] when there is none. */
function readHeaderColumns(grid: SheetGrid, headerRow: number, level1Col: number): TableColumns[] {
  const tables: TableColumns[] = [];
  let current: TableColumns | null = null;
  let pendingOperator: number | null = null;
  for (let col = level1Col + 1; col <= grid.right; col++) {
    const a = grid.anchor(headerRow, col);
    if (a.col !== col) continue;
    const role = classifyIndicatorHeader(grid.text(a.row, a.col));
    if (!role) continue;
    const headerCell = grid.a1(a.row, a.col);
    if (role.role === "level2") {
      current = { level2Col: col, level3Col: null, values: [], remarkCol: null, headerCell };
      tables.push(current);
    } else if (!current) {
      continue;
    } else if (role.role === "level3") {
      current.level3Col = col;
    } else if (role.role === "operator") {
      pendingOperator = col;
    } else if (role.role === "value") {
      current.values.push({
        period: role.period ?? periodAbove(grid, headerRow, col) ?? ("annual" as Period),
        col,
        headerCell,
        operatorCol: pendingOperator,
        unitCol: null,
        explicit: role.period !== null,
      });
      pendingOperator = null;
    } else if (role.role === "unit") {
      const last = current.values[current.values.length - 1];
      if (last) last.unitCol = col;
    } else if (role.role === "remark") {
      current.remarkCol = col;
    }
  }
  // Two halves with plain "指标值" headers: the left half is 中长期 (实施期), the right one 年度.
  if (tables.length >= 2) {
    tables.forEach((t, i) => {
      for (const v of t.values) {
        if (!v.explicit && periodAbove(grid, headerRow, v.col) === null) {
          v.period = i === 0 ? "implementation" : "annual";
        }
      }
    });
  }
  return tables;
}

/** Level label at a row: merge text, or the row above's label for a plain blank cell. */
function levelCell(grid: SheetGrid, row: number, col: number, previous: LevelCell | null): LevelCell {
  const m = grid.merge(row, col);
  if (m) return { text: grid.text(m.top, m.left), cell: grid.a1(m.top, m.left), inherited: false };
  const text = grid.text(row, col);
  if (text === "" && previous && previous.text !== "") {
    return { text: previous.text, cell: previous.cell, inherited: true };
  }
  return { text, cell: grid.a1(row, col), inherited: false };
}

function joinValue(grid: SheetGrid, row: number, v: ValueColumn): { text: string; cell: string } {
  const a = grid.anchor(row, v.col);
  const main = grid.text(a.row, a.col);
  const op = v.operatorCol !== null ? grid.shownText(row, v.operatorCol) : "";
  const unit = v.unitCol !== null ? grid.shownText(row, v.unitCol) : "";
  const opText = op && !/^定性$/.test(op) ? op : "";
  const text = main === "" ? "" : `${opText}${main}${unit && !main.endsWith(unit) ? unit : ""}`;
  return { text, cell: grid.a1(a.row, a.col) };
}


/**
 * Reads indicator rows from below the header to at most `maxRow`, stopping at the first empty row
 * that is not covered by a 一级 merge.
 */
export function readIndicatorBlock(
  grid: SheetGrid,
  headerRow: number,
  level1Col: number,
  maxRow: number,
): IndicatorTable[] {
  const columns = readHeaderColumns(grid, headerRow, level1Col);
  const headerBottom = grid.bottomEdge(headerRow, level1Col);
  const tables: IndicatorTable[] = columns.map((c) => ({
    periods: c.values.map((v) => v.period),
    headerCell: c.headerCell,
    valueHeaderCells: Object.fromEntries(c.values.map((v) => [v.period, v.headerCell])),
    rows: [],
  }));
  const prev1: (LevelCell | null)[] = columns.map(() => null);
  const prev2: (LevelCell | null)[] = columns.map(() => null);
  for (let row = headerBottom + 1; row <= maxRow; row++) {
    if (grid.isRowEmpty(row) && !grid.merge(row, level1Col)) break;
    columns.forEach((c, i) => {
      const level1 = levelCell(grid, row, level1Col, prev1[i]);
      // A blank 二级 inherits from the row above only within the same 一级 group.
      const sameGroup = prev1[i] !== null && level1.cell === prev1[i]!.cell;
      const level2 = levelCell(grid, row, c.level2Col, sameGroup ? prev2[i] : null);
      const level3: LevelCell =
        c.level3Col === null
          ? { text: "", cell: grid.a1(row, c.level2Col), inherited: false }
          : { text: grid.shownText(row, c.level3Col), cell: grid.a1(grid.anchor(row, c.level3Col).row, c.level3Col), inherited: false };
      const values = c.values.map((v) => {
        const { text, cell } = joinValue(grid, row, v);
        return { period: v.period, text, cell, parsed: parseValue(text) };
      });
      const remark = c.remarkCol !== null ? grid.shownText(row, c.remarkCol) : "";
      // A row whose 三级 lies in a vertical merge repeats it; keep only the merge's first row.
      if (c.level3Col !== null) {
        const m = grid.merge(row, c.level3Col);
        if (m && m.top !== row && values.every((v) => v.text === "")) return;
      }
      prev1[i] = level1;
      prev2[i] = level2;
      const r: IndicatorRow = { row, level1, level2, level3, values, remark };
      tables[i].rows.push(r);
    });
  }
  return tables;
}
