import type { Rule } from "./support/rule";
import { SOURCES, documentBasis } from "../basis";

/** Score bands each 评估结果 normally goes with (configurable data; local practice varies). */
export const RESULT_BANDS: { match: RegExp; min: number; max: number; label: string }[] = [
  { match: /予以支持|^支持$/, min: 80, max: 100, label: "80 分及以上" },
  { match: /部分支持|调整后支持/, min: 60, max: 79.99, label: "60–79 分" },
  { match: /不予支持/, min: 0, max: 59.99, label: "60 分以下" },
];

/** 评估结果 ticked against 评估得分. */
export const assessmentScoreResult: Rule = {
  meta: {
    id: "assessment-score-result",
    severity: "warning",
    category: "inconsistent",
    basis: documentBasis("事前绩效评估结果按得分分档（支持 / 调整后支持 / 不予支持）", SOURCES.preAssessment),
    description: "事前绩效评估的结果应与得分相符（如“予以支持”对应 80 分以上）。",
    messages: {
      mismatch: "评估结果为“{result}”，通常对应{band}，但评估得分是 {score} 分。",
      outOfRange: "评估得分 {score} 不在 0–100 分之间。",
    },
  },
  check({ facts, report }) {
    const a = facts.form.assessment;
    const score = a.score?.value;
    if (!a.present || score === null || score === undefined) return;
    if (score < 0 || score > 100) {
      report({ messageId: "outOfRange", cell: a.score!.cell, params: { score }, severity: "error" });
      return;
    }
    const ticked = facts.form.checkboxes.assessmentResult?.options.filter((o) => o.checked) ?? [];
    if (ticked.length !== 1) return;
    const band = RESULT_BANDS.find((b) => b.match.test(ticked[0].name));
    if (!band || (score >= band.min && score <= band.max)) return;
    report({
      messageId: "mismatch",
      cell: a.score!.cell,
      related: [facts.form.checkboxes.assessmentResult!.cell],
      params: { result: ticked[0].name, band: band.label, score },
    });
  },
};
