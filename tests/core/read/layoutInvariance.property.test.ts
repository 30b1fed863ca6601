/**
 * Property: moving a form on the sheet, inserting blank rows or columns anywhere in it (merges grow as in
 * Excel), and reordering the indicator table's columns change no finding except its cell addresses.
 * Forms: the two sample layouts, the split-column layout and two real tables.
 */
import path from "node:path";
import fc from "fast-check";
import { checkSheet } from "../../../src/core/check";
import type { Diagnostic } from "../../../src/core/diagnostics";
import type { CellRange, CellValue, SheetSnapshot } from "../../../src/core/snapshot";
import { fromA1, toA1 } from "../../../src/core/snapshot";
import { readWorkbookSnapshots } from "../../../src/cli/readWorkbookSnapshots";
import { shenmuGrid, toSnapshot, wuhaiGrid } from "../helpers/formGrids";
import { splitGrid } from "../helpers/splitGrid";

interface Dense {
  name: string;
  cells: CellValue[][];
  merges: CellRange[];
  /** Original (row, col) → current (row, col). */
  map: (row: number, col: number) => [number, number];
}

function dense(s: SheetSnapshot): Dense {
  const cells: CellValue[][] = [];
  s.values.forEach((r, i) => {
    const row: CellValue[] = new Array<CellValue>(s.origin.col).fill(null);
    r.forEach((v) => row.push(v));
    cells[s.origin.row + i] = row;
  });
  for (let i = 0; i < cells.length; i++) cells[i] ??= [];
  return { name: s.name, cells, merges: s.merges.map((m) => ({ ...m })), map: (r, c) => [r, c] };
}

function toSheet(d: Dense): SheetSnapshot {
  return { name: d.name, origin: { row: 0, col: 0 }, values: d.cells.map((r) => [...r]), merges: d.merges };
}

function insertRow(d: Dense, at: number): Dense {
  const cells = [...d.cells.slice(0, at), [], ...d.cells.slice(at)];
  const merges = d.merges.map((m) =>
    m.top >= at ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m.bottom >= at ? { ...m, bottom: m.bottom + 1 } : m,
  );
  const prev = d.map;
  return {
    ...d,
    cells,
    merges,
    map: (r, c) => {
      const [nr, nc] = prev(r, c);
      return [nr >= at ? nr + 1 : nr, nc];
    },
  };
}

function insertCol(d: Dense, at: number): Dense {
  const cells = d.cells.map((r) => (r.length > at ? [...r.slice(0, at), null, ...r.slice(at)] : [...r]));
  const merges = d.merges.map((m) =>
    m.left >= at ? { ...m, left: m.left + 1, right: m.right + 1 } : m.right >= at ? { ...m, right: m.right + 1 } : m,
  );
  const prev = d.map;
  return {
    ...d,
    cells,
    merges,
    map: (r, c) => {
      const [nr, nc] = prev(r, c);
      return [nr, nc >= at ? nc + 1 : nc];
    },
  };
}

/** Permutes columns `cols` (ascending) of the rows from `fromRow` down: cells and single-column merges move. */
function permuteColumns(d: Dense, fromRow: number, cols: number[], order: number[]): Dense {
  // order[i] = index (into cols) of the column that lands at cols[i].
  const dest = new Map<number, number>(); // old col → new col
  order.forEach((src, i) => dest.set(cols[src], cols[i]));
  const cells = d.cells.map((r, ri) => {
    if (ri < fromRow) return [...r];
    const out = [...r];
    for (const [from, to] of dest) out[to] = r[from] ?? null;
    return out;
  });
  const merges = d.merges.map((m) =>
    m.top >= fromRow && m.left === m.right && dest.has(m.left) ? { ...m, left: dest.get(m.left)!, right: dest.get(m.left)! } : m,
  );
  const prev = d.map;
  return {
    ...d,
    cells,
    merges,
    map: (r, c) => {
      const [nr, nc] = prev(r, c);
      return [nr, nr >= fromRow && dest.has(nc) ? dest.get(nc)! : nc];
    },
  };
}

