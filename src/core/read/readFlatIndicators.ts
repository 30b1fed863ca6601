/**
 * A flat indicator list: no 一级/二级 columns, one row per indicator under a 绩效指标 section label, the header row
 * naming the indicator and its value — "指标 | 指标权重 | 计量单位 | 指标性质 | 指标值" (重庆 一般性项目 and 整体绩效目标表,
 * 五桂镇 2023, 一品街道 2022). Each column's role comes from its header (./columnRoles); the indicator's name column is
 * the one headed 指标 / 指标名称 / 绩效指标. Read as one table without levels (`flat`): the rules on values, operators
 * and units apply; the framework's groups cannot be judged.
 */
import { isLevel1Name, isLevel2Name } from "../frameworks/classifyIndicator";
import type { IndicatorRow, IndicatorTable, Period } from "../model/form";
import { labelKey } from "../text/normalize";
import { classifyIndicatorHeader, isColumnNumbersRow } from "./columnRoles";
import { parseValue } from "../parse/indicatorValue";
import { readValue } from "./readIndicators";
import type { SheetGrid } from "./sheetGrid";

const NAME_HEADER = /^(三级)?(绩效)?指标(名称|内容)?$/;

export interface FlatBlock {
  table: IndicatorTable;
  lastRow: number;
}

/** The flat list whose header row is the section label's first row, right of it; null when the row is not one. */
export function readFlatIndicators(grid: SheetGrid, sectionRow: number, sectionCol: number, maxRow: number): FlatBlock | null {
  const headerRow = sectionRow;
  let nameCol: number | null = null;
  let valueCol: number | null = null;
  let operatorCol: number | null = null;
  let unitCol: number | null = null;
  let weightCol: number | null = null;
  // Columns left of the name whose header names no role (指标类型, 临海 2024): their content may say the 一级.
  const unnamed: number[] = [];
  // No section label (sectionCol left of the sheet): the list starts at the sheet's edge and ends at its first empty row.
  const noSection = sectionCol < grid.left;
  let goalCol: number | null = null;
  let standardCol: number | null = null;
  const from = noSection ? grid.left : grid.rightEdge(headerRow, sectionCol) + 1;
  for (let c = from; c <= grid.right; c = grid.rightEdge(headerRow, c) + 1) {
    const a = grid.anchor(headerRow, c);
    if (a.row !== headerRow) continue;
    const text = grid.text(headerRow, c);
    if (nameCol === null && NAME_HEADER.test(labelKey(text))) {
      nameCol = c;
      continue;
    }
    if (nameCol !== null && /^(绩效|评价)标准$/.test(labelKey(text))) {
      standardCol ??= c;
      continue;
    }
    const role = classifyIndicatorHeader(text);
    if (!role) {
      if (nameCol === null && text !== "") unnamed.push(c);
      continue;
    }
    if (role.role === "level1" || role.role === "level2") return null; // a levelled table: not this reader's
    if (role.role === "value" && valueCol === null) valueCol = c;
    else if (role.role === "goal" && nameCol !== null) goalCol ??= c;
    else if (role.role === "operator") operatorCol ??= c;
    else if (role.role === "unit") unitCol ??= c;
    else if (role.role === "extra" && role.extra === "weight") weightCol ??= c;
  }
  // No 指标值 column: beside each row's 绩效目标 (what is aimed at, in words) a 绩效标准 column holds the measure (海口
  // 2016: 指标名称 | 绩效目标 | 绩效标准 "=12期") — unless its cells name a kind of standard (计划标准, 行业标准: 88号's
  // column), when the 绩效目标 column is the row's target.
  if (valueCol === null && standardCol !== null && !namesStandardKinds(grid, standardCol, headerRow, maxRow))
    valueCol = standardCol;
  valueCol ??= goalCol;
  if (nameCol === null || valueCol === null) return null;
  // The section label's merge, or (written without merges) the rows beside it under its blank cells: `reachDown`.
  const bottom = noSection ? maxRow : Math.min(maxRow, Math.max(grid.reachDown(sectionRow, sectionCol, maxRow), headerRow + 1));
  // (A row of column numbers under the header is the header's: 列次 | 1 | 2 | 3 ….)
  const firstRow = isColumnNumbersRow(grid, headerRow + 1) ? headerRow + 2 : headerRow + 1;
  // A column whose cells are 一级 names (产出指标, 效益指标 …) gives each row its 一级, whatever its header says.
  const level1Col =
    unnamed.find((c) => {
      let named = 0;
      let filled = 0;
      for (let row = firstRow; row <= bottom; row++) {
        const t = grid.shownText(row, c);
        if (t === "") continue;
        filled++;
        if (isLevel1Name(labelKey(t))) named++;
      }
      return filled > 0 && named * 2 > filled;
    }) ?? null;
  const rows: IndicatorRow[] = [];
  let lastRow = headerRow;
  for (let row = firstRow; row <= bottom; row++) {
    const name = grid.text(row, nameCol);
    const own = grid.text(row, valueCol);
    if (name === "" && own === "") {
      if (noSection) break;
      continue;
    }
    lastRow = row;
    const nameCell = grid.a1(row, nameCol);
    const l1 = level1Col !== null ? grid.anchor(row, level1Col) : null;
    const r: IndicatorRow = {
      row,
      level1: l1
        ? { text: grid.text(l1.row, l1.col), cell: grid.a1(l1.row, l1.col), inherited: l1.row !== row }
        : { text: "", cell: nameCell, inherited: true },
      // A name that is itself a 二级 (数量指标 written where the 三级 belongs) is that 二级, named and no more.
      level2:
        /指标$/.test(labelKey(name)) && isLevel2Name(labelKey(name))
          ? { text: name, cell: nameCell, inherited: false }
          : { text: "", cell: nameCell, inherited: true },
      level3: { text: name, cell: nameCell, inherited: false },
      values: [readValue(grid, row, { period: "annual", col: valueCol, operatorCol, unitCol })],
      remark: "",
    };
    if (weightCol !== null) {
      const w = grid.text(row, weightCol);
      if (w !== "") r.extras = { weight: { text: w, cell: grid.a1(row, weightCol) } };
    }
    rows.push(r);
  }
  if (rows.length === 0) return null;
  const table: IndicatorTable = {
    periods: ["annual"],
    headerCell: grid.a1(headerRow, nameCol),
    valueHeaderCells: { annual: grid.a1(headerRow, valueCol) },
    rows,
    noLevel2: true,
    flat: true,
    ...(weightCol !== null ? { extraColumns: { weight: grid.a1(headerRow, weightCol) } } : {}),
  };
  return { table, lastRow };
}

