/**
 * What Excel displays for a number under a number format code, for the common codes found in 绩效表:
 * quoted/escaped literals, 0 # ? placeholders, decimals, thousands separators, percent, up to 4 sections
 * (positive;negative;zero;text), colours and locale tags ([Red], [$-804], [$¥-804]).
 * exceljs does not apply number formats (its `cell.text` is the raw value), so the CLI renders them here.
 * Returns null for what it does not render (dates/times, fractions, scientific, conditions) — the caller then
 * falls back to the raw value, never to a guess.
 * Format codes: https://support.microsoft.com/office/review-guidelines-for-customizing-a-number-format-c0a1d1fa-d3f4-4018-96b7-9c9354dd99f5
 */

type Token =
  | { kind: "lit"; text: string }
  | { kind: "digit"; ch: "0" | "#" | "?" }
  | { kind: "point" }
  | { kind: "comma" }
  | { kind: "percent" }
  | { kind: "at" }
  /** The number as General shows it, literals around it: "General", or its name in a Chinese Excel, "G/通用格式". */
  | { kind: "general" };

/** General by its English name or a Chinese Excel's ("G/通用格式", which zh-CN workbooks save). */
const GENERAL = /^(general|G\/通用格式)/i;
/** A whole code (or section) that is General and nothing else. */
const isGeneral = (code: string) => /^(general|G\/通用格式)$/i.test(code);
/**
 * Tags that change only how digits are written, not the number: [DBNum1]–[DBNum4] (Chinese numerals, 三 / 叁 / ３ …).
 * Rendered with Arabic digits — an approximation that keeps the number readable to the checks (the shown text would
 * be 二〇二一年十一月三十日 or 叁佰).
 */
const DIGIT_STYLE = /^DBNum[1-4]$/i;

/** Splits a format code into its sections on `;` outside quotes and brackets. */
function sections(code: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (quoted) {
      cur += ch;
      if (ch === '"') quoted = false;
    } else if (ch === '"') {
      quoted = true;
      cur += ch;
    } else if (ch === "\\" && i + 1 < code.length) {
      cur += ch + code[++i];
    } else if (bracket) {
      cur += ch;
      if (ch === "]") bracket = false;
    } else if (ch === "[") {
      bracket = true;
      cur += ch;
    } else if (ch === ";") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Tokens of one section, or null when it uses something not rendered here. */
function tokenize(section: string): Token[] | null {
  const out: Token[] = [];
  const lit = (text: string) => {
    const last = out[out.length - 1];
    if (last && last.kind === "lit") last.text += text;
    else out.push({ kind: "lit", text });
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    // (General by either name, with a unit or a sign written around it: G/通用格式"人", "≥"G/通用格式.)
    const general = ch === "G" || ch === "g" ? GENERAL.exec(section.slice(i)) : null;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      if (end < 0) return null;
      lit(section.slice(i + 1, end));
      i = end;
    } else if (ch === "\\") {
      if (i + 1 < section.length) lit(section[++i]);
    } else if (ch === "_") {
      i++;
      lit(" ");
    } else if (ch === "*") {
      i++; // fill character: nothing in plain text
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      if (end < 0) return null;
      const tag = section.slice(i + 1, end);
      if (/^\$/.test(tag)) {
        const sym = tag.slice(1).split("-")[0];
        if (sym) lit(sym);
      } else if (/^(black|blue|cyan|green|magenta|red|white|yellow|color\s*\d+)$/i.test(tag) || DIGIT_STYLE.test(tag)) {
        // colour, or a digit style: not part of the text
      } else return null; // conditions, elapsed time …
      i = end;
    } else if (general) {
      out.push({ kind: "general" });
      i += general[0].length - 1;
    } else if (ch === "0" || ch === "#" || ch === "?") out.push({ kind: "digit", ch });
    else if (ch === ".") out.push({ kind: "point" });
    else if (ch === ",") out.push({ kind: "comma" });
    else if (ch === "%") out.push({ kind: "percent" });
    else if (ch === "@") out.push({ kind: "at" });
    else if (/[yYmMdDhHsSeEbBgG/]/.test(ch))
      return null; // dates, times, scientific, fractions
    else lit(ch);
  }
  return out;
}

