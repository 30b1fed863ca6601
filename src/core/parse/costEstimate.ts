/**
 * Evaluates a 经费测算 (cost estimate) text into items and totals in 万元 (DOMAIN §2.5, B-1):
 *
 * - Items are separated by 、 ， , ； ; 。 or line breaks (outside brackets; "1,850" stays one number),
 *   and within a formula by "+".
 * - A product term "人均缴费基数（3000元）*缴费比例（0.025）*12个月*1850人" is computed: the product of all
 *   factors (percent factors divided by 100), converted to 万元 by the first money factor's unit. Its
 *   quantity is the last count factor ("1850人") and its unit price is amount ÷ quantity.
 * - A written term "磁卡2.5万张费用5万" takes the written amount (computed false); "3套…17万/套/年"
 *   (count × unit price, no written amount) is computed 3 × 17.
 * - Several written amounts in one term ("差旅费30万 租车费20万") are split into one item each.
 * - Amounts netted off (上年结余, 结余, 结转, 减去, 扣除, leading "-") get sign -1.
 * - A stated total is a segment led by 合计/共计/总计/总共/共需/还需/尚需/再需/在需/累计 (or whose label
 *   contains 总预算/总额/总金额/资金总额), an amount followed by a 其中/包括 breakdown, or the value after "="
 *   when the text holds exactly one "=". With several "=", each is the written result of its own line and
 *   is kept on a single-term item as statedAmountWan. 小计 segments are ignored.
 * - Anything that yields no amount goes to unreadParts. The parser never throws.
 */
import type { CostEstimate, CostItem } from "../model/parsedValue";
import { memo, roundWan, toHalfWidth } from "../text/normalize";
import { cleanFloat } from "./number";
import { findQuantities, type QuantityMatch } from "./quantity";
import { isPlainMoney } from "./unit";

const SEGMENT_SEPARATORS = "、,;。\n";
const OPEN_BRACKETS = "([{";
const CLOSE_BRACKETS = ")]}";
const LEAD_IN_RE = /^(?:其中|包括|主要包括|具体包括|具体为|具体如下|明细如下|测算如下|分别为|主要用于|用于|含)\s*[:：]?\s*/;
const ENUMERATION_RE = /^(?:\(\d{1,2}\)|\d{1,2}[.、)](?!\d)|[①-⑳]|[一二三四五六七八九十]{1,2}[、.])\s*/;
const TOTAL_LEAD_RE = /^(?:以上|总)?(?:合计|共计|总计|总共|共需|还需|尚需|再需|在需|累计|共(?=\s*[\d:=为是]))\s*[:=为是]?/;
const TOTAL_LABEL_RE = /合计|共计|总计|总预算|预算总额|资金总额|总金额|总额|共需|还需|尚需|再需|在需/;
const SUBTOTAL_RE = /^小计/;
const NEGATIVE_LEAD_RE = /^(?:减去|减|扣除|扣减|抵减|冲减|-)\s*[:：]?\s*/;
const NEGATIVE_WORD_RE = /上年结余|结余|结转|减去|扣除|扣减|抵减|冲减/;
const LABEL_FILLER_RE = /^(?:费用|金额|资金|预算|共|约|计|需|为)$/;

/** Half width, multiplication signs → "*", spaces collapsed (line breaks kept as separators). */
function prepare(raw: string): string {
  return toHalfWidth(raw)
    .replace(/\r\n?/g, "\n")
    .replace(/[×✕✖∗]/g, "*")
    .replace(/(?<![A-Za-z])[xX](?![A-Za-z])/g, "*")
    .replace(/[ \t\u00a0\u3000]+/g, " ");
}

/** True when the comma at `i` is a thousands separator ("1,850"). */
function isThousandsComma(text: string, i: number): boolean {
  return /\d/.test(text[i - 1] ?? "") && /^\d{3}(?!\d)/.test(text.slice(i + 1));
}

