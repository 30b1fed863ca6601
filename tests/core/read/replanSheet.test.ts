/**
 * A re-check of a copy of the sheet with a few cells written (verification, issue 16) plans it from the first plan
 * (`replanSheet`) and reads it through a grid that shares the first grid's work (`SheetGrid`'s `patch`). Both must
 * give exactly what planning and reading the copy afresh gives: written into every cell of the sample sheets, one at a
 * time, with a value and with a changed label, the reused plan's forms read the same as a fresh plan's, and the shared
 * grid answers every accessor as a fresh grid does (dense and sparse snapshots).
 */
import { readWorkbookSnapshots } from "../../../src/cli/readWorkbookSnapshots";
import { planSheet, replanSheet } from "../../../src/core/read/readSheet";
import { SheetGrid } from "../../../src/core/read/sheetGrid";
import type { CellRange, CellValue, SheetSnapshot, SparseCell } from "../../../src/core/snapshot";
import { patchOf, withCellText, withCellTexts } from "../../../src/core/suggest/applyInMemory";
import { toA1 } from "../../../src/core/cellAddress";
import { SHENMU, WUHAI } from "../../cli/helpers";

jest.setTimeout(300_000);

function stacked(s: SheetSnapshot, copies: number): SheetSnapshot {
  const height = s.values.length + 1;
  const values: CellValue[][] = [];
  const merges: CellRange[] = [];
  for (let k = 0; k < copies; k++) {
    for (const r of s.values) values.push(r);
    values.push([]);
    for (const m of s.merges)
      merges.push({ top: m.top + k * height, bottom: m.bottom + k * height, left: m.left, right: m.right });
  }
  return { name: s.name, origin: s.origin, values, merges };
}

/** The same sheet as a sparse snapshot (as the command line reads workbooks). */
function toSparse(s: SheetSnapshot): SheetSnapshot {
  const cells: SparseCell[] = [];
  s.values.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v !== null && v !== undefined) cells.push({ row: s.origin.row + i, col: s.origin.col + j, value: v });
    }),
  );
  return { name: s.name, origin: { row: 0, col: 0 }, values: [], merges: s.merges, cells };
}

/** Every form of the plan, read. */
const readAll = (plan: ReturnType<typeof planSheet>) => plan.forms.map((f) => f.read());

describe("replanSheet and the patched grid", () => {
  let sheets: SheetSnapshot[];
  beforeAll(async () => {
    const samples = [...(await readWorkbookSnapshots(SHENMU)), ...(await readWorkbookSnapshots(WUHAI))];
    // Dense (the add-in) and sparse (the command line) snapshots.
    sheets = [...samples, stacked(samples[0], 3), toSparse(samples[0]), toSparse(stacked(samples[1], 2))];
  });

  it("plans and reads a copy with any one cell written as planning it afresh does", () => {
    let reused = 0;
    let refused = 0;
    for (const s of sheets) {
      const grid = new SheetGrid(s);
      const plan = planSheet(s, grid);
      if (plan.forms.length === 0) continue;
      for (const f of plan.forms) f.read(); // as the first check does before any re-check
      for (let r = grid.top; r <= grid.bottom; r++) {
        for (let c = grid.left; c <= grid.right; c++) {
          const text = grid.text(r, c);
          // Every cell with a value; every other cell also with a changed text, a label and nothing.
          const more = (r + c) % 2 === 0 && text !== "" ? [`${text}1`, "项目名称", ""] : [];
          for (const written of ["≥95%", ...more, ...(r % 5 === 0 ? ["#REF!"] : [])]) {
            const copy = withCellText(s, toA1(r, c), written);
            const patch = patchOf(copy)!;
            expect(patch.base).toBe(s);
            const fresh = new SheetGrid(copy);
            const shared = new SheetGrid(copy, { grid, cells: patch.cells });
            expect([shared.top, shared.left, shared.bottom, shared.right]).toEqual([
              fresh.top,
              fresh.left,
              fresh.bottom,
              fresh.right,
            ]);
            expect([shared.cellCount(), shared.occupiedRows()]).toEqual([fresh.cellCount(), fresh.occupiedRows()]);
            // Every accessor around the cell (every other cell, to keep the test short).
            for (let rr = Math.max(grid.top, r - 1) - 1; rr <= Math.min(grid.bottom, r + 1) + 1 && (r + c) % 2 === 0; rr++) {
              expect([shared.occupiedCols(rr), shared.isRowEmpty(rr)]).toEqual([fresh.occupiedCols(rr), fresh.isRowEmpty(rr)]);
              for (let cc = grid.left - 1; cc <= grid.right + 1; cc++)
                expect([shared.text(rr, cc), shared.value(rr, cc), shared.merge(rr, cc)]).toEqual([
                  fresh.text(rr, cc),
                  fresh.value(rr, cc),
                  fresh.merge(rr, cc),
                ]);
            }
            expect(shared.errorCells(r - 3, r + 3)).toEqual(fresh.errorCells(r - 3, r + 3));
            const again = replanSheet(plan, shared, copy.merges, s.merges, patch.cells);
            if (!again) {
              refused++;
              continue;
            }
            reused++;
            expect(JSON.stringify(readAll(again))).toBe(JSON.stringify(readAll(planSheet(copy, fresh))));
          }
        }
      }
    }
    // Both ways are taken: values are planned from the first plan, labels and titles are planned again.
    expect(reused).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });

  it("a batch of writes is reused too, and the first grid's texts are left as they were", () => {
    const s = sheets[sheets.length - 1];
    const grid = new SheetGrid(s);
    const plan = planSheet(s, grid);
    const before = JSON.stringify(readAll(plan));
    const cells: string[] = [];
    for (let r = grid.top; r <= grid.bottom; r++)
      for (let c = grid.left; c <= grid.right; c++) if (/^[≥≤=<>]/.test(grid.text(r, c))) cells.push(toA1(r, c));
    expect(cells.length).toBeGreaterThan(10);
    const copy = withCellTexts(
      s,
      cells.map((cell) => ({ cell, text: "≥1个" })),
    );
    const patch = patchOf(copy)!;
    const shared = new SheetGrid(copy, { grid, cells: patch.cells });
    const again = replanSheet(plan, shared, copy.merges, s.merges, patch.cells);
    expect(again).not.toBeNull();
    expect(JSON.stringify(readAll(again!))).toBe(JSON.stringify(readAll(planSheet(copy))));
    expect(JSON.stringify(readAll(plan))).toBe(before);
  });
});
