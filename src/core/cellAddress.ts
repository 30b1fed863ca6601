/**
 * A1 address arithmetic and a literal-grid snapshot builder. Rows and columns are 0-based.
 * Kept free of zod so that the engine's run-time path does not load the schema library.
 */
import type { CellRange, CellValue, SheetSnapshot } from "./snapshot";

/** 0-based column index → letters (0 → A, 26 → AA). */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based (row, col) → "B3". */
export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A range → "A1:G1" (or "A1" for one cell). */
export function rangeToA1(r: CellRange): string {
  const a = toA1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${toA1(r.bottom, r.right)}`;
}

/** "B3" → { row: 2, col: 1 }; throws on malformed input. */
export function fromA1(address: string): { row: number; col: number } {
  // The addresses the engine writes itself ("B3", "AA10": 1–3 capitals, then 1–15 digits) read by character codes;
  // anything else (lower case, "$", spaces, longer numbers) by the pattern below — the same answer either way.
  // Verification parses a cell per proposal, hundreds of thousands on a sheet of many forms.
  const n = address.length;
  let i = 0;
  let letters = 0;
  for (; i < n && i < 3; i++) {
    const c = address.charCodeAt(i);
    if (c < 65 || c > 90) break;
    letters = letters * 26 + (c - 64);
  }
  if (i > 0 && i < n && n - i <= 15) {
    let digits = 0;
    let j = i;
    for (; j < n; j++) {
      const c = address.charCodeAt(j);
      if (c < 48 || c > 57) break;
      digits = digits * 10 + (c - 48);
    }
    if (j === n) return { row: digits - 1, col: letters - 1 };
  }
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Not an A1 cell address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "A1:G3" or "B2" → range. */
export function rangeFromA1(address: string): CellRange {
  const [a, b] = address.split(":");
  const p = fromA1(a);
  const q = b ? fromA1(b) : p;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** Builds a snapshot from a literal grid whose top-left is `originA1` (tests, demos). */
export function snapshotFromGrid(name: string, grid: CellValue[][], merges: string[] = [], originA1 = "A1"): SheetSnapshot {
  const origin = fromA1(originA1);
  return { name, origin, values: grid, merges: merges.map(rangeFromA1) };
}