/** Rounds half away from zero to `decimals` the way Excel does (on the 15-digit decimal value), as digit strings. */
function roundParts(x: number, decimals: number): { int: string; frac: string } {
  const d = Math.min(decimals, 15);
  const scaled = Math.round(Number((Math.abs(x) * 10 ** d).toPrecision(15)));
  let digits = BigInt(scaled).toString();
  if (!Number.isSafeInteger(scaled)) digits = Math.abs(x).toFixed(d).replace(".", "");
  digits = digits.padStart(d + 1, "0");
  const int = digits.slice(0, digits.length - d).replace(/^0+/, "");
  return { int, frac: digits.slice(digits.length - d) };
}

function renderNumber(tokens: Token[], x: number, negativeSign: boolean): string | null {
  let scale = 1;
  for (const t of tokens) if (t.kind === "percent") scale *= 100;
  const general = tokens.findIndex((t) => t.kind === "general");
  if (general >= 0) {
    // General with literals around it; placeholders beside it are not rendered here.
    if (tokens.some((t) => t.kind === "digit" || (t.kind === "general" && t !== tokens[general]))) return null;
    const value = x * scale;
    const number = generalNumber(negativeSign ? value : Math.abs(value));
    return (
      tokens.slice(0, general).map(literal).join("") +
      number +
      tokens
        .slice(general + 1)
        .map(literal)
        .join("")
    );
  }
  const pointAt = tokens.findIndex((t) => t.kind === "point");
  const digitIdx = tokens.map((t, i) => (t.kind === "digit" ? i : -1)).filter((i) => i >= 0);
  if (digitIdx.length === 0) {
    // No placeholder: only literals (e.g. `"达标"`); Excel shows the literals.
    const text = tokens.map((t) => (t.kind === "lit" ? t.text : t.kind === "percent" ? "%" : "")).join("");
    return (negativeSign && x < 0 ? "-" : "") + text;
  }
  const first = digitIdx[0];
  const last = digitIdx[digitIdx.length - 1];
  // Literals between placeholders (phone-number style codes) are not rendered here.
  for (let i = first; i <= last; i++) if (tokens[i].kind === "lit" || tokens[i].kind === "percent") return null;
  const intDigits = digitIdx.filter((i) => pointAt < 0 || i < pointAt);
  const fracDigits = digitIdx.filter((i) => pointAt >= 0 && i > pointAt);
  // Commas between integer placeholders group thousands; commas after the last integer placeholder scale by 1,000.
  let grouping = false;
  let thousandsScale = 1;
  tokens.forEach((t, i) => {
    if (t.kind !== "comma") return;
    const before = digitIdx.some((d) => d < i);
    const after = intDigits.some((d) => d > i);
    if (before && after) grouping = true;
    else if (before && !after && (pointAt < 0 || i < pointAt)) thousandsScale *= 1000;
  });
  const value = (x * scale) / thousandsScale;
  const { int, frac } = roundParts(value, fracDigits.length);
  let intText = int;
  const minInt = intDigits.filter((i) => (tokens[i] as { ch: string }).ch === "0").length;
  while (intText.length < minInt) intText = `0${intText}`;
  if (grouping) intText = intText.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  // Fraction: trailing zeros dropped under "#", shown as spaces under "?", kept under "0".
  let fracText = frac.padEnd(fracDigits.length, "0").slice(0, fracDigits.length);
  for (let k = fracDigits.length - 1; k >= 0; k--) {
    const ch = (tokens[fracDigits[k]] as { ch: string }).ch;
    if (fracText[k] !== "0" || ch === "0") break;
    fracText = fracText.slice(0, k) + (ch === "?" ? " " : "");
  }
  const isNegative = value < 0 && /[1-9]/.test(int + fracText);
  const number = intText + (pointAt >= 0 ? `.${fracText}` : "");
  const before = tokens.slice(0, first).map(literal).join("");
  const after = tokens
    .slice(last + 1)
    .map(literal)
    .join("");
  return (negativeSign && isNegative ? "-" : "") + before + number + after;
}

