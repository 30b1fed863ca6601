import { parseValue } from "../parse/indicatorValue";
import type { IndicatorValue } from "../model/form";
import type { Rule } from "./support/rule";
import type { IndicatorFact } from "./support/formFacts";
import { documentBasis, platformCheck, SOURCES } from "../basis";
import { percentNumber, rateNumber, round2, scoreNumber } from "./support/scoring";

/** Whether the achieved value meets the target (null when they cannot be compared). */
function targetMet(target: IndicatorValue, actualText: string): boolean | null {
  const a = parseValue(actualText);
  const t = target.parsed;
  if (t.kind === "deadline" && a.kind === "deadline") {
    if (t.year === null || a.year === null || t.month === null || a.month === null) return null;
    const key = (y: number, m: number, d: number | null) => y * 10000 + m * 100 + (d ?? 31);
    return key(a.year, a.month, a.day) <= key(t.year, t.month, t.day);
  }
  if (t.kind !== "quantitative" || a.kind !== "quantitative") return null;
  if (a.unit && t.unit && a.unit.text !== t.unit.text) return null;
  // Rates and amounts compared to two decimals (95.36 % is not 95.00 %).
  const x = round2(a.number);
  const y = round2(t.number);
  return t.operator === "≤" || t.operator === "＜" ? x <= y : x >= y;
}

/**
 * Without a 分值 column, the weight a row's score was taken from when it is the achieved rate times a whole number of
 * points (19.6 = 20 × 98 %, 黄冈 2020: 目标 98 %, 实际 98 %): the form scored the achieved rate, not the target's
 * completion. Null when the score is not such a product.
 */
function impliedWeight(i: IndicatorFact, score: number | null): number | null {
  if (score === null || score <= 0) return null;
  const actual = i.row.extras?.actual?.text ?? "";
  const p = percentNumber(actual.replace(/^[=＝]/, ""));
  // A completion near its target (98 %), not a small measured share (公民具备科学素质比例 12.5 % scored 6: 6 = 48 × 12.5 %
  // by chance, 鄂州 2022); and a weight one indicator can carry.
  if (p === null || p < 50 || p >= 100) return null;
  const w = (score * 100) / p;
  const whole = Math.round(w);
  return whole > score && whole <= 40 && Math.abs(w - whole) < 0.01 ? whole : null;
}

/** The band of a 定性 row's score, from its stated completion: [low, high) as fractions of the weight. */
function qualitativeBand(actual: string): [number, number] | null {
  const t = actual.replace(/\s+/g, "");
  if (/未(达成|完成|达到|实现)/.test(t)) return [0, 0.6];
  if (/部分/.test(t)) return [0.6, 0.8];
  if (/^(已|全部|全面|基本)?(达成|完成|达到|实现)/.test(t)) return [0.8, 1];
  return null;
}

/**
 * Self-evaluation: the score agrees with the result — a met target is not marked down without a reason, a missed
 * one does not get full points, a score below the weight says why, and a 定性 score lies in its band
 * (达成 80–100 %, 部分达成 60–80 %, 未达成 below 60 % of the weight).
 */
