/**
 * A copy of a sheet snapshot with one cell's text replaced — the in-memory "write" a suggestion is verified on.
 * The input snapshot is never changed; rows and cells not touched are shared with it.
 */
import { fromA1 } from "../cellAddress";
import type { CellValue, SheetSnapshot } from "../snapshot";

/** A snapshot written by `withCellText(s)` → the snapshot it was written into and the cells written (sheet coordinates). */
const PATCHES = new WeakMap<SheetSnapshot, { base: SheetSnapshot; cells: readonly WrittenCell[] }>();

/** A cell written into a copy: its position (sheet coordinates) and the value written (null: emptied). */
export type WrittenCell = { row: number; col: number; value: CellValue };

/**
 * The snapshot `snapshot` was made from by `withCellText` or `withCellTexts`, with the cells written; undefined for
 * any other snapshot. A re-check uses it to reuse what the first check worked out about the unchanged cells.
 */
export function patchOf(snapshot: SheetSnapshot): { base: SheetSnapshot; cells: readonly WrittenCell[] } | undefined {
  return PATCHES.get(snapshot);
}

/** The snapshot as it would be after writing `text` into `a1` (displayed text = value = `text`). */
export function withCellText(snapshot: SheetSnapshot, a1: string, text: string): SheetSnapshot {
  const out = writeCellText(snapshot, a1, text);
  const { row, col } = fromA1(a1);
  PATCHES.set(out, { base: snapshot, cells: [{ row, col, value: text === "" ? null : text }] });
  return out;
}

function writeCellText(snapshot: SheetSnapshot, a1: string, text: string): SheetSnapshot {
  const { row, col } = fromA1(a1);
  const value: CellValue = text === "" ? null : text;
  if (snapshot.cells) {
    const cells = snapshot.cells.filter((c) => c.row !== row || c.col !== col);
    if (value !== null) cells.push({ row, col, value });
    return { ...snapshot, cells };
  }
  const r = row - snapshot.origin.row;
  const c = col - snapshot.origin.col;
  if (r < 0 || c < 0) {
    // Outside the grid's top-left: rebuild as a sparse snapshot (rare; never on a cell the engine read).
    const cells = toSparse(snapshot).filter((x) => x.row !== row || x.col !== col);
    if (value !== null) cells.push({ row, col, value });
    return { name: snapshot.name, origin: { row: 0, col: 0 }, values: [], merges: snapshot.merges, cells };
  }
  const values = snapshot.values.slice();
  while (values.length <= r) values.push([]);
  const line = (values[r] ?? []).slice();
  while (line.length < c) line.push(null);
  line[c] = value;
  values[r] = line;
  let texts = snapshot.texts;
  if (texts && texts[r] && texts[r][c] !== undefined && texts[r][c] !== null) {
    texts = texts.slice();
    const t = texts[r].slice();
    t[c] = null;
    texts[r] = t;
  }
  return { ...snapshot, values, ...(texts ? { texts } : {}) };
}

function toSparse(s: SheetSnapshot): { row: number; col: number; value: CellValue; text?: string }[] {
  const out: { row: number; col: number; value: CellValue; text?: string }[] = [];
  s.values.forEach((line, r) =>
    (line ?? []).forEach((v, c) => {
      const text = s.texts?.[r]?.[c];
      if (v === null && !text) return;
      out.push({ row: r + s.origin.row, col: c + s.origin.col, value: v, ...(text ? { text } : {}) });
    }),
  );
  return out;
}

/** A cell's key: a number (row × 2^20 + column) for any real column, a string beyond (never the same key twice). */
function cellKey(row: number, col: number): number | string {
  return col < 1_048_576 ? row * 1_048_576 + col : `${row},${col}`;
}

/**
 * Whether no two cells are the same: their positions (row × 2^20 + column, exact in a double) sorted as numbers, then
 * compared side by side — a set of these keys hashed each as a heap number, and cost more than the writes. A column past
 * 2^20 may share its number with another cell: then the cells are taken as not distinct (the slower exact path).
 */
function allDistinct(cells: readonly { row: number; col: number }[]): boolean {
  const keys = new Float64Array(cells.length);
  for (let i = 0; i < cells.length; i++) keys[i] = cells[i].row * 1_048_576 + cells[i].col;
  keys.sort();
  for (let i = 1; i < keys.length; i++) if (keys[i] === keys[i - 1]) return false;
  return true;
}

/**
 * The snapshot after writing every change, as `withCellText` one after another would give it, but copying the
 * grid once: applied one by one, a batch of proposals on a sheet of many stacked forms copied the whole sheet per
 * proposal (quadratic in the sheet's size).
 */
export function withCellTexts(snapshot: SheetSnapshot, changes: readonly { cell: string; text: string }[]): SheetSnapshot {
  const at = changes.map((c) => {
    const { row, col } = fromA1(c.cell);
    return { row, col, value: (c.text === "" ? null : c.text) as CellValue };
  });
  const distinct = allDistinct(at);
  const inGrid = at.every((a) => a.row >= snapshot.origin.row && a.col >= snapshot.origin.col);
  if (changes.length <= 1 || !distinct || (!snapshot.cells && !inGrid)) {
    return changes.reduce((s, c) => withCellText(s, c.cell, c.text), snapshot);
  }
  if (snapshot.cells) {
    const changed = new Set(at.map((a) => cellKey(a.row, a.col)));
    const cells = snapshot.cells.filter((c) => !changed.has(cellKey(c.row, c.col)));
    for (const a of at) if (a.value !== null) cells.push({ row: a.row, col: a.col, value: a.value });
    const out = { ...snapshot, cells };
    PATCHES.set(out, { base: snapshot, cells: at });
    return out;
  }
  const values = snapshot.values.slice();
  const texts = snapshot.texts ? snapshot.texts.slice() : undefined;
  const copied = new Set<number>();
  const copiedTexts = new Set<number>();
  for (const a of at) {
    const r = a.row - snapshot.origin.row;
    const c = a.col - snapshot.origin.col;
    while (values.length <= r) values.push([]);
    if (!copied.has(r)) {
      values[r] = (values[r] ?? []).slice();
      copied.add(r);
    }
    const line = values[r];
    while (line.length < c) line.push(null);
    line[c] = a.value;
    if (texts && texts[r] && texts[r][c] !== undefined && texts[r][c] !== null) {
      if (!copiedTexts.has(r)) {
        texts[r] = texts[r].slice();
        copiedTexts.add(r);
      }
      texts[r][c] = null;
    }
  }
  const out = { ...snapshot, values, ...(texts ? { texts } : {}) };
  PATCHES.set(out, { base: snapshot, cells: at });
  return out;
}
