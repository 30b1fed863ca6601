/**
 * SheetGrid's two storages answer alike: the sparse form (`cells`, from the CLI) and the dense form (`values`,
 * from the add-in and tests) give the same text, merges, rows — and the engine the same findings on every
 * sample sheet. Displayed text (`texts` / `cells[].text`) wins over the value in `text()`.
 */
import path from "node:path";
import { readWorkbookSnapshots } from "../../src/cli/readWorkbookSnapshots";
import { checkSheet } from "../../src/core/check";
import { SheetGrid } from "../../src/core/read/sheetGrid";
import { snapshotFromGrid, type SheetSnapshot, type SparseCell } from "../../src/core/snapshot";
import { SHENMU, WUHAI } from "../cli/helpers";

/** The same sheet as a sparse snapshot. */
export function toSparse(s: SheetSnapshot): SheetSnapshot {
  const cells: SparseCell[] = [];
  s.values.forEach((r, i) =>
    r.forEach((v, j) => {
      const text = s.texts?.[i]?.[j];
      if (v !== null && v !== undefined)
        cells.push(
          text
            ? { row: s.origin.row + i, col: s.origin.col + j, value: v, text }
            : { row: s.origin.row + i, col: s.origin.col + j, value: v },
        );
    }),
  );
  return { name: s.name, origin: { row: 0, col: 0 }, values: [], merges: s.merges, cells: cells.reverse() };
}

describe("SheetGrid: sparse and dense storage", () => {
  let samples: SheetSnapshot[];
  beforeAll(async () => {
    samples = [...(await readWorkbookSnapshots(SHENMU)), ...(await readWorkbookSnapshots(WUHAI))];
  });

  it("answers every accessor alike on all 12 sample sheets", () => {
    for (const s of samples) {
      const d = new SheetGrid(s);
      const p = new SheetGrid(toSparse(s));
      expect([p.top, p.left, p.bottom, p.right]).toEqual([d.top, d.left, d.bottom, d.right]);
      expect(p.occupiedRows()).toEqual(d.occupiedRows());
      expect(p.cellCount()).toBe(d.cellCount());
      for (let r = d.top - 1; r <= d.bottom + 1; r++) {
        expect(p.isRowEmpty(r)).toBe(d.isRowEmpty(r));
        expect(p.occupiedCols(r)).toEqual(d.occupiedCols(r));
        for (let c = d.left - 1; c <= d.right + 1; c++) {
          expect([p.value(r, c), p.text(r, c), p.merge(r, c), p.shownText(r, c)]).toEqual([
            d.value(r, c),
            d.text(r, c),
            d.merge(r, c),
            d.shownText(r, c),
          ]);
        }
      }
      expect(p.errorCells(0, 10_000)).toEqual(d.errorCells(0, 10_000));
    }
  });

  it("gives the engine the same findings on every sample sheet", () => {
    for (const s of samples) expect(checkSheet(toSparse(s))).toEqual(checkSheet(s));
  });

  it("costs one entry for a stray cell far away", () => {
    const g = new SheetGrid({
      name: "远",
      origin: { row: 0, col: 0 },
      values: [],
      merges: [{ top: 0, left: 0, bottom: 1_048_575, right: 0 }],
      cells: [
        { row: 0, col: 0, value: "项目名称" },
        { row: 1_048_575, col: 16_383, value: "x" },
      ],
    });
    expect([g.top, g.left, g.bottom, g.right]).toEqual([0, 0, 1_048_575, 16_383]);
    expect(g.cellCount()).toBe(2);
    expect(g.occupiedRows()).toEqual([0, 1_048_575]);
    expect(g.text(1_048_575, 16_383)).toBe("x");
    expect(g.text(5, 5)).toBe("");
    expect(g.isRowEmpty(500_000)).toBe(true);
    expect(g.errorCells(0, 2_000_000)).toEqual([]);
  });

  it("keeps each row's occupied columns apart when rows share a slot of the dense grid's bounded cache", () => {
    // Rows 0, 256, 512 … fall in one slot: asking for them in turn, again and again, gives each its own columns.
    const values = Array.from({ length: 1_100 }, (_, r) => (r % 256 === 0 ? [null, r % 3 === 0 ? "a" : null, "b"] : ["x"]));
    const d = new SheetGrid(snapshotFromGrid("槽", values));
    const p = new SheetGrid(toSparse(snapshotFromGrid("槽", values)));
    for (let pass = 0; pass < 2; pass++)
      for (const r of [0, 256, 512, 768, 1024, 1, 257, 0, 1024, 300]) expect(d.occupiedCols(r)).toEqual(p.occupiedCols(r));
    expect(d.occupiedCols(256)).toEqual([2]);
    expect(d.occupiedCols(768)).toEqual([1, 2]);
  });

  it("reads error values after leading spaces, and nothing else, as empty", () => {
    const d = new SheetGrid(snapshotFromGrid("错", [["#REF!", " #N/A", "\u3000#DIV/0!", "#", "＃REF!", "项目#REF!", "#REF!x"]]));
    expect([0, 1, 2, 3, 4, 5, 6].map((c) => d.text(0, c))).toEqual(["", "", "", "#", "＃REF!", "项目#REF!", "#REF!x"]);
  });

  it("prefers the displayed text, keeps the raw value", () => {
    const dense = { ...snapshotFromGrid("t", [[0.98, 5, "#REF!"]]), texts: [["≥98%", null, "x"]] };
    const d = new SheetGrid(dense);
    expect([d.text(0, 0), d.value(0, 0), d.text(0, 1), d.text(0, 2)]).toEqual(["≥98%", 0.98, "5", ""]);
    const p = new SheetGrid(toSparse(dense));
    expect([p.text(0, 0), p.value(0, 0), p.text(0, 1), p.text(0, 2)]).toEqual(["≥98%", 0.98, "5", ""]);
  });

  it("an empty sparse sheet is an empty grid", () => {
    const g = new SheetGrid({ name: "空", origin: { row: 3, col: 3 }, values: [], merges: [], cells: [] });
    expect([g.top, g.bottom]).toEqual([0, -1]);
    expect(checkSheet({ name: "空", origin: { row: 0, col: 0 }, values: [], merges: [], cells: [] }).reason).toBe(
      "工作表是空的，没有可检查的内容。",
    );
    void path;
  });
});
