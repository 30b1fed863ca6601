import type { Rule } from "./support/rule";
import { documentBasis, SOURCES } from "../basis";

/** Names of people's judgement of the project: satisfaction in a wide sense. */
const JUDGEMENT = /满意|认可|好评|评价|投诉|认同|信任|获得感|幸福感|安全感|口碑|赞誉|支持率|知晓|参与|调查/;

/**
 * Under 满意度 an indicator that measures something else (整编资料审核 98 %, 黄冈 2020; 粮食安全事件发生数, 衡山 2020;
 * 群众创业热情高涨): the row contradicts the group it is filed in. The mirror of `satisfaction-as-benefit` (satisfaction
 * filed under 效益), kept apart because here the indicator's content, not only its place, disagrees with its heading.
 * Words of people's judgement (认可, 好评, 投诉, 获得感) are satisfaction too.
 */
export const satisfactionGroupMismatch: Rule = {
  meta: {
    id: "satisfaction-group-mismatch",
    severity: "warning",
    category: "inconsistent",
    basis: documentBasis("满意度指标反映服务对象或项目受益人对项目实施效果的满意程度", SOURCES.definitions, SOURCES.framework88),
    ruleSets: ["target", "self-evaluation"],
    description: "满意度指标下只写满意度（服务对象对项目的满意程度、认可度、投诉率等）。",
    messages: {
      notSatisfaction:
        "“{name}”写在{level2}下，却不是满意度（服务对象对项目的满意程度）：它应放在所衡量的产出或效益指标下，满意度指标另写满意度。",
    },
  },
  check({ facts, report }) {
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
