import { parseIndicatorValue } from "../parse/indicatorValue";
import type { Rule } from "./support/rule";
import { platformCheck } from "../basis";

/** Self-evaluation: an achieved value is a measured figure, not a target ("≥95%" copied from the target). */
export const actualValueFormat: Rule = {
  meta: {
    id: "actual-value-format",
    severity: "warning",
    category: "format",
    basis: platformCheck("自评表中定量指标的完成值须为数值"),
    ruleSets: ["self-evaluation"],
    description: "实际完成值要写实际达到的具体数值，不能照抄目标的比较符号（如“≥95%”）。",
    messages: {
      operator: "实际完成值“{actual}”带了比较符号“{operator}”，照抄了目标写法，应填写实际达到的数值。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      const actual = i.row.extras?.actual;
      if (!actual) continue;
      const p = parseIndicatorValue(actual.text);
      if (p.kind !== "quantitative" || p.operator === null || p.operator === "＝") continue;
      report({
        messageId: "operator",
        cell: actual.cell,
        params: { actual: actual.text, operator: p.operatorText ?? p.operator },
        // An achieved value is measured, never derived from the target: advice only, no value to write.
        fix: "填写实际测得的完成值（不带比较符号），如实际完成“266米”。",
        group: i.group,
      });
    }
  },
};
