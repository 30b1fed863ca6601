import type { Rule } from "./support/rule";
import { SOURCES, documentBasis } from "../basis";

/** 事前绩效评估: score and 编号 must be present when the form has the block. */
export const assessmentComplete: Rule = {
  meta: {
    id: "assessment-complete",
    severity: "error",
    category: "missing",
    basis: documentBasis("事前绩效评估：评估报告（得分、编号）是申请预算的必备要件，未评估的不得安排预算", SOURCES.preAssessment),
    description: "事前绩效评估部分须有评估得分和事前绩效评估编号。",
    messages: {
      scoreAbsent: "事前绩效评估没有“评估得分”。",
      scoreEmpty: "“评估得分”未填写分数。",
      codeAbsent: "事前绩效评估没有“事前绩效评估编号”。",
      codeEmpty: "“事前绩效评估编号”未填写。",
    },
  },
  check({ facts, report }) {
    const a = facts.form.assessment;
    if (!a.present) return;
    const at = a.score?.cell ?? a.labelCell ?? facts.form.anchorCell;
    if (!a.score) report({ messageId: "scoreAbsent", cell: at, fix: "补填评估得分（如“评估得分：95”）。" });
    else if (a.score.value === null)
      report({ messageId: "scoreEmpty", cell: a.score.cell, fix: `在 ${a.score.cell} 填写评估得分。` });
    if (!a.code) {
      report({ messageId: "codeAbsent", cell: at, fix: "补填“事前绩效评估编号：…”（评估报告上的编号）。" });
    } else if (a.code.text.trim() === "") {
      report({
        messageId: "codeEmpty",
        cell: a.code.cell,
        related: [a.code.labelCell],
        fix: `在 ${a.code.cell} 填写事前绩效评估编号。`,
      });
    }
  },
};
