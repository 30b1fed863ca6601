import { quantitativeOf } from "./support/indicatorMath";
import type { Rule } from "./support/rule";
import { isNegativeEvent, swapOperator } from "./support/valueText";
import { SOURCES, documentBasis } from "../basis";

const CAP_NAME = /上限|不超过|最多|控制/;

/** 数量 targets use = or ≥; 成本 caps use ≤; negative-event counts use ≤ (DOMAIN V-1, V-2, V-4). */
/**
 * A name that promises none of a bad event ("年内无群体性事件发生", "安全事故零发生", "杜绝重大安全事故"): its target can only
 * be 0. (无障碍, 无害化, 无偿 … are words of their own, not "none".)
 */
const NONE_NAME =
  /(?:^|[^a-z])(?:无(?!障碍|害|偿|线|人|公害|纸|缝|菌|污染)|零|杜绝|不发生|未发生)[^，,；;]{0,10}(?:事件|事故|案件|投诉|上访|伤亡|纠纷|违法|违规|违纪|差错)|(?:事件|事故|案件|投诉|上访|伤亡)[^，,；;]{0,4}(?:零发生|为零|不发生)/;

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
      noneAllowsSome: "“{name}”说的是一次也不发生，指标值“{value}”却允许发生 {number}{unit}：名称与指标值自相矛盾。",
      directionContradicts: "“{name}”的指标方向写的是“{direction}”（{meaning}），比较符号却是“{value}”：方向与符号自相矛盾。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      for (const v of i.row.values) {
        const q = quantitativeOf(i, v);
        if (!q || q.operator === null) continue;
        const down = q.operator === "≤" || q.operator === "＜";
        const up = q.operator === "≥" || q.operator === "＞";
        // The split 指标性质 / 指标方向 cells, where the operator and the direction are written.
        const related = [v.operatorColumn?.cell, i.row.extras?.direction?.cell].filter((c): c is string => !!c);
        const base = { cell: v.cell, params: { name: i.name, value: v.text }, group: i.group, related };
        // The row's own direction column says which way is better (正向: more is better): an operator the other way
        // contradicts it (甘其毛都 2024: 正向 | 小于等于 | 1个).
        const direction = (i.row.extras?.direction?.text ?? "").replace(/\s+/g, "");
        const declared = /^正向/.test(direction) ? "up" : /^反向/.test(direction) ? "down" : null;
        if ((declared === "up" && down) || (declared === "down" && up)) {
          report({
            messageId: "directionContradicts",
            severity: "warning",
            cell: v.cell,
            related,
            group: i.group,
            params: {
              name: i.name,
              value: v.operatorColumn?.text.trim() || v.text,
              direction,
              meaning: declared === "up" ? "越大越好" : "越小越好",
            },
            fix: declared === "up" ? "正向指标用“≥”或“=”。" : "反向指标用“≤”或“=”。",
          });
          continue;
        }
        // The name promises none, the value allows some ("年内无群体性事件发生" | "小于5次", 保山 2022).
        if ((down || q.operator === "＝") && q.number > 0 && NONE_NAME.test(i.name.replace(/\s+/g, ""))) {
          report({
            messageId: "noneAllowsSome",
            severity: "warning",
            params: { name: i.name, value: v.text, number: q.number, unit: q.unit?.text ?? "" },
            cell: v.cell,
            related,
            group: i.group,
            fix: "名称要求不发生，指标值写“=0次”；若允许少量发生，改名称为“……发生次数”并保留上限。",
          });
          continue;
        }
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
