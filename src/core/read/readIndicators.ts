/**
 * Reads the indicator block below a "一级指标" header row. Columns are found by their role from the
 * header (./columnRoles), whatever their order: one table (神木: 三级 | 实施期值 | 年度值 | 备注), two halves
 * side by side (乌海, 青山, 东莞: 二级 | 三级 | 指标值 for 中长期, then again for 年度), split value columns
 * (指标性质 | 指标值 | 度量单位, or 单位 before 指标值), one value column per area (区域目标值 over county
 * names), and extra columns that are never targets (分值/权重, 得分, 实际完成值, 偏差原因, 指标解释, 备注 …).
 * Blank 一级/二级 cells under a merge inherit the merge's text. Summary rows (合计, 总分) and template
 * filler rows (……) are not indicators.
 */
import type { IndicatorRow, IndicatorTable, LevelCell, PerformanceForm, Period, Scoring } from "../model/form";
import { parseValue } from "../parse/indicatorValue";
import { labelKey, memo, normalizeText, toHalfWidth } from "../text/normalize";
import {
  classifyIndicatorHeader,
  type ExtraRole,
  type HeaderRole,
  inferHeaderRole,
  isColumnNumbersRow,
  namesEarlier,
  yearInHeader,
  SUMMARY_ROW,
  TEMPLATE_FILLER,
} from "./columnRoles";
import { isLevel2Name } from "../frameworks/classifyIndicator";
import { matchLabel } from "./matchLabel";
import type { SheetGrid } from "./sheetGrid";

export { classifyIndicatorHeader } from "./columnRoles";

interface ValueColumn {
  period: Period;
  col: number;
  headerCell: string;
  operatorCol: number | null;
  unitCol: number | null;
  /** True when the header itself names the period ("年度指标值", "指标值(长期)"). */
  explicit: boolean;
  area?: string;
  /** The lower header row's text when the column was found under a split header. */
  subHeader?: string;
  /** The header's text. */
  headerText?: string;
}

interface TableColumns {
  level2Col: number;
  level3Col: number | null;
  values: ValueColumn[];
  remarkCol: number | null;
  extras: Partial<Record<ExtraRole, number>>;
  headerCell: string;
}

/** A summary row of the block (合计, 总分): its weight and score when the table has those columns. */
export type SummaryRow = Scoring["summaries"][number];

export type ReadingNote = NonNullable<PerformanceForm["readingNotes"]>[number];

export interface IndicatorBlock {
  tables: IndicatorTable[];
  /** Choices made on weak or contradictory evidence (see PerformanceForm.readingNotes). */
  notes: ReadingNote[];
  summaries: SummaryRow[];
  /** Last sheet row the block covers. */
  lastRow: number;
}

/** Period written over a half in the row above the header ("中长期指标" / "年度指标"), if any. */
function periodAbove(grid: SheetGrid, headerRow: number, col: number): Period | null {
  if (headerRow - 1 < grid.top) return null;
  const t = labelKey(grid.shownText(headerRow - 1, col));
  if (/^(中长期|实施期|长期)/.test(t)) return "implementation";
  if (/^年度/.test(t)) return "annual";
  return null;
}

const LEVEL1_WORDS = /产出|效益|效果|满意|成本|完成/;
/** The lines that close a form below its indicator table: never indicator rows. */
const CLOSING_LINE = /^(其他)?(需要?说明|需说明)|说明事项$|审核意见|填表人|填报人|联系电话$|^备注$/;

/**
 * The 一级 column: the header's column, or — when the header 一级指标 is merged over the label column too
 * (忠县: A12:B12) — the merged column whose first data row holds a 一级 name.
 */
function level1Column(grid: SheetGrid, headerRow: number, headerCol: number): number {
  const m = grid.merge(headerRow, headerCol);
  if (!m || m.right === m.left) return headerCol;
  const firstData = m.bottom + 1;
  for (let c = m.right; c >= m.left; c--) {
    if (LEVEL1_WORDS.test(grid.shownText(firstData, c))) return c;
  }
  return headerCol;
}

/**
 * Splits the header row into tables, one per 二级 column; [] when there is none. With one 二级 column the
 * roles are taken whatever their order (三级 before 二级, 指标值 before 指标性质 …); with two or more (halves
 * side by side) each half starts at its 二级 column.
 */
function readHeaderColumns(
  grid: SheetGrid,
  headerRow: number,
  headerBottom: number,
  level1Col: number,
  sectionCol: number | null,
  level2Hint: number | null = null,
): TableColumns[] {
  const start = Math.max(level1Col, grid.rightEdge(headerRow, level1Col)) + 1;
  const level2Cols: number[] = [];
  for (let col = grid.left; col <= grid.right; col++) {
    const a = grid.anchor(headerRow, col);
    if (a.col === col && classifyIndicatorHeader(grid.text(a.row, a.col))?.role === "level2") level2Cols.push(col);
  }
  if (level2Cols.length === 1) return [singleTable(grid, headerRow, headerBottom, level1Col, sectionCol, level2Cols[0])];
  // The 二级 heading left blank (忠县 2021: 一级指标 | (empty) | 三级指标 …): the blank column whose cells are 二级 names.
  if (level2Cols.length === 0) {
    // (The same header printed again over a table's next rows: its 二级 column is the one the first copy's content gave.)
    const blank = level2Hint ?? unheadedLevel2Column(grid, headerRow, headerBottom, start);
    // Two halves side by side, each headed by a word nobody listed over its 二级 names (指标类别 | 三级指标 | 指标值 |
    // 指标类别 | …): read as halves, each column by its cells.
    if (blank !== null && level2Hint === null && unlistedLevel2Columns(grid, headerRow, headerBottom, start) >= 2)
      return halves(grid, headerRow, headerBottom, start);
    if (blank !== null) return [singleTable(grid, headerRow, headerBottom, level1Col, sectionCol, blank)];
  }
  return halves(grid, headerRow, headerBottom, start);
}

/** How many columns of the header row have a heading nobody listed over cells that are mostly 二级 names. */
function unlistedLevel2Columns(grid: SheetGrid, headerRow: number, headerBottom: number, start: number): number {
  let n = 0;
  for (let col = start; col <= grid.right; col = grid.rightEdge(headerRow, col) + 1) {
    const a = grid.anchor(headerRow, col);
    const text = grid.text(a.row, a.col);
    if (text !== "" && inferHeaderRole(text) === null && holdsLevel2Names(grid, col, headerBottom)) n++;
  }
  return n;
}

/**
 * Whether a column's cells under the header are mostly 二级 names — one is enough when it is all the column holds (a
 * copy cut after its first row): the column is the 二级 column whatever its heading.
 */
