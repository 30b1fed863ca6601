import { amountNumber, percentNumber, rateNumber, round2 } from "./support/scoring";
import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

/** Self-evaluation: 预算执行率 = 执行数 ÷ 预算数 as the form states it. */
export const executionRate: Rule = {
  meta: {
    id: "execution-rate",
    severity: "error",
    category: "inconsistent",
    basis: formBasis("预算执行率 = 预算执行数 ÷ 预算数"),
    ruleSets: ["self-evaluation"],
    description: "自评表的预算执行率要等于预算执行数除以（调整后）预算数。",
    messages: {
      mismatch: "预算执行率写的是 {stated}，按执行数 {executed} ÷ 预算数 {budget} 应为 {computed}%。",
      overBudget:
        "全年执行数 {executed} 大于全年预算数 {budget}（执行率 {computed}%）：预算数是否没有按调整后填写，或是超预算支出？请核对并说明。",
      partMismatch: "“{label}”一行的执行率写的是 {stated}，按本行执行数 {executed} ÷ 预算数 {budget} 应为 {computed}%。",
      rateAloneOver:
        "预算执行率写的是 {stated}，即执行数超过预算数，但表中没有可核对的预算数和执行数：超支多少、为什么超支都无从核对。",
      partNoBase: "“{label}”一行预算数和执行数都是 0，执行率却写 {stated}：没有预算就没有执行率，应填“—”或不填。",
    },
  },
  check({ facts, report }) {
    const e = facts.form.scoring?.execution;
    if (!e) return;
    // Each 其中 line's own rate against its own figures (甘其毛都 2024: 其他资金 1.8 | 1.8 | 执行率 0; 彩票公益金 0 | 0 | 100%),
    // compared as the total's is.
    for (const p of e.parts ?? []) {
      const stated = rateNumber(p.rate?.text);
      const budget = amountNumber(p.budget?.text);
      const executed = amountNumber(p.executed?.text);
      if (!p.rate || stated === null || budget === null || executed === null) continue;
      // A line repeating the total's own figures is judged with the total (one finding per problem).
      if (p.rate.text === e.rate?.text && p.budget?.text === e.budget?.text && p.executed?.text === e.executed?.text) continue;
      const related = [p.budget?.cell, p.executed?.cell].filter((c): c is string => !!c);
      const label = p.label.replace(/^其中[:：]?/, "");
      if (budget === 0) {
        if (executed === 0 && stated > 0)
          report({
            messageId: "partNoBase",
            cell: p.rate.cell,
            related,
            params: { label, stated: p.rate.text },
            severity: "warning",
            suggestion: "—",
          });
        continue;
      }
      const exact = (executed / budget) * 100;
      if (rateAgrees(p.rate.text, stated, exact)) continue;
      const computed = round2(exact);
      report({
        messageId: "partMismatch",
        cell: p.rate.cell,
        related,
        params: { label, stated: p.rate.text, executed, budget, computed },
        severity: "warning",
        suggestion: `${computed}%`,
      });
    }
    const budget = amountNumber(e.budget?.text);
    const executed = amountNumber(e.executed?.text);
    // A rate above 100 % with neither figure to check it by (南昌 2021: 预算数 and 执行数 blank, 执行率 103.21%): the budget
    // was overspent, by how much is not said.
    const statedAlone = e.rate ? percentNumber(e.rate.text) : null;
    if (budget === null && executed === null && e.rate && statedAlone !== null && statedAlone > 100) {
      report({
        messageId: "rateAloneOver",
        cell: e.rate.cell,
        params: { stated: e.rate.text },
        severity: "warning",
        fix: "填写全年预算数和全年执行数，执行率按执行数 ÷ 预算数计算；超预算的，在偏差原因中说明。",
      });
      return;
    }
    if (budget === null || executed === null || budget === 0) return;
    if (!e.rate) {
      // No rate printed (绥阳 2021: 年初预算数 | 全年执行数 | 分值 | 得分): spending above the budget is still said.
      if (executed > budget + 1e-9) {
        report({
          messageId: "overBudget",
          cell: e.executed!.cell,
          related: [e.budget!.cell],
          params: { executed, budget, computed: round2((executed / budget) * 100) },
          severity: "warning",
          fix: "全年预算数填调整后的预算；确属超预算支出的，在偏差原因中说明资金来源和原因。",
        });
      }
      return;
    }
    const stated = percentNumber(e.rate.text);
    if (stated === null) return;
    const exact = (executed / budget) * 100;
    const computed = round2(exact);
    if (rateAgrees(e.rate.text, stated, exact)) {
      // Spent more than the budget (金寨 2023: 338.31 of 329.77, 102.59%): the budget column or the spending is wrong.
      if (executed > budget + 1e-9)
        report({
          messageId: "overBudget",
          cell: e.executed!.cell,
          related: [e.budget!.cell, e.rate.cell],
          params: { executed, budget, computed },
          severity: "warning",
          fix: "全年预算数填调整后的预算；确属超预算支出的，在偏差原因中说明资金来源和原因。",
        });
      return;
    }
    report({
      messageId: "mismatch",
      cell: e.rate.cell,
      related: [e.budget!.cell, e.executed!.cell],
      params: { stated: e.rate.text, executed, budget, computed },
      suggestion: `${computed}%`,
    });
  },
};

/**
 * Whether a written rate is the exact quotient at the precision written, up to two decimals (no double rounding: 80.449 %
 * is "80.4%"): "95.00%" ≠ 95.36 %, "95%" is 95.36 % rounded; a figure cut off instead of rounded (97.808 % written
 * "97.80%", 临翔) is the same figure.
 */
function rateAgrees(text: string, stated: number, exact: number): boolean {
  const decimals = Math.min(2, (/\.(\d+)/.exec(text)?.[1] ?? "").length);
  const f = 10 ** decimals;
  const eps = 0.5 / f / 10;
  const rounded = Math.round(exact * f + 1e-9) / f;
  const truncated = Math.floor(exact * f + 1e-9) / f;
  return Math.abs(rounded - stated) < eps || Math.abs(truncated - stated) < eps;
}
