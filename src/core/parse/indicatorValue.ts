/**
 * Parses an indicator value cell (指标值) into a ParsedValue: quantitative (operator + number + unit),
 * deadline ("2021.12.31前", "每年10月底前"), duration ("24小时内", "当场办结"), qualitative or empty.
 *
 * Decisions on ambiguous forms:
 * - A time quantity is a *duration* only when it is a limit: followed by 内/以内/之内, or written with
 *   ≤ / ＜ ("24小时内", "≤24小时", "3个工作日内"). Otherwise it is *quantitative* with a time unit:
 *   "1年", "≥8小时", "=12个月" (a length, e.g. a maintenance period or training hours).
 * - For "24小时内" the duration's operator stays null (no operator was written); describeValue renders it "≤24小时".
 * - A bare "万"/"亿" unit is money: "≤30万" → 30 万元 (amountWan 30). "万" followed by another unit is a
 *   multiplier: "≤2.5万张" → 25000 张.
 * - Suffix words set the operator when none is written before the number: 以上/及以上 → ≥,
 *   以下/及以下/以内/之内 → ≤ (and 内 after a time unit). operatorText is then that word.
 * - A written date range ("2023.07-2024.01") is a deadline at its end, with `start` and hasBound true.
 * - When an operator followed by a number appears and a date does not start right after it, the value is
 *   quantitative, not a deadline ("2021年参保率≥98%" → prefix "2021年参保率").
 * - "按月发放", "足额发放" are qualitative without vague words (they describe an observable schedule/state).
 */
import type {
  DeadlineValue,
  DurationValue,
  Operator,
  ParsedValue,
  QualitativeValue,
  QuantitativeValue,
} from "../model/parsedValue";
import { memo, normalizeText, roundWan, toHalfWidth } from "../text/normalize";
import { formatNumber } from "./number";
import { readQuantityAt } from "./quantity";
import { BOUND_WORDS, isPlainMoney, readUnitAt } from "./unit";

/**
 * Vague, adverb-like words that make a 定性 value unverifiable (DOMAIN §2.2 V-9, S7 "模糊化").
 * Matched longest first without overlap: "有效保障" is reported as one word, "有效提升" as 有效 + 提升.
 * Deliberately absent: 足额, 按月, 按时 (observable), 基本 (part of 基本医疗保险), 规范, 合理.
 */
export const VAGUE_WORDS: readonly string[] = [
  "有效保障",
  "有效",
  "显著",
  "及时",
  "提高",
  "提升",
  "正常运行",
  "长期",
  "建立健全",
  "高效快捷",
  "高效",
  "快捷",
  "明显",
  "进一步",
  "改善",
  "稳定",
  "大幅",
  "较大",
  "较好",
  "良好",
  "积极",
  "逐步",
  "不断",
  "持续",
  "充分",
  "切实",
  "大力",
  "加强",
  "增强",
  "促进",
  "一定程度",
  "有所",
  "稳步",
  "全面",
  "更加",
  "不断完善",
  "力争",
  "尽快",
  "尽量",
];

const VAGUE_LONGEST_FIRST = [...VAGUE_WORDS].sort((a, b) => b.length - a.length);

/** Operator words and symbols (after half-width mapping), longest first, with their canonical form. */
const OPERATOR_WORDS: ReadonlyArray<readonly [string, Operator]> = [
  ["大于或等于", "≥"],
  ["大于等于", "≥"],
  ["不低于", "≥"],
  ["不少于", "≥"],
  ["不小于", "≥"],
  ["小于或等于", "≤"],
  ["小于等于", "≤"],
  ["不超过", "≤"],
  ["不高于", "≤"],
  ["不大于", "≤"],
  ["不多于", "≤"],
  ["不超出", "≤"],
  [">=", "≥"],
  ["<=", "≤"],
  ["≥", "≥"],
  ["≤", "≤"],
  ["=", "＝"],
  ["等于", "＝"],
  [">", "＞"],
  ["<", "＜"],
  ["大于", "＞"],
  ["高于", "＞"],
  ["超过", "＞"],
  ["多于", "＞"],
  ["小于", "＜"],
  ["低于", "＜"],
  ["少于", "＜"],
];
const OPERATOR_MAP: ReadonlyMap<string, Operator> = new Map(OPERATOR_WORDS.map(([w, o]) => [w, o]));
/** Operator words may be broken by spaces or a line break ("大于\n等于" in a narrow cell): the pattern allows them. */
const OPERATOR_RE = new RegExp(
  `(${[...OPERATOR_MAP.keys()]
    .map((w) =>
      w
        .split("")
        .map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join(" *"),
    )
    .join("|")})(?=\\s*\\d)`,
);