/** Splits on any of `separators` outside brackets (thousands commas kept). Empty parts dropped. */
function splitOutsideBrackets(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (OPEN_BRACKETS.includes(ch)) depth++;
    else if (CLOSE_BRACKETS.includes(ch)) depth = Math.max(0, depth - 1);
    const splits = depth === 0 && separators.includes(ch) && !(ch === "," && isThousandsComma(text, i));
    if (splits) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Removes bracketed groups ("差旅费(含住宿)10万" → "差旅费10万"). */
function withoutBrackets(text: string): string {
  let t = text;
  for (let prev = ""; prev !== t;) {
    prev = t;
    t = t.replace(/\([^()]*\)|\[[^[\]]*\]|\{[^{}]*\}/g, "");
  }
  return t;
}

/** Replaces brackets by spaces, keeping their content ("办公费(5000元)" → "办公费 5000元 "). */
function unwrapBrackets(text: string): string {
  return text.replace(/[()[\]{}]/g, " ");
}

/** Trims punctuation, filler words and a leading "…:" heading from a label piece; "" when nothing is left. */
function cleanLabel(piece: string): string {
  const afterColon = piece.slice(piece.lastIndexOf(":") + 1);
  let t = (afterColon.trim() ? afterColon : piece).replace(/^[\s:=+*,\-/()[\]]+|[\s:=+*,\-/()[\]]+$/g, "");
  t = t
    .replace(/(?:约为|约|共计|合计|预计|共|为|计|需)$/, "")
    .replace(LEAD_IN_RE, "")
    .trim();
  return LABEL_FILLER_RE.test(t) ? "" : t;
}

/** The first meaningful text piece between the quantities of `text`. */
function labelOf(text: string, quantities: QuantityMatch[]): string {
  let from = 0;
  for (const q of [...quantities, { start: text.length, end: text.length }]) {
    const label = cleanLabel(text.slice(from, q.start));
    if (label) return label;
    from = q.end;
  }
  return "";
}

/** Sign of a term and the term without its leading minus word. */
function readSign(text: string): { sign: 1 | -1; rest: string } {
  const lead = NEGATIVE_LEAD_RE.exec(text);
  if (lead) return { sign: -1, rest: text.slice(lead[0].length) };
  return { sign: NEGATIVE_WORD_RE.test(text) ? -1 : 1, rest: text };
}

const isCountLike = (q: QuantityMatch) => q.unit !== null && (q.unit.kind === "count" || q.unit.kind === "other");

/** Sets quantity fields on an item from a count quantity. */
function withQuantity(item: CostItem, count: QuantityMatch | undefined): CostItem {
  if (count && count.unit) {
    item.quantity = count.number;
    item.quantityUnit = count.unit.base;
  }
  return item;
}

// ---------------------------------------------------------------- product terms

/** The value a product factor contributes (percent factors ÷ 100). */
function factorValue(q: QuantityMatch): number {
  return q.unit?.kind === "percent" ? q.number / 100 : q.number;
}

/** "人均缴费基数(3000元)*缴费比例(0.025)*12个月*1850人" → one computed item, or null. */
function parseProduct(text: string, sign: 1 | -1): CostItem | null {
  const factors = splitOutsideBrackets(text, "*").map((f) => ({ text: f, q: findQuantities(f)[0] }));
  if (factors.length < 2 || factors.some((f) => !f.q)) return null;
  const qs = factors.map((f) => f.q!);
  const money = qs.find((q) => q.unit?.kind === "money" && q.unit.toWan !== undefined);
  if (!money) return null;
  const product = qs.reduce((acc, q) => acc * factorValue(q), 1);
  const amountWan = roundWan(product * money.unit!.toWan!);
  if (!Number.isFinite(amountWan)) return null;
  const count = [...qs].reverse().find(isCountLike);
  const label = factors.map((f) => cleanLabel(withoutBrackets(f.text.slice(0, f.q!.start)))).find((l) => l) ?? "";
  const item = withQuantity({ text, label, amountWan, computed: true, sign }, count);
  if (count && count.number !== 0) item.unitPriceWan = cleanFloat((product * money.unit!.toWan!) / count.number);
  return item;
}

// ---------------------------------------------------------------- written terms

/** Quantities outside brackets; when none is money, those of the text with brackets unwrapped. */
function readTermQuantities(text: string): { text: string; quantities: QuantityMatch[] } {
  const outside = withoutBrackets(text);
  const qs = findQuantities(outside);
  if (qs.some((q) => q.unit?.kind === "money")) return { text: outside, quantities: qs };
  const unwrapped = unwrapBrackets(text);
  return { text: unwrapped, quantities: findQuantities(unwrapped) };
}

/** "差旅费30万", "磁卡2.5万张费用5万", "3套…17万/套/年" → items (several when several amounts are written). */
function parseWritten(text: string, sign: 1 | -1): CostItem[] | null {
  const { text: t, quantities: qs } = readTermQuantities(text);
  const plain = qs.filter((q) => isPlainMoney(q.unit));
  if (plain.length > 1) return splitAtAmounts(t, plain, sign);
  const priced = qs.find((q) => q.unit?.kind === "money" && q.unit.per.length > 0);
  const label = labelOf(t, qs);
  if (plain.length === 1) {
    const amount = plain[0];
    const before = qs.filter((q) => q.end <= amount.start && isCountLike(q));
    const count = before[before.length - 1] ?? qs.find(isCountLike);
    const item = withQuantity(
      { text: text.trim(), label, amountWan: roundWan(amount.number * amount.unit!.toWan!), computed: false, sign },
      count,
    );
    if (priced) item.unitPriceWan = cleanFloat(priced.number * priced.unit!.toWan!);
    return [item];
  }
  return priced ? parsePriced(text, label, qs, priced, sign) : null;
}

/** Count × unit price with no written amount ("3套…17万/套/年" → 51). */
function parsePriced(text: string, label: string, qs: QuantityMatch[], priced: QuantityMatch, sign: 1 | -1): CostItem[] | null {
  const counts = qs.filter(isCountLike);
  const count = counts.find((c) => c.unit!.base === priced.unit!.per[0]) ?? counts[0];
  if (!count) return null;
  const unitPriceWan = cleanFloat(priced.number * priced.unit!.toWan!);
  const item = withQuantity(
    { text: text.trim(), label, amountWan: roundWan(count.number * unitPriceWan), computed: true, sign },
    count,
  );
  item.unitPriceWan = unitPriceWan;
  return [item];
}

/** Splits a term holding several written amounts after each amount and parses each part. */
function splitAtAmounts(text: string, amounts: QuantityMatch[], sign: 1 | -1): CostItem[] {
  const items: CostItem[] = [];
  let from = 0;
  amounts.forEach((a, i) => {
    const to = i === amounts.length - 1 ? text.length : a.end;
    const part = text.slice(from, to);
    from = to;
    const own = readSign(part.trim());
    const parsed = parseWritten(own.rest, own.sign === -1 ? -1 : sign);
    if (parsed) items.push(...parsed);
  });
  return items;
}

/** One "+"-separated term → items, or null when no amount can be read. */
function parseTerm(term: string): CostItem[] | null {
  const stripped = term.replace(ENUMERATION_RE, "").replace(LEAD_IN_RE, "").trim();
  if (!stripped) return [];
  const { sign, rest } = readSign(stripped);
  if (withoutBrackets(rest).includes("*")) {
    const product = parseProduct(rest, sign);
    return product ? [product] : null;
  }
  return parseWritten(rest, sign);
}

// ---------------------------------------------------------------- segments and totals

/** The first plain money amount of a text, in 万元, or null. */
function readAmountWan(text: string): number | null {
  const q = findQuantities(unwrapBrackets(text)).find((x) => isPlainMoney(x.unit));
  return q ? roundWan(q.number * q.unit!.toWan!) : null;
}

/** A stated total segment ("合计185万", "在需8万", "项目总预算100万元") → its amount, else null. */
function readStatedTotal(segment: string): number | null {
  const lead = TOTAL_LEAD_RE.exec(segment);
  if (lead) return readAmountWan(segment.slice(lead[0].length));
  const first = findQuantities(segment).find((x) => isPlainMoney(x.unit));
  if (!first || !TOTAL_LABEL_RE.test(segment.slice(0, first.start))) return null;
  return roundWan(first.number * first.unit!.toWan!);
}

interface Accumulator {
  items: CostItem[];
  stated: number | null;
  unread: string[];
  singleEquals: boolean;
}

/** "a*b+c*d=185万": the left terms become items; the right side is the stated total or the line's result. */
function parseEquation(segment: string, acc: Accumulator): void {
  const at = segment.lastIndexOf("=");
  const left = segment.slice(0, at);
  const right = segment.slice(at + 1);
  if (findQuantities(left).length === 0) {
    parseTerms(`${left}:${right}`, acc);
    return;
  }
  const result = readAmountWan(right);
  if (result === null && right.trim()) acc.unread.push(right.trim());
  const before = acc.items.length;
  parseTerms(left, acc);
  const added = acc.items.slice(before);
  if (result === null) return;
  if (acc.singleEquals) acc.stated = result;
  else if (added.length === 1) added[0].statedAmountWan = result;
}

/** False for items whose numbers overflowed. */
function isFiniteItem(item: CostItem): boolean {
  return Number.isFinite(item.amountWan) && (item.unitPriceWan === undefined || Number.isFinite(item.unitPriceWan));
}

/** Parses the "+"-separated terms of a segment into the accumulator. */
function parseTerms(segment: string, acc: Accumulator): void {
  for (const term of splitOutsideBrackets(segment, "+")) {
    const items = parseTerm(term);
    if (items === null || !items.every(isFiniteItem)) acc.unread.push(term);
    else acc.items.push(...items);
  }
}

/** Evaluates one separator-delimited segment: a stated total, an equation or "+"-separated terms. */
function parseSegment(segment: string, acc: Accumulator): void {
  const s = segment.replace(ENUMERATION_RE, "").trim();
  if (!s || SUBTOTAL_RE.test(s)) return;
  const stated = readStatedTotal(s);
  if (stated !== null) {
    acc.stated = stated;
    return;
  }
  if (withoutBrackets(s).includes("=")) parseEquation(s, acc);
  else parseTerms(s, acc);
}

/** "项目预算100万元，其中差旅费30万…": the amount before the breakdown is a total, not an item. */
function takeTotalBeforeBreakdown(acc: Accumulator, previous: CostItem[]): void {
  if (acc.stated !== null || previous.length !== 1 || previous[0].computed) return;
  const index = acc.items.indexOf(previous[0]);
  if (index < 0) return;
  acc.stated = previous[0].amountWan;
  acc.items.splice(index, 1);
}

function evaluate(raw: string): CostEstimate {
  const text = prepare(raw);
  const acc: Accumulator = {
    items: [],
    stated: null,
    unread: [],
    singleEquals: (withoutBrackets(text).match(/=/g) ?? []).length === 1,
  };
  let previous: CostItem[] = [];
  for (const segment of splitOutsideBrackets(text, SEGMENT_SEPARATORS)) {
    if (LEAD_IN_RE.test(segment)) takeTotalBeforeBreakdown(acc, previous);
    const before = acc.items.length;
    parseSegment(segment, acc);
    previous = acc.items.slice(before);
  }
  const total = acc.items.reduce((sum, it) => sum + it.sign * it.amountWan, 0);
  return {
    raw,
    items: acc.items,
    computedTotalWan: acc.items.length > 0 ? roundWan(total) : null,
    statedTotalWan: acc.stated,
    unreadParts: acc.unread,
  };
}

/**
 * Evaluates a 经费测算 text ("差旅费30万、租车费20万", "人均缴费基数（3000元）*…*1850人+…=185万") into
 * items with amounts in 万元, their signed sum and any stated total. Never throws: on unexpected input the
 * whole text is reported as unread.
 */
export function parseCostEstimate(text: string): CostEstimate {
  const raw = typeof text === "string" ? text : text == null ? "" : String(text);
  return evaluateOnce(raw);
}

/**
 * One evaluation per distinct text: a re-check while verifying suggestions reads the same 经费测算 again (the result
 * is read-only; no caller changes it).
 */
const evaluateOnce = memo((raw: string): CostEstimate => {
  try {
    return evaluate(raw);
  } catch {
    return { raw, items: [], computedTotalWan: null, statedTotalWan: null, unreadParts: raw.trim() ? [raw.trim()] : [] };
  }
}, 2000);