function holdsLevel2Names(grid: SheetGrid, col: number, headerBottom: number): boolean {
  const { named, filled } = level2NameCount(grid, col, headerBottom);
  return filled >= 1 && named * 2 > filled;
}

/**
 * The first column right of the 一级 with an empty or unlisted heading (指标类别), before the 三级 heading, whose cells are
 * mostly 二级 names; or
 * the first column itself, headed as a name (指标名称), when its cells are 二级 names (黄石 2019 监控表: 一级指标 |
 * 指标名称 | 指标值 over 产出指标 | 质量 / 时效 / 成本): a column means what its content says.
 */
function unheadedLevel2Column(grid: SheetGrid, headerRow: number, headerBottom: number, start: number): number | null {
  for (let col = start; col <= grid.right; col = grid.rightEdge(headerRow, col) + 1) {
    const a = grid.anchor(headerRow, col);
    const text = grid.text(a.row, a.col);
    const role = classifyIndicatorHeader(text);
    if (role?.role === "level3") return col === start && mostlyLevel2Names(grid, col, headerBottom) ? col : null;
    // (A heading of another known column is not it; a heading nobody listed — 指标类别 — is judged by its cells.)
    if (role) continue;
    return holdsLevel2Names(grid, col, headerBottom) ? col : null;
  }
  return null;
}

/** Whether the column's cells below the header are 二级 names (质量, 时效指标, 社会效益), all of them but one at most. */
function mostlyLevel2Names(grid: SheetGrid, col: number, headerBottom: number): boolean {
  const { named, filled } = level2NameCount(grid, col, headerBottom);
  return filled >= 3 && named >= filled - 1;
}

/**
 * Where a column's content, read down from its header to judge the column, stops: at an empty row or a form's heading
 * (its title, its money unit line) once something was read — what follows is no longer the table (a form stacked under
 * this one: 秀屿 2025 stacked twice read its 指标方向 by the next form's fields).
 */
function tableEndsAt(grid: SheetGrid, row: number, filled: number): boolean {
  return filled > 0 && (grid.isRowEmpty(row) || isFormHeadingRow(grid, row));
}

/** How many of the column's cells (up to 40 rows below the header) are written, and how many of those are 二级 names. */
function level2NameCount(grid: SheetGrid, col: number, headerBottom: number): { named: number; filled: number } {
  let named = 0;
  let filled = 0;
  for (let row = headerBottom + 1; row <= Math.min(grid.bottom, headerBottom + 40); row++) {
    if (tableEndsAt(grid, row, filled)) break;
    // A line merged in from the left (a note or a closing line across the table) is no cell of this column.
    if (grid.anchor(row, col).col < col) continue;
    const t = grid.shownText(row, col);
    if (t === "") continue;
    filled++;
    if (isLevel2Name(labelKey(t))) named++;
  }
  return { named, filled };
}

/** One table: every role column of the header row except the 一级 and section-label columns, in any order. */
function singleTable(
  grid: SheetGrid,
  headerRow: number,
  headerBottom: number,
  level1Col: number,
  sectionCol: number | null,
  level2Col: number,
): TableColumns {
  const t: TableColumns = { level2Col, level3Col: null, values: [], remarkCol: null, extras: {}, headerCell: "" };
  const operators: number[] = [];
  const units: number[] = [];
  const weights: number[] = [];
  const l1Right = grid.rightEdge(headerRow, level1Col);
  // A header over two rows written without merges down ("指标名称 | · | 上年度实际水平 | 本年度计划水平" over "二级指标 |
  // 三级指标 | · | ·", 阳泉 2015): a blank heading under a heading of the row above is that heading, as its merge was.
  const upper = headerRow - 1;
  const twoRows =
    upper >= grid.top &&
    grid.isAnchor(upper, level2Col) &&
    grid.text(upper, level2Col) !== "" &&
    !grid.hasMergesIn(upper, headerRow, "down");
  // Columns another heading took in (a value heading's sub-headings, its split 指标性质 / 度量单位 columns).
  const claimed = (col: number) =>
    col === t.level3Col ||
    col === t.remarkCol ||
    operators.includes(col) ||
    units.includes(col) ||
    Object.values(t.extras).includes(col) ||
    t.values.some((v) => v.col === col || v.unitCol === col || v.operatorCol === col);
  for (let col = grid.left; col <= grid.right; col++) {
    if ((col >= level1Col && col <= l1Right) || col === sectionCol) continue;
    let a = grid.headingAt(headerRow, col, twoRows);
    if (a.col !== col) continue;
    // A blank heading cell over a heading of the header's next rows: the column is headed there ("指标值" merged over
    // two sub-headings, a 度量单位 column added beside it with its heading on the lower row only).
    if (grid.text(a.row, a.col) === "" && a.row === headerRow && !claimed(col))
      for (let r = headerRow + 1; r <= headerBottom; r++) {
        const b = grid.anchor(r, col);
        if (b.col !== col || b.row !== r) break;
        if (grid.text(r, col) !== "") {
          a = b;
          break;
        }
      }
    // (The row the heading stands on: a heading of the row above over a blank is read from there, one below from there.)
    const headRow = (twoRows && a.row === upper) || a.row > headerRow ? a.row : headerRow;
    // Left of the 一级 column only listed spellings count (a section label there is not a column).
    const role = col < level1Col ? classifyIndicatorHeader(grid.text(a.row, a.col)) : inferHeaderRole(grid.text(a.row, a.col));
    if (!role) continue;
    const headerCell = grid.a1(a.row, a.col);
    // The 二级 column found by its content under another heading (指标名称 over 质量, 时效): no 三级 column of its own.
    if (col === level2Col) {
      t.headerCell = headerCell;
      continue;
    }
    if (role.role === "level2") t.headerCell = headerCell;
    else if (role.role === "level3") t.level3Col ??= col;
    else if (role.role === "operator" || (role.role === "extra" && role.extra === "direction")) {
      // 指标性质 / 指标方向: what the cells hold decides (扎赉特旗 writes 正向/反向 under 指标性质 and
      // 大于等于 under 指标方向): comparison words make the operator column, 正向/反向/定性 a direction column.
      const byContent = operatorColumnContent(grid, headerBottom + 1, col, grid.text(a.row, a.col));
      if (byContent === "operator" || (byContent === null && role.role === "operator")) operators.push(col);
      else t.extras.direction ??= col;
    } else if (role.role === "unit") units.push(col);
    else if (role.role === "remark") t.remarkCol ??= col;
    else if (role.role === "extra" && role.extra === "weight") weights.push(col);
    else if (role.role === "extra") t.extras[role.extra] ??= col;
    else if (role.role === "value") pushValues(grid, headRow, headerBottom, col, role.period, t, null, null);
  }
  // A 分值 column belongs to the level on its left: "一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分" (海南
  // 2022) weighs each group and then each indicator. An indicator's weight is the first right of the 三级 column.
  if (weights.length > 0) t.extras.weight = weights.find((c) => t.level3Col !== null && c > t.level3Col) ?? weights[0];
  // No value header, but two or more columns headed by place names right of the 三级 column (安溪: one column per
  // 项目村, "西坪镇尧山村 | 桃舟乡吾培村 …"): each is one area's target, as under 区域目标值.
  if (t.values.length === 0) {
    const from = Math.max(t.level3Col ?? level2Col, level2Col) + 1;
    const areas: { col: number; text: string }[] = [];
    for (let col = from; col <= grid.right; col++) {
      const a = grid.anchor(headerRow, col);
      if (a.col !== col) continue;
      const text = normalizeText(grid.text(a.row, a.col)).replace(/\s+/g, "");
      if (text && PLACE_NAME.test(text) && !inferHeaderRole(text)) areas.push({ col, text });
    }
    if (areas.length >= 2)
      for (const x of areas)
        t.values.push({
          col: x.col,
          area: x.text,
          period: "annual",
          headerCell: grid.a1(headerRow, x.col),
          operatorCol: null,
          unitCol: null,
          explicit: false,
          headerText: x.text,
        });
  }
  // Split columns: with one value column they belong to it whatever their order; with several, each
  // 指标性质 to the next value column and each 度量单位 to the nearest one on its left (else right).
  // One 指标方向 / 计量单位 column beside per-area target columns (秀屿: 指标方向 | 笏石街道办 | 埭头镇) serves every area.
  const perArea = t.values.length >= 2 && t.values.every((v) => v.area !== undefined);
  if (perArea && operators.length === 1) for (const v of t.values) v.operatorCol ??= operators[0];
  if (perArea && units.length === 1) for (const v of t.values) v.unitCol ??= units[0];
  for (const op of operators) {
    const v = t.values.length === 1 ? t.values[0] : (t.values.find((x) => x.col > op) ?? t.values[t.values.length - 1]);
    if (v && v.operatorCol === null) v.operatorCol = op;
  }
  for (const u of units) {
    const v =
      t.values.length === 1 ? t.values[0] : ([...t.values].reverse().find((x) => x.col < u) ?? t.values.find((x) => x.col > u));
    if (v && v.unitCol === null) v.unitCol = u;
  }
  return t;
}

