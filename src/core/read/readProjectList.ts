/**
 * Reads a list table of many projects (井研: 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | … ):
 * each project's name, budget and goal are merged down over its indicator rows; every project becomes
 * one form of kind "project-list". Subtotal rows (a unit's total, merged over the name columns) are skipped.
 */
import type { PerformanceForm } from "../model/form";
import { classifyIndicatorHeader } from "./columnRoles";
import type { LabelCell } from "./readForm";
import { readIndicatorBlock } from "./readIndicators";
import { emptyForm, moneyUnitInText } from "./readForm";
import { moneyUnitOf, readMoney } from "./readMoney";
import type { SheetGrid } from "./sheetGrid";

export interface ProjectListReading {
  forms: PerformanceForm[];
  lastRow: number;
}

export function readProjectList(grid: SheetGrid, projectLabel: LabelCell, titleRow: number | null): ProjectListReading {
  const headerRow = projectLabel.row;
  const projectCol = projectLabel.col;
  const cols: Partial<Record<"unitName" | "budget" | "goal" | "level1", number>> = {};
  for (let c = grid.left; c <= grid.right; c++) {
    const a = grid.anchor(headerRow, c);
    if (a.col !== c) continue;
    const role = classifyIndicatorHeader(grid.text(headerRow, c));
    if (!role) continue;
    if (role.role === "unitName" || role.role === "budget" || role.role === "goal" || role.role === "level1")
      cols[role.role] ??= c;
  }
  const unit =
    moneyUnitInText(cols.budget !== undefined ? grid.text(headerRow, cols.budget) : "") ??
    moneyUnitOf(grid, titleRow ?? headerRow, headerRow);
  const forms: PerformanceForm[] = [];
  const title = titleRow !== null ? firstText(grid, titleRow) : { text: "", col: projectCol };
  const headerBottom = grid.bottomEdge(headerRow, projectCol);
  let lastRow = headerBottom;
  let row = headerBottom + 1;
  while (row <= grid.bottom) {
    if (grid.isRowEmpty(row)) break;
    const a = grid.anchor(row, projectCol);
    const blockEnd = Math.max(grid.bottomEdge(row, projectCol), row);
    lastRow = blockEnd;
    // A subtotal (merged from the left over the name column) or a continuation row: not a project.
    if (a.col !== projectCol || a.row !== row || grid.text(row, projectCol) === "") {
      row = blockEnd + 1;
      continue;
    }
    const name = grid.text(row, projectCol);
    const at = (c: number | undefined) => {
      if (c === undefined) return null;
      const x = grid.anchor(row, c);
      return { text: grid.text(x.row, x.col), cell: grid.a1(x.row, x.col), value: grid.value(x.row, x.col) };
    };
    const budget = at(cols.budget);
    const goal = at(cols.goal);
    const unitName = at(cols.unitName);
    const block =
      cols.level1 !== undefined
        ? readIndicatorBlock(grid, headerRow, cols.level1, blockEnd, { firstRow: row })
        : { tables: [], summaries: [], lastRow: blockEnd };
    const nameCell = grid.a1(row, projectCol);
    const form: PerformanceForm = {
      ...emptyForm(grid, row, blockEnd, nameCell, title.text),
      layout: "project-list",
      fields: { projectName: { text: name, cell: nameCell, labelCell: grid.a1(headerRow, projectCol) } },
      indicators: { labelCell: grid.a1(headerRow, cols.level1 ?? projectCol), tables: block.tables },
      kindReason: "一张表列出多个项目（项目名称、预算数、年度目标向下合并）",
    };
    if (unitName && unitName.text)
      form.fields.department = {
        text: unitName.text,
        cell: unitName.cell,
        labelCell: grid.a1(headerRow, cols.unitName!),
        label: "单位名称",
      };
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
    if (goal)
      form.goals.push({
        period: "annual",
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
