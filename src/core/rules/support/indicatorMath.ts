/**
 * Shared helpers for rules that compare indicator values with money and quantities.
 */
import type { CostItem, QuantitativeValue, Unit } from "../../model/parsedValue";
import type { IndicatorValue, Period } from "../../model/form";
import { parseUnit } from "../../parse/unit";
import { normalizeText } from "../../text/normalize";
import type { IndicatorFact } from "./formFacts";

/** Han characters shared by two names, counting each once ("差旅费用" ~ "差旅费" → 3). */
export function sharedHan(a: string, b: string): number {
  // Counted without building sets (it runs for every pair of names a rule compares): each distinct Han character
  // (U+4E00–U+9FFF, never half of a surrogate pair) of b, once, when a has it too.
  let n = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) continue;
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = b.charCodeAt(j) === c;
    if (seen) continue;
    for (let j = 0; j < a.length; j++) {
      if (a.charCodeAt(j) === c) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** The value to judge for a row: the 年度 one when written, else the first written one. */
export function mainValue(i: IndicatorFact, prefer: Period = "annual"): IndicatorValue | null {
  let first: IndicatorValue | null = null;
  for (const v of i.row.values) {
    if (v.text === "") continue;
    if (v.period === prefer) return v;
    first ??= v;
  }
  return first;
}

/** A unit written in the indicator name's brackets: "个人账户补助（元/人/年）" → 元/人/年. */
export function unitFromName(name: string): Unit | null {
  let hit = NAME_UNITS.get(name);
  if (hit === undefined) {
    const m = /[(（]([^()（）]+)[)）]\s*$/.exec(name);
    // A qualifier in brackets ("建设项目个数(含续建)", "(不含…)", "(按…计)") is not a unit: a unit never begins
    // with a verb or preposition.
    hit = m && !/^(不?含|包括|包含|其中|按|以|指|即|限|如)/.test(m[1].trim()) ? parseUnit(normalizeText(m[1])) : null;
    if (NAME_UNITS.size > 5000) NAME_UNITS.clear();
    NAME_UNITS.set(name, hit);
  }
  return hit;
}

/** unitFromName results by name (names repeat across forms). */
const NAME_UNITS = new Map<string, Unit | null>();

/** Quantitative value with its unit filled from the name when the value has none. */
export function quantitativeOf(i: IndicatorFact, v: IndicatorValue | null): (QuantitativeValue & { unit: Unit | null }) | null {
  if (!v || v.parsed.kind !== "quantitative") return null;
  if (v.parsed.unit) return v.parsed;
  const u = unitFromName(i.name);
  return u ? Object.assign({}, v.parsed, { unit: u }) : v.parsed;
}

/** What one counted unit costs in 万元 ("≤17万元/套/年" → {perUnit: 套, wan: 17}), or null for lump sums. */
export function unitCost(
  i: IndicatorFact,
  q: QuantitativeValue,
  months = 12,
): { per: string; wan: number; monthly: boolean } | null {
  const u = q.unit;
  if (!u || u.kind !== "money" || u.toWan === undefined) return null;
  // A monthly price ("元/人/月", "元/人·月") costs `months` times a year.
  const monthly = u.per.some((p) => /^(月|每月|个月)$/.test(p));
  const factor = monthly ? months : 1;
  const per = u.per.filter((p) => !/^(年|年度|每年|月|每月|个月)$/.test(p));
  // A price per day ("元/人·天") cannot be totalled without the number of days.
  if (per.length === 1 && !/^(天|日)$/.test(per[0])) return { per: per[0], wan: q.number * u.toWan * factor, monthly };
  if (per.length === 0 && u.per.length === 0 && /人均|每人/.test(i.name))
    return { per: "人", wan: q.number * u.toWan, monthly: false };
  return null;
}

/** A cap per month ("≤5万元/月") over `months` months, or null. */
export function monthlyLumpWan(q: QuantitativeValue, months = 12): number | null {
  const u = q.unit;
  if (!u || u.kind !== "money" || u.toWan === undefined || u.per.length !== 1 || !/^(月|每月|个月)$/.test(u.per[0])) return null;
  return q.number * u.toWan * months;
}

/** A lump-sum money cap in 万元 ("≤30万" → 30), or null. */
export function lumpSumWan(q: QuantitativeValue): number | null {
  const u = q.unit;
  if (!u || u.kind !== "money" || u.toWan === undefined || u.per.length > 0) return null;
  return q.number * u.toWan;
}

/** Base counted unit of a quantity ("人次" counts as "人" for per-person costs). */
export function countedUnit(u: Unit | null): string | null {
  // Counts (人, 套) and physical measures (亩, 平方米, 公里) can both be priced per unit.
  if (!u || (u.kind !== "count" && u.kind !== "other") || u.per.length > 0) return null;
  return u.base || u.text;
}

/** The 测算 line that best matches a name (≥2 shared Han characters), or null. */
const GENERIC_COST_WORDS = /项目|支出|经费|资金|成本|总额|合计|总/g;

export function matchCostItem(items: readonly CostItem[], name: string): CostItem | null {
  let best: CostItem | null = null;
  let score = 1;
  // Words every cost line and cost name share (项目, 支出, 总成本) say nothing of which line it is: "项目支出总成本" is not
  // "资本性支出" (广水 2020).
  const key = name.replace(/成本|费用$/g, (m) => (m === "费用" ? "费" : m)).replace(GENERIC_COST_WORDS, "");
  for (const it of items) {
    if (it.sign < 0) continue;
    const s = sharedHan(it.label.replace(GENERIC_COST_WORDS, ""), key);
    if (s > score) {
      best = it;
      score = s;
    }
  }
  return best;
}

export const EPS = 0.005;
