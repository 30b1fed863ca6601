/**
 * Text from workbooks (cell text, sheet and file names) is untrusted: before it reaches a terminal, control
 * characters (ESC sequences, CR/LF that would forge report lines, C1 controls) and bidi overrides are turned into
 * visible symbols. JSON output needs nothing: JSON.stringify escapes control characters itself.
 */

// C0 controls, DEL, C1 controls; bidi embeddings/overrides/isolates; line/paragraph separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** One visible stand-in per unsafe character: ␛ for ESC, ␊ for LF …; tab becomes a space. */
export function safeTerminalText(s: string): string {
  return s.replace(UNSAFE, (ch) => {
    const c = ch.charCodeAt(0);
    if (c === 0x09) return " ";
    if (c < 0x20) return String.fromCharCode(0x2400 + c);
    if (c === 0x7f) return "\u2421";
    return "\ufffd";
  });
}

/** A deep copy of `value` with every string made terminal-safe (object keys untouched). */
export function sanitizeStrings<T>(value: T): T {
  if (typeof value === "string") return safeTerminalText(value) as T;
  if (Array.isArray(value)) return value.map((v) => sanitizeStrings(v)) as T;
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = sanitizeStrings(v);
    return out as T;
  }
  return value;
}

/**
 * The one printer for report lines: each line's text made terminal-safe, then joined, so no text from a workbook,
 * file name or template can add a line, move the cursor or retitle the terminal.
 */
export function printLines(write: (text: string) => void, lines: readonly string[]): void {
  if (lines.length === 0) return;
  write(`${lines.map(safeTerminalText).join("\n")}\n`);
}

/** Tagged template: every interpolated value made terminal-safe, the literal text kept (for one-off messages). */
export function safe(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0];
  values.forEach((v, i) => {
    out += safeTerminalText(String(v)) + strings[i + 1];
  });
  return out;
}

// SGR colour sequences (ESC [ … m) are the only escapes this program writes itself.
const UNSAFE_EXCEPT_LAYOUT =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /\u001b\[[0-9;]*[mK]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Last line of defence for whole outputs shown on a terminal (e.g. CSV printed to a TTY): every control character
 * except line breaks, tabs and colour codes is made visible.
 */
export function terminalSafeOutput(text: string): string {
  return text.replace(UNSAFE_EXCEPT_LAYOUT, (m) => (m.length > 1 ? m : safeTerminalText(m)));
}
