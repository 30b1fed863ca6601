import type { Rule } from "./support/rule";
import { returnReason, SOURCES } from "../basis";
import type { IndicatorFact } from "./support/formFacts";

/** 效益 二级 kinds (not 满意度). */
const BENEFIT = new Set(["economic-benefit", "social-benefit", "ecological-benefit", "sustainability"]);

/** A 三级 name that measures satisfaction: 满意度, 满意率, 满意程度, 满意. */
const SATISFACTION = /满意/;

/** Names of people's judgement of the project: satisfaction in a wide sense. */
const JUDGEMENT = /满意|认可|好评|评价|投诉|认同|信任|获得感|幸福感|安全感|口碑|赞誉|支持率|知晓|参与|调查/;

/**
 * A satisfaction indicator filed under 效益 (社会效益 "市民对空气质量改善的满意程度 ≥85%"): satisfaction is its own
 * 一级; under 效益 it stands in for an effect the project should show. When it is all 效益 has, 效益 is missing.
 */
export const satisfactionAsBenefit: Rule = {
  meta: {
    id: "satisfaction-as-benefit",
    severity: "warning",
    category: "format",
    basis: returnReason("以满意度指标代替效益指标", SOURCES.returnReasonsS6),
    ruleSets: ["target", "self-evaluation"],
    description: "满意度指标不能放在效益指标下，更不能代替效益指标；满意度指标下也只写满意度。",
    messages: {
      underBenefit: "“{name}”是满意度，却写在{level2}下：满意度应列入满意度指标，效益指标写项目带来的实际效果。",
      onlyBenefit:
        "效益指标只有满意度“{name}”，没有写项目带来的实际效果：这是以满意度代替效益指标。满意度应列入满意度指标，效益指标另写效果（如达标天数、受益人数、节约资金）。",
      notSatisfaction:
        "“{name}”写在{level2}下，却不是满意度（服务对象对项目的满意程度）：它应放在所衡量的产出或效益指标下，满意度指标另写满意度。",
    },
  },
  check({ facts, report }) {
    const benefit = (i: IndicatorFact) => i.kind !== null && BENEFIT.has(i.kind) && !i.empty && !i.filler && i.name !== "";
    for (const tableIndex of new Set(facts.indicators.map((i) => i.tableIndex))) {
      const rows = facts.indicators.filter((i) => i.tableIndex === tableIndex && benefit(i));
      const satisfied = rows.filter((i) => SATISFACTION.test(i.name));
      const only = satisfied.length > 0 && satisfied.length === rows.length;
      for (const i of satisfied)
        report({
          messageId: only ? "onlyBenefit" : "underBenefit",
          cell: i.row.level3.cell,
          related: [i.row.level2.cell],
          params: { name: i.name, level2: i.row.level2.text || "效益指标" },
          fix: "把这一行移到满意度指标下，并在效益指标下写出项目的实际效果。",
          group: i.group,
        });
    }
    // The mirror: under 满意度 an indicator that measures something else (整编资料审核 98 %, 黄冈 2020; 粮食安全事件发生数,
    // 衡山 2020). Words of people's judgement (认可, 好评, 投诉, 获得感) are satisfaction too.
    for (const i of facts.indicators) {
      if (i.kind !== "satisfaction" || i.empty || i.filler) continue;
      const name = i.name.replace(/\s+/g, "");
      if (name.length < 4 || /^指标\d*[:：]?/.test(name) || JUDGEMENT.test(name)) continue;
      report({
        messageId: "notSatisfaction",
        cell: i.row.level3.cell,
        related: [i.row.level2.cell],
        params: { name: i.name, level2: i.row.level2.text.replace(/\s+/g, "") || "满意度指标" },
        fix: "把这一行移到它所衡量的产出或效益指标下；满意度指标下写“服务对象满意度 ≥90%”之类的满意度。",
        group: i.group,
      });
    }
  },
};