/** Suffix words that act as an operator when none is written before the number. */
const SUFFIX_OPERATOR_RE = new RegExp(`^\\s*(${BOUND_WORDS.join("|")})`);
const SUFFIX_OPERATORS: Readonly<Record<string, Operator>> = {
  及以上: "≥",
  以上: "≥",
  及以下: "≤",
  以下: "≤",
  以内: "≤",
  之内: "≤",
  内: "≤",
};
/** Suffix operator words that, after a time unit, turn a quantity into a duration limit. */
const WITHIN_WORDS = new Set(["以内", "之内", "内"]);

const FILLER_RE = /^(无|暂无|无此项|不适用|没有|空|\/+|\\+|-+|_+|\.+|\*+|n\/?a)$/i;
const IMMEDIATE_RE = /(当面|当场|即时|立即|现场|马上)(办结|办理|办|完成|结算|兑付|解决|处理)|即办即结|即来即办|立等可取/;

/**
 * Length-preserving normalisation (so indices map back onto the raw text): half width, whitespace → " ",
 * "≧ ⩾" → "≥", "≦ ⩽" → "≤", "═ ﹦" → "=".
 */
function prepare(raw: string): string {
  return (
    toHalfWidth(raw)
      .replace(/[\s\u00a0]/g, " ")
      .replace(/[≧⩾]/g, "≥")
      .replace(/[≦⩽]/g, "≤")
      .replace(/[═﹦]/g, "=")
      // Look-alike angle brackets typed for comparison signs ("‹=90%", "﹥95%"), and "not greater/less than".
      .replace(/[‹﹤〈]/g, "<")
      .replace(/[›﹥〉]/g, ">")
      .replace(/≯/g, "≤")
      .replace(/≮/g, "≥")
      // A tolerance "±3%以内" is an upper bound on the deviation: read as "3%以内" (≤ 3%).
      .replace(/±(?=\s*\d[^±]*?(以内|之内))/g, " ")
      // A count written in words ("=三套", "不少于两次", "一年内"): the numeral as its digit (one character for one).
      .replace(CHINESE_COUNT_RE, (d) => CHINESE_DIGITS[d])
  );
}

/** 一 … 九 and 两 as digits (single numerals only: one character each, so the text keeps its length). */
const CHINESE_DIGITS: Readonly<Record<string, string>> = {
  一: "1",
  二: "2",
  两: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};
/**
 * Counting words (量词, a closed class of the language) and time units after which a numeral is a count: "三套",
 * "两次", "一个月". Open-world units stay digits-only: a numeral before any other word is a word ("一般", "统一").
 */
const COUNT_WORDS = [
  "个月",
  "小时",
  ..."个套次项场人名所家座台辆批期处篇份本条户村间栋幢部件张种门类届轮片块株棵头只艘架颗枚支把册卷季年月天周位组团队".split(""),
];
/**
 * A lone numeral that is a whole count: at the start of the value, after a space or a comparison (a sign or one of
 * its words), followed by a counting word that ends the quantity (the text's end, a bound word such as 以上/以内,
 * punctuation or a space) — "一次性", "一件事一次办" and "第三方" stay words.
 */
const CHINESE_COUNT_RE = new RegExp(
  `(?<=^|[\\s=≥≤<>]|${OPERATOR_WORDS.map(([w]) => w)
    .filter((w) => /^[\u4e00-\u9fff]+$/.test(w))
    .join("|")})[一二两三四五六七八九](?=(?:${COUNT_WORDS.join("|")})(?:$|[\\s,，;；。、)）]|及?以[上下内]|之内|内))`,
  "g",
);

/** Collapses spaces and trims (for prefix/suffix/text outputs). */
function tidy(s: string): string {
  return normalizeText(s);
}

function skipSpaces(text: string, index: number): number {
  let i = index;
  while (text[i] === " ") i++;
  return i;
}

/** Finds vague words in a text, longest first without overlap, each reported once, in order of appearance. */
export function findVagueWords(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length;) {
    const w = VAGUE_LONGEST_FIRST.find((v) => text.startsWith(v, i));
    if (!w) {
      i++;
      continue;
    }
    if (!found.includes(w)) found.push(w);
    i += w.length;
  }
  return found;
}

/** True for filler values that mean "nothing set": 无, /, —, -, 暂无, 不适用, … */
export function isFillerText(text: string): boolean {
  return FILLER_RE.test(normalizeText(text ?? "").replace(/\s+/g, ""));
}

