import { scoreNumber } from "./support/scoring";
import type { Rule } from "./support/rule";
import { SOURCES, documentBasis } from "../basis";

/** Self-evaluation: a 得分 can never exceed its 分值/权重 (indicator rows and the 预算执行 line). */
export const scoreWithinWeight: Rule = {
  meta: {
    id: "score-within-weight",
    severity: "error",
    category: "inconsistent",
    basis: documentBasis("自评计分：每项得分以其分值（权重）为上限", SOURCES.selfEvalScoring),
    ruleSets: ["self-evaluation"],
    description: "自评表中每项得分不能超过该项的分值（权重）。",
    messages: {
      indicator: "“{name}”得分 {score} 超过了它的分值 {weight}。",
      execution: "预算执行率得分 {score} 超过了它的分值 {weight}。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      const score = scoreNumber(i.row.extras?.score?.text);
      const weight = scoreNumber(i.row.extras?.weight?.text);
      if (score === null || weight === null || score <= weight) continue;
      report({
        messageId: "indicator",
        cell: i.row.extras!.score!.cell,
        related: [i.row.extras!.weight!.cell],
        params: { name: i.name || i.group, score, weight },
        fix: `得分最高为 ${weight}；按实际完成情况重新打分。`,
        group: i.group,
      });
    }
    const e = facts.form.scoring?.execution;
    const score = scoreNumber(e?.score?.text);
    const weight = scoreNumber(e?.weight?.text);
    if (e && score !== null && weight !== null && score > weight) {
      report({
        messageId: "execution",
        cell: e.score!.cell,
        related: [e.weight!.cell],
        params: { score, weight },
        fix: `得分最高为 ${weight}。`,
      });
    }
  },
};