/**
 * Adds the value column at `col`. A value header merged over several columns with a second header row
 * below is read by what that row says, column by column (its words decide, ./columnRoles inferHeaderRole):
 * "指标值" over "2021年实际实现值 | 预期2022年实现值" is last year's actual (never a target) and this year's
 * target; "指标值" over "指标值 | 计量单位" is a value and its unit. When the row below names nothing a
 * column can be (county names under 区域目标值), each column is one area's target.
 */
function pushValues(
  grid: SheetGrid,
  headerRow: number,
  headerBottom: number,
  col: number,
  written: Period | null,
  table: TableColumns,
  operatorCol: number | null,
  unitCol: number | null,
): void {
  const headerCell = grid.a1(headerRow, col);
  let right = grid.rightEdge(headerRow, col);
  // A header written without merges: a heading reaches over the blank heading cells on its right that have a heading
  // of their own in the next row ("指标值 | (blank)" over "2021年实际实现值 | 预期2022年实现值").
  if (right === col && headerBottom > headerRow && !grid.hasMergesIn(headerRow, headerRow + 1, "across"))
    right = grid.reachRightOverSubHeadings(headerRow, col);
  const period = written ?? periodAbove(grid, headerRow, col);
  const base = {
    period: period ?? ("annual" as Period),
    headerCell,
    operatorCol,
    unitCol,
    explicit: period !== null,
    headerText: grid.text(headerRow, col),
  };
  if (right > col && headerBottom > headerRow) {
    const subs: { col: number; text: string; role: HeaderRole | null }[] = [];
    for (let c = col; c <= right; c++) {
      const a = grid.anchor(headerRow + 1, c);
      if (a.col !== c) continue;
      const text = grid.text(a.row, a.col);
      if (text) subs.push({ col: c, text, role: inferHeaderRole(text) });
    }
    if (subs.some((x) => x.role !== null)) {
      const added: ValueColumn[] = [];
      for (const x of subs) {
        const cell = grid.a1(headerRow + 1, x.col);
        if (!x.role) continue;
        if (x.role.role === "value") {
          const p = x.role.period ?? period;
          const v: ValueColumn = Object.assign({}, base, {
            col: x.col,
            headerCell: cell,
            period: p ?? "annual",
            explicit: p !== null,
          });
          v.subHeader = x.text;
          added.push(v);
        } else if (x.role.role === "extra") table.extras[x.role.extra] ??= x.col;
        else if (x.role.role === "unit") base.unitCol ??= x.col;
        else if (x.role.role === "operator") base.operatorCol ??= x.col;
        else if (x.role.role === "remark") table.remarkCol ??= x.col;
      }
      for (const v of added) {
        v.unitCol ??= base.unitCol;
        v.operatorCol ??= base.operatorCol;
        table.values.push(v);
      }
      return;
    }
    // 区域目标值 over one column per area: the area names are in the header's next row.
    const areaCols = subs.map((x) => ({ col: x.col, area: x.text }));
    if (areaCols.length > 1) {
      for (const ac of areaCols)
        table.values.push(Object.assign({}, base, { col: ac.col, area: ac.area, headerCell: grid.a1(headerRow + 1, ac.col) }));
      return;
    }
  }
  // Object.assign, not `{ ...base, col }`: in V8 a literal spreading before its own fields costs about a microsecond.
  table.values.push(Object.assign({}, base, { col }));
}

/** A place name heading an area's column: 西坪镇尧山村, 龙涓乡, 渝北区, 阿荣旗, 某某街道. */
const PLACE_NAME =
  /^[\p{Script=Han}]{2,14}(省|市|县|区|旗|镇|乡|村|街道|街道办|街道办事处|办事处|社区|盟|州|苏木|嘎查|林场|农场|团场|开发区)$/u;

const FORM_HEADING_CELL = /^(金额|资金|计量)?单位[:：]\s*(元|万元|亿元|千元)$|绩效(目标|指标|自评|评价|监控)[^，。,]{0,8}表$/;

/** Whether a cell's text is a form's heading (asked of every cell of every indicator row: once per distinct text). */
const isFormHeadingText = memo((text: string): boolean =>
  // (A year or edition in brackets may follow the title: "项目支出绩效自评表 (2024年度)".)
  FORM_HEADING_CELL.test(
    normalizeText(text)
      .replace(/\s+/g, "")
      .replace(/[(（][^()（）]*[)）]$/, ""),
  ),
);

