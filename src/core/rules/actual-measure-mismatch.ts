import { parseValue } from "../parse/indicatorValue";
import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

/**
 * Self-evaluation: the achieved value is measured as its target is — a rate against a rate, a count against a count.
 * A rate's target answered with a count ("灭火设备配备率 100%" | "1000件", 蔡甸 2021) or a count's target answered with a
 * rate ("37个基层医疗机构" | "100%", 旺苍 2021) cannot say whether the target was met.
 */
export const actualMeasureMismatch: Rule = {
  meta: {
    id: "actual-measure-mismatch",
    severity: "warning",
    category: "inconsistent",
    basis: formBasis("实际完成值与年度指标值按同一计量填写，才能判断是否完成"),
    ruleSets: ["self-evaluation"],
    description: "实际完成值要与目标值同一计量：目标是比率的填比率，目标是数量的填数量。",
    messages: {
      rateAnsweredWithAmount:
        "“{name}”的目标是比率“{target}”，实际完成值却是“{actual}”（{unit}）：两者不是同一计量，无法判断是否完成。",
      amountAnsweredWithRate:
        "“{name}”的目标是“{target}”（{unit}），实际完成值却是比率“{actual}”：两者不是同一计量，无法判断是否完成。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      const actual = i.row.extras?.actual;
      if (!actual || actual.text.trim() === "") continue;
      const target = i.row.values.find((v) => v.text.trim() !== "");
      if (!target || target.parsed.kind !== "quantitative" || !target.parsed.unit) continue;
      const a = parseValue(actual.text);
      if (a.kind !== "quantitative" || !a.unit) continue;
      const tRate = target.parsed.unit.kind === "percent";
      const aRate = a.unit.kind === "percent";
      if (tRate === aRate) continue;
      const base = { cell: actual.cell, related: [target.cell], group: i.group };
      const name = i.name || i.group;
      if (tRate)
        report({
          messageId: "rateAnsweredWithAmount",
          params: { name, target: target.text, actual: actual.text, unit: a.unit.text },
          fix: `按目标的口径填写实际达到的比率（如“${target.parsed.number}%”），数量可写在说明里。`,
          ...base,
        });
      else
        report({
          messageId: "amountAnsweredWithRate",
          params: { name, target: target.text, actual: actual.text, unit: target.parsed.unit.text },
          fix: `按目标的口径填写实际达到的数量（单位“${target.parsed.unit.text}”）。`,
          ...base,
        });
    }
  },
};
