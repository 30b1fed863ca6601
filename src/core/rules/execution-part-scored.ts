import type { Rule } from "./support/rule";
import { documentBasis, SOURCES } from "../basis";

/** A figure (not a dash, a slash or a line of text): what counts as a 分值 or 得分 written on a line. */
const FIGURE = /^\d+(\.\d+)?分?$/;

/**
 * Self-evaluation: the 预算执行 points are given once, on the 年度资金总额 line; the lines under it (其中：当年财政拨款,
 * 上年结转资金, 其他资金) carry "—" in 分值 and 得分 (the 自评表 template). A part scored as well counts the same
 * execution twice (乐安 2021, 上饶 2021).
 */
export const executionPartScored: Rule = {
  meta: {
    id: "execution-part-scored",
    severity: "warning",
    category: "inconsistent",
    basis: documentBasis(
      "项目支出绩效自评表：预算执行只在“年度资金总额”一行按执行率计分（10 分），其中当年财政拨款、上年结转资金、其他资金各行的分值、得分为“—”",
      SOURCES.selfEvalWeights,
      SOURCES.selfEvalScoring,
    ),
    ruleSets: ["self-evaluation"],
    description: "自评表预算执行只在年度资金总额一行计分，分项行（当年财政拨款、上年结转、其他资金）不再填分值和得分。",
    messages: {
      partRepeats:
        "“{label}”是年度资金总额的分项，这一行又照抄了总额行的{what}：预算执行只在年度资金总额一行计分，分项行的分值、得分应写“—”。",
      partScored:
        "“{label}”是年度资金总额的分项，这一行又填了{what}：预算执行只在年度资金总额一行计分，分项行的分值、得分应写“—”，否则同一执行率计了两次分。",
    },
  },
  check({ facts, report }) {
    const e = facts.form.scoring?.execution;
    if (!e?.parts) return;
    for (const p of e.parts) {
      const weight = p.weight && FIGURE.test(p.weight.text) ? p.weight : null;
      const score = p.score && FIGURE.test(p.score.text) ? p.score : null;
      const first = weight ?? score;
      if (!first) continue;
      const what = [weight && `分值 ${weight.text}`, score && `得分 ${score.text}`].filter(Boolean).join("、");
      // The total line's figures copied onto the part (张庄寨 2023: 10 and 10 on both): the same figure written twice,
      // a remark. A part scored differently (乐安 2021: 9 on the total, 8 on the part) gives one rate two scores.
      const same = (a: { text: string } | null, b: { text: string } | null) =>
        a === null || (b !== null && Number.parseFloat(a.text) === Number.parseFloat(b.text));
      const repeats = same(weight, e.weight) && same(score, e.score);
      report({
        messageId: repeats ? "partRepeats" : "partScored",
        ...(repeats ? { severity: "info" as const } : {}),
        cell: first.cell,
        related: [p.labelCell, ...(weight && score ? [score.cell] : [])],
        params: { label: p.label.replace(/^其中[:：]?/, ""), what },
        fix: "分项行的分值、得分改为“—”，预算执行得分只写在年度资金总额一行。",
      });
    }
  },
};