function mapA1(d: Dense, a1: string): string {
  const { row, col } = fromA1(a1);
  const [r, c] = d.map(row, col);
  return toA1(r, c);
}

const key = (f: Diagnostic, cell: (a: string) => string) =>
  `${f.rule}|${f.messageId}|${f.severity}|${cell(f.cell)}|${f.related.map(cell).sort().join(",")}`;

function findingKeys(s: SheetSnapshot, cell: (a: string) => string = (a) => a): string[] {
  return checkSheet(s)
    .findings.map((f) => key(f, cell))
    .sort();
}

interface Base {
  name: string;
  sheet: SheetSnapshot;
  /** The indicator header row (0-based) and the table columns that may be reordered (none for halves). */
  table: { headerRow: number; cols: number[] } | null;
}

const bases: Base[] = [];

beforeAll(async () => {
  bases.push({
    name: "神木 base",
    sheet: toSnapshot(shenmuGrid({ fields: { 项目期限: "长期" } })),
    table: { headerRow: 23, cols: [2, 3, 4, 5, 6] },
  });
  bases.push({ name: "乌海 base", sheet: toSnapshot(wuhaiGrid()), table: null });
  bases.push({
    name: "分列 (指标性质|指标值|度量单位)",
    sheet: toSnapshot(splitGrid()),
    table: { headerRow: 4, cols: [0, 1, 2, 3, 4, 5] },
  });
  const real = path.join(__dirname, "../../fixtures/real");
  const [huaibei] = await readWorkbookSnapshots(path.join(real, "huaibei-2025.xlsx"));
  bases.push({ name: "淮北 2025", sheet: huaibei, table: { headerRow: 10, cols: [2, 3, 4] } });
  const qingshan = await readWorkbookSnapshots(path.join(real, "qingshan-2020.xlsx"));
  bases.push({ name: "青山 2020 薄弱学校", sheet: qingshan[1], table: { headerRow: 8, cols: [2, 3, 4] } });
}, 60_000);

describe("layout invariance (fast-check)", () => {
  it("every base has findings to compare (the property is not vacuous)", () => {
    for (const b of bases) expect({ [b.name]: checkSheet(b.sheet).recognized }).toEqual({ [b.name]: true });
    expect(bases.map((b) => findingKeys(b.sheet).length).reduce((a, n) => a + n, 0)).toBeGreaterThan(5);
  });

  it("moving the form, inserting blank rows/columns and reordering indicator columns only move the findings", () => {
    for (const base of bases) {
      const original = dense(base.sheet);
      const rows = original.cells.length;
      const width = Math.max(...original.cells.map((r) => r.length));
      const expectedFor = (d: Dense) => findingKeys(base.sheet, (a) => mapA1(d, a));
      fc.assert(
        fc.property(
          fc.nat(5),
          fc.nat(3),
          fc.array(fc.integer({ min: 1, max: rows }), { maxLength: 2 }),
          fc.array(fc.integer({ min: 1, max: width }), { maxLength: 2 }),
          fc.boolean(),
          fc.nat(1000),
          (dr, dc, rowAt, colAt, reorder, seed) => {
            let d = original;
            if (base.table && reorder) {
              const n = base.table.cols.length;
              const order = [...Array(n).keys()];
              let x = seed;
              for (let i = n - 1; i > 0; i--) {
                x = (x * 1103515245 + 12345) % 2147483648;
                const j = x % (i + 1);
                [order[i], order[j]] = [order[j], order[i]];
              }
              d = permuteColumns(d, base.table.headerRow, base.table.cols, order);
            }
            for (const at of [...rowAt].sort((a, b) => b - a)) d = insertRow(d, at);
            for (const at of [...colAt].sort((a, b) => b - a)) d = insertCol(d, at);
            for (let i = 0; i < dr; i++) d = insertRow(d, 0);
            for (let i = 0; i < dc; i++) d = insertCol(d, 0);
            const got = findingKeys(toSheet(d));
            expect({ base: base.name, findings: got }).toEqual({ base: base.name, findings: expectedFor(d) });
          },
        ),
        { numRuns: 40 },
      );
    }
  });
});
