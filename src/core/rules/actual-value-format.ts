import { parseIndicatorValue } from "../parse/indicatorValue";
import type { Rule } from "./support/rule";
import { platformCheck } from "../basis";

const GENERIC_ACHIEVED = /^(已|均已|全部)?(达成|达到|完成|实现)(了)?(预期|既定|年初|设定)?(的)?(指标|目标|效果|要求|标准)?(值)?$/;

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
      noFigure: "目标是“{target}”，实际完成值却只写了“{actual}”，没有实际达到的数值。",
      generic: "实际完成值只写了“{actual}”，没有写出实际完成的数值或情况。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      const actual = i.row.extras?.actual;
      if (!actual) continue;
      const p = parseIndicatorValue(actual.text);
      // "达成预期指标", "已完成", "达到预期目标": says nothing of what was achieved, whatever the target.
      if (GENERIC_ACHIEVED.test(actual.text.replace(/[\s。.]/g, ""))) {
        report({
          messageId: "generic",
          cell: actual.cell,
          params: { actual: actual.text },
          fix: "写明实际完成的数值或具体情况（如“完成 8 个村补助发放”“合规率 100%”）。",
          group: i.group,
        });
        continue;
      }
      // A quantitative target answered with words only ("达成预期指标", "已完成"): no figure to judge it by.
      const target = i.row.values.find((v) => v.text.trim() !== "");
      if (target?.parsed.kind === "quantitative" && !/\d/.test(actual.text) && !/^[-—/／\\]+$/.test(actual.text.trim())) {
        report({
          messageId: "noFigure",
          cell: actual.cell,
          related: [target.cell],
          params: { target: target.text, actual: actual.text },
          fix: "填写实际达到的数值（与目标同一单位），如目标“≥95%”写实际“97%”。",
          group: i.group,
        });
        continue;
      }
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
