import type { Rule } from "./support/rule";
import { returnReason, SOURCES } from "../basis";

const BENEFIT = new Set(["economic-benefit", "social-benefit", "ecological-benefit", "sustainability"]);

/**
 * Names that measure the quality of what was delivered (设备故障率、质量合格率): a pass rate of works, goods or
 * acceptance — not of people ("学员结业后跟踪评估合格率" is an effect of training, 黄石 2022).
 */
const QUALITY_NAME = /(验收|质量|工程|产品|设备|检验|检测|施工)合格率|故障率|差错率|完好率/;
/** Names that measure an effect on people or the economy (疾病治愈率、治疗率, 增收). */
const BENEFIT_NAME = /治愈率|治疗率|发病率|患病率|死亡率|增收|收入增长/;

/**
 * 质量 and 效益 confused where the name says which: "设备故障率、质量合格率是项目质量指标，而疾病治愈率、治疗率…是项目效益指标".
 */
export const qualityBenefitConfused: Rule = {
  meta: {
    id: "quality-benefit-confused",
    severity: "warning",
    category: "format",
    basis: returnReason(
      "质量指标与效益指标混淆（设备故障率、质量合格率是质量指标，疾病治愈率、治疗率是效益指标）",
      SOURCES.returnReasonsS6,
    ),
    ruleSets: ["target", "self-evaluation"],
    description: "名称表明是质量的指标（合格率、故障率）不放在效益下，表明是效益的指标（治愈率、增收）不放在质量下。",
    messages: {
      qualityAsBenefit: "“{name}”衡量的是产出的质量，应放在产出指标的质量指标下，而不是{level2}。",
      benefitAsQuality: "“{name}”衡量的是项目带来的效益，应放在效益指标下，而不是{level2}。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      if (i.name === "" || i.empty || i.filler || i.kind === null) continue;
      const level2 = i.row.level2.text.replace(/\s+/g, "") || "该二级指标";
      const base = { cell: i.row.level3.cell, related: [i.row.level2.cell], group: i.group };
      // Keeping built works intact over the years (完好率) is what 可持续影响 measures.
      const sustained = i.kind === "sustainability" && /完好率/.test(i.name);
      if (BENEFIT.has(i.kind) && QUALITY_NAME.test(i.name) && !sustained)
        report({ messageId: "qualityAsBenefit", params: { name: i.name, level2 }, ...base });
      else if (i.kind === "quality" && BENEFIT_NAME.test(i.name))
        report({ messageId: "benefitAsQuality", params: { name: i.name, level2 }, ...base });
    }
  },
};
