import { formatWan, roundWan } from "../text/normalize";
import { EPS } from "./support/indicatorMath";
import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

/**
 * 部门整体支出绩效目标表: 资金总额 = 项目支出 + 基本支出, and the 年度履职目标 table's amounts agree with them —
 * its 基本支出 line with 基本支出, its project lines with 项目支出.
 */
export const departmentSpending: Rule = {
  meta: {
    id: "department-spending",
    severity: "error",
    category: "inconsistent",
    basis: formBasis("部门整体：资金总额 = 项目支出 + 基本支出，履职目标表与预算安排一致"),
    description: "部门整体支出：资金总额应等于项目支出加基本支出，履职目标表中的金额应与之对应。",
    messages: {
      total: "资金总额 {total} 万元，但项目支出 {project} 万元 + 基本支出 {basic} 万元 = {sum} 万元。",
      basicLine: "履职目标表中“{name}”写 {amount} 万元，与年度预算安排中的基本支出 {basic} 万元不一致。",
      projectLines: "履职目标表中各支出项目合计 {sum} 万元，与年度预算安排中的项目支出 {project} 万元不一致。",
    },
  },
  check({ facts, report }) {
    const f = facts.form;
    const total = f.budget.implementationTotal ?? f.budget.annualTotal;
    const project = f.budget.projectSpending;
    const basic = f.budget.basicSpending;
    if (total?.amountWan != null && project?.amountWan != null && basic?.amountWan != null) {
      const sum = roundWan(project.amountWan + basic.amountWan);
      if (Math.abs(sum - total.amountWan) > EPS) {
        report({
          messageId: "total",
          cell: total.cell,
          related: [project.cell, basic.cell],
          params: {
            total: formatWan(total.amountWan),
            project: formatWan(project.amountWan),
            basic: formatWan(basic.amountWan),
            sum: formatWan(sum),
          },
        });
      }
    }
    const lines = f.spendingLines ?? [];
    if (lines.length === 0) return;
    const isBasic = (name: string) => /^基本支出/.test(name.replace(/\s+/g, ""));
    if (basic?.amountWan != null) {
      for (const l of lines.filter((x) => isBasic(x.name) && x.amountWan !== null)) {
        if (Math.abs(l.amountWan! - basic.amountWan) <= EPS) continue;
        report({
          messageId: "basicLine",
          cell: l.amountCell,
          related: [basic.cell, l.nameCell],
          params: { name: l.name, amount: formatWan(l.amountWan!), basic: formatWan(basic.amountWan) },
          suggestion: formatWan(basic.amountWan),
        });
      }
    }
    const projectLines = lines.filter((x) => !isBasic(x.name) && x.amountWan !== null);
    if (project?.amountWan != null && projectLines.length > 0) {
      const sum = roundWan(projectLines.reduce((a, x) => a + x.amountWan!, 0));
      if (Math.abs(sum - project.amountWan) > EPS) {
        report({
          messageId: "projectLines",
          cell: projectLines[0].amountCell,
          related: [...projectLines.slice(1).map((x) => x.amountCell), project.cell],
          params: { sum: formatWan(sum), project: formatWan(project.amountWan) },
          severity: "warning",
        });
      }
    }
  },
};
