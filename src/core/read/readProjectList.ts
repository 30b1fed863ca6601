/**
 * Reads a list table of many projects (井研: 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | … ):
 * each project's name, budget and goal are merged down over its indicator rows; every project becomes
 * one form of kind "project-list". Subtotal rows (a unit's total, merged over the name columns) are skipped.
 */
import type { PerformanceForm } from "../model/form";
import { classifyIndicatorHeader, isColumnNumbersRow, periodInHeader } from "./columnRoles";
import type { LabelCell } from "./readForm";
import { readIndicatorBlock, withoutLevel1 } from "./readIndicators";
import { columnHoldsCellSections, readCellSections } from "./readFlatIndicators";
import { emptyForm, moneyUnitInText } from "./readForm";
import { moneyUnitOf, readMoney } from "./readMoney";
import type { SheetGrid } from "./sheetGrid";
import { labelKey } from "../text/normalize";

export interface ProjectListReading {
  forms: PerformanceForm[];
  lastRow: number;
}

/**
 * Last row of a list's heading cell: its merge's; not merged, also the rows under it whose cell in its column is blank
 * and not merged while they hold only sub-headings (short words, no figure) — what a merge down over the heading's rows
 * left when the list was unmerged (项目名称 over 治理水体 | 污染负荷消减量 and 省级 | 市级, 六安 2021). `deeper` is told when
 * rows beyond the merge were looked at.
 */
export function headingBottom(grid: SheetGrid, row: number, col: number, deeper?: () => void): number {
  const bottom = grid.bottomEdge(row, col);
  if (grid.merge(row, col)) return bottom;
  let r = row;
  while (r + 1 <= grid.bottom && grid.text(r + 1, col) === "" && grid.merge(r + 1, col) === null) {
    deeper?.();
    if (!grid.isWordsRow(r + 1)) break;
    r++;
  }
  return r;
}

/** The headings a list reads: each project's unit, budget and goal, and its indicator table's level columns. */
const LIST_ROLES = ["unitName", "budget", "goal", "level1", "level2", "level3"] as const;
type ListRole = (typeof LIST_ROLES)[number];
const isListRole = (role: string): role is ListRole => (LIST_ROLES as readonly string[]).includes(role);

