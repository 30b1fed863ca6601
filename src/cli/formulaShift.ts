/**
 * Moves the cell references of a formula as Excel does when rows are inserted: every reference to a row at or below
 * the insertion point on the sheet that gets the rows moves down (absolute or not), a range spanning the insertion
 * point grows; references to other sheets, other workbooks, whole columns and text inside quotes stay as they are.
 * Also translates a shared formula (Excel's fill-down) from its master to another cell (relative parts only).
 *
 * Pure string work on A1-style formulas. Returns null when the formula holds something it cannot move safely
 * (a 3-D reference over several sheets that include the target, an unterminated string…): the caller then refuses.
 */

/** Maps a 1-based row of the target sheet to its row after the insertion. */
export type RowMap = (row: number) => number;

const MAX_ROW = 1048576;
const MAX_COL = 16384;

function colNum(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function colLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Sheet name as written in a reference prefix ('It''s'! or Sheet1!) → the name. */
function unquoteSheet(prefix: string): string {
  const p = prefix.endsWith("!") ? prefix.slice(0, -1) : prefix;
  if (p.startsWith("'") && p.endsWith("'")) return p.slice(1, -1).replace(/''/g, "'");
  return p;
}

/** How a reference is to be changed. */
interface RefEdit {
  /** Rewrites one row number (1-based) given whether it is absolute; returns the new row or null for #REF!. */
  row(row: number, absolute: boolean): number | null;
  /** Rewrites one column number (1-based). */
  col(col: number, absolute: boolean): number | null;
  /** Whether references with this sheet prefix ("" = unqualified) are edited. */
  applies(sheet: string | null): boolean;
}

// One token at a time: strings, quoted or plain sheet prefixes, cell/range references, row ranges, anything else.
const SHEET_PREFIX = String.raw`(?:'(?:[^']|'')+'|\[[^\]]*\][^!'"\s(),;:{}=<>&+\-*/^%]*|[A-Za-z_\u00a0-\uffff][\w.\u00a0-\uffff]*(?::[A-Za-z_\u00a0-\uffff][\w.\u00a0-\uffff]*)?)!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d{1,7}`;
const ROWS = String.raw`\$?\d{1,7}:\$?\d{1,7}`;
const COLS = String.raw`\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}`;
const TOKEN = new RegExp(
  String.raw`"(?:[^"]|"")*"|(${SHEET_PREFIX})?(${CELL}(?::${CELL})?|${ROWS}|${COLS})(?![\w(.!\u00a0-\uffff])|[A-Za-z_\u00a0-\uffff][\w.\u00a0-\uffff]*|"`,
  "g",
);

function editCell(ref: string, edit: RefEdit): string | null {
  const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/.exec(ref);
  if (!m) return ref;
  const col = edit.col(colNum(m[2]), m[1] === "$");
  const row = edit.row(Number(m[4]), m[3] === "$");
  if (col === null || row === null) return null;
  return `${m[1]}${colLetters(col)}${m[3]}${row}`;
}

function editRowOnly(ref: string, edit: RefEdit): string | null {
  const m = /^(\$?)(\d{1,7})$/.exec(ref);
  if (!m) return ref;
  const row = edit.row(Number(m[2]), m[1] === "$");
  return row === null ? null : `${m[1]}${row}`;
}

function editColOnly(ref: string, edit: RefEdit): string | null {
  const m = /^(\$?)([A-Za-z]{1,3})$/.exec(ref);
  if (!m) return ref;
  const col = edit.col(colNum(m[2]), m[1] === "$");
  return col === null ? null : `${m[1]}${colLetters(col)}`;
}

/** Rewrites the references of `formula` (without the leading "="); null when it cannot be done safely. */
function rewrite(formula: string, edit: RefEdit): string | null {
  let out = "";
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(formula); m; m = TOKEN.exec(formula)) {
    const tok = m[0];
    if (tok === '"') return null; // unterminated string
    const ref = m[2];
    if (ref === undefined) continue; // a string, a function or a name
    // A reference glued to a preceding identifier character (e.g. the "A1" of "XA1") is not a reference.
    const before = formula[m.index - 1];
    if (before !== undefined && /[\w.$\u00a0-\uffff]/.test(before) && !m[1]) continue;
    const prefix = m[1] ?? "";
    if (prefix.startsWith("[")) continue; // another workbook
    let sheet: string | null = null;
    if (prefix) {
      const name = unquoteSheet(prefix);
      if (!prefix.startsWith("'") && name.includes(":")) {
        // 3-D reference over several sheets: cannot tell which sheets lie between.
        if (name.split(":").some((n) => edit.applies(n))) return null;
        continue;
      }
      if (prefix.startsWith("'") && /^[^:]+:[^:]+$/.test(name) && name.split(":").some((n) => edit.applies(n))) return null;
      sheet = name;
    }
    if (!edit.applies(sheet)) continue;
    let moved: string | null;
    if (/^\$?\d/.test(ref)) {
      const [a, b] = ref.split(":");
      const x = editRowOnly(a, edit);
      const y = editRowOnly(b, edit);
      moved = x === null || y === null ? null : `${x}:${y}`;
    } else if (/^\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}$/.test(ref)) {
      const [a, b] = ref.split(":");
      const x = editColOnly(a, edit);
      const y = editColOnly(b, edit);
      moved = x === null || y === null ? null : `${x}:${y}`;
    } else {
      const parts = ref.split(":");
      const done = parts.map((p) => editCell(p, edit));
      moved = done.some((d) => d === null) ? null : done.join(":");
    }
    const start = m.index + prefix.length;
    out += formula.slice(last, start) + (moved ?? "#REF!");
    last = start + ref.length;
  }
  return out + formula.slice(last);
}

/**
 * Moves the references of `formula` (written on sheet `formulaSheet`) that point at rows of `targetSheet` as an
 * insertion described by `mapRow` does. Null when it cannot be done safely.
 */
export function shiftFormulaRows(formula: string, formulaSheet: string, targetSheet: string, mapRow: RowMap): string | null {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  return rewrite(formula, {
    row: (r) => {
      const n = mapRow(r);
      return n > MAX_ROW ? null : n;
    },
    col: (c) => c,
    applies: (sheet) => (sheet === null ? same(formulaSheet, targetSheet) : same(sheet, targetSheet)),
  });
}

/** A shared formula written at its master, as it reads `dRows`/`dCols` away (relative parts move). */
export function translateFormula(formula: string, dRows: number, dCols: number): string | null {
  return rewrite(formula, {
    row: (r, abs) => {
      const n = abs ? r : r + dRows;
      return n < 1 || n > MAX_ROW ? null : n;
    },
    col: (c, abs) => {
      const n = abs ? c : c + dCols;
      return n < 1 || n > MAX_COL ? null : n;
    },
    applies: () => true,
  });
}

/** An area "A1:B3" (or one cell, `$` allowed) moved by `mapRow`; null when unreadable. */
export function shiftAreaRows(area: string, mapRow: RowMap): string | null {
  return rewrite(area, { row: (r) => mapRow(r), col: (c) => c, applies: () => true });
}
