import { amountNumber, percentNumber, round2, scoreNumber } from "./support/scoring";
import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

/**
 * Self-evaluation: the 预算执行情况 line is filled in whole. The executed amount left empty while the budget is
 * there (a rate or score written without it cannot be checked); the rate left empty while budget and executed
 * amount are there; the score left empty while its weight is printed.
 */
export const executionFiguresPresent: Rule = {
  meta: {
    id: "execution-figures-present",
    severity: "warning",
    category: "missing",
    basis: formBasis("自评表的预算执行情况（全年执行数、执行率、得分）要按预算数填写完整"),
    ruleSets: ["self-evaluation"],
    description: "自评表预算执行情况一行：有预算数就要填全年执行数、执行率，印有分值就要填得分。",
    messages: {
      executedEmpty: "预算执行情况的“执行数”为空（预算数 {budget}{stated}），执行率无从核对。",
      rateEmpty: "预算执行情况的“执行率”为空：执行数 {executed} ÷ 预算数 {budget} 应为 {computed}%。",
      scoreEmpty: "预算执行情况的“得分”为空（分值 {weight} 分）。",
    },
  },
  check({ facts, report }) {
    const e = facts.form.scoring?.execution;
    const cells = e?.cells;
    if (!e || !cells) return;
    const budget = amountNumber(e.budget?.text);
    if (budget === null || budget === 0) return;
    const ratePoint = percentNumber(e.rate?.text);
    if (!e.executed && cells.executed) {
      const stated = [e.rate ? `，执行率却写了 ${e.rate.text}` : "", e.score ? `，得分写了 ${e.score.text}` : ""].join("");
      report({
        messageId: "executedEmpty",
        cell: cells.executed,
        related: [e.budget!.cell, ...(e.rate ? [e.rate.cell] : []), ...(cells.score && !e.score ? [cells.score] : [])],
        params: { budget, stated },
        fix: `在 ${cells.executed} 填写全年执行数（与预算数同一单位）；执行率 = 执行数 ÷ 预算数。`,
      });
    }
    const executed = amountNumber(e.executed?.text);
    if (!e.rate && cells.rate && executed !== null) {
      const computed = round2((executed / budget) * 100);
      report({
        messageId: "rateEmpty",
        cell: cells.rate,
        related: [e.budget!.cell, e.executed!.cell],
        params: { executed, budget, computed },
        suggestion: `${computed}%`,
      });
    }
    const weight = scoreNumber(e.weight?.text);
    // The score follows from the rate: asked for once the executed amount or the rate is there.
    if (!e.score && cells.score && weight !== null && weight > 0 && (executed !== null || ratePoint !== null)) {
      report({
        messageId: "scoreEmpty",
        cell: cells.score,
        related: [e.weight!.cell],
        params: { weight },
        fix: `在 ${cells.score} 填写预算执行得分（一般为执行率 × 分值，不超过 ${weight} 分）。`,
      });
    }
  },
};
