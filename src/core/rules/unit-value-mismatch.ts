import { parseUnit } from "../parse/unit";
import type { Rule } from "./support/rule";
import { platformCheck } from "../basis";

/**
 * The unit written in its own column must agree with the value: an amount with unit "%", a rate with
 * unit "万元", or a 定性 (qualitative) row given a numeric unit.
 */
export const unitValueMismatch: Rule = {
  meta: {
    id: "unit-value-mismatch",
    severity: "warning",
    category: "format",
    basis: platformCheck("定量指标另填计量单位且与指标值相符，定性指标不填计量单位"),
    ruleSets: ["target", "self-evaluation"],
    description: "度量单位要与指标值一致：金额不能配“%”，比率不能配“万元”，定性指标不应填数值单位。",
    messages: {
      conflict: "指标值“{value}”的单位是“{valueUnit}”，度量单位一栏却写“{unit}”。",
      qualitative: "指标性质写“定性”，度量单位却是“{unit}”：定性指标没有数值单位，或应改为定量。",
      dateAsPercent: "“{name}”是时间类指标，指标值却写成“{value}”（百分比），应写完成时限。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      for (const v of i.row.values) {
        const uc = v.unitColumn;
        const p = v.parsed;
        if (uc) {
          const unit = parseUnit(uc.text.trim());
          if (v.operatorColumn && /定性/.test(v.operatorColumn.text) && unit && unit.kind !== "other") {
            report({
              messageId: "qualitative",
              cell: uc.cell,
              related: [v.operatorColumn.cell, v.cell],
              params: { unit: uc.text },
              group: i.group,
            });
            continue;
          }
          if (
            p.kind === "quantitative" &&
            p.unit &&
            unit &&
            p.unit.kind !== unit.kind &&
            (p.unit.kind === "percent" || unit.kind === "percent" || p.unit.kind === "money" || unit.kind === "money")
          ) {
            report({
              messageId: "conflict",
              cell: uc.cell,
              related: [v.cell],
              params: { value: v.text, valueUnit: p.unit.text, unit: uc.text },
              group: i.group,
            });
            continue;
          }
        }
        // 项目完成时间 100%: a time indicator named as a date/deadline but valued as a percentage.
        if (
          i.kind === "timeliness" &&
          /时间$|时限$|日期$/.test(i.name) &&
          p.kind === "quantitative" &&
          p.unit?.kind === "percent"
        ) {
          report({
            messageId: "dateAsPercent",
            cell: v.cell,
            related: [i.row.level3.cell],
            params: { name: i.name, value: v.text },
            fix: "写成“XXXX年XX月XX日前”或“≤N个工作日”。",
            group: i.group,
          });
        }
      }
    }
  },
};
