/**
 * Parses 项目实施起止时间 / 项目期限 texts: "2021.01.01-2021.12.31", "2021-01至2021-12",
 * "2021年1月-2021年12月", "2021年1月1日至2021年12月31日", "2021年", "长期".
 *
 * Decisions: only what is written is returned — a month-precision period keeps day null
 * ("2021.01-2021.12" → day null), and a bare year "2021年" is the whole year at month precision
 * (start 2021-01, end 2021-12, days null). "长期", "持续" or text without a date → both null. A single
 * date is the start, unless a bound word (前, 止, 截至) marks it as the end. An end written without a year
 * ("2021年1月-12月") takes the start's year.
 */
import type { DateParts, ImplementationPeriod } from "../model/form";
import { toHalfWidth } from "../text/normalize";

const YEAR = "(?<!\\d)((?:19|20)\\d{2})";
/** Year, then optional month and day, each with 年/月/日 or a repeated . - / separator; 8 digits; a bare year. */
const DATE_PATTERNS: readonly RegExp[] = [
  new RegExp(`${YEAR}\\s*年\\s*(?:(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*[日号])?)?`, "y"),
  new RegExp(`${YEAR}([.\\-/])(\\d{1,2})(?!\\d)(?:\\2(\\d{1,2})(?!\\d))?`, "y"),
  new RegExp(`${YEAR}(\\d{2})(\\d{2})(?!\\d)`, "y"),
  /** Six digits, year and month ("202001-202012"). */
  new RegExp(`${YEAR}(0[1-9]|1[0-2])(?!\\d)`, "y"),
  /** A bare year ("2021-2023年" start). */
  new RegExp(`${YEAR}(?!\\d|\\.\\d)`, "y"),
];
const MONTH_ONLY = /(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?/y;
/** 至, 到, a dash; also after 起 / 开始 ("2021年1月起至2021年12月止", 岳阳 2021). */
const RANGE_SEPARATOR = /\s*(?:(?:起|开始)\s*)?(?:至|到|~|-|—|–|－)\s*/y;
/** A date followed by 起 / 开始 is a start, even when the form prints 止 after an empty end ("2021年1月起至 年 月止"). */
const START_WORD = /\s*(?:起|开始)/y;
const END_WORDS = /前|止|截至|截止/;

interface Hit {
  date: { year: number; month: number | null; day: number | null };
  end: number;
}

function valid(month: number | null, day: number | null): boolean {
  return (month === null || (month >= 1 && month <= 12)) && (day === null || (day >= 1 && day <= 31));
}

/** A date starting exactly at `index`, or null. */
function matchDateAt(t: string, index: number): Hit | null {
  for (const pattern of DATE_PATTERNS) {
    pattern.lastIndex = index;
    const m = pattern.exec(t);
    if (!m) continue;
    // Pattern 2 captures the separator in group 2; the others do not.
    const [month, day] = m.length === 5 ? [m[3], m[4]] : [m[2], m[3]];
    const date = { year: +m[1], month: month ? +month : null, day: day ? +day : null };
    if (valid(date.month, date.day)) return { date, end: index + m[0].length };
  }
  return null;
}

/** The first date anywhere in the text. */
function findFirstDate(t: string): Hit | null {
  for (let i = t.search(/\d/); i >= 0 && i < t.length; i++) {
    const hit = matchDateAt(t, i);
    if (hit) return hit;
  }
  return null;
}

/** The range end after `first`: a full date, or a month (day) inheriting the start's year. */
function readRangeEnd(t: string, first: Hit): Hit | null {
  RANGE_SEPARATOR.lastIndex = first.end;
  if (!RANGE_SEPARATOR.exec(t)) return null;
  const at = RANGE_SEPARATOR.lastIndex;
  const full = matchDateAt(t, at);
  if (full) return full;
  MONTH_ONLY.lastIndex = at;
  const m = MONTH_ONLY.exec(t);
  if (!m || !valid(+m[1], m[2] ? +m[2] : null)) return null;
  return { date: { year: first.date.year, month: +m[1], day: m[2] ? +m[2] : null }, end: MONTH_ONLY.lastIndex };
}

/** A written date as DateParts; a bare year becomes its first or last month (day null). */
function toParts(d: Hit["date"], side: "start" | "end"): DateParts {
  if (d.month === null) return { year: d.year, month: side === "start" ? 1 : 12, day: null };
  return { year: d.year, month: d.month, day: d.day };
}

/**
 * Parses a 项目实施起止时间 text into start and end dates; both null for "长期" or text without dates.
 * Never throws.
 */
export function parseImplementationPeriod(text: string): ImplementationPeriod {
  const t = toHalfWidth(typeof text === "string" ? text : "")
    .replace(/\s+/g, " ")
    .trim();
  const first = findFirstDate(t);
  if (!first) return { start: null, end: null };
  const second = readRangeEnd(t, first);
  if (second) return { start: toParts(first.date, "start"), end: toParts(second.date, "end") };
  if (first.date.month === null) return { start: toParts(first.date, "start"), end: toParts(first.date, "end") };
  START_WORD.lastIndex = first.end;
  if (START_WORD.test(t)) return { start: toParts(first.date, "start"), end: null };
  if (END_WORDS.test(t)) return { start: null, end: toParts(first.date, "end") };
  return { start: toParts(first.date, "start"), end: null };
}

/**
 * Number of calendar years a period touches: 2021-01..2021-12 → 1, 2021-07..2022-06 → 2.
 * null when either end is unknown or the end is before the start year.
 */
export function periodYears(start: DateParts | null, end: DateParts | null): number | null {
  if (!start || !end || end.year < start.year) return null;
  return end.year - start.year + 1;
}

/**
 * True when the period lies inside one calendar year (DOMAIN §2.6: a 1-year project, whose 实施期 columns
 * may stay empty). false when the period is unknown.
 */
export function isSingleYearPeriod(period: ImplementationPeriod): boolean {
  return periodYears(period.start, period.end) === 1;
}

/**
 * Compares a (possibly partial) date with a period: -1 before its start, 0 inside, 1 after its end, null
 * when either side is unknown. Missing month/day parts compare as the widest possible span.
 */
export function compareWithPeriod(
  date: { year: number | null; month: number | null; day: number | null },
  period: ImplementationPeriod,
): -1 | 0 | 1 | null {
  if (date.year === null || (!period.start && !period.end)) return null;
  const lo = (d: { year: number; month: number | null; day: number | null }) =>
    d.year * 10000 + (d.month ?? 1) * 100 + (d.day ?? 1);
  const hi = (d: { year: number; month: number | null; day: number | null }) =>
    d.year * 10000 + (d.month ?? 12) * 100 + (d.day ?? 31);
  const point = { year: date.year, month: date.month, day: date.day };
  if (period.start && hi(point) < lo(period.start)) return -1;
  if (period.end && lo(point) > hi(period.end)) return 1;
  return 0;
}
