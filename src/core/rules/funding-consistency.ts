import type { BudgetKey, Money } from "../model/form";
import { formatWan } from "../text/normalize";
import { BUDGET_NAMES } from "./support/fieldNames";
import { EPS } from "./support/indicatorMath";
import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

const amount = (m: Money | undefined): number | null => (m ? m.amountWan : null);

/** Budget figures against each other: parts vs totals, 项目预算 vs 年度资金总额, 实施期 ≥ 年度, 结余 shown as a source. */
export const fundingConsistency: Rule = {
  meta: {
    id: "funding-consistency",
    severity: "error",
    category: "inconsistent",
    basis: formBasis("资金总额等于各来源之和，项目预算等于年度资金总额，实施期资金不少于年度资金"),
    ruleSets: ["target", "self-evaluation"],
    description: "资金总额应等于各来源之和；项目预算应等于年度资金总额；实施期资金不少于年度资金。",
    messages: {
      parts: "{total}为 {totalValue} 万元，但{parts}合计 {sum} 万元。",
      budgetVsAnnual: "项目预算 {budget} 万元与年度资金总额 {annual} 万元不一致。",
      implementationBelowAnnual: "实施期资金总额 {impl} 万元少于年度资金总额 {annual} 万元。",
      surplusNotShown: "经费测算扣除了“{label}”{amount} 万元，但资金来源中没有列出这笔上年结余（结转）资金。",
    },
  },
  check({ facts, report }) {
    const b = facts.form.budget;
    const sums: { total: BudgetKey; parts: BudgetKey[] }[] = [
      { total: "annualTotal", parts: ["annualFiscal", "annualOther"] },
      { total: "implementationTotal", parts: ["implementationFiscal", "implementationOther"] },
      { total: "fundTotal", parts: ["carryOver", "currentRequest", "otherFunds"] },
    ];
    for (const s of sums) {
      const total = amount(b[s.total]);
      const written = s.parts.filter((p) => amount(b[p]) !== null);
      if (total === null || written.length === 0) continue;
      const sum = written.reduce((acc, p) => acc + (amount(b[p]) ?? 0), 0);
      if (Math.abs(sum - total) <= EPS) continue;
      report({
        messageId: "parts",
        cell: b[s.total]!.cell,
        related: written.map((p) => b[p]!.cell),
        params: {
          total: BUDGET_NAMES[s.total],
          totalValue: formatWan(total),
          parts: written.map((p) => BUDGET_NAMES[p]).join("、"),
          sum: formatWan(sum),
        },
        fix: "核对各资金来源金额，使其合计等于资金总额。",
      });
    }
    const budget = amount(b.projectBudget);
    const annual = amount(b.annualTotal);
    if (budget !== null && annual !== null && Math.abs(budget - annual) > EPS) {
      report({
        messageId: "budgetVsAnnual",
        cell: b.annualTotal!.cell,
        related: [b.projectBudget!.cell],
        params: { budget: formatWan(budget), annual: formatWan(annual) },
      });
    }
    const impl = amount(b.implementationTotal);
    if (impl !== null && annual !== null && impl + EPS < annual) {
      report({
        messageId: "implementationBelowAnnual",
        cell: b.implementationTotal!.cell,
        related: [b.annualTotal!.cell],
        params: { impl: formatWan(impl), annual: formatWan(annual) },
      });
    }
    const surplus = facts.form.costEstimate?.items.find((i) => i.sign < 0 && /结余|结转/.test(i.label));
    if (surplus) {
      const shown = ["annualOther", "carryOver", "otherFunds", "implementationOther"].some(
        (k) => (amount(b[k as BudgetKey]) ?? 0) > 0,
      );
      if (!shown) {
        const at = b.annualOther ?? b.carryOver ?? b.annualTotal ?? b.projectBudget;
        report({
          messageId: "surplusNotShown",
          cell: at?.cell ?? facts.form.fields.costEstimate!.cell,
          related: [facts.form.fields.costEstimate!.cell],
          params: { label: surplus.label, amount: formatWan(surplus.amountWan) },
          severity: "warning",
          fix: `在“其他资金（上年结转）”中列出 ${formatWan(surplus.amountWan)} 万元，或在测算中说明结余的来源。`,
        });
      }
    }
  },
};
