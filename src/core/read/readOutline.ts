/**
 * An outline export: one column holds the whole tree — unit, project, 一级, 二级, 三级, each a row, its depth shown by
 * leading spaces — beside a 指标值 column and the project's amount (石嘴山 2020 项目绩效目标批复表, exported from a
 * budget system: "项目 | 指标值 | 绩效金额"). A row's level is what it says and where it sits: a 一级 or 二级 name is that
 * level (a name that is both, 成本指标, is the 一级 only when a 二级 follows it), a row under a 二级 is a 三级, and a
 * row above a project's 一级 and shallower than it is the project (the row just above the 一级) or its unit. Each
 * project becomes a form of kind "project-list".
 */
import { isLevel1Name, isLevel2Name } from "../frameworks/classifyIndicator";
import type { IndicatorRow, PerformanceForm } from "../model/form";
import { labelKey } from "../text/normalize";
import { classifyIndicatorHeader } from "./columnRoles";
import { emptyForm } from "./readForm";
import { readValue } from "./readIndicators";
import { moneyUnitOf, readMoney } from "./readMoney";
import type { SheetGrid } from "./sheetGrid";

/** A tree row's name without the template's bracketed remark ("成本指标(必填硬性指标)" → 成本指标). */
const bare = (text: string) => labelKey(text.replace(/[(（][^()（）]*[)）]/g, ""));

/** Leading spaces of a cell's own value (its depth in the tree), or null when the value is not text. */
function depthOf(grid: SheetGrid, row: number, col: number): number | null {
  const v = grid.value(row, col);
  if (typeof v !== "string") return null;
  const m = /^[ \u3000\u00a0]*/.exec(v);
  return m ? m[0].length : 0;
}

type Level = "level1" | "level2" | "other";

/** The forms of an outline export on the sheet, or null when no column holds such a tree. */
export function readOutline(grid: SheetGrid): PerformanceForm[] | null {
  const tree = treeColumn(grid);
  if (!tree) return null;
  const { col, header, valueCol, operatorCol, unitCol, amountCol } = tree;
  const levelOf = (row: number): Level => {
    const key = bare(grid.text(row, col));
    const one = isLevel1Name(key);
    const two = isLevel2Name(key);
    if (one && two) {
      // 成本指标 is a 一级 (101号) or a 二级 (88号): a 一级 has its 二级 under it.
      let next = row + 1;
      while (next <= grid.bottom && grid.text(next, col) === "") next++;
      const after = next <= grid.bottom ? bare(grid.text(next, col)) : "";
      return isLevel2Name(after) && !isLevel1Name(after) ? "level1" : "level2";
    }
    return one ? "level1" : two ? "level2" : "other";
  };
  const levels = new Map<number, Level>();
  for (let row = header + 1; row <= grid.bottom; row++) if (grid.text(row, col) !== "") levels.set(row, levelOf(row));
  const rowsDown = [...levels.keys()];
  // The depth of the next 一级 below each row (walked once from the bottom, not searched per row).
  const nextLevel1Depth = new Map<number, number | null>();
  let below: number | null = null;
  for (let k = rowsDown.length - 1; k >= 0; k--) {
    nextLevel1Depth.set(rowsDown[k], below);
    if (levels.get(rowsDown[k]) === "level1") below = depthOf(grid, rowsDown[k], col);
  }
  const depthOfFirst1 = (from: number) => nextLevel1Depth.get(from) ?? null;
  const title = grid.text(grid.top, grid.left);
  const unit = moneyUnitOf(grid, grid.top, header);
  const headerCell = grid.a1(header, col);
  const valueHeaderCell = grid.a1(header, valueCol);
  const forms: PerformanceForm[] = [];
  let unitName: { text: string; cell: string } | null = null;
  let current: { form: PerformanceForm; rows: IndicatorRow[] } | null = null;
  let level1: IndicatorRow["level1"] | null = null;
  let level2: IndicatorRow["level2"] | null = null;
  let level2Row: number | null = null;
  let level1Row: number | null = null;
  const close = () => {
    if (!current) return;
    if (current.rows.length > 0) {
      current.form.indicators = {
        labelCell: headerCell,
        tables: [
          { periods: ["annual"], headerCell: valueHeaderCell, valueHeaderCells: { annual: valueHeaderCell }, rows: current.rows },
        ],
      };
      current.form.rowSpan.bottom = current.rows[current.rows.length - 1].row;
      forms.push(current.form);
    }
    current = null;
  };
  for (let k = 0; k < rowsDown.length; k++) {
    const row = rowsDown[k];
    const text = grid.text(row, col);
    const cell = grid.a1(row, col);
    // A name deeper than the 二级 above it is a 三级 whatever it says (服务对象满意度 under 服务对象满意度指标).
    // With depths, a name's level is its depth beside the 一级 and 二级 above it: a name as deep as the 一级 is a 一级
    // (满意度指标 beside 产出指标), one deeper than the 二级 a 三级 (服务对象满意度 under 服务对象满意度指标).
    let level = levels.get(row)!;
    const here = depthOf(grid, row, col);
    const d1 = level1Row === null ? null : depthOf(grid, level1Row, col);
    const d2 = level2Row === null ? null : depthOf(grid, level2Row, col);
    // A row with a value is an indicator, whatever it is named (服务对象满意度 | ≥95%).
    if (level !== "other" && grid.text(row, valueCol) !== "") level = "other";
    else if (level !== "other" && here !== null && here > 0) {
      if (d1 !== null && here === d1) level = "level1";
      else if (d2 !== null && here === d2) level = "level2";
      else if (d2 !== null && here > d2) level = "other";
    }
    if (level === "level1") {
      level1 = { text, cell, inherited: false };
      level1Row = row;
      level2 = null;
      level2Row = null;
      continue;
    }
    if (level === "level2") {
      level2 = { text, cell, inherited: false };
      level2Row = row;
      continue;
    }
    // A row above the next 一级 and shallower than it is a project (the row just above the 一级) or its unit, not a
    // 三级; without depths, a row under no 二级, or one without a value whose next row is a 一级.
    const next = rowsDown[k + 1];
    const nextIsLevel1 = next !== undefined && levels.get(next) === "level1";
    const firstDepth = depthOfFirst1(row);
    const depth = depthOf(grid, row, col);
    // A row shallower than the 一级 it follows (a note "注：…" under the tree) is no 三级 of it either.
    const head =
      (firstDepth !== null && depth !== null && firstDepth > 0
        ? depth < firstDepth
        : level2 === null || (grid.text(row, valueCol) === "" && nextIsLevel1)) ||
      (depth !== null && d1 !== null && d1 > 0 && depth < d1);
    if (head) {
      close();
      level1 = null;
      level1Row = null;
      level2 = null;
      level2Row = null;
      if (nextIsLevel1) {
        const form: PerformanceForm = Object.assign(emptyForm(grid, row, row, cell, title), {
          layout: "project-list" as const,
          fields: { projectName: { text, cell, labelCell: headerCell } },
          kindReason: "一列按缩进列出单位、项目和各级指标（预算系统导出的批复表）",
        });
        if (unitName)
          form.fields.department = { text: unitName.text, cell: unitName.cell, labelCell: headerCell, label: "单位名称" };
        if (amountCol !== null && grid.text(row, amountCol) !== "") {
          const m = readMoney(grid.value(row, amountCol), unit);
          form.budget.projectBudget = {
            amountWan: m.amountWan,
            text: grid.text(row, amountCol),
            cell: grid.a1(row, amountCol),
            labelCell: grid.a1(header, amountCol),
            label: grid.text(header, amountCol),
          };
          if (m.problem) form.budget.projectBudget.problem = m.problem;
        }
        current = { form, rows: [] };
      } else unitName = { text, cell };
      continue;
    }
    if (!current || !level1) continue;
    current.rows.push({
      row,
      level1: { text: level1.text, cell: level1.cell, inherited: true },
      level2: level2 ? { text: level2.text, cell: level2.cell, inherited: true } : { text: "", cell, inherited: true },
      level3: { text, cell, inherited: false },
      // (A value split over 指标性质 | 指标值 | 度量单位 columns, as the platform exports it, is joined as in any table.)
      values: [readValue(grid, row, { period: "annual", col: valueCol, operatorCol, unitCol })],
      remark: "",
    });
  }
  close();
  return forms.length > 0 ? forms : null;
}

