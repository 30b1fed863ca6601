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
  | { kind: "at" };

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
      } else if (/^(black|blue|cyan|green|magenta|red|white|yellow|color\s*\d+)$/i.test(tag)) {
        // colour: not part of the text
      } else return null; // conditions, elapsed time …
      i = end;
    } else if (ch === "0" || ch === "#" || ch === "?") out.push({ kind: "digit", ch });
    else if (ch === ".") out.push({ kind: "point" });
    else if (ch === ",") out.push({ kind: "comma" });
    else if (ch === "%") out.push({ kind: "percent" });
    else if (ch === "@") out.push({ kind: "at" });
    else if (/[yYmMdDhHsSeEbBgG/]/.test(ch)) {
      if (/^general/i.test(section.slice(i))) return null;
      return null; // dates, times, scientific, fractions
    } else lit(ch);
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
  if (c === "" || /^general$/i.test(c)) return null;
  const parts = sections(c);
  let section: string;
  let sign = true;
  if (parts.length === 1) section = parts[0];
  else if (value > 0 || (value === 0 && parts.length === 2)) section = parts[0];
  else if (value < 0) {
    section = parts[1];
    sign = false; // the negative section writes its own sign (or brackets)
  } else section = parts[2] ?? parts[0];
  if (/^general$/i.test(section.trim())) return (sign ? "" : "") + generalNumber(sign ? value : Math.abs(value));
  const tokens = tokenize(section);
  if (!tokens) return null;
  if (tokens.some((t) => t.kind === "at")) return null;
  const out = renderNumber(tokens, sign ? value : Math.abs(value), sign);
  return out;
}

/** The text Excel shows for a text value under `code` (its 4th section or a single section with @). */
export function formatText(value: string, code: string | undefined | null): string | null {
  const c = (code ?? "").trim();
  if (c === "" || /^general$/i.test(c) || c === "@") return null;
  const parts = sections(c);
  const section = parts.length >= 4 ? parts[3] : parts.length === 1 && parts[0].includes("@") ? parts[0] : null;
  if (section === null) return null;
  const tokens = tokenize(section);
  if (!tokens || tokens.some((t) => t.kind === "digit")) return null;
  return tokens.map((t) => (t.kind === "lit" ? t.text : t.kind === "at" ? value : t.kind === "percent" ? "%" : "")).join("");
}
