import type { Rule } from "./support/rule";
import { returnReason, SOURCES } from "../basis";
import type { IndicatorFact } from "./support/formFacts";

/** 效益 二级 kinds (not 满意度). */
const BENEFIT = new Set(["economic-benefit", "social-benefit", "ecological-benefit", "sustainability"]);

/** A 三级 name that measures satisfaction: 满意度, 满意率, 满意程度, 满意. */
const SATISFACTION = /满意/;

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
    description: "满意度指标不能放在效益指标下，更不能代替效益指标。",
    messages: {
      underBenefit: "“{name}”是满意度，却写在{level2}下：满意度应列入满意度指标，效益指标写项目带来的实际效果。",
      onlyBenefit:
        "效益指标只有满意度“{name}”，没有写项目带来的实际效果：这是以满意度代替效益指标。满意度应列入满意度指标，效益指标另写效果（如达标天数、受益人数、节约资金）。",
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
  },
};