/**
 * The column holding the tree: at least two 一级 and two 二级 names in it below a header row whose other cells name a
 * 指标值 column (and perhaps an amount: 绩效金额, 预算金额).
 */
function treeColumn(grid: SheetGrid): {
  col: number;
  header: number;
  valueCol: number;
  operatorCol: number | null;
  unitCol: number | null;
  amountCol: number | null;
} | null {
  // Level names counted per column over the occupied cells only (a sheet of no form may be large and sparse).
  const counts = new Map<number, { ones: number; twos: number; first: number }>();
  for (const row of grid.rowsBetween(grid.top, grid.bottom)) {
    for (const col of grid.occupiedCols(row)) {
      const t = grid.text(row, col);
      if (t === "" || t.length > 30) continue;
      const key = bare(t);
      const one = isLevel1Name(key);
      if (!one && !isLevel2Name(key)) continue;
      const c = counts.get(col) ?? { ones: 0, twos: 0, first: -1 };
      if (one) {
        c.ones++;
        if (c.first < 0) c.first = row;
      } else c.twos++;
      counts.set(col, c);
    }
  }
  for (const [col, { ones, twos, first }] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (ones < 2 || twos < 2 || first < 0) continue;
    for (let header = first - 1; header >= grid.top; header--) {
      let valueCol: number | null = null;
      let amountCol: number | null = null;
      let operatorCol: number | null = null;
      let unitCol: number | null = null;
      for (let c = grid.left; c <= grid.right; c++) {
        if (c === col) continue;
        const t = grid.text(header, c);
        if (t === "") continue;
        const role = classifyIndicatorHeader(t);
        if (role?.role === "level1" || role?.role === "level2" || role?.role === "level3") {
          valueCol = null;
          break;
        }
        if (role?.role === "value") valueCol ??= c;
        else if (role?.role === "operator") operatorCol ??= c;
        else if (role?.role === "unit") unitCol ??= c;
        else if (/金额|预算|资金/.test(t)) amountCol ??= c;
      }
      if (valueCol !== null) return { col, header, valueCol, operatorCol, unitCol, amountCol };
    }
  }
  return null;
}
