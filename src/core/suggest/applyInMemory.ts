/**
 * A copy of a sheet snapshot with one cell's text replaced — the in-memory "write" a suggestion is verified on.
 * The input snapshot is never changed; rows and cells not touched are shared with it.
 */
import { fromA1 } from "../cellAddress";
import type { CellValue, SheetSnapshot } from "../snapshot";

/** The snapshot as it would be after writing `text` into `a1` (displayed text = value = `text`). */
export function withCellText(snapshot: SheetSnapshot, a1: string, text: string): SheetSnapshot {
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
