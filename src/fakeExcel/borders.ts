/**
 * Cell borders for the fake Excel (used by 在新工作表中新建, src/excel/createForm.ts). Added to FakeRangeFormat from this
 * separate file; rowsAndMerges.ts imports it, so whatever enables merging enables borders too.
 *
 * - RangeFormat.borders.getItem(index).style — ExcelApi 1.1,
 *   https://learn.microsoft.com/javascript/api/excel/excel.rangebordercollection#excel-excel-rangebordercollection-getitem-member(1):
 *   index is one of EdgeTop, EdgeBottom, EdgeLeft, EdgeRight, InsideVertical, InsideHorizontal, DiagonalDown, DiagonalUp
 *   (Excel.BorderIndex); style one of Excel.BorderLineStyle (None, Continuous, Dash, DashDot, DashDotDot, Dot, Double,
 *   SlantDashDot). Anything else is refused with InvalidArgument, as Excel does.
 * The fake records which edges of each cell have a line (`FakeSheet.borderLines`, `cellBorders`); they move with inserted
 * and deleted rows and are copied as formats (./rowsAndMerges.ts). Reading a border's properties back is not modelled.
 */
import { FakeExcelError, FakeRangeFormat, type Box, type FakeSheet } from "./fakeExcel";

type Edge = "top" | "bottom" | "left" | "right";
const INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
] as const;
const STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"] as const;

export interface FakeRangeBorder {
  style: string;
}
export interface FakeRangeBorderCollection {
  getItem(index: string): FakeRangeBorder;
}

declare module "./fakeExcel" {
  interface FakeRangeFormat {
    readonly borders: FakeRangeBorderCollection;
  }
}

/** Edges of cell (row, col) that have a line, sorted (for tests). */
export function cellBorders(sheet: FakeSheet, row: number, col: number): Edge[] {
  return [...(sheet.borderLines.get(`${row},${col}`) ?? [])].sort();
}

function mark(sheet: FakeSheet, row: number, col: number, edge: Edge, on: boolean): void {
  const map = sheet.borderLines;
  const key = `${row},${col}`;
  const set = map.get(key) ?? new Set<Edge>();
  if (on) set.add(edge);
  else set.delete(edge);
  if (set.size > 0) map.set(key, set);
  else map.delete(key);
}

function apply(sheet: FakeSheet, b: Box, index: (typeof INDEXES)[number], on: boolean): void {
  if ((b.bottom - b.top + 1) * (b.right - b.left + 1) > 1_000_000)
    throw new FakeExcelError("InvalidArgument", "The fake formats at most 1,000,000 cells at once.");
  for (let r = b.top; r <= b.bottom; r++)
    for (let c = b.left; c <= b.right; c++) {
      if (index === "EdgeTop" && r === b.top) mark(sheet, r, c, "top", on);
      if (index === "EdgeBottom" && r === b.bottom) mark(sheet, r, c, "bottom", on);
      if (index === "EdgeLeft" && c === b.left) mark(sheet, r, c, "left", on);
      if (index === "EdgeRight" && c === b.right) mark(sheet, r, c, "right", on);
      if (index === "InsideHorizontal") {
        if (r > b.top) mark(sheet, r, c, "top", on);
        if (r < b.bottom) mark(sheet, r, c, "bottom", on);
      }
      if (index === "InsideVertical") {
        if (c > b.left) mark(sheet, r, c, "left", on);
        if (c < b.right) mark(sheet, r, c, "right", on);
      }
    }
}

type Queue = (label: string, run: (m: { sheet: FakeSheet; box: Box }) => void) => void;

Object.defineProperty(FakeRangeFormat.prototype, "borders", {
  configurable: true,
  get(this: FakeRangeFormat): FakeRangeBorderCollection {
    const queue = (this as unknown as { queue: Queue }).queue.bind(this);
    return {
      getItem(index: string): FakeRangeBorder {
        if (!(INDEXES as readonly string[]).includes(index)) throw new FakeExcelError("InvalidArgument", `BorderIndex ${index}`);
        const idx = index as (typeof INDEXES)[number];
        return {
          set style(v: string) {
            queue(`borders(${idx}).style=`, (m) => {
              if (m.sheet.protected)
                throw new FakeExcelError(
                  "AccessDenied",
                  `The cell you're trying to change is on a protected sheet (${m.sheet.name}).`,
                );
              if (!(STYLES as readonly string[]).includes(v)) throw new FakeExcelError("InvalidArgument", `BorderLineStyle ${v}`);
              if (idx === "DiagonalDown" || idx === "DiagonalUp") return; // accepted, not recorded
              apply(m.sheet, m.box, idx, v !== "None");
            });
          },
          get style(): string {
            throw new FakeExcelError("PropertyNotLoaded", "fake: reading a border's style is not modelled");
          },
        };
      },
    };
  },
});