/** Whether a column's cells name kinds of standard (计划标准, 行业标准, 历史标准) rather than measures. */
function namesStandardKinds(grid: SheetGrid, col: number, headerRow: number, maxRow: number): boolean {
  for (let row = headerRow + 1; row <= Math.min(maxRow, headerRow + 30); row++)
    if (/(计划|行业|历史|其他)标准/.test(grid.text(row, col))) return true;
  return false;
}

/**
 * Indicators written as lines "二级: what is aimed at" beside their 一级 (南岳 2017 部门整体支出绩效目标申报表:
 * 部门整体支出年度绩效指标 | 产出指标 | "质量指标:学校的教育教学秩序良好,…"), no 三级 names and no value column. Each
 * line is read as an indicator named by its 二级 with the text after the colon as its value, so the framework's groups
 * and the values can be judged; null when the rows beside the section label are not such lines (at least two).
 */
export function readTextIndicators(grid: SheetGrid, sectionRow: number, sectionCol: number, maxRow: number): FlatBlock | null {
  // The section label's merge, or (written without merges) the rows beside it under its blank cells: `reachDown`.
  const bottom = Math.min(maxRow, grid.reachDown(sectionRow, sectionCol, maxRow));
  const start = grid.rightEdge(sectionRow, sectionCol) + 1;
  const rows: IndicatorRow[] = [];
  let lastRow = sectionRow;
  let headerCell: string | null = null;
  let previous: { text: string; cell: string; col: number } | null = null;
  for (let row = sectionRow; row <= bottom; row++) {
    let level1: { text: string; cell: string; inherited: boolean } | null = null;
    let line: { key: string; text: string; cell: string; col: number } | null = null;
    for (let c = start; c <= grid.right; c = grid.rightEdge(row, c) + 1) {
      const a = grid.anchor(row, c);
      const text = grid.text(a.row, a.col);
      if (text === "") continue;
      const cell = grid.a1(a.row, a.col);
      if (!level1 && !line && isLevel1Name(labelKey(text))) {
        level1 = { text, cell, inherited: a.row !== row };
        previous = { text, cell, col: c };
        continue;
      }
      const colon = /^([^:：]{2,12})[:：](.*)$/s.exec(text.trim());
      if (colon && isLevel2Name(labelKey(colon[1]))) line = { key: colon[1].trim(), text: colon[2].trim(), cell, col: c };
      break;
    }
    // A line under its 一级 written once, the cells below it blank and not merged (a merge over the lines, undone).
    if (
      !level1 &&
      line &&
      previous &&
      previous.col < line.col &&
      grid.text(row, previous.col) === "" &&
      !grid.merge(row, previous.col)
    )
      level1 = { text: previous.text, cell: previous.cell, inherited: true };
    if (!level1 || !line) continue;
    headerCell ??= level1.cell;
    lastRow = row;
    rows.push({
      row,
      level1,
      level2: { text: line.key, cell: line.cell, inherited: false },
      level3: { text: line.key, cell: line.cell, inherited: true },
      values: [{ period: "annual", text: line.text, cell: line.cell, parsed: parseValue(line.text) }],
      remark: "",
    });
  }
  if (rows.length < 2 || headerCell === null) return null;
  const table: IndicatorTable = {
    periods: ["annual"],
    headerCell,
    valueHeaderCells: { annual: headerCell },
    rows,
    textLines: true,
  };
  return { table, lastRow };
}

