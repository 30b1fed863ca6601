/**
 * Comparing a cell with the text a suggestion was computed from, and turning a suggestion into what
 * `Range.values` must receive so Excel stores exactly that text.
 */

/** A cell value as the text the engine saw ("" for empty; numbers in JS notation; TRUE/FALSE). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** Plain decimal number text ("50", "-1.5") — written as a number only into a cell that holds a number. */
export function isPlainNumber(text: string): boolean {
  return /^-?\d+(\.\d+)?$/.test(text.trim()) && Number.isFinite(Number(text));
}

/**
 * Text Excel would not store as typed: formulas (= + - @), a leading apostrophe, numbers, percentages,
 * dates, times, booleans and error literals. Such text gets a leading apostrophe, which Excel consumes
 * (it only marks the cell as text), so the stored value is the suggestion verbatim.
 */
export function needsTextPrefix(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (/^[=+\-@']/.test(text)) return true;
  if (/^[(]?[$¥￥]?[\d.,\s]+%?[)]?$/.test(t)) return true; // 4000, 1,000, 50%, (12)
  if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(t)) return true; // 1e3
  if (/^(true|false)$/i.test(t)) return true;
  if (/^#(N\/A|NAME\?|REF!|VALUE!|DIV\/0!|NUM!|NULL!)$/i.test(t)) return true;
  if (/^\d{1,4}[/\-.]\d{1,2}([/\-.]\d{1,4})?$/.test(t)) return true; // 2021-01, 1/2, 2021.01.05
  if (/^\d{1,2}:\d{2}(:\d{2})?$/.test(t)) return true; // 10:30
  if (/^\d{4}年\d{1,2}月(\d{1,2}日)?$/.test(t)) return true; // 2021年1月
  return false;
}

/**
 * What to put into `Range.values` for `text`: a number when the cell holds a number and the text is a plain number;
 * otherwise the text with a leading apostrophe. Excel parses written strings like typed input, by its locale
 * (zh-CN Excel turns "3月5日" or "3-5" into dates), so no list of "convertible" patterns can be complete: every text
 * is written as text. The apostrophe is consumed by Excel; the cell stores exactly `text`.
 */
export function toExcelInput(text: string, current: unknown, numberFormat?: unknown): string | number {
  if (typeof current === "number" && isPlainNumber(text)) return Number(text);
  // A cell formatted as Text ("@") takes input verbatim — there an apostrophe would be kept as part of the text.
  if (numberFormat === "@") return text;
  return text === "" ? text : `'${text}`;
}
