/**
 * Random access over a sheet snapshot in sheet coordinates, aware of merged areas.
 */
import type { CellRange, CellValue, SheetSnapshot } from "../snapshot";
import { toA1 } from "../cellAddress";
import { cellText, isErrorValue } from "../text/normalize";

export class SheetGrid {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  /** Last row / column (inclusive, sheet coordinates). */
  readonly bottom: number;
  readonly right: number;
  private readonly values: CellValue[][];
  private readonly merges: readonly CellRange[];
  /** Data-area width/height; cell index = (row - top) * width + (col - left). */
  private readonly width: number;
  private readonly height: number;
  /** Per cell: index into `merges` of the merged area covering it, or -1. */
  private readonly mergeAt: Int32Array;
  /** Per cell: its text once computed. */
  private readonly texts: (string | undefined)[];

  constructor(snapshot: SheetSnapshot) {
    this.name = snapshot.name;
    this.values = snapshot.values;
    this.merges = snapshot.merges;
    this.top = snapshot.origin.row;
    this.left = snapshot.origin.col;
    let maxCols = 0;
    for (const r of snapshot.values) if (r && r.length > maxCols) maxCols = r.length;
    this.bottom = this.top + snapshot.values.length - 1;
    this.right = this.left + maxCols - 1;
    this.width = Math.max(0, maxCols);
    this.height = snapshot.values.length;
    this.mergeAt = new Int32Array(this.width * this.height).fill(-1);
    this.texts = new Array<string | undefined>(this.width * this.height);
    snapshot.merges.forEach((m, i) => {
      // Only cells inside the data are indexed, so absurd merges (whole columns) cost nothing.
      for (let row = Math.max(m.top, this.top); row <= Math.min(m.bottom, this.bottom); row++) {
        for (let col = Math.max(m.left, this.left); col <= Math.min(m.right, this.right); col++) {
          this.mergeAt[(row - this.top) * this.width + (col - this.left)] = i;
        }
      }
    });
  }

  /** Index of the cell in the data area, or -1 outside it. */
  private index(row: number, col: number): number {
    const r = row - this.top;
    const c = col - this.left;
    return r < 0 || c < 0 || r >= this.height || c >= this.width ? -1 : r * this.width + c;
  }

  /** Raw value at sheet coordinates (null outside the snapshot). */
  value(row: number, col: number): CellValue {
    const r = this.values[row - this.top];
    if (!r) return null;
    const v = r[col - this.left];
    return v === undefined ? null : v;
  }

  /** Trimmed text of the cell itself ("" when empty). Error values read as "". */
  text(row: number, col: number): string {
    const i = this.index(row, col);
    if (i < 0) return "";
    const hit = this.texts[i];
    if (hit !== undefined) return hit;
    const v = this.value(row, col);
    const t = isErrorValue(v) ? "" : cellText(v);
    this.texts[i] = t;
    return t;
  }

  /** The merged area covering the cell, or null. */
  merge(row: number, col: number): CellRange | null {
    const i = this.index(row, col);
    const m = i < 0 ? -1 : this.mergeAt[i];
    return m < 0 ? null : this.merges[m];
  }

  /** Top-left cell of the merge covering (row, col), or the cell itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.merge(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** Text shown at a cell: its merge's top-left text when it lies inside a merge. */
  shownText(row: number, col: number): string {
    const a = this.anchor(row, col);
    return this.text(a.row, a.col);
  }

  /** Last column covered by the cell's merge (or the column itself). */
  rightEdge(row: number, col: number): number {
    const m = this.merge(row, col);
    return m ? m.right : col;
  }

  /** Last row covered by the cell's merge (or the row itself). */
  bottomEdge(row: number, col: number): number {
    const m = this.merge(row, col);
    return m ? m.bottom : row;
  }

  a1(row: number, col: number): string {
    return toA1(row, col);
  }

  /** Cells holding spreadsheet error values within rows [top, bottom]. */
  errorCells(top: number, bottom: number): { cell: string; text: string }[] {
    const out: { cell: string; text: string }[] = [];
    for (let row = Math.max(top, this.top); row <= Math.min(bottom, this.bottom); row++) {
      const r = this.values[row - this.top];
      if (!r) continue;
      for (let i = 0; i < r.length; i++) {
        if (isErrorValue(r[i])) out.push({ cell: toA1(row, this.left + i), text: String(r[i]).trim() });
      }
    }
    return out;
  }

  /** Calls `fn` for every non-empty cell (error values included as ""-less text skipped), row by row. */
  forEachCell(fn: (row: number, col: number, text: string) => void): void {
    for (let i = 0; i < this.values.length; i++) {
      const r = this.values[i];
      if (!r) continue;
      for (let j = 0; j < r.length; j++) {
        const v = r[j];
        if (v === null || v === undefined) continue;
        const text = this.text(this.top + i, this.left + j);
        if (text) fn(this.top + i, this.left + j, text);
      }
    }
  }

  /** True when the row has no non-empty cell. */
  isRowEmpty(row: number): boolean {
    const r = this.values[row - this.top];
    if (!r) return true;
    for (const v of r) if (v !== null && v !== undefined && cellText(v) !== "") return false;
    return true;
  }
}
