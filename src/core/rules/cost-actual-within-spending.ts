import { parseValue } from "../parse/indicatorValue";
import { normalizeText } from "../text/normalize";
import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

/** A figure of the 预算执行 block in 万元: its own unit when written ("125.25万"), else the block's (from the budget line). */
function wanOf(text: string | undefined, factor: number | null): number | null {
  if (!text) return null;
  const p = parseValue(text);
  if (p.kind === "quantitative" && p.amountWan !== undefined) return p.amountWan;
  const m = /^(-?\d+(?:\.\d+)?)$/.exec(normalizeText(text).replace(/[\s,]/g, ""));
  return m && factor !== null ? Number(m[1]) * factor : null;
}

/**
 * Self-evaluation: a 成本指标's achieved amount is money spent on the project, so no single one is more than the year's
 * spending (鄂州 2021: 成本指标 实际 150万, 全年执行数 125.25万 — the budget copied as the cost actually spent).
 */
export const costActualWithinSpending: Rule = {
  meta: {
    id: "cost-actual-within-spending",
    severity: "warning",
    category: "inconsistent",
    basis: formBasis("成本指标的实际完成值是项目实际花费的一部分，不超过全年执行数"),
    ruleSets: ["self-evaluation"],
    description: "自评表成本指标的实际完成金额不能超过全年执行数。",
    messages: {
      overSpending:
        "成本指标“{name}”实际完成 {actual}，超过全年执行数 {executed} 万元：实际成本是否照抄了预算？请按实际支出填写。",
    },
  },
  check({ facts, report }) {
    const form = facts.form;
    const e = form.scoring?.execution;
    if (!e?.executed) return;
    // The block's unit: the budget line read in 万元 against its written figure (项目资金(元) → 0.0001).
    const total = form.budget.annualTotal;
    const written = total ? Number.parseFloat(normalizeText(total.text).replace(/[\s,]/g, "")) : NaN;
    const factor = total?.amountWan != null && written > 0 ? total.amountWan / written : null;
    const executed = wanOf(e.executed.text, factor);
    if (executed === null || executed <= 0) return;
    for (const i of facts.indicators) {
      if (i.kind !== "cost" && i.kind !== "economic-cost") continue;
      const a = i.row.extras?.actual;
      if (!a) continue;
      const p = parseValue(a.text);
      if (p.kind !== "quantitative" || p.amountWan === undefined) continue;
      if (p.amountWan <= executed * 1.0005 + 1e-9) continue;
      report({
        messageId: "overSpending",
        cell: a.cell,
        related: [e.executed.cell],
        params: { name: i.name, actual: a.text.trim(), executed: Math.round(executed * 10000) / 10000 },
        fix: "成本指标的实际完成值按实际支出（不超过全年执行数）填写。",
        group: i.group,
      });
    }
  },
};
