/** withCellTexts (all proposals of a batch in one copy) = withCellText applied one after another. */
import { withCellText, withCellTexts } from "../../../src/core/suggest/applyInMemory";
import type { SheetSnapshot } from "../../../src/core/snapshot";

const dense: SheetSnapshot = {
  name: "S",
  origin: { row: 1, col: 1 },
  values: [["a", 1, null], ["b", 0.98], []],
  texts: [[null, "1件", null], [null, "≥98%"], []],
  merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
};
const sparse: SheetSnapshot = {
  name: "S",
  origin: { row: 0, col: 0 },
  values: [],
  merges: [],
  cells: [
    { row: 0, col: 0, value: "x" },
    { row: 4, col: 2, value: 3, text: "3套" },
  ],
};

const cases: [string, SheetSnapshot, { cell: string; text: string }[]][] = [
  [
    "dense, texts cleared where written, new rows and columns",
    dense,
    [
      { cell: "C2", text: "≥2件" },
      { cell: "C3", text: "" },
      { cell: "F6", text: "新" },
      { cell: "B2", text: "a2" },
    ],
  ],
  ["dense, one cell", dense, [{ cell: "C3", text: "≥99%" }]],
  [
    "dense, a cell left of the grid (rebuilt sparse)",
    dense,
    [
      { cell: "A1", text: "左" },
      { cell: "C2", text: "x" },
    ],
  ],
  [
    "dense, the same cell twice",
    dense,
    [
      { cell: "C2", text: "1" },
      { cell: "C2", text: "2" },
    ],
  ],
  [
    "sparse",
    sparse,
    [
      { cell: "C5", text: "≥3套" },
      { cell: "A1", text: "" },
      { cell: "D9", text: "新" },
    ],
  ],
];

describe("withCellTexts", () => {
  it.each(cases)("%s", (_name, snapshot, changes) => {
    const oneByOne = changes.reduce((s, c) => withCellText(s, c.cell, c.text), snapshot);
    const before = JSON.stringify(snapshot);
    expect(withCellTexts(snapshot, changes)).toEqual(oneByOne);
    expect(JSON.stringify(snapshot)).toBe(before); // the input is never changed
  });
});
