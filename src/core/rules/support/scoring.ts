/**
 * Numbers of a self-evaluation (绩效自评表): weights, scores, achieved values. A cell that is not a plain
 * number ("/", "完成", "#DIV/0!") is unknown (null), never 0.
 */
import { normalizeText } from "../../text/normalize";
import type { FormFacts, IndicatorFact } from "./formFacts";

/** A plain number ("10", "10分", "9.5"), else null. */
export function scoreNumber(text: string | undefined | null): number | null {
  if (!text) return null;
  const t = normalizeText(text).replace(/\s+/g, "");
  const m = /^(-?\d+(?:\.\d+)?)(分)?$/.exec(t);
  return m ? Number(m[1]) : null;
}

/** A percentage ("100.00%", "98%"), as a number of percent, else null. */
export function percentNumber(text: string | undefined | null): number | null {
  if (!text) return null;
  const t = normalizeText(text).replace(/\s+/g, "");
  const m = /^(-?\d+(?:\.\d+)?)%$/.exec(t);
  return m ? Number(m[1]) : null;
}

/**
 * A rate cell under a 执行率 heading: "95.36%", or the figure without its sign ("99.97", 鄂州 2022) when it can only be
 * a percentage (above 1.5: a fraction such as 0.9997 is not taken; 0 is 0 either way).
 */
export function rateNumber(text: string | undefined | null): number | null {
  const p = percentNumber(text);
  if (p !== null || !text) return p;
  const m = /^(\d+(?:\.\d+)?)$/.exec(normalizeText(text).replace(/\s+/g, ""));
  const n = m ? Number(m[1]) : null;
  // 0 is 0 % however it is read.
  return n !== null && ((n > 1.5 && n <= 200) || n === 0) ? n : null;
}

/** An amount cell (万元 or as the form writes it), else null. */
export function amountNumber(text: string | undefined | null): number | null {
  if (!text) return null;
  const t = normalizeText(text).replace(/[\s,]/g, "");
  const m = /^(-?\d+(?:\.\d+)?)(万元|万|元)?$/.exec(t);
  return m ? Number(m[1]) : null;
}

/** Indicator rows that carry a weight (分值/权重), in their 一级 order. */
export function weightedRows(facts: FormFacts): { fact: IndicatorFact; weight: number }[] {
  const out: { fact: IndicatorFact; weight: number }[] = [];
  for (const i of facts.indicators) {
    const w = scoreNumber(i.row.extras?.weight?.text);
    if (w !== null) out.push({ fact: i, weight: w });
  }
  return out;
}

/** Rounds to 2 decimals for comparisons and messages. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * Points of a scored 资金管理情况 list (each item's 分值 or 得分), or null when the form has none: part of a transfer
 * payment self-evaluation's 100 points beside 预算执行 and the indicators.
 */
export function managementPoints(form: FormFacts["form"], which: "weight" | "score"): number | null {
  let sum: number | null = null;
  for (const col of form.basisColumns ?? []) {
    if (col.kind !== "situation") continue;
    for (const l of col.lines) {
      const n = scoreNumber(l[which]?.text);
      if (n !== null) sum = (sum ?? 0) + n;
    }
  }
  return sum;
}