function literal(t: Token): string {
  return t.kind === "lit" ? t.text : t.kind === "percent" ? "%" : "";
}

/** Excel's "General" for a number: up to 11 significant digits. */
export function generalNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Number.isInteger(x) && Math.abs(x) < 1e11) return String(x);
  return String(Number(x.toPrecision(11)));
}

/** The text Excel shows for `value` under `code`, or null when not rendered here (caller falls back). */
export function formatNumber(value: number, code: string | undefined | null): string | null {
  if (!Number.isFinite(value)) return null;
  const c = (code ?? "").trim();
  if (c === "" || isGeneral(c)) return null;
  const parts = sections(c);
  let section: string;
  let sign = true;
  if (parts.length === 1) section = parts[0];
  else if (value > 0 || (value === 0 && parts.length === 2)) section = parts[0];
  else if (value < 0) {
    section = parts[1];
    sign = false; // the negative section writes its own sign (or brackets)
  } else section = parts[2] ?? parts[0];
  if (isGeneral(section.trim())) return generalNumber(sign ? value : Math.abs(value));
  const tokens = tokenize(section);
  if (!tokens) return null;
  if (tokens.some((t) => t.kind === "at")) return null;
  const out = renderNumber(tokens, sign ? value : Math.abs(value), sign);
  return out;
}

/** The text Excel shows for a text value under `code` (its 4th section or a single section with @). */
export function formatText(value: string, code: string | undefined | null): string | null {
  const c = (code ?? "").trim();
  if (c === "" || isGeneral(c) || c === "@") return null;
  const parts = sections(c);
  const section = parts.length >= 4 ? parts[3] : parts.length === 1 && parts[0].includes("@") ? parts[0] : null;
  if (section === null) return null;
  const tokens = tokenize(section);
  if (!tokens || tokens.some((t) => t.kind === "digit")) return null;
  return tokens.map((t) => (t.kind === "lit" ? t.text : t.kind === "at" ? value : t.kind === "percent" ? "%" : "")).join("");
}

// ───────────────────────────── dates ─────────────────────────────

