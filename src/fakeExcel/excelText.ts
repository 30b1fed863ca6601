/**
 * Fake Excel — `Range.text`: what a cell displays, rendered here independently of the engine's own renderer
 * (src/core/text/numberFormat.ts), so tests comparing the add-in's reading with the command line's are not circular
 * (audit 3 L8). The rules are Excel's documented number-format codes, and {@link EXCEL_RENDERED} lists the examples
 * Microsoft documents with the text Excel shows for them; tests/fakeExcel/excelText.test.ts checks every one.
 *
 * Sources:
 * - "Number format codes", support.microsoft.com/office/number-format-codes-5026bbd6-04bc-48cd-bf33-80f18b4eae68
 *   (sections `pos;neg;zero;text`, `0 # ?` placeholders, `,` separator and scaling, `%`, quoted text and `\`, `@`);
 * - "Review guidelines for customizing a number format",
 *   support.microsoft.com/office/review-guidelines-for-customizing-a-number-format-c0a1d1fa-d3f4-4018-96b7-9c9354dd99f5;
 * - "Available number formats in Excel" (General: up to 11 digits, then scientific),
 *   support.microsoft.com/office/available-number-formats-in-excel-0afe8f52-97db-41f1-b972-4b46e9f1e8d2.
 * [colour]/[condition] sections and fractions are not modelled beyond dropping the brackets.
 */

/** Examples from the pages above: value, format code, the text Excel displays. */
export const EXCEL_RENDERED: readonly { value: number | string; format: string; text: string; source: string }[] = [
  { value: 1234.59, format: "####.#", text: "1234.6", source: "Number format codes: Display decimal places" },
  { value: 8.9, format: "#.000", text: "8.900", source: "Number format codes" },
  { value: 0.631, format: "0.#", text: "0.6", source: "Number format codes" },
  { value: 12, format: "#.0#", text: "12.0", source: "Number format codes" },
  { value: 1234.568, format: "#.0#", text: "1234.57", source: "Number format codes" },
  { value: 12000, format: "#,###", text: "12,000", source: "Number format codes: thousands separator" },
  { value: 12000, format: "#,", text: "12", source: "Number format codes: scale by a thousand" },
  { value: 12200000, format: "0.0,,", text: "12.2", source: "Number format codes: scale by a million" },
  { value: 0.08, format: "0%", text: "8%", source: "Number format codes: percentage" },
  { value: 0.985, format: "0.0%", text: "98.5%", source: "Number format codes: percentage" },
  { value: -12, format: "0.00;[Red]-0.00", text: "-12.00", source: "Number format codes: sections (colour ignored)" },
  { value: 0, format: '0;-0;"零"', text: "零", source: "Number format codes: zero section" },
  { value: "甲", format: '0;-0;0;"收到："@', text: "收到：甲", source: "Number format codes: text section, @" },
  { value: 125.74, format: '0.00"万元"', text: "125.74万元", source: "Review guidelines: text in quotation marks" },
  { value: 0.98, format: '"≥"0%', text: "≥98%", source: "Review guidelines: text in quotation marks" },
  { value: 3, format: '"="0"套"', text: "=3套", source: "Review guidelines: text in quotation marks" },
  { value: 12, format: "\\≤0", text: "≤12", source: "Number format codes: backslash before a character" },
  { value: 1234.5, format: "General", text: "1234.5", source: "Available number formats: General" },
  { value: 123456789012, format: "General", text: "1.23457E+11", source: "Available number formats: General, 11 digits" },
  { value: "文字", format: "@", text: "文字", source: "Available number formats: Text" },
];

function unquote(section: string): { code: string; literals: Map<number, string> } {
  // Replaces each literal ("…" or \x) by a private-use placeholder so digits inside literals are not placeholders.
  const literals = new Map<number, string>();
  let code = "";
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const text = end < 0 ? section.slice(i + 1) : section.slice(i + 1, end);
      literals.set(literals.size, text);
      code += String.fromCharCode(0xe000 + literals.size - 1);
      i = end < 0 ? section.length : end;
    } else if (ch === "\\" && i + 1 < section.length) {
      literals.set(literals.size, section[i + 1]);
      code += String.fromCharCode(0xe000 + literals.size - 1);
      i++;
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      i = end < 0 ? section.length : end; // [Red], [$-804]: no text of their own
    } else if (ch === "_" || ch === "*") {
      i++; // _x: a space the width of x; *x: fill — nothing in Range.text beyond a space
      if (ch === "_") code += " ";
    } else code += ch;
  }
  return { code, literals };
}

function restore(text: string, literals: Map<number, string>): string {
  return text.replace(/[\ue000-\uf8ff]/g, (c) => literals.get(c.charCodeAt(0) - 0xe000) ?? "");
}

