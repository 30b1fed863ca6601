/**
 * A flat indicator list: no 一级/二级 columns, one row per indicator under a 绩效指标 section label, the header row
 * naming the indicator and its value — "指标 | 指标权重 | 计量单位 | 指标性质 | 指标值" (重庆 一般性项目 and 整体绩效目标表,
 * 五桂镇 2023, 一品街道 2022). Each column's role comes from its header (./columnRoles); the indicator's name column is
 * the one headed 指标 / 指标名称 / 绩效指标. Read as one table without levels (`flat`): the rules on values, operators
 * and units apply; the framework's groups cannot be judged.
 */
import type { IndicatorRow, IndicatorTable } from "../model/form";
import { labelKey } from "../text/normalize";
import { classifyIndicatorHeader } from "./columnRoles";
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
  for (let c = grid.rightEdge(headerRow, sectionCol) + 1; c <= grid.right; c = grid.rightEdge(headerRow, c) + 1) {
    const a = grid.anchor(headerRow, c);
    if (a.row !== headerRow) continue;
    const text = grid.text(headerRow, c);
    if (nameCol === null && NAME_HEADER.test(labelKey(text))) {
      nameCol = c;
      continue;
    }
    const role = classifyIndicatorHeader(text);
    if (!role) continue;
    if (role.role === "level1" || role.role === "level2") return null; // a levelled table: not this reader's
    if (role.role === "value" && valueCol === null) valueCol = c;
    else if (role.role === "operator") operatorCol ??= c;
    else if (role.role === "unit") unitCol ??= c;
    else if (role.role === "extra" && role.extra === "weight") weightCol ??= c;
  }
  if (nameCol === null || valueCol === null) return null;
  const bottom = Math.min(maxRow, Math.max(grid.bottomEdge(sectionRow, sectionCol), headerRow + 1));
  const rows: IndicatorRow[] = [];
  let lastRow = headerRow;
  for (let row = headerRow + 1; row <= bottom; row++) {
    const name = grid.text(row, nameCol);
    const own = grid.text(row, valueCol);
    if (name === "" && own === "") continue;
    lastRow = row;
    const nameCell = grid.a1(row, nameCol);
    const r: IndicatorRow = {
      row,
      level1: { text: "", cell: nameCell, inherited: true },
      level2: { text: "", cell: nameCell, inherited: true },
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
