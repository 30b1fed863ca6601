/**
 * Reading a WPS worksheet into a SheetSnapshot — the same snapshot src/excel/readSheet.ts makes in Excel and the CLI
 * makes from the file:
 * - values in ONE block read of `Range.Value2` over the used range (capped at the same 2000 × 64 window), trimmed to
 *   the cells holding values (WPS's UsedRange counts formatted cells too, Excel's getUsedRange(true) does not);
 * - number formats: one read of the block's `NumberFormat` (a string when all cells share it, null when they differ —
 *   Range.NumberFormat), else one per row, else one per non-empty cell of a mixed row;
 * - displayed texts from value + number format with the CLI's own renderer (src/core/text/numberFormat.ts), not one
 *   `Range.Text` call per cell (each call is a synchronous round trip into WPS);
 * - merged areas: WPS has no getMergedAreas; `Range.MergeCells` ("如果区域包含合并单元格，则为 True") is asked of halves
 *   of the block until a single cell is reached, whose `MergeArea` gives the area — O(merged cells × log) calls.
 */
import { rangeFromA1, rangeToA1, toA1 } from "../core/cellAddress";
import type { CellRange, CellValue, SheetSnapshot } from "../core/snapshot";
import { withNumberFormat } from "../excel/dateCells";
import { MAX_READ_COLS, MAX_READ_ROWS, shownTexts } from "../excel/readSheet";
import { addressOf, countOf, isEmptyValue, readMatrix, type EtRange, type EtWorksheet } from "./etApi";
import { WPS_MESSAGES } from "./wpsMessages";

export interface EtSheetRead {
  snapshot: SheetSnapshot;
  notices: string[];
}

function toCellValue(v: unknown): CellValue {
  if (isEmptyValue(v)) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/** "Sheet1!$B$3:$C$4" / "$B$3" → range. */
export function parseAddress(address: string): CellRange {
  const bang = address.lastIndexOf("!");
  return rangeFromA1((bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, ""));
}

/** The box WPS's UsedRange covers (0-based). */
export function usedBox(ws: EtWorksheet): CellRange {
  const used = ws.UsedRange;
  const top = Number(used.Row) - 1;
  const left = Number(used.Column) - 1;
  return { top, left, bottom: top + countOf(used.Rows) - 1, right: left + countOf(used.Columns) - 1 };
}

/** Reads `box` of `ws` as a 2-D array of raw values (one Value2 call; cell by cell only for an unknown shape). */
export function readBlock(ws: EtWorksheet, box: CellRange): unknown[][] {
  const rows = box.bottom - box.top + 1;
  const cols = box.right - box.left + 1;
  const range = ws.Range(rangeToA1(box));
  return readMatrix(range.Value2, rows, cols, (r, c) => ws.Range(toA1(box.top + r, box.left + c)).Value2);
}

export function readEtSheet(ws: EtWorksheet): EtSheetRead {
  const name = String(ws.Name);
  const used = usedBox(ws);
  const notices: string[] = [];
  const window: CellRange = {
    top: used.top,
    left: used.left,
    bottom: Math.min(used.bottom, MAX_READ_ROWS - 1),
    right: Math.min(used.right, MAX_READ_COLS - 1),
  };
  if (window.bottom < window.top || window.right < window.left) {
    notices.push(WPS_MESSAGES.outsideWindow(rangeToA1(used)));
    return { snapshot: { name, origin: { row: 0, col: 0 }, values: [], merges: [] }, notices };
  }
  const raw = readBlock(ws, window);
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  raw.forEach((line, r) =>
    line.forEach((v, c) => {
      if (isEmptyValue(v)) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }),
  );
  if (bottom < 0) return { snapshot: { name, origin: { row: 0, col: 0 }, values: [], merges: [] }, notices };
  const box: CellRange = {
    top: window.top + top,
    left: window.left + left,
    bottom: window.top + bottom,
    right: window.left + right,
  };
  if (used.bottom > window.bottom || used.right > window.right)
    notices.push(WPS_MESSAGES.strayCells(rangeToA1(used), rangeToA1(box)));
  let values: CellValue[][] = raw.slice(top, bottom + 1).map((line) => line.slice(left, right + 1).map(toCellValue));
  const formats = readFormats(ws, box, values);
  values = values.map((line, r) => line.map((v, c) => withNumberFormat(v, formats[r][c] ?? undefined)));
  const merges = findMerges(ws, box);
  const snapshot: SheetSnapshot = { name, origin: { row: box.top, col: box.left }, values, merges };
  const texts = shownTexts(values, null, formats);
  if (texts) snapshot.texts = texts;
  return { snapshot, notices };
}

/** Number format of every non-empty cell of `box` (null where the cell is empty and its format was not read). */
function readFormats(ws: EtWorksheet, box: CellRange, values: CellValue[][]): (string | null)[][] {
  const all = ws.Range(rangeToA1(box)).NumberFormat;
  if (typeof all === "string") return values.map((line) => line.map(() => all));
  return values.map((line, r) => {
    if (line.every((v) => v === null)) return line.map(() => null);
    const row = box.top + r;
    const f = ws.Range(rangeToA1({ top: row, bottom: row, left: box.left, right: box.right })).NumberFormat;
    if (typeof f === "string") return line.map(() => f);
    return line.map((v, c) => {
      if (v === null) return null;
      const one = ws.Range(toA1(row, box.left + c)).NumberFormat;
      return typeof one === "string" ? one : null;
    });
  });
}

const mergeTruthy = (v: unknown) => v === true || v === null || v === -1;

/** Merged areas whose top-left cell lies in `box` (as Office.js reports them), sorted by position. */
export function findMerges(ws: EtWorksheet, box: CellRange): CellRange[] {
  const found: CellRange[] = [];
  const covered = (b: CellRange) =>
    found.some((m) => m.top <= b.top && m.left <= b.left && m.bottom >= b.bottom && m.right >= b.right);
  const scan = (b: CellRange): void => {
    if (covered(b)) return;
    const range: EtRange = ws.Range(rangeToA1(b));
    if (!mergeTruthy(range.MergeCells)) return;
    if (b.top === b.bottom && b.left === b.right) {
      const area = parseAddress(addressOf(range.MergeArea));
      if (area.top !== area.bottom || area.left !== area.right) found.push(area);
      return;
    }
    if (b.bottom - b.top >= b.right - b.left) {
      const mid = Math.floor((b.top + b.bottom) / 2);
      scan({ ...b, bottom: mid });
      scan({ ...b, top: mid + 1 });
    } else {
      const mid = Math.floor((b.left + b.right) / 2);
      scan({ ...b, right: mid });
      scan({ ...b, left: mid + 1 });
    }
  };
  scan(box);
  const inBox = found.filter((m) => m.top >= box.top && m.top <= box.bottom && m.left >= box.left && m.left <= box.right);
  const seen = new Set<string>();
  return inBox
    .filter((m) => {
      const k = `${m.top},${m.left},${m.bottom},${m.right}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.top - b.top || a.left - b.left);
}