/**
 * An indicator table laid sideways (广东 2021 转移支付 绩效目标表): a row headed 三级指标 with one indicator per column,
 * then rows headed by value columns' names (年度目标值, 实施周期目标值). Read as a table without levels; null when the
 * row at `row` is not such a heading or no value row follows it.
 */
export function readSidewaysIndicators(grid: SheetGrid, row: number, maxRow: number): FlatBlock | null {
  const head = grid.anchor(row, grid.left);
  if (head.row !== row || classifyIndicatorHeader(grid.text(row, grid.left))?.role !== "level3") return null;
  const valueRows: { row: number; period: Period; cell: string }[] = [];
  for (let r = grid.bottomEdge(row, grid.left) + 1; r <= maxRow; r = grid.bottomEdge(r, grid.left) + 1) {
    const role = classifyIndicatorHeader(grid.text(r, grid.left));
    if (role?.role !== "value") break;
    valueRows.push({ row: r, period: role.period ?? "annual", cell: grid.a1(r, grid.left) });
  }
  if (valueRows.length === 0 || new Set(valueRows.map((v) => v.period)).size !== valueRows.length) return null;
  const rows: IndicatorRow[] = [];
  for (let c = grid.rightEdge(row, grid.left) + 1; c <= grid.right; c = grid.rightEdge(row, c) + 1) {
    const a = grid.anchor(row, c);
    if (a.row !== row) continue;
    const name = grid.text(row, c);
    if (name === "") continue;
    const nameCell = grid.a1(row, c);
    rows.push({
      row,
      level1: { text: "", cell: nameCell, inherited: true },
      level2: { text: "", cell: nameCell, inherited: true },
      level3: { text: name, cell: nameCell, inherited: false },
      values: valueRows.map((v) => readValue(grid, v.row, { period: v.period, col: c, operatorCol: null, unitCol: null })),
      remark: "",
    });
  }
  if (rows.length === 0) return null;
  const periods = [...new Set(valueRows.map((v) => v.period))];
  const table: IndicatorTable = {
    periods,
    headerCell: grid.a1(row, grid.left),
    valueHeaderCells: Object.fromEntries(valueRows.map((v) => [v.period, v.cell])),
    rows,
    noLevel2: true,
    flat: true,
  };
  return { table, lastRow: valueRows[valueRows.length - 1].row };
}

/** Items of a list cell: "开展文物安全巡查频次8次;编制文物宣传资料数量3个;…≥86%;" split at ；;。 and line breaks. */
function listItems(text: string): string[] {
  return text
    .split(/[;；。\n]+/)
    .map((s) => s.trim().replace(/^[(（]?\d{1,2}[)）.、．]\s*/, ""))
    .filter((s) => s.length >= 2);
}

/**
 * Indicators written as a list in the cell beside their 一级 (荆门 2022: 年度绩效总目标 | 产出指标 | "开展文物安全巡查频次
 * 8次;编制文物宣传资料数量3个;…;文物保护项目验收合格率≥86%;"): one row per 一级, each item an indicator whose value is
 * the figure it ends with (the whole item when it states none). No 二级 is written (`noLevel2`). Null unless at least two
 * rows of top..bottom are such pairs and their lists hold at least three items with a figure.
 */
