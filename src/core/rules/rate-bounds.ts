import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

/** Names whose percentage may legitimately exceed 100% (growth, increase). */
export const MAY_EXCEED = /增长|增幅|提升|增加|超额|倍/;

/** A rate (率, %) above 100% cannot be reached ("≥100%" is rate-at-least-100). */
export const rateBounds: Rule = {
  meta: {
    id: "rate-bounds",
    severity: "error",
    category: "inconsistent",
    ruleSets: ["target", "self-evaluation"],
    basis: formBasis("比率（部分 ÷ 全体）最多为 100%"),
    description: "比率类指标（%）的目标值不能超过 100%。",
    messages: {
      above: "“{name}”的目标 {value} 超过 100%，无法达到。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      if (MAY_EXCEED.test(i.name)) continue;
      for (const v of i.row.values) {
        const p = v.parsed;
        if (p.kind !== "quantitative" || p.unit?.kind !== "percent" || p.unit.text !== "%") continue;
        if (p.operator === "≤" || p.operator === "＜") continue;
        if (p.number <= 100) continue;
        // "=100%" would be a satisfaction target without tolerance (satisfaction-target): advise instead.
        const satisfaction = /满意/.test(i.name);
        report({
          messageId: "above",
          cell: v.cell,
          params: { name: i.name, value: v.text },
          ...(satisfaction ? { fix: "满意度写“≥”加不超过 100% 的目标，如“≥90%”。" } : { suggestion: "=100%" }),
          group: i.group,
        });
      }
    }
  },
};
