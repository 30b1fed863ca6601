/**
 * Numbers as written in 绩效目标表 cells: Arabic digits (half or full width) with thousands
 * separators and Chinese multipliers ("2.5万", "3千", "1,850", "１８５０"), and small numbers in
 * Chinese numerals ("三", "十二", "两千").
 */
import { toHalfWidth } from "../text/normalize";

/** Chinese multipliers that may follow a number. */
export const MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10000, 亿: 1e8 };

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * An Arabic number: with thousands separators ("1,850", "12,000.5") or plain ("1850", "0.025").
 * A comma counts as a thousands separator only when exactly three digits follow it.
 */
export const NUMBER_PATTERN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?/;

/** One number found in a text. Indices refer to the text that was searched. */
export interface NumberMatch {
  /** Numeric value of the digits (multipliers not applied). */
  value: number;
  /** The digits as written ("1,850"). */
  text: string;
  start: number;
  end: number;
}

/** Removes float noise ("0.1+0.2" → 0.3) by rounding to 12 significant digits. */
export function cleanFloat(x: number): number {
  // A whole number below 10^12 has no noise to remove (toPrecision(12) writes it exactly); zero comes back as +0.
  if (Number.isInteger(x) && x < 1e12 && x > -1e12) return x === 0 ? 0 : x;
  return Number(x.toPrecision(12));
}

/** Renders a number without float noise or exponent for ordinary magnitudes ("25000", "0.018"). */
export function formatNumber(x: number): string {
  return String(cleanFloat(x));
}

/** Value of digits as written, thousands separators removed ("1,850" → 1850). */
export function readDigits(digits: string): number {
  return Number(digits.replace(/,/g, ""));
}

/**
 * All Arabic numbers in `text` (which should already be half width), left to right.
 * "1,850人" → one match 1850; "2021.12.31" → 2021.12 and 31 (dates are the caller's business).
 */
export function findNumbers(text: string): NumberMatch[] {
  const re = new RegExp(NUMBER_PATTERN.source, "g");
  const out: NumberMatch[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ value: readDigits(m[0]), text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The number starting exactly at `index` of `text`, or null. */
export function readNumberAt(text: string, index: number): NumberMatch | null {
  const re = new RegExp(NUMBER_PATTERN.source, "y");
  re.lastIndex = index;
  const m = re.exec(text);
  return m ? { value: readDigits(m[0]), text: m[0], start: index, end: index + m[0].length } : null;
}

/**
 * A number written with Chinese numerals: "三" → 3, "十二" → 12, "两千五百" → 2500, "一万二千" → 12000.
 * Returns null when `text` contains anything else.
 */
export function parseChineseNumerals(text: string): number | null {
  const t = text.trim();
  if (!t || !/^[零〇一二两三四五六七八九十百千万亿]+$/.test(t) || /^[百千万亿]/.test(t)) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of t) {
    if (ch in CHINESE_DIGITS) {
      digit = CHINESE_DIGITS[ch];
      continue;
    }
    const mult = MULTIPLIERS[ch];
    if (mult === 1e8) {
      total = (total + section + (digit ?? 0)) * mult;
      section = 0;
    } else if (mult === 10000) {
      total += (section + (digit ?? 0)) * mult;
      section = 0;
    } else {
      section += (digit ?? 1) * mult;
    }
    digit = null;
  }
  return total + section + (digit ?? 0);
}

/**
 * Parses a cell text that is just a number, applying trailing Chinese multipliers:
 * "2.5万" → 25000, "1,850" → 1850, "１８５０" → 1850, "3千" → 3000, "1.2亿" → 120000000,
 * "三千" → 3000. Surrounding spaces are ignored; anything else (units, words) → null.
 */
export function parseChineseNumber(text: string): number | null {
  const t = toHalfWidth(text ?? "").replace(/\s+/g, "");
  if (!t) return null;
  const m = /^([+-]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)([十百千万亿]*)$/.exec(t);
  if (!m) return parseChineseNumerals(t);
  let value = readDigits(m[2]);
  for (const ch of m[3]) value *= MULTIPLIERS[ch];
  return cleanFloat(m[1] === "-" ? -value : value);
}

/** A bare non-negative number as written or as a number format shows it: "110406", "2.5", "1,200", "72,890.50". */
export const BARE_NUMBER = new RegExp(`^(?:${NUMBER_PATTERN.source})$`);