interface OperatorMatch {
  operator: Operator;
  index: number;
  end: number;
}

/** The first operator (word or symbol) that is followed by a number. */
function findOperator(t: string): OperatorMatch | null {
  const m = OPERATOR_RE.exec(t);
  if (!m) return null;
  return { operator: OPERATOR_MAP.get(m[1].replace(/ /g, ""))!, index: m.index, end: m.index + m[1].length };
}

// ---------------------------------------------------------------- quantitative / duration

/** Reads operator + number + unit; null when the text holds no number. */
function readQuantitative(raw: string, t: string): QuantitativeValue | null {
  const op = findOperator(t);
  let numStart = op ? skipSpaces(t, op.end) : t.search(/\d/);
  if (numStart < 0) return null;
  // A leading year ("2023年预计在校生:小学600人") says when; the quantity is the next figure.
  if (!op) {
    const year = /^(19|20)\d{2}\s*年(度)?(?![底末\d])/.exec(t.slice(numStart));
    const next = year ? t.slice(numStart + year[0].length).search(/\d/) : -1;
    if (year && next >= 0) numStart = numStart + year[0].length + next;
  }
  // A number glued to Latin letters is part of a code ("通过ISO9001认证"), not a quantity.
  if (!op && numStart > 0 && /[A-Za-z]/.test(t[numStart - 1])) return null;
  const q = readQuantityAt(t, numStart, { open: true });
  if (!q) return null;
  let operator: Operator | null = op ? op.operator : null;
  let operatorText: string | null = op ? raw.slice(op.index, op.end) : null;
  let rest = q.end;
  if (!op) {
    const suffixOp = readSuffixOperator(t, q.end, q.unit?.kind === "time");
    if (suffixOp) {
      operator = SUFFIX_OPERATORS[suffixOp.word];
      operatorText = suffixOp.word;
      rest = suffixOp.end;
    }
  }
  const value: QuantitativeValue = {
    kind: "quantitative",
    raw,
    operator,
    operatorText,
    number: q.number,
    unit: q.unit,
    prefix: tidy(t.slice(0, op ? op.index : numStart)),
    suffix: tidy(t.slice(rest)),
  };
  if (isPlainMoney(q.unit)) value.amountWan = roundWan(q.number * q.unit.toWan);
  return value;
}

/** 以上/以下/以内/之内 after the quantity (and bare 内 after a time unit, as in "24小时内"). */
function readSuffixOperator(t: string, index: number, afterTime: boolean): { word: string; end: number } | null {
  const m = SUFFIX_OPERATOR_RE.exec(t.slice(index));
  if (m) return { word: m[1], end: index + m[0].length };
  const inner = /^\s*内/.exec(t.slice(index));
  return afterTime && inner ? { word: "内", end: index + inner[0].length } : null;
}

/** A time quantity that is a limit (≤, ＜, 内) becomes a duration. */
function toDuration(q: QuantitativeValue): DurationValue | null {
  if (q.unit?.kind !== "time" || (q.operator !== "≤" && q.operator !== "＜")) return null;
  const writtenBefore = q.operatorText !== null && !WITHIN_WORDS.has(q.operatorText);
  return {
    kind: "duration",
    raw: q.raw,
    operator: writtenBefore ? q.operator : null,
    amount: q.number,
    unit: q.unit.text,
    immediate: false,
    prefix: q.prefix,
    suffix: q.suffix,
  };
}

/** "当场办结", "即时办结", "窗口当面办结" → immediate duration (0 小时). */
function readImmediate(raw: string, t: string): DurationValue | null {
  const m = IMMEDIATE_RE.exec(t);
  if (!m) return null;
  return {
    kind: "duration",
    raw,
    operator: null,
    amount: 0,
    unit: "小时",
    immediate: true,
    prefix: tidy(t.slice(0, m.index)),
    suffix: tidy(t.slice(m.index + m[0].length)),
  };
}

// ---------------------------------------------------------------- deadlines

interface DateHit {
  year: number | null;
  month: number | null;
  day: number | null;
  index: number;
  end: number;
  recurrence?: "monthly";
}

