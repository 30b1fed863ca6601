import { quantitativeOf } from "./support/indicatorMath";
import type { Rule } from "./support/rule";
import { isNegativeEvent, swapOperator } from "./support/valueText";
import { SOURCES, documentBasis } from "../basis";

const CAP_NAME = /上限|不超过|最多|控制/;

/** 数量 targets use = or ≥; 成本 caps use ≤; negative-event counts use ≤ (DOMAIN V-1, V-2, V-4). */
/** Names of a mandated minimum spending standard: its floor is what is meant. */
const MINIMUM_NAME = /基准定额|最低|保底|下限|不低于/;

export const operatorDirection: Rule = {
  meta: {
    id: "operator-direction",
    severity: "error",
    // The operator contradicts what the indicator measures (a cap on a count, a floor on a cost): an inconsistency
    // between the name and the value, as reviewers file it (雨露计划 2023, 金寨 2023, 五常 2021).
    category: "inconsistent",
    basis: documentBasis(
      "自评计分：“≥”按完成值÷目标值计分，“≤”按目标值÷完成值计分——数量写成上限做 0 也得满分，成本写成下限鼓励超支",
      SOURCES.selfEvalScoring,
    ),
    ruleSets: ["target", "self-evaluation"],
    description: "数量指标用“=”或“≥”，成本指标用“≤”，事故、投诉等负面次数用“≤”。",
    messages: {
      quantityCap: "数量指标“{name}”写成“{value}”（上限），做 0 也算完成；数量目标应写“=”或“≥”。",
      costFloor: "成本指标“{name}”写成“{value}”（下限），成本应控制在上限以内，用“≤”。",
      negativeFloor: "“{name}”是越少越好的指标，不应写“{value}”，应写“≤”。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      for (const v of i.row.values) {
        const q = quantitativeOf(i, v);
        if (!q || q.operator === null) continue;
        const down = q.operator === "≤" || q.operator === "＜";
        const up = q.operator === "≥" || q.operator === "＞";
        const base = { cell: v.cell, params: { name: i.name, value: v.text }, group: i.group };
        // The row's own explanation or scoring standard states the cap ("编外人数小于或等于155名计3分", 衡阳 2025): the
        // form means a ceiling.
        const said = Object.values(i.row.extras ?? {})
          .map((x) => x?.text ?? "")
          .join(" ");
        const capStated = /小于或等于|小于等于|不超过|不多于|不高于|以内|控制|≤|<=/.test(said);
        if (i.kind === "quantity" && down && !CAP_NAME.test(i.name) && !isNegativeEvent(i.name) && !capStated) {
          report({ messageId: "quantityCap", suggestion: swapOperator(q, "＝"), ...base });
        } else if (
          (i.kind === "cost" || i.kind === "economic-cost") &&
          up &&
          q.unit?.kind !== "percent" &&
          // A mandated minimum is a floor by definition (生均公用经费基准定额 ≥650元/生·年, 全椒 2022; 最低标准, 保底).
          !MINIMUM_NAME.test(i.name)
        ) {
          // A rate in the cost slot (东莞 预算(或投资规模)控制指标: 年度预算执行率 ≥90%) is rightly a floor.
          report({ messageId: "costFloor", severity: "warning", suggestion: swapOperator(q, "≤"), ...base });
        } else if (isNegativeEvent(i.name) && up) {
          report({ messageId: "negativeFloor", severity: "warning", suggestion: swapOperator(q, "≤"), ...base });
        }
      }
    }
  },
};