/** A row holding a form's heading cell (its money unit line or its title): never an indicator row. */
function isFormHeadingRow(grid: SheetGrid, row: number): boolean {
  for (const col of grid.occupiedCols(row)) {
    if (!grid.isAnchor(row, col)) continue;
    if (isFormHeadingText(grid.text(row, col))) return true;
  }
  return false;
}

const OPERATOR_CELL =
  /^(大于或等于|大于等于|小于或等于|小于等于|等于|大于|小于|不低于|不少于|不小于|不超过|不高于|不大于|不多于|[≥≤=＝<>＜＞≧≦]|>=|<=)$/;
const DIRECTION_CELL = /^(正向|反向|中性|逆向)(指标)?$/;

/**
 * What an operator-or-direction column holds, judged on its first 200 rows below the header: "operator" when
 * most filled cells are comparison words or symbols, "direction" when most are 正向/反向/中性, null when
 * neither (定性/定量 only, empty, or mixed) — then the header's words decide.
 */
function operatorColumnContent(grid: SheetGrid, fromRow: number, col: number, heading: string): "operator" | "direction" | null {
  let ops = 0;
  let dirs = 0;
  let filled = 0;
  const last = Math.min(grid.bottom, fromRow + 200);
  const head = heading.replace(/\s+/g, "");
  for (let row = fromRow; row <= last; row++) {
    if (tableEndsAt(grid, row, filled)) break;
    const a = grid.anchor(row, col);
    // (A line merged in from the left — a closing note, a title — is no cell of this column.)
    if (a.row !== row || a.col !== col) continue;
    const text = grid.text(a.row, a.col).replace(/\s+/g, "");
    // The heading written again is the next form's table (or the next page's): its cells are not this table's.
    if (head !== "" && text === head) break;
    if (!text || /^(定性|定量)$/.test(text)) continue;
    filled++;
    if (OPERATOR_CELL.test(text)) ops++;
    else if (DIRECTION_CELL.test(text)) dirs++;
  }
  if (filled === 0) return null;
  if (ops * 2 > filled) return "operator";
  if (dirs * 2 > filled) return "direction";
  return null;
}

