/**
 * Text normalisation shared by the reader, the parsers and the rules.
 */

/** The characters `toHalfWidth` changes: full-width ASCII (U+FF01–U+FF5E) and the ideographic space. */
const FULL_WIDTH_CHARS = /[\uff01-\uff5e\u3000]/g;
/** The same class without the global flag, to test for one (no lastIndex to keep). */
const FULL_WIDTH_CHAR = new RegExp(FULL_WIDTH_CHARS.source);
const halfOf = (c: string) => (c === "\u3000" ? " " : String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Full-width ASCII (！…～) and the ideographic space → half width; every other character as it is. */
export function toHalfWidth(s: string): string {
  // Most texts have none: tested first (≈30 % cheaper than a replace that finds nothing), returned as they are.
  return FULL_WIDTH_CHAR.test(s) ? s.replace(FULL_WIDTH_CHARS, halfOf) : s;
}

/** Chinese punctuation that has a plain equivalent for matching purposes. */
const PUNCT_MAP: Record<string, string> = {
  "【": "[",
  "】": "]",
  "〔": "[",
  "〕": "]",
  "［": "[",
  "］": "]",
  "《": "<",
  "》": ">",
  "、": ",",
  "，": ",",
  "。": ".",
  "；": ";",
  "—": "-",
  "－": "-",
  "–": "-",
  "～": "~",
};

/**
 * Memoises a pure string → string function. Cell texts repeat across forms and sheets, so the
 * cache pays off; it is dropped whole when it grows past `limit` to bound memory.
 */
export function memo<T>(fn: (s: string) => T, limit = 20000): (s: string) => T {
  let cache = new Map<string, T>();
  return (s: string) => {
    const hit = cache.get(s);
    if (hit !== undefined) return hit;
    const out = fn(s);
    if (cache.size >= limit) cache = new Map();
    cache.set(s, out);
    return out;
  };
}

/** Half width + mapped punctuation, whitespace kept (collapsed to single spaces, trimmed). */
export const normalizeText = memo(normalizeTextUncached);

function normalizeTextUncached(s: string): string {
  let t = toHalfWidth(s);
  t = t.replace(/[【】〔〕［］《》、，。；—－–～]/g, (c) => PUNCT_MAP[c] ?? c);
  return t.replace(/[\s\u00a0]+/g, " ").trim();
}

/**
 * Key for matching a label: half width, no whitespace, no colon, no required mark, no bracketed parts
 * ("项目预算 (万元)：" → "项目预算"; "满意度指标（10分）" → "满意度指标"; "一级指标*" → "一级指标").
 */
export const labelKey = memo((s: string): string => {
  let t = normalizeText(s).replace(/\s+/g, "");
  // Nested brackets too: "财政拨款(中央衔接推进乡村振兴补助资金(少数民族发展任务))".
  for (let i = 0; i < 3 && /\([^()]*\)/.test(t); i++) t = t.replace(/\([^()]*\)/g, "");
  // Required-field marks a platform export puts before or after a label ("一级指标*", "*项目名称：", "※绩效指标值").
  t = t.replace(/[:：*※★]+$/g, "").replace(/^[:：*※★]+/, "");
  return t;
});

/**
 * An outline's number before a name or label ("一、产出指标", "(一)财政拨款小计", "1.数量指标", "2、质量指标", "①"): not
 * part of it. A figure such as "1.5万元" keeps its digits. (Also for `matchLabel`: one notion of a numbered line.)
 */
const OUTLINE_NUMBER =
  /^(?:[一二三四五六七八九十]{1,3}[、,，.．]|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[、,，.．](?!\d)|[①-⑳])/;

/** A name or label without the outline's number before it ("1.预算管理" → "预算管理", "(一)财政拨款小计"). */
export function withoutOutlineNumber(s: string): string {
  return s.trim().replace(OUTLINE_NUMBER, "");
}

/** Key without the trailing "指标" (DOMAIN §1c: compare names after removing 指标), nor an outline's number before it. */
export const indicatorNameKey = memo((s: string): string =>
  labelKey(s)
    .replace(OUTLINE_NUMBER, "")
    .replace(/[·•"'“”，,]/g, "")
    .replace(/指标$/, "")
    .replace(/指$/, ""),
);

/** Renders a cell value as trimmed text ("" for null). Numbers keep up to 10 significant decimals. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12)));
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  let s = String(v).trim();
  // Figures typed in full width ("≥９５％", "８９．９７万元"): the same figures, read as written in half width.
  if (FULL_WIDTH_DIGIT.test(s))
    s = s
      .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
      .replace(/(?<=\d)．(?=\d)/g, ".")
      .replace(/(?<=\d)％/g, "%");
  // A short run of words broken over lines to fit a narrow cell ("实际完\n成情况", "满意\n度指标"): one word. Lists,
  // sentences and figures keep their line breaks.
  if (s.length <= 16 && (s.includes("\n") || s.includes("\r")) && WRAPPED_WORDS.test(s)) return s.replace(/\s*[\r\n]+\s*/g, "");
  // A label spaced out character by character to fill its cell ("项 目 名 称", "预 期 目 标"): the word.
  if (s.length <= 24 && SPACED_OUT.test(s)) return s.replace(/[ \u3000]+/g, "");
  return s;
}

const SPACED_OUT = /^[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,7}$/;

const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/;
const WRAPPED_WORDS = /^[\u4e00-\u9fff()（）\s]+$/;

const ERROR_VALUE =
  /^#(REF!|VALUE!|N\/A|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** True for spreadsheet error values such as "#REF!". */
export function isErrorValue(v: unknown): boolean {
  if (typeof v !== "string" || v.length === 0) return false;
  // Most texts start with neither "#" nor a character `trimStart` removes (ASCII up to the space, U+00A0, U+1680,
  // U+2000–U+3000, U+FEFF): no trimmed copy for them (this runs for every cell a sheet's scan reads).
  const c = v.charCodeAt(0);
  if (c !== 35 && ((c > 32 && c < 0x1680 && c !== 0xa0) || (c > 0x3000 && c !== 0xfeff))) return false;
  return v.trimStart().charCodeAt(0) === 35 /* # */ && ERROR_VALUE.test(v.trim());
}

/** Rounds money to 4 decimals (1 元 = 0.0001 万元) to keep float noise out of comparisons and messages. */
export function roundWan(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** Formats a 万元 amount for messages: up to 4 decimals, no trailing zeros. */
export function formatWan(x: number): string {
  return String(roundWan(x));
}