export const scoreMatchesResult: Rule = {
  meta: {
    id: "score-matches-result",
    severity: "warning",
    category: "inconsistent",
    basis: documentBasis(
      "自评计分：正向指标得分 = 分值 × 完成值 ÷ 目标值，反向指标得分 = 分值 × 目标值 ÷ 完成值，以分值为上限",
      SOURCES.selfEvalScoring,
    ),
    messageBasis: {
      noReason: platformCheck("自评表中得分低于权重时，偏差原因必填"),
      band: platformCheck("自评表定性指标得分档次：达成 [80%,100%]×权重，部分达成 [60%,80%)，未达成 [0,60%)"),
    },
    ruleSets: ["self-evaluation"],
    description: "自评得分要与完成情况相符：达标不扣分、未达标不得满分、扣分写原因、定性得分在档次内。",
    messages: {
      metDeducted: "“{name}”实际 {actual} 已达到目标 {target}，却只得 {score} 分（分值 {weight}），也没有写扣分原因。",
      missedFull: "“{name}”实际 {actual} 未达到目标 {target}，却得了满分 {score} 分。",
      noReason: "“{name}”得分 {score} 低于分值 {weight}，但没有写偏差原因。",
      band: "定性指标“{name}”完成情况为“{actual}”，得分应在 {low}–{high} 分之间，现在是 {score} 分。",
      executionScore: "预算执行率 {rate}、分值 {weight}，得分应为 {expected} 分（分值 × 执行率），现在是 {score} 分。",
    },
  },
  check({ facts, report }) {
    for (const i of facts.indicators) {
      const x = i.row.extras;
      const score = scoreNumber(x?.score?.text);
      const weight = scoreNumber(x?.weight?.text) ?? impliedWeight(i, score);
      if (!x?.score || weight === null || score === null || weight <= 0) continue;
      const reason = (x.reason?.text ?? "").trim() !== "" && !/^(无|\/|／|—|-)$/.test((x.reason?.text ?? "").trim());
      const target = i.row.values.find((v) => v.text !== "");
      const actual = x.actual?.text.trim() ?? "";
      const base = { cell: x.score.cell, group: i.group };
      const params = { name: i.name || i.group, actual, target: target?.text ?? "", score, weight };
      const met = target && actual ? targetMet(target, actual) : null;
      if (met === true && score < weight && !reason) {
        report({ messageId: "metDeducted", related: [x.actual!.cell], params, ...base });
        continue;
      }
      if (met === false && score >= weight) {
        report({ messageId: "missedFull", related: [x.actual!.cell], params, fix: "按完成比例计分，并写明偏差原因。", ...base });
        continue;
      }
      if (met === false) continue; // below target without a reason: actual-below-target's finding
      const band = target?.parsed.kind === "qualitative" && actual ? qualitativeBand(actual) : null;
      if (band) {
        const low = round2(weight * band[0]);
        const high = round2(weight * band[1]);
        const inside = score >= low && (band[1] === 1 ? score <= high : score < high);
        if (!inside) {
          report({ messageId: "band", related: [x.actual!.cell], params: Object.assign({}, params, { low, high }), ...base });
          continue;
        }
      }
      // Asked where the table has a 偏差原因 column to write it in; a score sheet (一级 | 分值 | … | 得分, 海南 2022)
      // records the evaluator's points with no place for a reason: there it is only noted (info).
      const reasonColumn = x.reason !== undefined || i.row.blankExtras?.reason !== undefined;
      if (score < weight && !reason)
        report({
          messageId: "noReason",
          params,
          fix: "在“偏差原因（未完成原因）”一栏说明扣分原因。",
          ...base,
          ...(reasonColumn ? {} : { severity: "info" as const }),
        });
    }
    // The 预算执行 line: its score is its 分值 times the execution rate (capped at 100 %), as the forms print it
    // ("得分(20分*执行率)", 黄石): 100 × 83.5 % is not 98 (鄂州 2021), 100 × 100 % is not 10 (上饶 2021).
    const e = facts.form.scoring?.execution;
    const weight = scoreNumber(e?.weight?.text);
    const score = scoreNumber(e?.score?.text);
    const rate = rateNumber(e?.rate?.text);
    if (e?.score && e.weight && e.rate && weight !== null && score !== null && rate !== null && weight > 0) {
      const expected = round2((weight * Math.min(rate, 100)) / 100);
      // Rounded or cut to the precision written; half a point either way is the form's own rounding.
      if (Math.abs(score - expected) > 0.5 + 1e-9)
        report({
          messageId: "executionScore",
          cell: e.score.cell,
          related: [e.weight.cell, e.rate.cell],
          params: { rate: e.rate.text.trim(), weight, expected, score },
          fix: `按分值 × 执行率计分：${weight} × ${e.rate.text.trim()} = ${expected} 分。`,
        });
    }
  },
};
