import type { Rule } from "./support/rule";
import { formBasis } from "../basis";
import { MAY_EXCEED } from "./rate-bounds";

/** "≥100%": a rate is at most 100%, so the target can only be met at exactly 100% — write "=100%". */
export const rateAtLeast100: Rule = {
  meta: {
    id: "rate-at-least-100",
    severity: "warning",
    category: "format",
    basis: formBasis("比率最多为 100%，“≥100%”只能是“＝100%”"),
    ruleSets: ["target", "self-evaluation"],
    description: "比率类指标不能写“≥100%”（比率最多 100%），应写“=100%”。",
    messages: {
      atLeastFull: "“{name}”写成“{value}”：比率最多 100%，“≥100%”其实就是“=100%”，应写“=100%”。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      if (MAY_EXCEED.test(i.name)) continue;
      for (const v of i.row.values) {
        const p = v.parsed;
        if (p.kind !== "quantitative" || p.unit?.text !== "%" || p.number !== 100 || p.operator !== "≥") continue;
        report({
          messageId: "atLeastFull",
          cell: v.cell,
          params: { name: i.name, value: v.text },
          suggestion: "=100%",
          group: i.group,
        });
      }
    }
  },
};