const Y = "(?<!\\d)((?:19|20)\\d{2})";
const FULL_DATE = `${Y}\\s*(?:年|[.\\-/])\\s*(\\d{1,2})\\s*(?:月|[.\\-/])\\s*(\\d{1,2})(?!\\d)\\s*[日号]?`;
const YEAR_MONTH = `${Y}\\s*(?:年|[.\\-/])\\s*(\\d{1,2})(?![\\d.])\\s*(月)?\\s*(底|末)?`;
const MONTH_DAY = /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/;
const MONTHLY_DAY = /每\s*月\s*(\d{1,2})\s*[日号]/;
const MONTHLY_END = /每\s*月\s*(?:底|末)/;
const MONTH_ONLY = /(?<!\d)(\d{1,2})\s*月\s*(底|末|份)?/;
const YEAR_ONLY = new RegExp(`${Y}\\s*年\\s*(底|末)?`);
const RANGE_SEPARATOR = /^\s*(?:至|到|~|-|—|－|–)\s*/;
/** A deadline's bound: "…前", "截至…", the sign ≤, or its words (不晚于, 不迟于, 不超过, 小于等于, 最迟 …). */
const BOUND_RE = /前|截[止至]|为止|不得?(晚|迟)于|不超过|不大于|小于(等于)?|最迟|以内|之内|≤|<|止/;

/** Last day of a month; February of an unknown year counts as 28 days. */
export function lastDayOfMonth(year: number | null, month: number): number {
  return new Date(Date.UTC(year ?? 2001, month, 0)).getUTCDate();
}

function validDate(month: number | null, day: number | null): boolean {
  return (month === null || (month >= 1 && month <= 12)) && (day === null || (day >= 1 && day <= 31));
}

function endDay(year: number | null, month: number, endWord: string | undefined): number | null {
  return endWord ? lastDayOfMonth(year, month) : null;
}

/** A dated point (full date or year-month) starting exactly at `index`, for range ends. */
function matchDateAt(t: string, index: number): DateHit | null {
  const full = new RegExp(FULL_DATE, "y");
  full.lastIndex = index;
  const f = full.exec(t);
  if (f && validDate(+f[2], +f[3])) return { year: +f[1], month: +f[2], day: +f[3], index, end: index + f[0].length };
  const ym = new RegExp(YEAR_MONTH, "y");
  ym.lastIndex = index;
  const m = ym.exec(t);
  if (m && validDate(+m[2], null) && !readUnitAt(t, index + m[0].length)) {
    return { year: +m[1], month: +m[2], day: endDay(+m[1], +m[2], m[4]), index, end: index + m[0].length };
  }
  return null;
}

/** The first dated point anywhere in the text (full date, then year-month). */
function findDatedPoint(t: string): DateHit | null {
  for (const source of [FULL_DATE, YEAR_MONTH]) {
    const re = new RegExp(source, "g");
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const hit = matchDateAt(t, m.index);
      if (hit) return hit;
    }
  }
  return null;
}

/** Partial dates: "10月31日", "每月20号", "每月底", "10月底", "2021年底". */
function findPartialDate(t: string): DateHit | null {
  const hit = (m: RegExpExecArray, year: number | null, month: number | null, day: number | null, rec?: "monthly") =>
    validDate(month, day) ? { year, month, day, index: m.index, end: m.index + m[0].length, recurrence: rec } : null;
  let m = MONTHLY_DAY.exec(t);
  if (m) return hit(m, null, null, +m[1], "monthly");
  if ((m = MONTHLY_END.exec(t))) return hit(m, null, null, null, "monthly");
  if ((m = MONTH_DAY.exec(t))) return hit(m, null, +m[1], +m[2]);
  if ((m = YEAR_ONLY.exec(t))) return hit(m, +m[1], m[2] ? 12 : null, m[2] ? 31 : null);
  if ((m = MONTH_ONLY.exec(t)) && validDate(+m[1], null)) {
    return hit(m, null, +m[1], m[2] === "底" || m[2] === "末" ? lastDayOfMonth(null, +m[1]) : null);
  }
  return null;
}