export function readProjectList(grid: SheetGrid, projectLabel: LabelCell, titleRow: number | null): ProjectListReading {
  const headerRow = projectLabel.row;
  const projectCol = projectLabel.col;
  const cols: Partial<Record<ListRole, number>> = {};
  // The heading may take two rows (绩效指标 merged over 一级指标 | 二级指标 …, 湘西): every row of the name cell.
  const headerBottom = headingBottom(grid, headerRow, projectCol);
  let level1Row = headerRow;
  let level2Row = headerRow;
  for (let r = headerRow; r <= headerBottom; r++)
    for (let c = grid.left; c <= grid.right; c++) {
      if (c === projectCol) continue;
      const a = grid.anchor(r, c);
      if (a.col !== c || a.row !== r) continue;
      const role = classifyIndicatorHeader(grid.text(r, c));
      if (!role) continue;
      if (isListRole(role.role)) {
        if (cols[role.role] === undefined && role.role === "level1") level1Row = r;
        if (cols[role.role] === undefined && role.role === "level2") level2Row = r;
        cols[role.role] ??= c;
      }
    }
  // No 一级 column (二级指标 | 三级指标 | 指标值 …): the table starts at its 二级 column, each row's 一级 the one its 二级
  // belongs to (as a form reads such a table, see readForm).
  const noLevel1 = cols.level1 === undefined && cols.level2 !== undefined && cols.level3 !== undefined;
  const tableCol = noLevel1 ? cols.level2 : cols.level1;
  const tableRow = noLevel1 ? level2Row : level1Row;
  const unit =
    moneyUnitInText(cols.budget !== undefined ? grid.text(headerRow, cols.budget) : "") ??
    moneyUnitOf(grid, titleRow ?? headerRow, headerRow);
  const forms: PerformanceForm[] = [];
  const title = titleRow !== null ? firstText(grid, titleRow) : { text: "", col: projectCol };
  let lastRow = headerBottom;
  let unitRowName: { text: string; cell: string } | null = null;
  let row = headerBottom + 1;
  // A goal column whose cells hold 【一级-二级】 headings carries the indicators (see readCellSections).
  const cellSections = tableCol === undefined && cols.goal !== undefined && columnHoldsCellSections(grid, cols.goal, row);
  const heading = labelKey(grid.text(headerRow, projectCol));
  while (row <= grid.bottom) {
    if (grid.isRowEmpty(row)) break;
    // The list's heading written again is the next list's (a second table stacked right under this one).
    if (grid.isAnchor(row, projectCol) && labelKey(grid.text(row, projectCol)) === heading) break;
    // A row of column numbers under the heading (1 | 2 | 3 …) is the heading's, not a project.
    if (isColumnNumbersRow(grid, row)) {
      row++;
      continue;
    }
    const a = grid.anchor(row, projectCol);
    // Its name's merge, or (written without merges) the lines under it with the name cell blank: `reachDown`.
    const blockEnd = grid.reachDown(row, projectCol);
    lastRow = blockEnd;
    // A subtotal (merged from the left over the name column) or a continuation row: not a project.
    if (a.col !== projectCol || a.row !== row || grid.text(row, projectCol) === "") {
      row = blockEnd + 1;
      continue;
    }
    const name = grid.text(row, projectCol);
    // A goal heading merged over sub-headings (项目绩效 over 治理水体 | 污染负荷消减量 | 生态改善目标, 六安 2021): the goal is
    // what the row writes under all of them, in order.
    const goalOf = (c: number | undefined) => {
      if (c === undefined) return null;
      // (Written without merges, over the blank cells with a sub-heading under them: 项目绩效 over 治理水体 | ….)
      const right =
        grid.merge(headerRow, c) || headerBottom <= headerRow
          ? grid.rightEdge(headerRow, c)
          : grid.reachRightOverSubHeadings(headerRow, c);
      if (right === c) return at(c);
      const parts: string[] = [];
      const subHeadings = grid.merge(headerRow, c) ? grid.bottomEdge(headerRow, c) + 1 : headerRow + 1;
      let first: string | null = null;
      let named: string | null = null;
      for (let x = c; x <= right; x = grid.rightEdge(row, x) + 1) {
        const cell = at(x)!;
        // The sub-heading that names the goal (生态改善目标) marks the goal's own cell.
        if (named === null && /目标$/.test(labelKey(grid.text(subHeadings, x)))) named = cell.cell;
        if (cell.text === "") continue;
        parts.push(cell.text);
        first ??= cell.cell;
      }
      return { text: parts.join("；"), cell: named ?? first ?? grid.a1(grid.anchor(row, c).row, c), value: null };
    };
    const at = (c: number | undefined) => {
      if (c === undefined) return null;
      const x = grid.anchor(row, c);
      return { text: grid.text(x.row, x.col), cell: grid.a1(x.row, x.col), value: grid.value(x.row, x.col) };
    };
    const budget = at(cols.budget);
    const goal = goalOf(cols.goal);
    const unitName = at(cols.unitName);
    // Without 一级 columns the indicators may be written in the goal's cell under 【一级-二级】 headings (黄山 2025).
    const inCell =
      tableCol === undefined && goal && cellSections
        ? readCellSections(goal.text, row, goal.cell, grid.a1(headerRow, cols.goal!))
        : null;
    const block =
      tableCol !== undefined
        ? readIndicatorBlock(grid, tableRow, tableCol, blockEnd, { firstRow: row })
        : { tables: inCell ? [inCell.table] : [], summaries: [], lastRow: blockEnd };
    if (noLevel1) for (const t of block.tables) withoutLevel1(t, grid.a1(tableRow, tableCol!));
    // In a list with indicators, a row without any (a unit's line above its projects: 湘西's 单位(专项)名称 holds
    // both; a category line between 黄山's projects) is not a project; its name is the unit of the projects below it
    // when the row names one (a category line reads as a unit too only when no unit was named).
    const hasIndicators = block.tables.some((t) => t.rows.some((r) => r.level3.text !== "" || r.level2.text !== ""));
    if ((tableCol !== undefined || cellSections) && !hasIndicators) {
      // (A category line — 其他运转类, 本级项目 — names no unit.)
      if (!/(类|项目|支出)$/.test(name.replace(/\s+/g, ""))) unitRowName = { text: name, cell: grid.a1(row, projectCol) };
      row = blockEnd + 1;
      continue;
    }
    const nameCell = grid.a1(row, projectCol);
    const form: PerformanceForm = Object.assign(emptyForm(grid, row, blockEnd, nameCell, title.text), {
      layout: "project-list" as const,
      fields: { projectName: { text: name, cell: nameCell, labelCell: grid.a1(headerRow, projectCol) } },
      // A list that gives each project its goal in words and no indicator columns (大冶 2024) has no indicator section.
      indicators:
        tableCol === undefined && !cellSections
          ? null
          : { labelCell: grid.a1(headerRow, tableCol ?? projectCol), tables: block.tables },
      kindReason: "一张表列出多个项目（项目名称、预算数、年度目标向下合并）",
    });
    if (unitName && unitName.text)
      form.fields.department = {
        text: unitName.text,
        cell: unitName.cell,
        labelCell: grid.a1(headerRow, cols.unitName!),
        label: "单位名称",
      };
    else if (unitRowName)
      form.fields.department = Object.assign({}, unitRowName, { labelCell: grid.a1(headerRow, projectCol), label: "单位名称" });
    if (budget) {
      const m = readMoney(budget.value, unit);
      form.budget.projectBudget = {
        amountWan: m.amountWan,
        text: budget.text,
        cell: budget.cell,
        labelCell: grid.a1(headerRow, cols.budget!),
        label: "预算数",
      };
      if (m.problem) form.budget.projectBudget.problem = m.problem;
    }
    if (goal && inCell?.goal)
      form.goals.push({
        period: "annual",
        header: grid.text(headerRow, cols.goal!),
        headerCell: grid.a1(headerRow, cols.goal!),
        text: inCell.goal,
        cell: goal.cell,
      });
    else if (goal && !inCell)
      form.goals.push({
        period: periodInHeader(grid.text(headerRow, cols.goal!)) ?? "annual",
        header: grid.text(headerRow, cols.goal!),
        headerCell: grid.a1(headerRow, cols.goal!),
        text: goal.text,
        cell: goal.cell,
      });
    forms.push(form);
    row = blockEnd + 1;
  }
  return { forms, lastRow };
}

function firstText(grid: SheetGrid, row: number): { text: string; col: number } {
  for (let c = grid.left; c <= grid.right; c++) {
    const t = grid.text(row, c);
    if (t) return { text: t, col: c };
  }
  return { text: "", col: grid.left };
}
