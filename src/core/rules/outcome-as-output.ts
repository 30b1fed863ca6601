import type { Rule } from "./support/rule";
import { documentBasis, SOURCES } from "../basis";
import { isOutcomeName } from "./support/indicatorWords";

/**
 * 产出 and 效益 confused where the name says which: "产出指标反映预期提供的公共产品和服务（数量、质量、时效、成本），
 * 效益指标反映产出带来的经济、社会、生态影响". A sector's income under 数量 ("全年实现会展业综合收入≥280亿元", 海南
 * 2022) is an effect of the spending, not what it delivers.
 *
 * The other direction (a count of works under 社会效益: 惠民演出场次, 破获案件数) is not judged: the corrected copies of
 * the real corpus keep such counts under 效益, so reviewers do not agree on it.
 */
export const outcomeAsOutput: Rule = {
  meta: {
    id: "outcome-as-output",
    severity: "warning",
    category: "format",
    basis: documentBasis(
      "产出指标反映项目提供的产品和服务的数量、质量、时效、成本；效益指标反映产出带来的经济、社会、生态影响，二者不能混用",
      SOURCES.definitions,
      SOURCES.doc101,
    ),
    ruleSets: ["target", "self-evaluation"],
    description: "名称表明是经济效果的指标（行业收入、产值、税收）不放在数量指标下，应放在经济效益指标下。",
    messages: {
      outcomeAsOutput:
        "“{name}”是项目带来的经济效果（收入、产值），不是项目本身提供的产品或服务，不应写在{level2}下：应放在经济效益指标下，数量指标写项目完成了多少（项目个数、人次、面积）。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      if (i.kind !== "quantity" || i.empty || i.filler || i.name === "") continue;
      if (!isOutcomeName(i.name.replace(/\s+/g, ""))) continue;
      report({
        messageId: "outcomeAsOutput",
        cell: i.row.level3.cell,
        related: [i.row.level2.cell],
        params: { name: i.name, level2: i.row.level2.text.replace(/\s+/g, "") || "数量指标" },
        fix: "把这一行移到效益指标的经济效益指标下，数量指标写项目本身完成的工作量。",
        group: i.group,
      });
    }
  },
};