function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) {
    const [m, e] = value.toExponential(5).split("e");
    const mant = m.replace(/\.?0+$/, "");
    const exp = Number(e);
    return `${mant}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  return String(Number(value.toPrecision(10)));
}

/**
 * Date/time codes (Number format codes, "Display dates, times"): yyyy/yy, m/mm (months; minutes right after h or
 * before s), d/dd, h/hh, ss — on the 1900 date system (serial 25569 = 1970-01-01).
 */
function renderDate(serial: number, code: string): string {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  const tokens = code.match(/y+|m+|d+|h+|s+|[^ymdhs]+/gi) ?? [];
  return tokens
    .map((t, i) => {
      const c = t[0].toLowerCase();
      const before = tokens
        .slice(0, i)
        .reverse()
        .find((x) => /^[ymdhs]/i.test(x));
      const after = tokens.slice(i + 1).find((x) => /^[ymdhs]/i.test(x));
      if (c === "y") return t.length <= 2 ? pad(d.getUTCFullYear() % 100, 2) : String(d.getUTCFullYear());
      if (c === "m") {
        const minutes = before?.[0].toLowerCase() === "h" || after?.[0].toLowerCase() === "s";
        if (minutes) return pad(d.getUTCMinutes(), t.length >= 2 ? 2 : 1);
        return t.length >= 2 ? pad(d.getUTCMonth() + 1, 2) : String(d.getUTCMonth() + 1);
      }
      if (c === "d") return t.length >= 2 ? pad(d.getUTCDate(), 2) : String(d.getUTCDate());
      if (c === "h") return t.length >= 2 ? pad(d.getUTCHours(), 2) : String(d.getUTCHours());
      if (c === "s") return pad(d.getUTCSeconds(), t.length >= 2 ? 2 : 1);
      return t;
    })
    .join("");
}

function renderNumber(value: number, code: string): string {
  let v = value;
  if (code.includes("%")) v *= 100 * (code.split("%").length - 1);
  // Trailing commas after the last digit placeholder scale by a thousand each.
  const lastDigit = Math.max(code.lastIndexOf("0"), code.lastIndexOf("#"), code.lastIndexOf("?"));
  let k = lastDigit + 1;
  while (code[k] === ",") {
    v /= 1000;
    k++;
  }
  const firstDigit = code.search(/[0#?.]/);
  if (firstDigit < 0) return code; // no number in the section: its text only
  let end = lastDigit + 1;
  while (code[end] === ",") end++;
  const number = code.slice(firstDigit, end).replace(/,+$/, "");
  const prefix = code.slice(0, firstDigit);
  const suffix = code.slice(end);
  const dot = number.indexOf(".");
  const intPart = (dot < 0 ? number : number.slice(0, dot)).replace(/,/g, "");
  const fracPart = dot < 0 ? "" : number.slice(dot + 1);
  const grouping = number.slice(0, dot < 0 ? undefined : dot).includes(",");
  const fracDigits = fracPart.length;
  const fixed = Math.abs(v).toFixed(fracDigits);
  const [intDigits, fp = ""] = fixed.split(".");
  let ip = intDigits;
  // Fraction: 0 keeps a digit, # drops trailing zeros, ? pads with a space.
  let fpOut = "";
  for (let i = 0; i < fracDigits; i++) fpOut += fp[i];
  for (let i = fracDigits - 1; i >= 0 && fracPart[i] !== "0" && fpOut.endsWith("0"); i--)
    fpOut = fracPart[i] === "?" ? `${fpOut.slice(0, -1)} ` : fpOut.slice(0, -1);
  const minInt = (intPart.match(/0/g) ?? []).length;
  if (ip === "0" && minInt === 0) ip = "";
  ip = ip.padStart(minInt, "0");
  if (grouping) ip = ip.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const body = fracDigits > 0 ? `${ip}.${fpOut}` : ip;
  return `${prefix}${body}${suffix}`;
}

/** The text Excel displays for `value` under number format `format` (see the module comment for what is modelled). */
export function excelDisplayText(value: number | string | boolean | null, format: string | undefined): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const f = format ?? "General";
  const sections = f.split(";");
  if (typeof value === "string") {
    const textSection = sections.length >= 4 ? sections[3] : sections.find((s) => s.includes("@"));
    if (!textSection) return value;
    const { code, literals } = unquote(textSection);
    const parts = code.split("@");
    return parts.map((part) => restore(part, literals)).join(value);
  }
  if (/^general$/i.test(f) || f === "@") return general(value);
  if (
    /[yYdDhHsS]/.test(
      f
        .replace(/"[^"]*"/g, "")
        .replace(/\\./g, "")
        .replace(/\[[^\]]*\]/g, ""),
    )
  ) {
    const { code, literals } = unquote(sections[0]);
    return restore(renderDate(value, code), literals);
  }
  let section = sections[0];
  let v = value;
  if (value < 0 && sections.length >= 2) {
    section = sections[1];
    v = -value;
  } else if (value === 0 && sections.length >= 3) section = sections[2];
  const { code, literals } = unquote(section);
  if (/^general$/i.test(code.trim())) return restore(general(v), literals);
  const text = renderNumber(v, code);
  const sign = value < 0 && sections.length < 2 && /[1-9]/.test(text) ? "-" : "";
  return sign + restore(text, literals);
}
