/**
 * Builds suggested indicator values in the tables' own style ("=3套", "≥98%", "≤17万元/套/年").
 */
import type { Operator, QuantitativeValue } from "../../model/parsedValue";
import { formatNumber } from "../../parse/number";
import type { IndicatorFact } from "./formFacts";

/** "＝" is written "=" in suggestions, matching how the tables write it. */
export function operatorText(op: Operator | null): string {
  return op === "＝" ? "=" : (op ?? "");
}

export function valueText(op: Operator | null, number: number, unit: string | null | undefined): string {
  return `${operatorText(op)}${formatNumber(number)}${unit ?? ""}`;
}

/**
 * Counts and rates of bad events (fewer is better); what is done about them — reducing, repairing, handling,
 * answering (投诉办结率, 投诉处理率, 事故处置率) — is the opposite: more is better.
 */
const NEGATIVE_EVENT = /事故|投诉|故障(次数|率|数)|差错|违规(次数|率|数)|超支|逾期|超期|延误|拖欠|失误|流失(率|数)|返工/;
const REDUCTION = /降低|下降|减少|修复|排除|处置|整改|办结|处理|解决|回复|答复|化解|受理|响应|调处|查处|满意/;

export function isNegativeEvent(name: string): boolean {
  return NEGATIVE_EVENT.test(name) && !REDUCTION.test(name);
}

const EXACT_RATE = /准确率|合格率|到位率|完成率|覆盖率|执行率|发放率|办结率|参保率|知晓率/;

/** The operator a value without one most likely means, from what the indicator measures. */
export function defaultOperator(i: IndicatorFact, q: QuantitativeValue): Operator {
  if (i.kind === "cost" || i.kind === "economic-cost") return "≤";
  // A zero target ("争议率 0%", "0起") is met only by zero: "≥0" would be met by anything.
  if (q.number === 0) return "＝";
  if (q.unit?.kind === "percent") return q.number === 100 && EXACT_RATE.test(i.name) ? "＝" : "≥";
  if (isNegativeEvent(i.name)) return "≤";
  if (i.kind === "timeliness") return "＝";
  return i.kind === "quantity" ? "＝" : "≥";
}

/**
 * The written value with its operator replaced, number and unit kept as written ("≤2.5万张" → "=2.5万张");
 * text around the value (a repeated indicator name) is dropped.
 */
export function swapOperator(q: QuantitativeValue, op: Operator): string {
  const written = q.raw.replace(/\s+/g, "");
  const prefix = q.prefix.replace(/\s+/g, "");
  const suffix = q.suffix.replace(/\s+/g, "");
  let compact = prefix && written.startsWith(prefix) ? written.slice(prefix.length) : written;
  if (suffix && compact.endsWith(suffix)) compact = compact.slice(0, compact.length - suffix.length);
  const operatorWritten = q.operatorText;
  const from = (operatorWritten ?? "").replace(/\s+/g, "");
  if (from && compact.includes(from)) return compact.replace(from, operatorText(op));
  return `${operatorText(op)}${compact}`;
}