export function readLevel1Lists(grid: SheetGrid, top: number, bottom: number): FlatBlock | null {
  const rows: IndicatorRow[] = [];
  let headerCell: string | null = null;
  let pairs = 0;
  let firstRow = -1;
  let lastRow = top;
  for (let row = top; row <= bottom; row++) {
    for (const c of grid.occupiedCols(row)) {
      const a = grid.anchor(row, c);
      if (a.row !== row || a.col !== c) continue;
      const name = grid.text(row, c);
      if (!isLevel1Name(labelKey(name))) continue;
      const next = grid.rightEdge(row, c) + 1;
      const b = grid.anchor(row, next);
      const list = b.row === row ? grid.text(row, next) : "";
      const items = listItems(list);
      if (items.length === 0) break;
      const cell = grid.a1(row, next);
      const level1 = { text: name, cell: grid.a1(row, c), inherited: false };
      for (const item of items) {
        const parsed = parseValue(item);
        const valued = parsed.kind === "quantitative" && parsed.prefix !== "";
        const nameText = valued ? parsed.prefix.replace(/[:：为达到]+$/, "") : item;
        const valueText = valued ? item.slice(item.indexOf(parsed.prefix) + parsed.prefix.length).trim() : item;
        rows.push({
          row,
          level1,
          level2: { text: "", cell, inherited: true },
          level3: { text: nameText, cell, inherited: false },
          values: [{ period: "annual", text: valueText, cell, parsed: parseValue(valueText) }],
          remark: "",
        });
      }
      headerCell ??= level1.cell;
      if (firstRow < 0) firstRow = row;
      lastRow = row;
      pairs++;
      break;
    }
  }
  const valued = rows.filter((r) => r.values[0].parsed?.kind === "quantitative").length;
  if (pairs < 2 || valued < 3 || headerCell === null) return null;
  const table: IndicatorTable = {
    periods: ["annual"],
    headerCell,
    valueHeaderCells: { annual: headerCell },
    rows,
    noLevel2: true,
    textLines: true,
  };
  return { table, lastRow };
}

/** A section heading inside a cell: 【产出指标-数量指标】, 【总体目标】. */
const CELL_SECTION = /【([^】]{2,30})】/g;

/** Whether a goal column's cells, in the 50 rows from `from`, hold indicators under 【一级-二级】 headings. */
export function columnHoldsCellSections(grid: SheetGrid, col: number, from: number): boolean {
  for (let r = from; r <= Math.min(grid.bottom, from + 50); r++) if (hasCellSections(grid.text(r, col))) return true;
  return false;
}

/** Whether a cell's text holds indicators under 【一级-二级】 headings (see `readCellSections`). */
function hasCellSections(text: string): boolean {
  if (!text.includes("【")) return false;
  for (const m of text.matchAll(CELL_SECTION)) if (levelsOfHeading(m[1])) return true;
  return false;
}

/** "产出指标-数量指标" → its 一级 and 二级, when at least one of them is a known name; else null. */
function levelsOfHeading(heading: string): { level1: string; level2: string } | null {
  const parts = heading.split(/\s*[-－—–_/／·]+\s*/).filter((p) => p !== "");
  if (parts.length !== 2) return null;
  const [level1, level2] = parts;
  return isLevel1Name(labelKey(level1)) || isLevel2Name(labelKey(level2)) ? { level1, level2 } : null;
}

/**
 * Indicators written in one cell under 【一级-二级】 headings, one per line, each "指标1:name(value)" (安徽's published
 * 项目绩效目标和指标, 黄山 2025: "【总体目标】⏎保障…⏎【产出指标-数量指标】⏎指标1:机柜数量(≥77台)⏎…"): the text under a
 * heading naming a goal (总体目标, 年度目标) is the goal; every other line is an indicator of its heading's 一级 and 二级,
 * its value the bracket it ends with (or the text after a colon), all at the cell. Null when no 【一级-二级】 heading
 * holds a line.
 */
export function readCellSections(
  text: string,
  row: number,
  cell: string,
  headerCell: string,
): { table: IndicatorTable; goal: string | null } | null {
  const rows: IndicatorRow[] = [];
  const goals: string[] = [];
  const marks = [...text.matchAll(CELL_SECTION)];
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k];
    const body = text.slice(m.index + m[0].length, k + 1 < marks.length ? marks[k + 1].index : text.length).trim();
    const levels = levelsOfHeading(m[1]);
    if (!levels) {
      if (/目标/.test(m[1]) && body !== "") goals.push(body);
      continue;
    }
    for (const raw of body.split(/\n+/)) {
      const line = raw.trim().replace(/^指标\s*\d{1,2}\s*[:：]\s*/, "");
      if (line === "") continue;
      const bracket = /^(.+?)[(（]([^()（）]*)[)）]\s*[;；。]?$/s.exec(line);
      const colon = bracket ? null : /^([^:：]{2,40})[:：](.+)$/s.exec(line);
      const name = (bracket?.[1] ?? colon?.[1] ?? line).trim();
      const value = (bracket?.[2] ?? colon?.[2] ?? "").trim();
      rows.push({
        row,
        level1: { text: levels.level1, cell, inherited: false },
        level2: { text: levels.level2, cell, inherited: false },
        level3: { text: name, cell, inherited: false },
        values: [{ period: "annual", text: value, cell, parsed: parseValue(value) }],
        remark: "",
      });
    }
  }
  if (rows.length === 0) return null;
  const table: IndicatorTable = {
    periods: ["annual"],
    headerCell,
    valueHeaderCells: { annual: headerCell },
    rows,
  };
  return { table, goal: goals.length > 0 ? goals.join("\n") : null };
}
