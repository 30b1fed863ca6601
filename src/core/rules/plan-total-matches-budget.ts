import { parseCostEstimate } from "../parse/costEstimate";
import { formatWan } from "../text/normalize";
import { BUDGET_NAMES } from "./support/fieldNames";
import { BUDGET_FIGURES } from "./support/formFacts";
import { EPS } from "./support/indicatorMath";
import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

/**
 * A 项目实施计划 that states what the plan costs in total ("……需10万元，合计50万元") must agree with one of the form's
 * budget figures (阳泉 2021: the plan adds up to 50万元 while the year's budget is 25万元 and no 中期 total is given).
 */
export const planTotalMatchesBudget: Rule = {
  meta: {
    id: "plan-total-matches-budget",
    severity: "warning",
    category: "inconsistent",
    basis: formBasis("实施计划写明的资金合计要与表中的预算金额一致"),
    description: "项目实施计划里写明的资金合计，应与表中的项目预算、年度或中期资金总额之一一致。",
    messages: {
      mismatch: "“项目实施计划”写明合计 {plan} 万元，而表中{budgets}，都对不上。",
    },
  },
  check({ facts, report }) {
    const f = facts.form;
    const plan = f.fields.implementationSchedule ?? f.fields.implementationPlan;
    if (!plan || plan.text.trim() === "") return;
    const figures = BUDGET_FIGURES.map((k) => ({ k, m: f.budget[k] })).filter((x) => x.m && x.m.amountWan !== null);
    if (figures.length === 0) return;
    // The plan's stated 合计/共计, read as a 经费测算's is (units converted to 万元).
    const total = parseCostEstimate(plan.text).statedTotalWan;
    if (total === null) return;
    if (figures.some((x) => Math.abs(x.m!.amountWan! - total) <= EPS)) return;
    report({
      messageId: "mismatch",
      cell: plan.cell,
      related: figures.map((x) => x.m!.cell),
      params: {
        plan: formatWan(total),
        budgets: figures.map((x) => `${x.m!.label || BUDGET_NAMES[x.k]} ${formatWan(x.m!.amountWan!)} 万元`).join("、"),
      },
      fix: "核对实施计划中的分项金额与合计；计划跨年度的，填写中期资金总额，并写明本年度安排的部分。",
    });
  },
};
