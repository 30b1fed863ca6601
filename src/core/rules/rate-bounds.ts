import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

/** Names whose percentage may legitimately exceed 100% (growth, increase). */
const MAY_EXCEED = /增长|增幅|提升|增加|超额|倍/;

/** A rate (率, %) above 100% cannot be reached. */
export const rateBounds: Rule = {
  meta: {
    id: "rate-bounds",
    severity: "error",
    category: "inconsistent",
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
        if (p.kind !== "quantitative" || p.unit?.kind !== "percent" || p.unit.text !== "%" || p.number <= 100) continue;
        if (p.operator === "≤" || p.operator === "＜") continue;
        report({
          messageId: "above",
          cell: v.cell,
          params: { name: i.name, value: v.text },
          suggestion: `${p.operator === "＞" ? "≥" : (p.operator ?? "=").replace("＝", "=")}100%`,
          group: i.group,
        });
      }
    }
  },
};