/** Two or more halves side by side: each starts at its 二级 column (乌海, 青山, 东莞). */
function halves(grid: SheetGrid, headerRow: number, headerBottom: number, start: number): TableColumns[] {
  const tables: TableColumns[] = [];
  let current: TableColumns | null = null;
  let pendingOperator: number | null = null;
  let pendingUnit: number | null = null;
  for (let col = start; col <= grid.right; col++) {
    const a = grid.anchor(headerRow, col);
    if (a.col !== col) continue;
    const text = grid.text(a.row, a.col);
    let role = inferHeaderRole(text);
    // A heading nobody listed (指标类别) over 二级 names starts a half like 二级指标: the column is what its cells are.
    if (!role && text !== "" && holdsLevel2Names(grid, col, headerBottom)) role = { role: "level2" };
    if (!role) continue;
    if (role.role === "operator" || (role.role === "extra" && role.extra === "direction")) {
      const byContent = operatorColumnContent(grid, headerBottom + 1, col, text);
      if (byContent === "operator") role = { role: "operator" };
      else if (byContent === "direction") role = { role: "extra", extra: "direction" };
    }
    const headerCell = grid.a1(a.row, a.col);
    if (role.role === "level2") {
      current = { level2Col: col, level3Col: null, values: [], remarkCol: null, extras: {}, headerCell };
      tables.push(current);
      pendingOperator = null;
      pendingUnit = null;
      continue;
    }
    if (!current) continue;
    switch (role.role) {
      case "level3":
        current.level3Col = col;
        break;
      case "operator":
        pendingOperator = col;
        break;
      case "unit": {
        const last = current.values[current.values.length - 1];
        // 度量单位 after its 指标值; 单位 before it (忠县) waits for the next value column.
        if (last && last.unitCol === null && last.col < col) last.unitCol = col;
        else pendingUnit = col;
        break;
      }
      case "value": {
        pushValues(grid, headerRow, headerBottom, col, role.period, current, pendingOperator, pendingUnit);
        pendingOperator = null;
        pendingUnit = null;
        break;
      }
      case "remark":
        current.remarkCol = col;
        break;
      case "extra":
        if (current.extras[role.extra] === undefined) current.extras[role.extra] = col;
        break;
      default:
        break;
    }
  }
  // Two halves whose value headers do not name their period: the left half is 中长期 (实施期), the right one 年度.
  if (tables.length >= 2) {
    tables.forEach((t, i) => {
      for (const v of t.values) if (!v.explicit) v.period = i === 0 ? "implementation" : "annual";
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

/** One row's value in a value column, its split 指标性质 / 计量单位 columns joined in, parsed. */
export function readValue(
  grid: SheetGrid,
  row: number,
  v: Pick<ValueColumn, "period" | "col" | "operatorCol" | "unitCol" | "area">,
): IndicatorRow["values"][number] {
  const { text, cell, operatorColumn, unitColumn, ownText } = joinValue(grid, row, v);
  const value: IndicatorRow["values"][number] = { period: v.period, text, cell, parsed: parseValue(text) };
  if (v.area !== undefined) value.area = v.area;
  if (operatorColumn) value.operatorColumn = operatorColumn;
  if (unitColumn) value.unitColumn = unitColumn;
  if (ownText !== undefined) value.ownText = ownText;
  return value;
}

function joinValue(
  grid: SheetGrid,
  row: number,
  v: Pick<ValueColumn, "col" | "operatorCol" | "unitCol">,
): {
  text: string;
  cell: string;
  operatorColumn?: { text: string; cell: string };
  unitColumn?: { text: string; cell: string };
  ownText?: string;
} {
  const a = grid.anchor(row, v.col);
  const main = grid.text(a.row, a.col);
  const op = v.operatorCol !== null ? grid.shownText(row, v.operatorCol) : "";
  // A unit cell holding only a dash or slash ("-", "—", "/") says "no unit": nothing to join.
  const unitText = v.unitCol !== null ? grid.shownText(row, v.unitCol) : "";
  // (Figures typed in full width reach here in half width — cellText — but a unit cell of "％" alone does not.)
  const unit = /[\p{L}%‰]/u.test(toHalfWidth(unitText)) ? unitText : "";
  // Only a comparison is part of the value (in any spelling: ≧, ═, 不低于): "定性", "定量" name its kind and "是/否" its
  // answer type (秀屿 2025).
  const opText = op && isComparison(op) && !main.startsWith(op) ? op : "";
  const mainHasUnit = /[^\d.\s]$/.test(main) && !/^\d/.test(unit) && unit !== "" && /\d/.test(main);
  // A word answer ("否" under a 计量单位 of "是/否") takes no unit: only a figure is measured in one.
  const text =
    main === ""
      ? ""
      : `${opText}${main}${unit && /\d/.test(main) && !main.endsWith(unit) && !mainHasUnit && !/^(定性|无|\/)$/.test(unit) ? unit : ""}`;
  const out: ReturnType<typeof joinValue> = { text, cell: grid.a1(a.row, a.col) };
  if (v.operatorCol !== null && op)
    out.operatorColumn = { text: op, cell: grid.a1(grid.anchor(row, v.operatorCol).row, v.operatorCol) };
  if (v.unitCol !== null && unit) out.unitColumn = { text: unit, cell: grid.a1(grid.anchor(row, v.unitCol).row, v.unitCol) };
  if (v.unitCol !== null) out.ownText = main;
  return out;
}

/** Whether an operator column's text is a comparison: what it says before a figure is read as one. */
const isComparison = memo((op: string): boolean => {
  const p = parseValue(`${op.replace(/\s+/g, "")}1`);
  return p.kind === "quantitative" && p.operator !== null && p.prefix.trim() === "";
});

function cellAt(grid: SheetGrid, row: number, col: number | undefined): { text: string; cell: string } | null {
  if (col === undefined) return null;
  const a = grid.anchor(row, col);
  const text = grid.text(a.row, a.col);
  return text === "" ? null : { text, cell: grid.a1(a.row, a.col) };
}

/** True when some cell of the row within [left, right] starts (is the top-left of) non-empty text. */
function hasOwnText(grid: SheetGrid, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    if (grid.isAnchor(row, c) && grid.text(row, c) !== "") return true;
  }
  return false;
}

/**
 * The column left of the table (`tableLeft`) whose own text on `row` is a summary's label (合计, 总分 …), when the row's
 * 一级, 二级 and 三级 cells hold no text of their own; else null.
 */
function outerSummaryCol(
  grid: SheetGrid,
  row: number,
  tableLeft: number,
  level1Col: number,
  columns: readonly { level2Col: number; level3Col: number | null }[],
): number | null {
  let found: number | null = null;
  for (let c = 0; c < tableLeft; c++) {
    if (!grid.isAnchor(row, c) || grid.text(row, c) === "") continue;
    if (!SUMMARY_ROW.test(labelKey(grid.text(row, c)))) return null;
    found = c;
    break;
  }
  if (found === null) return null;
  const own = (col: number | null) => col !== null && grid.isAnchor(row, col) && grid.text(row, col) !== "";
  if (own(level1Col) || columns.some((c) => own(c.level2Col) || own(c.level3Col))) return null;
  return found;
}

function nextRowWithText(grid: SheetGrid, from: number, to: number, left: number, right: number): number | null {
  for (let r = from; r <= to; r++) if (hasOwnText(grid, r, left, right)) return r;
  return null;
}

/** A row after a blank line that still belongs to the table: 一级 column not taken by a merge from the left, an indicator name or value of its own. */
function continuesTable(grid: SheetGrid, row: number, level1Col: number, columns: TableColumns[]): boolean {
  if (grid.anchor(row, level1Col).col < level1Col) return false;
  const l1 = grid.shownText(row, level1Col);
  if (l1 !== "" && !LEVEL1_WORDS.test(l1)) return false;
  if (isHeaderRow(grid, row, level1Col, columns)) return false;
  return columns.some(
    (c) =>
      (c.level3Col !== null && grid.shownText(row, c.level3Col) !== "") ||
      c.values.some((v) => grid.shownText(row, v.col) !== "") ||
      // A 二级 with no 三级 yet (时效指标 alone on its line, its rows left empty: 鄂州 2021 written without merges).
      isLevel2Name(grid.shownText(row, c.level2Col)),
  );
}

/** True when the row starts another indicator header (一级指标 | 二级指标 …). */
function isHeaderRow(grid: SheetGrid, row: number, level1Col: number, columns: TableColumns[]): boolean {
  const l1 = classifyIndicatorHeader(grid.shownText(row, level1Col));
  if (l1 && l1.role === "level1") return true;
  return columns.some((c) => classifyIndicatorHeader(grid.shownText(row, c.level2Col))?.role === "level2");
}

/** How much a cell looks like a target: 2 operator+number, a deadline or a duration; 1 a bare number or words; 0 empty. */
export function targetEvidence(text: string): number {
  if (text === "") return 0;
  const p = parseValue(text);
  if (p.kind === "empty") return 0;
  if (p.kind === "deadline" || p.kind === "duration") return 2;
  if (p.kind === "quantitative") return p.operator !== null ? 2 : 1;
  return p.isFiller ? 0 : 1;
}

const TARGET_WORDS = /预期|目标|计划|预计|设定|本年|当年|指标值/;
const ACHIEVED_WORDS = /实际|完成|上年|去年|历史|基期/;

/**
 * Decides the target column of each period from the header's words and the column's content. Several
 * candidates for one period (two columns under "指标值" whose words say nothing, a listed spelling and an
 * inferred one) → the column whose words name a target and whose cells look like targets; the others are
 * dropped from the targets. Every choice that was not a plain listed header is recorded with its reason;
 * a chosen column that is empty in every row while a sibling under the same header is filled is a choice
 * on contradictory evidence: it is noted as uncertain.
 */
function chooseTargetColumns(
  grid: SheetGrid,
  c: TableColumns,
  firstRow: number,
  maxRow: number,
  notes: ReadingNote[],
): NonNullable<IndicatorTable["valueChoices"]> {
  const out: NonNullable<IndicatorTable["valueChoices"]> = [];
  // Down to the table's end — an empty row or a form's heading — not into a closing line below it (填报人 | … | 联系电话
  // under the table is no target written in its column); found once for all the candidate columns.
  let last = firstRow - 1;
  while (last < Math.min(maxRow, firstRow + 200) && !tableEndsAt(grid, last + 1, last + 1 - firstRow)) last++;
  const evidence = (col: number) => {
    let score = 0;
    let filled = 0;
    for (let r = firstRow; r <= last; r++) {
      const a = grid.anchor(r, col);
      if (a.row !== r) continue; // a merge from above repeats its text: not this row's value
      const e = targetEvidence(grid.text(r, col));
      score += e;
      if (e > 0) filled++;
    }
    return { score, filled };
  };
  const groups = new Map<string, ValueColumn[]>();
  for (const v of c.values) {
    if (v.area !== undefined) continue;
    const k = v.period;
    groups.set(k, [...(groups.get(k) ?? []), v]);
  }
  const dropped = new Set<ValueColumn>();
  for (const [, group] of groups) {
    const scored = group.map((v) => {
      const header = v.subHeader ?? v.headerText ?? "";
      const key = labelKey(header);
      const words = (TARGET_WORDS.test(key) ? 3 : 0) - (ACHIEVED_WORDS.test(key) ? 3 : 0);
      const content = evidence(v.col);
      return { v, header, words, content, total: words * 10 + content.score };
    });
    scored.sort((a, b) => b.total - a.total || a.v.col - b.v.col);
    const best = scored[0];
    for (const other of scored.slice(1)) {
      dropped.add(other.v);
      // Split columns assigned to a dropped candidate belong to the chosen one.
      best.v.unitCol ??= other.v.unitCol;
      best.v.operatorCol ??= other.v.operatorCol;
    }
    if (scored.length > 1) {
      const others = scored
        .slice(1)
        .map((o) => `${o.v.headerCell}“${o.header}”`)
        .join("、");
      out.push({
        period: best.v.period,
        cell: best.v.headerCell,
        header: best.header,
        reason: `取 ${best.v.headerCell}“${best.header}”为指标值（${best.words > 0 ? "列名是目标值，" : ""}有 ${best.content.filled} 行像目标值），未取 ${others}`,
      });
    } else if (best.v.subHeader !== undefined) {
      out.push({
        period: best.v.period,
        cell: best.v.headerCell,
        header: best.header,
        reason: `“指标值”下分列，取 ${best.v.headerCell}“${best.header}”为目标值（按列名）`,
      });
    }
    // A target column that is empty while a sibling column (actual, prior year, another candidate) is filled.
    if (best.content.filled === 0) {
      const siblings = [...scored.slice(1).map((o) => o.v.col), ...(["actual", "priorActual"] as const).map((k) => c.extras[k])]
        .filter((x): x is number => x !== undefined)
        .filter((col) => evidence(col).filled > 0);
      if (siblings.length > 0) {
        notes.push({
          cell: best.v.headerCell,
          uncertain: true,
          related: siblings.map((col) => grid.a1(firstRow - 1, col)),
          message: `指标值按列名取 ${best.v.headerCell}“${best.header}”，但这一列全空，而旁边的 ${siblings
            .map((col) => grid.a1(firstRow - 1, col))
            .join("、")} 有内容；请确认哪一列是本期目标值。由这一读法得出的问题最多按“警告”报告。`,
        });
      }
    }
  }
  if (dropped.size > 0) c.values = c.values.filter((v) => !dropped.has(v));
  return out;
}

export interface BlockOptions {
  /** Column of the section label left of the table ("绩效指标"), whose merge may bound the rows. */
  sectionCol?: number | null;
  /** Period of the whole block when its section label names one (宁乡: 长期绩效指标 / 年度绩效指标). */
  blockPeriod?: Period | null;
  /** First row to read (a list table reads one project's rows at a time); default: below the header. */
  firstRow?: number;
  /** The 二级 column when the header names none: the one an earlier copy of the same header had by its content. */
  level2Col?: number | null;
  /** The year the form is for (its title's), when it states one: see `achievedThisYear`. */
  formYear?: number | null;
}

/**
 * An achieved column headed with a year ("2022年实际完成值") is a prior year's only when that year is before the year of
 * the targets (a target heading's year, else the form's): "2021年实际实现值 | 预期2022年实现值" (黄石 2022) keeps last
 * year's figures apart, but in a 2022 self-evaluation "2022年实际完成值" is what was achieved — its only achieved column.
 */
function achievedThisYear(
  grid: SheetGrid,
  c: TableColumns,
  headerRow: number,
  headerBottom: number,
  formYear: number | null,
): void {
  const col = c.extras.priorActual;
  if (col === undefined || c.extras.actual !== undefined) return;
  let heading = "";
  for (let r = headerBottom; r >= headerRow && heading === ""; r--) {
    const a = grid.anchor(r, col);
    if (a.col === col) heading = grid.text(a.row, a.col);
  }
  const year = yearInHeader(heading);
  if (year === null || namesEarlier(heading)) return;
  const targetYears = c.values.map((v) => yearInHeader(v.subHeader ?? v.headerText ?? "")).filter((y): y is number => y !== null);
  const reference = targetYears.length > 0 ? Math.max(...targetYears) : formYear;
  if (reference === null || year < reference) return;
  c.extras.actual = col;
  delete c.extras.priorActual;
}

/**
 * A table read from its 二级 column, having no 一级 column (二级指标 | 三级指标 | 指标值 …): marked so, each row's 一级
 * left blank at its 二级 cell (the rules take the 一级 its 二级 belongs to). `headerCell`: the 二级 heading.
 */
export function withoutLevel1(t: IndicatorTable, headerCell: string): void {
  t.noLevel1 = true;
  if (!t.headerCell) t.headerCell = headerCell;
  for (const r of t.rows) r.level1 = { text: "", cell: r.level2.cell, inherited: true };
}

/**
 * Reads indicator rows from below the header to at most `maxRow`. Rows appended below the section
 * label's merge are still read while they look like indicator rows; reading stops at the first empty row
 * not covered by a 一级 merge, at a row that belongs to something else (a label, a merge from the left),
 * or at the next indicator header.
 */
export function readIndicatorBlock(
  grid: SheetGrid,
  headerRow: number,
  headerCol: number,
  maxRow: number,
  options: BlockOptions = {},
): IndicatorBlock {
  const level1Col = level1Column(grid, headerRow, headerCol);
  let headerBottom = Math.max(grid.bottomEdge(headerRow, headerCol), grid.bottomEdge(headerRow, level1Col));
  // A further heading row under the level headers ("一级指标 | 二级指标 | 三级指标" over "名称 | 名称 | 名称", 彭水 2024):
  // the same short word under each level is a heading, not a first indicator.
  if (isRepeatedHeading(grid, headerBottom + 1, level1Col)) headerBottom += 1;
  // A heading row under a header written without merges ("一级指标 | 二级指标 | 三级指标 | 区域目标值" over "(blank) |
  // (blank) | (blank) | 新罗区 | 永定区 …"): a row with nothing under the level headings and only headings beside is
  // the header's second row, not a first indicator.
  else if (headerBottom === headerRow && isUnmergedSubHeading(grid, headerRow + 1, level1Col)) headerBottom += 1;
  // A row of column numbers under the header ("列次 | 1 | 2 | 3 …", as 决算 and platform exports print it) is the header's.
  if (isColumnNumbersRow(grid, headerBottom + 1)) headerBottom += 1;
  // No section label was matched, but the column left of 一级 holds a label merged down beside the table ("年度绩效目标1
  // (80分)" over rows 9–18, 黄石 2022): it bounds the block like a section label.
  const leftOfLevel1 = level1Col > grid.left ? level1Col - 1 : null;
  const leftMerge = leftOfLevel1 !== null ? grid.merge(headerRow, leftOfLevel1) : null;
  const sectionCol =
    options.sectionCol ??
    ((leftMerge && leftMerge.left === leftOfLevel1 && leftMerge.right === leftOfLevel1 && leftMerge.bottom > headerBottom) ||
    // Written without merges: the label on the header's row left of 一级, blank under it ("年度绩效指标完成情况" in A13,
    // A14… blank).
    (leftOfLevel1 !== null && !leftMerge && isUnmergedSectionLabel(grid, headerRow, headerBottom, leftOfLevel1))
      ? leftOfLevel1
      : null);
  const columns = readHeaderColumns(grid, headerRow, headerBottom, level1Col, sectionCol, options.level2Col ?? null);
  for (const c of columns) achievedThisYear(grid, c, headerRow, headerBottom, options.formYear ?? null);
  if (options.blockPeriod) for (const c of columns) for (const v of c.values) if (!v.explicit) v.period = options.blockPeriod;
  const notes: ReadingNote[] = [];
  const choices = columns.map((c) => chooseTargetColumns(grid, c, headerBottom + 1, maxRow, notes));
  const tables: IndicatorTable[] = columns.map((c, i) => {
    const t: IndicatorTable = {
      periods: [...new Set(c.values.map((v) => v.period))],
      headerCell: c.headerCell,
      level1HeaderCell: grid.a1(grid.anchor(headerRow, level1Col).row, grid.anchor(headerRow, level1Col).col),
      valueHeaderCells: Object.fromEntries(
        c.values.filter((v, i, all) => all.findIndex((w) => w.period === v.period) === i).map((v) => [v.period, v.headerCell]),
      ),
      rows: [],
    };
    if (choices[i].length > 0) t.valueChoices = choices[i];
    const extraEntries = Object.entries(c.extras) as [ExtraRole, number][];
    if (extraEntries.length > 0)
      t.extraColumns = Object.fromEntries(
        extraEntries.map(([role, col]) => {
          const a = grid.anchor(headerRow, col);
          return [role, grid.a1(a.row, a.col)];
        }),
      );
    return t;
  });
  const summaries: SummaryRow[] = [];
  const prev1: (LevelCell | null)[] = columns.map(() => null);
  let unmergedTable: boolean | undefined;
  const prev2: (LevelCell | null)[] = columns.map(() => null);
  let lastRow = headerBottom;
  const tableLeft = Math.min(
    level1Col,
    ...columns.flatMap((c) => [c.level2Col, c.level3Col ?? c.level2Col, ...c.values.map((v) => v.col)]),
  );
  const tableRight = Math.max(
    level1Col,
    ...columns.flatMap((c) => [
      c.level2Col,
      c.level3Col ?? c.level2Col,
      c.remarkCol ?? c.level2Col,
      ...c.values.map((v) => v.col),
      ...Object.values(c.extras),
    ]),
  );
  const firstValueCol = Math.min(...columns.flatMap((c) => c.values.map((v) => v.col)), Infinity);
  for (let row = options.firstRow ?? headerBottom + 1; row <= maxRow; row++) {
    if (columns.length === 0) break;
    if (!hasOwnText(grid, row, tableLeft, tableRight)) {
      // A blank row: inside a 一级 merge it is skipped; otherwise the table goes on only if a row that
      // continues it follows within a few rows (a blank line typed between indicator rows).
      if (grid.merge(row, level1Col)) continue;
      const next = nextRowWithText(grid, row + 1, Math.min(maxRow, row + 3), tableLeft, tableRight);
      if (next !== null && continuesTable(grid, next, level1Col, columns)) {
        row = next - 1;
        continue;
      }
      break;
    }
    if (isHeaderRow(grid, row, level1Col, columns)) break;
    // A summary row (合计 / 总分), written in the label column or the 一级 column.
    const leftText = labelKey(grid.shownText(row, sectionCol ?? level1Col));
    const l1Text = labelKey(grid.shownText(row, level1Col));
    // Or written further left, in a column outside the table, where the level cells of the row hold nothing of their
    // own ("总分" in A19 with B19:F19 blank: the bar A19:F19 unmerged).
    const outerCol =
      SUMMARY_ROW.test(leftText) || SUMMARY_ROW.test(l1Text) ? null : outerSummaryCol(grid, row, tableLeft, level1Col, columns);
    if (SUMMARY_ROW.test(leftText) || SUMMARY_ROW.test(l1Text) || outerCol !== null) {
      const c = columns[0];
      const labelCol = outerCol ?? (SUMMARY_ROW.test(leftText) ? (sectionCol ?? level1Col) : level1Col);
      const anchor = grid.anchor(row, labelCol);
      summaries.push({
        row,
        label: outerCol !== null ? labelKey(grid.text(row, outerCol)) : SUMMARY_ROW.test(leftText) ? leftText : l1Text,
        labelCell: grid.a1(anchor.row, anchor.col),
        weight: cellAt(grid, row, c.extras.weight),
        score: cellAt(grid, row, c.extras.score),
      });
      lastRow = row;
      continue;
    }
    // A merge from the left reaching into the 一级 column (approval rows, 合计 lines): not an indicator.
    const l1Anchor = grid.anchor(row, level1Col);
    if (l1Anchor.col < level1Col) break;
    // Something written in the label column outside the section label's merge: the block has ended.
    if (sectionCol !== null && sectionCol < level1Col) {
      const s = grid.anchor(row, sectionCol);
      const own = grid.merge(headerRow, sectionCol) ?? grid.merge(headerBottom + 1, sectionCol);
      const inSection = own !== null && s.row >= own.top && s.row <= own.bottom && s.col === own.left;
      const written = grid.text(s.row, s.col);
      // A row appended below the section label's merge repeats that label ("绩效指标" in A35): it continues the block —
      // also when the label is not merged (written once on the header's row, blank under it: 衡山 2020 unmerged).
      if (!inSection && written !== "") {
        const label = own !== null ? grid.text(own.top, own.left) : grid.text(headerRow, sectionCol);
        const key = labelKey(written);
        if (key === "" || key !== labelKey(label)) break;
      }
    }
    // A closing line of the form (其他需要说明事项, 审核意见, 填表人 …) in the label or 一级 column ends the block.
    if (CLOSING_LINE.test(leftText) || CLOSING_LINE.test(l1Text)) break;
    // One cell across the 一级 column and the values ("经办人及联系电话:王舜…", "上报时间: 2021年10月26日" merged over the
    // whole table, 巴南 2022): a footer line, never an indicator row.
    // Also one cell across the whole table where no value column was found (a scoring framework, 海南 2022).
    const across = grid.merge(l1Anchor.row, l1Anchor.col);
    if (across && across.right >= Math.min(firstValueCol, tableRight) && across.right > level1Col) break;
    // The heading line of a next form ("单位:万元", a 绩效目标表 title) ends the block: two forms on one page.
    if (isFormHeadingRow(grid, row)) break;
    // A known label in the 一级 column (评价结论, 预算绩效评价结果 …) ends the block.
    if (
      l1Anchor.row === row &&
      grid.text(row, level1Col) !== "" &&
      !LEVEL1_WORDS.test(grid.text(row, level1Col)) &&
      matchLabel(grid.text(row, level1Col))
    )
      break;
    lastRow = row;
    columns.forEach((c, i) => {
      const level1 = levelCell(grid, row, level1Col, prev1[i]);
      // A blank 二级 inherits from the row above only within the same 一级 group.
      const sameGroup = prev1[i] !== null && level1.cell === prev1[i]!.cell;
      let level2 = levelCell(grid, row, c.level2Col, sameGroup ? prev2[i] : null);
      // In a table written without merges, a new 一级 name with nothing in the 二级 cell beside it is a name that was
      // merged across both ("社会公众或服务对象满意度指标" over 一级 and 二级): it names the 二级 too, as the merge did.
      // So does, in any table, a 一级 name that is also its group's 二级 name (the 满意度 group has one 二级): the
      // merge across both may have been undone while others stand.
      if (
        level2.text === "" &&
        !sameGroup &&
        level1.text !== "" &&
        !level1.inherited &&
        c.level2Col === level1Col + 1 &&
        c.level3Col !== null &&
        grid.text(row, c.level3Col) !== "" &&
        ((unmergedTable ??= !grid.hasMergesIn(headerRow, maxRow)) || isLevel2Name(level1.text))
      )
        level2 = { text: level1.text, cell: level1.cell, inherited: false };
      const level3: LevelCell =
        c.level3Col === null
          ? { text: "", cell: grid.a1(row, c.level2Col), inherited: false }
          : {
              text: grid.shownText(row, c.level3Col),
              cell: grid.a1(grid.anchor(row, c.level3Col).row, c.level3Col),
              inherited: false,
            };
      const values = c.values.map((v) => readValue(grid, row, v));
      const remark = c.remarkCol !== null ? grid.shownText(row, c.remarkCol) : "";
      // A row whose 三级 lies in a vertical merge repeats it; keep only the merge's first row — also when the values
      // are merged down with it (one question over its four reasons ①–④, 检验检疫 2016).
      if (c.level3Col !== null) {
        const m = grid.merge(row, c.level3Col);
        if (m && m.top !== row && c.values.every((v, k) => values[k].text === "" || grid.anchor(row, v.col).row < row)) return;
      }
      prev1[i] = level1;
      prev2[i] = level2;
      const allEmpty = values.every((v) => v.text === "");
      // Template filler rows ("……" as 二级 or 三级, nothing else written) are not indicators.
      const l2Own = level2.cell === grid.a1(row, c.level2Col) ? level2.text : "";
      if (
        allEmpty &&
        (TEMPLATE_FILLER.test(labelKey(level3.text)) || (level3.text === "" && TEMPLATE_FILLER.test(labelKey(l2Own))))
      ) {
        // Kept aside so that a rule can ask for the template's rows to be deleted.
        const at = TEMPLATE_FILLER.test(labelKey(level3.text)) ? level3 : level2;
        (tables[i].fillerRows ??= []).push({ row, text: at.text, cell: at.cell });
        return;
      }
      const extras: NonNullable<IndicatorRow["extras"]> = {};
      const blankExtras: NonNullable<IndicatorRow["blankExtras"]> = {};
      for (const [role, col] of Object.entries(c.extras) as [ExtraRole, number][]) {
        const x = cellAt(grid, row, col);
        if (x) extras[role] = x;
        else blankExtras[role] = grid.a1(grid.anchor(row, col).row, grid.anchor(row, col).col);
      }
      const r: IndicatorRow = { row, level1, level2, level3, values, remark };
      if (Object.keys(blankExtras).length > 0) r.blankExtras = blankExtras;
      if (Object.keys(extras).length > 0 || Object.keys(c.extras).length > 0) r.extras = extras;
      tables[i].rows.push(r);
    });
  }
  return { tables, summaries, lastRow, notes };
}

/**
 * A section label written once left of the 一级 column of a table without merges: a label, not a column's heading (no
 * role of its own: "年度绩效指标完成情况", not 指标性质), with nothing under it on the table's first rows.
 */
function isUnmergedSectionLabel(grid: SheetGrid, headerRow: number, headerBottom: number, col: number): boolean {
  const text = grid.text(headerRow, col);
  if (text === "" || classifyIndicatorHeader(text) !== null || grid.hasMergesIn(headerRow, headerBottom + 3, "down"))
    return false;
  for (let r = headerBottom + 1; r <= Math.min(grid.bottom, headerBottom + 3); r++) if (grid.text(r, col) !== "") return false;
  return true;
}

/** In a header without merges: a row with nothing under the three level headings and only headings beside them. */
function isUnmergedSubHeading(grid: SheetGrid, row: number, level1Col: number): boolean {
  if (row > grid.bottom || grid.hasMergesIn(row - 1, row, "down")) return false;
  for (let c = level1Col; c < level1Col + 3; c++) if (c > grid.right || grid.text(row, c) !== "") return false;
  let headings = 0;
  for (let c = level1Col + 3; c <= grid.right; c++) {
    const t = grid.text(row, c).trim();
    if (t === "") continue;
    // A figure or a target ("≥95%", "3", "=2处") is an indicator's, not a heading's.
    if (/^[≥≤<>=＝≧≦+\-－~～]|^\d+(\.\d+)?[%％]?$/.test(t)) return false;
    headings++;
  }
  return headings > 0;
}

/** True when the row's first three cells from the 一级 column hold one and the same short word ("名称 | 名称 | 名称"). */
function isRepeatedHeading(grid: SheetGrid, row: number, level1Col: number): boolean {
  if (row > grid.bottom) return false;
  const texts: string[] = [];
  for (let c = level1Col; c <= grid.right && texts.length < 3; c = grid.rightEdge(row, c) + 1) {
    const a = grid.anchor(row, c);
    if (a.row !== row) return false;
    texts.push(labelKey(grid.text(row, c)));
  }
  return texts.length === 3 && texts.every((t) => t === texts[0]) && /^[\u4e00-\u9fff]{1,4}$/.test(texts[0]);
}
