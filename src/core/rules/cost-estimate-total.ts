import { formatWan } from "../text/normalize";
import { BUDGET_NAMES } from "./support/fieldNames";
import { EPS } from "./support/indicatorMath";
import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

/** 经费测算: its arithmetic, and its total against 项目预算 / 年度资金总额. */
export const costEstimateTotal: Rule = {
  meta: {
    id: "cost-estimate-total",
    severity: "error",
    category: "inconsistent",
    basis: formBasis("经费测算的算式、合计要与表中的预算一致"),
    description: "经费测算的算式要算得对，测算合计要与项目预算、年度资金总额一致。",
    messages: {
      arithmetic: "经费测算按算式计算为 {computed} 万元，但写的是 {stated} 万元（相差 {diff} 万元）。",
      budget: "经费测算合计 {estimate} 万元，与{budgetName} {budget} 万元不一致（相差 {diff} 万元）。",
    },
  },
  check({ facts, report }) {
    const f = facts.form;
    const est = f.costEstimate;
    const field = f.fields.costEstimate;
    if (!est || !field || est.items.length === 0 || est.computedTotalWan === null) return;
    const computed = est.computedTotalWan;
    if (est.statedTotalWan !== null && Math.abs(computed - est.statedTotalWan) > EPS) {
      report({
        messageId: "arithmetic",
        cell: field.cell,
        params: {
          computed: formatWan(computed),
          stated: formatWan(est.statedTotalWan),
          diff: formatWan(Math.abs(computed - est.statedTotalWan)),
        },
        fix: "核对单价、数量和人数，使算式结果与写明的金额一致；如按实际结果申报，同时调整预算。",
      });
    }
    const estimate = est.statedTotalWan ?? computed;
    for (const key of ["projectBudget", "annualTotal"] as const) {
      const m = f.budget[key];
      const name = BUDGET_NAMES[key];
      if (!m || m.amountWan === null) continue;
      if (Math.abs(m.amountWan - estimate) <= EPS) continue;
      report({
        messageId: "budget",
        cell: field.cell,
        related: [m.cell],
        params: {
          estimate: formatWan(estimate),
          budgetName: name,
          budget: formatWan(m.amountWan),
          diff: formatWan(Math.abs(m.amountWan - estimate)),
        },
        fix: `调整经费测算或${name}，使两者相等。`,
      });
      break; // one budget figure is enough; funding-consistency compares the figures with each other
    }
  },
};