/** A range "A-B" / "A至B" starting with the dated point `first`: returns its end, or null. */
function readRangeEnd(t: string, first: DateHit): DateHit | null {
  const sep = RANGE_SEPARATOR.exec(t.slice(first.end));
  if (!sep) return null;
  const at = first.end + sep[0].length;
  const full = matchDateAt(t, at);
  if (full) return full;
  const md = /(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?/y;
  md.lastIndex = at;
  const m = md.exec(t);
  if (!m || !validDate(+m[1], m[2] ? +m[2] : null)) return null;
  return { year: first.year, month: +m[1], day: m[2] ? +m[2] : null, index: at, end: at + m[0].length };
}

function stripDatePrefix(s: string): string {
  return tidy(s.replace(/(每年|每月|当年|本年|截[止至]到?|不晚于|≤|<|=)\s*$/, "").replace(/^\s*(每年|每月)/, ""));
}

function stripDateSuffix(s: string): string {
  return tidy(s.replace(/^\s*(之前|以前|前|为止|止|以内|之内|内)/, ""));
}

/** Reads a deadline; null when no date is written or an operator+number that is not a date comes first. */
function readDeadline(raw: string, t: string): DeadlineValue | null {
  const point = findDatedPoint(t);
  const date = point ?? findPartialDate(t);
  if (!date) return null;
  const op = findOperator(t);
  if (op && skipSpaces(t, op.end) !== date.index) return null;
  const rangeEnd = point ? readRangeEnd(t, point) : null;
  const last = rangeEnd ?? date;
  // A year alone followed by figures is the period of what they count, not a date ("2023年预计在校生:小学600人,初中700人"
  // is a count, 百色 2023).
  if (!point && !rangeEnd && date.month === null && date.day === null && /\d/.test(t.slice(date.end))) return null;
  const recurrence = date.recurrence ?? (/每\s*年/.test(t) ? "yearly" : /每\s*月/.test(t) ? "monthly" : "none");
  const value: DeadlineValue = {
    kind: "deadline",
    raw,
    year: last.year,
    month: last.month,
    day: last.day,
    recurrence,
    hasBound: rangeEnd !== null || BOUND_RE.test(t),
    prefix: stripDatePrefix(t.slice(0, date.index)),
    suffix: stripDateSuffix(t.slice(last.end)),
  };
  if (rangeEnd) value.start = { year: date.year, month: date.month, day: date.day };
  return value;
}

// ---------------------------------------------------------------- entry points

function readQualitative(raw: string): QualitativeValue {
  const text = tidy(raw);
  const isFiller = isFillerText(text);
  return { kind: "qualitative", raw, text, vagueWords: isFiller ? [] : findVagueWords(text), isFiller };
}

/**
 * `parseIndicatorValue` remembered per text: values repeat across forms and sheets ("≥98%", "=100%") and every form is
 * read again while its suggestions are verified. What it returns is shared: never mutated (reading and rules only read it).
 */
export const parseValue = memo(parseIndicatorValue);

/**
 * Parses an indicator value cell as written ("≥98%", "=3 套", "医保基金使用率≥98%", "2021.12.31前",
 * "24小时内", "当场办结", "有效保障", "无", ""). Never throws.
 */
export function parseIndicatorValue(text: string): ParsedValue {
  const raw = typeof text === "string" ? text : text == null ? "" : String(text);
  const t = prepare(raw);
  if (!t.trim()) return { kind: "empty", raw };
  if (isFillerText(t)) return readQualitative(raw);
  const immediate = readImmediate(raw, t);
  if (immediate) return immediate;
  const deadline = readDeadline(raw, t);
  if (deadline) return deadline;
  const quantitative = readQuantitative(raw, t);
  if (quantitative) return toDuration(quantitative) ?? quantitative;
  return readQualitative(raw);
}

/** Canonical "operator number unit" text: formatQuantitative("≥", 98, "%") → "≥98%". */
export function formatQuantitative(op: Operator | null, number: number, unitText: string | null | undefined): string {
  return `${op ?? ""}${formatNumber(number)}${unitText ?? ""}`;
}

/** "2021年12月31日", "10月31日", "20日" — only the parts that are known. */
function formatDateParts(d: { year: number | null; month: number | null; day: number | null }): string {
  return `${d.year !== null ? `${d.year}年` : ""}${d.month !== null ? `${d.month}月` : ""}${d.day !== null ? `${d.day}日` : ""}`;
}

function describeDeadline(v: DeadlineValue): string {
  const lead = v.recurrence === "yearly" ? "每年" : v.recurrence === "monthly" ? "每月" : "";
  if (v.start) return `${lead}${formatDateParts(v.start)}至${formatDateParts(v)}`;
  return `${lead}${formatDateParts(v)}${v.hasBound ? "前" : ""}`;
}

/**
 * Canonical rendering used in messages and suggestions: "≥98%", "＝3套", "≤25000张", "≤24小时",
 * "当场办结", "2021年12月31日前", "每月20日前"; qualitative text as written; "" for empty/filler.
 */
export function describeValue(v: ParsedValue): string {
  switch (v.kind) {
    case "quantitative":
      return formatQuantitative(v.operator, v.number, v.unit?.text);
    case "duration":
      return v.immediate ? "当场办结" : formatQuantitative(v.operator ?? "≤", v.amount, v.unit);
    case "deadline":
      return describeDeadline(v);
    case "qualitative":
      return v.isFiller ? "" : v.text;
    case "empty":
      return "";
  }
}
