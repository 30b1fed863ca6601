import { quantitativeOf } from "./support/indicatorMath";
import type { Rule } from "./support/rule";
import { swapOperator } from "./support/valueText";
import { practiceBasis } from "../basis";

/** ">" / "<" where "≥" / "≤" was probably meant (often an OCR or typing artefact; DOMAIN V-8). */
export const strictComparison: Rule = {
  meta: {
    id: "strict-comparison",
    severity: "info",
    category: "format",
    basis: practiceBasis("“>”“<”常是“≥”“≤”的误写（重新录入、识别的表格）"),
    description: "“>”“<”常是“≥”“≤”的误写，请确认。",
    messages: {
      strict: "指标值“{value}”用的是“{op}”（不含等于），请确认是否应为“{meant}”。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      for (const v of i.row.values) {
        const q = quantitativeOf(i, v);
        if (!q || (q.operator !== "＞" && q.operator !== "＜")) continue;
        const meant = q.operator === "＞" ? "≥" : "≤";
        report({
          cell: v.cell,
          messageId: "strict",
          params: { value: v.text, op: q.operatorText ?? q.operator, meant },
          suggestion: swapOperator(q, meant) + (v.parsed.kind === "quantitative" && !v.parsed.unit && q.unit ? q.unit.text : ""),
          group: i.group,
        });
      }
    }
  },
};
