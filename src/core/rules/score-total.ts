import { formKind } from "../kinds";
import type { Rule } from "./support/rule";
import { managementPoints, round2, scoreNumber } from "./support/scoring";
import { SOURCES, documentBasis } from "../basis";

/**
 * Self-evaluation: the total score it states (自评得分 in the header, or the 得分 of its 总分/合计 row) is the sum of
 * the rows' 得分 and the 预算执行 得分 (银川 2021: 自评得分 98, the rows add up to 84). Judged only when every scored
 * row carries a number.
 */
export const scoreTotal: Rule = {
  meta: {
    id: "score-total",
    severity: "warning",
    category: "inconsistent",
    basis: documentBasis("自评总得分为各指标得分与预算执行得分之和", SOURCES.selfEvalScoring, SOURCES.selfEvalWeights),
    ruleSets: ["self-evaluation"],
    description: "自评表写明的总得分要等于各项指标得分加预算执行得分。",
    messages: {
      mismatch: "“{label}”写的是 {stated} 分，但各项得分合计 {sum} 分{execution}。",
    },
  },
  check({ facts, report }) {
    const form = facts.form;
    if (formKind(form.layout).ruleSet !== "self-evaluation") return;
    const header = form.fields.selfScore;
    const row = [...(form.scoring?.summaries ?? [])].reverse().find((s) => scoreNumber(s.score?.text) !== null);
    const stated =
      header && scoreNumber(header.text) !== null
        ? { label: header.label ?? "自评得分", text: header.text, cell: header.cell }
        : row?.score
          ? { label: row.label, text: row.score.text, cell: row.score.cell }
          : null;
    if (!stated) return;
    const total = scoreNumber(stated.text)!;
    let sum = 0;
    let scored = 0;
    for (const i of facts.indicators) {
      const s = i.row.extras?.score;
      const w = scoreNumber(i.row.extras?.weight?.text);
      if (!s || s.text.trim() === "" || /^[-—/／]+$/.test(s.text.trim())) {
        // A row worth points and left unscored: the sum cannot be judged.
        if (w !== null && w > 0) return;
        continue;
      }
      const n = scoreNumber(s.text);
      if (n === null) return;
      sum += n;
      scored++;
    }
    if (scored === 0) return;
    const exec = scoreNumber(form.scoring?.execution?.score?.text);
    const manage = managementPoints(form, "score");
    const withExec = round2(sum + (exec ?? 0) + (manage ?? 0));
    if (Math.abs(withExec - total) < 0.01 || Math.abs(round2(sum) - total) < 0.01) return;
    report({
      messageId: "mismatch",
      cell: stated.cell,
      params: {
        label: stated.label.replace(/\s+/g, ""),
        stated: total,
        sum: withExec,
        execution:
          exec !== null || manage !== null
            ? `（含${[exec !== null ? `预算执行得分 ${exec} 分` : "", manage !== null ? `资金管理得分 ${manage} 分` : ""].filter(Boolean).join("、")}）`
            : "",
      },
      fix: "核对各项得分和总得分，使总得分等于各项得分之和。",
    });
  },
};
