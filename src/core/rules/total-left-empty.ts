import type { Rule } from "./support/rule";
import { formBasis } from "../basis";
import { fromA1 } from "../cellAddress";

/**
 * A group's line left empty while the lines under it carry figures (三公经费 over 1、公务用车购置和维护经费 3.33; 公用经费 over
 * 其中:办公经费 14.44 …, 湖南 部门整体支出绩效评价基础数据表): the total the form asks for is not given, so the group cannot be
 * checked against its lines or against the other years' columns.
 */
export const totalLeftEmpty: Rule = {
  meta: {
    id: "total-left-empty",
    severity: "warning",
    category: "missing",
    basis: formBasis("表中印有的合计（分组）行要填写，并等于其下各行之和"),
    ruleSets: ["target", "self-evaluation"],
    description: "分组的合计行不能空着：其下各行填了数，合计行也要填上它们的和。",
    messages: {
      empty: "“{label}”一行空着，而其下“{first}”等各行填了数（{figures}）：合计没有填写。",
    },
  },
  check({ facts, report }) {
    for (const t of facts.form.emptyTotals ?? []) {
      // The figures of the first empty cell's column (the message names one column; the other cells are related).
      const col = fromA1(t.cells[0]).col;
      const inCol = t.parts.filter((p) => fromA1(p.cell).col === col);
      const figures = inCol
        .slice(0, 6)
        .map((p) => p.text)
        .join("、");
      report({
        messageId: "empty",
        cell: t.cells[0],
        related: [t.labelCell, ...t.cells.slice(1)],
        params: { label: t.label.replace(/\s+/g, ""), first: inCol[0].label.replace(/\s+/g, ""), figures },
        fix: "在合计行填上其下各行之和（各列分别合计）。",
      });
    }
  },
};
