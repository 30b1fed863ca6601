import { formatNumber } from "../parse/number";
import type { Rule } from "./support/rule";
import { practiceBasis } from "../basis";

/**
 * A 三级 under a 满意度 二级 that plainly measures something else (验收合格率, 完成数量…): the 二级 is misplaced
 * (level-placement says so), and the satisfaction targets do not apply to it. First probe §1.3.
 */
export function measuresSomethingElse(name: string): boolean {
  const n = name.replace(/\s+/g, "");
  return !/满意|认可|好评|评价|信任|获得感/.test(n) && /(率|数|数量|次数|时限|时间|金额|成本|费用|人次|个数)$/.test(n);
}

/** 满意度: a ≥ percentage below 100% (DOMAIN M-1…M-3). */
export const satisfactionTarget: Rule = {
  meta: {
    id: "satisfaction-target",
    severity: "warning",
    category: "format",
    ruleSets: ["target", "self-evaluation"],
    basis: practiceBasis("满意度一般写“≥90%”左右，“=100%”没有容差"),
    description: "满意度指标用“≥”加百分比，不宜定为“=100%”。",
    messages: {
      hundred: "满意度“{name}”定为“{value}”，没有容差，一人不满意即未完成；通常写“≥90%”至“≥98%”。",
      cap: "满意度“{name}”写成“{value}”（上限），满意度应写“≥”。",
      low: "满意度“{name}”目标 {value} 偏低。",
      notPercent: "满意度“{name}”应写成百分比（如“≥90%”），现在是“{value}”。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      if (i.kind !== "satisfaction" || i.name === "" || measuresSomethingElse(i.name)) continue;
      for (const v of i.row.values) {
        const p = v.parsed;
        const base = { cell: v.cell, params: { name: i.name, value: v.text }, group: i.group };
        if (p.kind === "empty" || (p.kind === "qualitative" && p.isFiller)) continue;
        if (p.kind !== "quantitative" || p.unit?.kind !== "percent") {
          report({ messageId: "notPercent", fix: "写成“≥”加百分比的目标，如“≥90%”，数值按调查口径确定。", ...base });
        } else if (p.operator === "≤" || p.operator === "＜") {
          report({ messageId: "cap", severity: "error", suggestion: `≥${formatNumber(p.number)}%`, ...base });
        } else if (p.number > 100) {
          // Above 100% is rate-bounds' finding (one finding per problem).
          continue;
        } else if (p.number === 100 && (p.operator === "＝" || p.operator === null || p.operator === "≥")) {
          report({ messageId: "hundred", fix: "按调查口径改为“≥90%”至“≥98%”之间的目标（数值由单位确定）。", ...base });
        } else if (p.number < 80) {
          report({ messageId: "low", severity: "info", ...base });
        }
      }
    }
  },
};