/** True for number format codes that show a date or time ("yyyy/m/d", "yyyy\"年\"m\"月\"d\"日\"", "h:mm"…). */
export function isDateTimeFormat(code: string | undefined | null): boolean {
  const c = (code ?? "").trim();
  if (c === "" || isGeneral(c) || c === "@") return false;
  // The system's long date or time ([$-F800] / [$-F400] and whatever follows): a date.
  if (/\[\$-F[48]00\]/i.test(c)) return true;
  const bare = c
    .replace(/G\/通用格式/g, "")
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[ymdhs]/i.test(bare) && !/^[#0.,%\s?E+-]*$/i.test(bare);
}

/** Excel's 1900 date system: serial → UTC date parts (serial 60 is Excel's 29 Feb 1900, shown as 1900-02-29). */
function serialParts(serial: number): { y: number; m: number; d: number; hh: number; mi: number; ss: number } {
  const day = Math.floor(serial);
  const secs = Math.round((serial - day) * 86400);
  let y: number;
  let m: number;
  let d: number;
  if (day === 60) [y, m, d] = [1900, 2, 29];
  else {
    const ms = ((day < 60 ? day + 1 : day) - 25569) * 86400000;
    const dt = new Date(ms);
    [y, m, d] = [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
  }
  return { y, m, d, hh: Math.floor(secs / 3600) % 24, mi: Math.floor(secs / 60) % 60, ss: secs % 60 };
}

/**
 * The text Excel shows for a date/time serial under a date code: y/yy/yyyy, m/mm (month, or minutes after h /
 * before s), d/dd, h/hh, s/ss, literals (quoted, escaped, CJK). Null for what is not rendered here (month and
 * day names, AM/PM, elapsed time, fractions of seconds) and for serials outside Excel's date range.
 */
export function formatDateSerial(serial: number, code: string | undefined | null): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2958466) return null;
  // [$-F800] is the system's long date, [$-F400] its time, whatever the code says after the tag (Excel's 长日期 and
  // 时间 formats): shown as a zh-CN system shows them.
  if (/\[\$-F800\]/i.test(code ?? "")) return formatDateSerial(serial, 'yyyy"年"m"月"d"日"');
  if (/\[\$-F400\]/i.test(code ?? "")) return formatDateSerial(serial, "h:mm:ss");
  const section = sections((code ?? "").trim())[0];
  const p = serialParts(serial);
  type Part = { kind: "lit"; text: string } | { kind: "code"; ch: string; n: number };
  const parts: Part[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      if (end < 0) return null;
      parts.push({ kind: "lit", text: section.slice(i + 1, end) });
      i = end;
    } else if (ch === "\\") {
      if (i + 1 < section.length) parts.push({ kind: "lit", text: section[++i] });
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      if (end < 0) return null;
      const tag = section.slice(i + 1, end);
      if (
        !/^\$/.test(tag) &&
        !/^(black|blue|cyan|green|magenta|red|white|yellow|color\s*\d+)$/i.test(tag) &&
        !DIGIT_STYLE.test(tag)
      )
        return null;
      const sym = /^\$/.test(tag) ? tag.slice(1).split("-")[0] : "";
      if (sym) parts.push({ kind: "lit", text: sym });
      i = end;
    } else if (/[ymdhs]/i.test(ch)) {
      let n = 1;
      while (section[i + n]?.toLowerCase() === ch.toLowerCase()) n++;
      parts.push({ kind: "code", ch: ch.toLowerCase(), n });
      i += n - 1;
    } else if (/[a-z]/i.test(ch) || ch === "0" || ch === "#" || ch === "?")
      return null; // AM/PM, names, fractions
    else parts.push({ kind: "lit", text: ch });
  }
  const codes = parts.filter((x): x is Extract<Part, { kind: "code" }> => x.kind === "code");
  const pad = (v: number, n: number) => String(v).padStart(n, "0");
  let out = "";
  for (const part of parts) {
    if (part.kind === "lit") {
      out += part.text;
      continue;
    }
    const k = codes.indexOf(part);
    const prev = codes[k - 1];
    const next = codes[k + 1];
    switch (part.ch) {
      case "y":
        out += part.n <= 2 ? pad(p.y % 100, 2) : String(p.y);
        break;
      case "m":
        if (part.n <= 2 && (prev?.ch === "h" || next?.ch === "s")) out += part.n === 2 ? pad(p.mi, 2) : String(p.mi);
        else if (part.n <= 2) out += part.n === 2 ? pad(p.m, 2) : String(p.m);
        else return null; // month names
        break;
      case "d":
        if (part.n > 2) return null; // day names
        out += part.n === 2 ? pad(p.d, 2) : String(p.d);
        break;
      case "h":
        out += part.n >= 2 ? pad(p.hh, 2) : String(p.hh);
        break;
      case "s":
        out += part.n >= 2 ? pad(p.ss, 2) : String(p.ss);
        break;
    }
  }
  return out;
}

/**
 * What Excel displays for a cell value under its number format — the model of `Range.text`
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-text-member: "Text values of the
 * specified range. The text value will not depend on the cell width. The number sign (#) substitution that happens
 * in the Excel UI will not affect the text value returned by the API."). Empty cell → "", booleans → TRUE/FALSE,
 * numbers under General → up to 11 significant digits, dates/percent/decimals/literals by the code; a code not
 * rendered here falls back to the General text (a documented approximation, never a guess at the format).
 */
export function displayText(value: string | number | boolean | null, code: string | undefined | null): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return formatText(value, code) ?? value;
  if (isDateTimeFormat(code)) return formatDateSerial(value, code) ?? generalNumber(value);
  return formatNumber(value, code) ?? generalNumber(value);
}
