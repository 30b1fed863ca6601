import type { Rule } from "./support/rule";
import { documentBasis, SOURCES } from "../basis";

/**
 * Names that measure safety or people's lives: 事故, 伤亡, 人员死亡, 安全 — a social effect, never an economic one (a
 * livestock death rate, 生猪死亡率较上年下降 under 经济效益, 永兴 2017, is a loss the farmers bear: economic).
 */
const SAFETY_NAME = /事故|伤亡|人员死亡|死亡人数|死亡事故|安全/;
/** Words that make a safety name economic after all (损失 counted in money, 经济损失, 节约…). */
const ECONOMIC_WORD = /损失|经济|费用|成本|收入|资金|元/;

/**
 * 经济效益 measures money and production; an indicator named for safety or casualties filed there ("人员伤亡事故 0人次"
 * under 经济效益, 蔡甸 2021; "全市安全度汛", 天长 2022) belongs under 社会效益.
 */
export const benefitKindConfused: Rule = {
  meta: {
    id: "benefit-kind-confused",
    severity: "warning",
    category: "format",
    basis: documentBasis("经济效益指标反映项目对经济发展的影响，安全、伤亡等属于社会效益", SOURCES.framework88),
    ruleSets: ["target", "self-evaluation"],
    description: "名称表明是安全、伤亡的指标（事故、伤亡、安全）不放在经济效益下，应放在社会效益下。",
    messages: {
      safetyAsEconomic: "“{name}”衡量的是安全（事故、伤亡），属于社会效益，不应写在{level2}下。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      if (i.kind !== "economic-benefit" || i.empty || i.filler || i.name === "") continue;
      const name = i.name.replace(/\s+/g, "");
      if (!SAFETY_NAME.test(name) || ECONOMIC_WORD.test(name)) continue;
      report({
        messageId: "safetyAsEconomic",
        cell: i.row.level3.cell,
        related: [i.row.level2.cell],
        params: { name: i.name, level2: i.row.level2.text.replace(/\s+/g, "") || "经济效益指标" },
        fix: "把这一行移到社会效益指标下；经济效益指标写项目带来的收入、产值、节约的费用等。",
        group: i.group,
      });
    }
  },
};
