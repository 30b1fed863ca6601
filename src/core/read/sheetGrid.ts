/**
 * Random access over a sheet snapshot in sheet coordinates, aware of merged areas.
 *
 * Two storages behind one interface:
 * - dense (`snapshot.values`, the add-in and tests): typed arrays over the data area, fastest;
 * - sparse (`snapshot.cells`, the CLI): maps keyed by cell, so memory follows the cells that exist and a
 *   stray cell far away costs one entry instead of a grid over the bounding box.
 * Where the snapshot carries displayed text (`texts` / `cells[].text`), `text()` returns it: the engine checks
 * what the user sees (a number formatted `"≥"0%` holding 0.98 reads "≥98%"). `value()` stays the raw value.
 */
import type { CellRange, CellValue, SheetSnapshot, SparseCell } from "../snapshot";
import { toA1 } from "../cellAddress";
import { cellText, isErrorValue } from "../text/normalize";

/** Key of a cell in the sparse maps (rows × 2^20 + col stays exact far beyond Excel's limits). */
const COL_SPAN = 1_048_576;
function keyOf(row: number, col: number): number {
  return row * COL_SPAN + col;
}

const EMPTY: readonly number[] = [];
/** Merges up to this many cells are indexed cell by cell in sparse mode. */
const SMALL_MERGE = 64;
const BLOCK_SHIFT = 6;
/** Sparse maps key cells by their position in the bounding box below this many cells (small integers, see `key`). */
const SMALL_KEYS = 2 ** 30;
/** Rows whose occupied columns the dense grid keeps (a power of two: a slot is the row's low bits). */
const COLS_SLOTS = 256;

/** Which merges `hasMergesIn` looks at: all, those across two or more columns, or those down two or more rows. */
export type MergeDirection = "any" | "across" | "down";

/**
 * Per merge list and direction: the merges' top rows in order and the lowest bottom row reached so far (`hasMergesIn`).
 */
const MERGE_ROWS: Record<MergeDirection, WeakMap<readonly CellRange[], { tops: Int32Array; maxBottom: Int32Array }>> = {
  any: new WeakMap(),
  across: new WeakMap(),
  down: new WeakMap(),
};

export class SheetGrid {
  readonly name: string;
  /**
   * First row / column holding a value (sheet coordinates). A dense snapshot may start with empty rows or columns
   * (Excel's used range takes in cells that are only formatted: a bordered margin column): the form starts where its
   * text does, not at the snapshot's origin. So with `bottom` and `right`: the form ends where its text does.
   */
  readonly top: number;
  readonly left: number;
  /** The stored data's first row / column (dense: the snapshot's origin; sparse: the same as top / left). */
  private readonly y0: number;
  private readonly x0: number;
  /** Last row / column (inclusive, sheet coordinates). */
  readonly bottom: number;
  readonly right: number;
  private readonly merges: readonly CellRange[];
  private readonly sparse: boolean;

  /* dense storage */
  private readonly values: CellValue[][] = [];
  private readonly shown: (string | null)[][] | undefined;
  /** Data-area width/height; cell index = (row - top) * width + (col - left). */
  private readonly width: number = 0;
  private readonly height: number = 0;
  /** Per cell: 1 + index into `merges` of the merged area covering it, or 0 (a fresh array needs no fill). */
  private readonly mergeAt: Int32Array = new Int32Array(0);
  /** Per cell: its text once computed (shared with the grid this one was patched from, see `written`). */
  private readonly texts: (string | undefined)[] = [];
  /**
   * A grid of a copy with a few cells written (`patch`): 1 per written cell, whose text is worked out from this
   * snapshot and never cached; every other cell's text is the patched-from grid's (`texts` and `mergeAt` are shared).
   */
  private readonly written: Uint8Array | null = null;
  /** Dense, patched (see `written`): the grid patched from and the rows written, for its occupied rows. */
  private readonly writtenFrom: { grid: SheetGrid; rows: readonly number[] } | null = null;
  /**
   * The occupied columns of the rows asked for last, by row modulo `COLS_SLOTS` (`colsRow`: row + 1, 0 when empty):
   * each reader of a form scans the form's rows again, and a list per call was much of what reading allocated. Bounded
   * (a list per row of a sheet of a million rows would be kept as long as the grid).
   */
  private readonly colsCache: (readonly number[])[] = [];
  private readonly colsRow = new Int32Array(COLS_SLOTS);

  /* sparse storage */
  /** Cell key → index into `cellList` (the last cell given at a position) and `cellTexts` (its text once worked out). */
  private readonly cellAt = new Map<number, number>();
  private readonly cellList: SparseCell[] = [];
  private readonly cellTexts: (string | undefined)[] = [];
  private readonly mergeOf = new Map<number, number>();
  /** Row block (row >> 6) → indices of large merges touching it. */
  private readonly bigMerges = new Map<number, number[]>();
  /** Width of the cells' bounding box when its cells are keyed by position in it (see `key`), else 0. */
  private readonly keySpan: number = 0;
  /**
   * A sparse grid of a copy with a few cells written (see the constructor's `patch`): the grid it was patched from
   * (which answers for every other cell), the written cells by key (null: emptied), the rows holding them with their
   * columns in `colsByRow` (`ownRows`: whether each is occupied), and how many cells more or fewer it holds.
   */
  private readonly patchedFrom: SheetGrid | null = null;
  private readonly ownCells = new Map<number, SparseCell | null>();
  private readonly ownRows = new Map<number, boolean>();
  private readonly ownCount: number = 0;
  /** Row → its non-empty columns, ascending. */
  private readonly colsByRow = new Map<number, number[]>();
  private rowsCache: number[] | null = null;

  /**
   * `patch`: the grid of the snapshot this one was made from by writing `cells` (values and displayed texts of the
   * other cells, and the merged areas, the same): a grid of the same extent then shares that grid's merge index (and,
   * dense, its text cache) instead of building its own (a re-check of a sheet of a million rows with a few cells written).
   */
  constructor(
    snapshot: SheetSnapshot,
    patch?: { grid: SheetGrid; cells: readonly { row: number; col: number; value?: CellValue }[] },
  ) {
    this.name = snapshot.name;
    this.merges = snapshot.merges;
    if (snapshot.cells) {
      this.sparse = true;
      let top = Infinity;
      let left = Infinity;
      let bottom = -1;
      let right = -1;
      for (const c of snapshot.cells) {
        if (c.value === null && (c.text === undefined || c.text === "")) continue;
        if (c.row < top) top = c.row;
        if (c.row > bottom) bottom = c.row;
        if (c.col < left) left = c.col;
        if (c.col > right) right = c.col;
      }
      if (bottom < 0) {
        top = 0;
        left = 0;
      }
      this.top = top;
      this.left = left;
      this.y0 = top;
      this.x0 = left;
      this.bottom = bottom;
      this.right = right;
      this.keySpan = bottom >= top && (bottom - top + 1) * (right - left + 1) < SMALL_KEYS ? right - left + 1 : 0;
      const from = patch?.grid;
      const sameFrame =
        from !== undefined &&
        from.sparse &&
        from.merges === snapshot.merges &&
        from.top === top &&
        from.left === left &&
        from.bottom === bottom &&
        from.right === right;
      if (
        from &&
        sameFrame &&
        from.written === null &&
        from.patchedFrom === null &&
        patch!.cells.every((c) => c.value !== undefined)
      ) {
        // Only the written cells are this grid's own (what the copy holds there: the value written, or nothing);
        // every other cell, its text and its row's columns are the patched-from grid's.
        this.patchedFrom = from;
        this.mergeOf = from.mergeOf;
        this.bigMerges = from.bigMerges;
        const rows = new Map<number, number[]>();
        for (const c of patch!.cells) {
          const k = this.key(c.row, c.col);
          if (from.cellAt.has(k)) this.ownCount--;
          const value = c.value === undefined ? null : c.value;
          this.ownCells.set(k, value === null ? null : { row: c.row, col: c.col, value });
          if (value !== null) this.ownCount++;
          let cols = rows.get(c.row);
          if (!cols) rows.set(c.row, (cols = []));
          if (value !== null) cols.push(c.col);
        }
        for (const [row, added] of rows) {
          const cols = from.occupiedCols(row).filter((c) => !this.ownCells.has(this.key(row, c)));
          for (const c of added) cols.push(c);
          cols.sort((a, b) => a - b);
          if (cols.length > 0) this.colsByRow.set(row, cols);
          this.ownRows.set(row, cols.length > 0);
        }
        return;
      }
      for (const c of snapshot.cells) {
        if (c.value === null && (c.text === undefined || c.text === "")) continue;
        const k = this.key(c.row, c.col);
        const at = this.cellAt.get(k);
        if (at === undefined) {
          this.cellAt.set(k, this.cellList.length);
          this.cellList.push(c);
        } else this.cellList[at] = c;
        let cols = this.colsByRow.get(c.row);
        if (!cols) this.colsByRow.set(c.row, (cols = []));
        cols.push(c.col);
      }
      for (const cols of this.colsByRow.values()) cols.sort((a, b) => a - b);
      this.cellTexts = new Array<string | undefined>(this.cellList.length); // one slot per cell (never a dictionary)
      // A copy with a few cells written, of the same extent and merged areas, has the same merge index.
      if (from && sameFrame) {
        this.mergeOf = from.mergeOf;
        this.bigMerges = from.bigMerges;
        return;
      }
      // Small merges are indexed per cell; large ones (whole columns, banners) per block of 64 rows, so the
      // index costs about Σ small areas + Σ large heights / 64, never the bounding box.
      snapshot.merges.forEach((m, i) => {
        const top = Math.max(m.top, this.y0);
        const bottom = Math.min(m.bottom, this.bottom);
        const left = Math.max(m.left, this.x0);
        const right = Math.min(m.right, this.right);
        if (top > bottom || left > right) return;
        if ((bottom - top + 1) * (right - left + 1) <= SMALL_MERGE) {
          for (let row = top; row <= bottom; row++) {
            for (let col = left; col <= right; col++) this.mergeOf.set(this.key(row, col), i);
          }
          return;
        }
        for (let b = top >> BLOCK_SHIFT; b <= bottom >> BLOCK_SHIFT; b++) {
          let list = this.bigMerges.get(b);
          if (!list) this.bigMerges.set(b, (list = []));
          list.push(i);
        }
      });
      return;
    }
    this.sparse = false;
    this.values = snapshot.values;
    this.shown = snapshot.texts;
    this.y0 = snapshot.origin.row;
    this.x0 = snapshot.origin.col;
    let maxCols = 0;
    let firstRow = -1;
    let firstCol = Infinity;
    let lastRow = -1;
    let lastCol = -1;
    const written = (v: CellValue | undefined) => v !== null && v !== undefined && v !== "";
    snapshot.values.forEach((r, i) => {
      if (!r) return;
      if (r.length > maxCols) maxCols = r.length;
      // The row's last written cell (from the end), then its first (from the start, up to the first found so far).
      let end = r.length - 1;
      while (end >= 0 && !written(r[end])) end--;
      if (end < 0) return;
      lastRow = i;
      if (end > lastCol) lastCol = end;
      for (let j = 0; j <= end && j < firstCol; j++) {
        if (!written(r[j])) continue;
        firstCol = j;
        break;
      }
      if (firstRow < 0) firstRow = i;
    });
    // A merged area reaching into the empty margin still belongs to the form.
    for (const m of snapshot.merges) {
      if (firstRow < 0 || m.top - this.y0 < firstRow) firstRow = Math.max(0, m.top - this.y0);
      if (m.left - this.x0 < firstCol) firstCol = Math.max(0, m.left - this.x0);
      lastRow = Math.max(lastRow, Math.min(m.bottom - this.y0, snapshot.values.length - 1));
      lastCol = Math.max(lastCol, Math.min(m.right - this.x0, maxCols - 1));
    }
    const empty = firstRow < 0;
    this.top = this.y0 + (empty ? 0 : firstRow);
    this.left = this.x0 + (firstCol === Infinity ? 0 : firstCol);
    // The last row and column holding text, not the used range's (which takes in cells only formatted, past the form).
    this.bottom = this.y0 + (empty ? snapshot.values.length - 1 : lastRow);
    this.right = this.x0 + (empty ? maxCols - 1 : lastCol);
    this.width = Math.max(0, maxCols);
    this.height = snapshot.values.length;
    const from = patch?.grid;
    if (
      from &&
      !from.sparse &&
      from.merges === snapshot.merges &&
      from.y0 === this.y0 &&
      from.x0 === this.x0 &&
      from.top === this.top &&
      from.left === this.left &&
      from.width === this.width &&
      from.height === this.height
    ) {
      this.mergeAt = from.mergeAt;
      this.texts = from.texts;
      this.written = new Uint8Array(this.width * this.height);
      for (const c of patch.cells) {
        const i = this.index(c.row, c.col);
        if (i >= 0) this.written[i] = 1;
      }
      this.writtenFrom = { grid: from, rows: patch.cells.map((c) => c.row) };
      return;
    }
    this.mergeAt = new Int32Array(this.width * this.height);
    this.texts = new Array<string | undefined>(this.width * this.height);
    snapshot.merges.forEach((m, i) => {
      // Only cells inside the data are indexed, so absurd merges (whole columns) cost nothing.
      for (let row = Math.max(m.top, this.y0); row <= Math.min(m.bottom, this.bottom); row++) {
        for (let col = Math.max(m.left, this.x0); col <= Math.min(m.right, this.right); col++) {
          this.mergeAt[(row - this.y0) * this.width + (col - this.x0)] = i + 1;
        }
      }
    });
  }

  /**
   * Key of a cell in the sparse maps: its position in the cells' bounding box when that holds fewer than 2^30 cells
   * (a small integer: a key past 2^30 is a heap number, allocated and hashed as a double at every lookup, which made
   * sparse lookups several times slower), else row × 2^20 + col; -1 (never a key) outside the box in the first case.
   */
  private key(row: number, col: number): number {
    if (this.keySpan === 0) return keyOf(row, col);
    if (row < this.y0 || row > this.bottom || col < this.x0 || col > this.right) return -1;
    return (row - this.y0) * this.keySpan + (col - this.x0);
  }

  /** Index of the cell in the dense data area, or -1 outside it. */
  private index(row: number, col: number): number {
    const r = row - this.y0;
    const c = col - this.x0;
    return r < 0 || c < 0 || r >= this.height || c >= this.width ? -1 : r * this.width + c;
  }

  /** Raw value at sheet coordinates (null outside the snapshot). */
  value(row: number, col: number): CellValue {
    if (this.sparse) {
      if (this.patchedFrom !== null) {
        const own = this.ownCells.get(this.key(row, col));
        return own === undefined ? this.patchedFrom.value(row, col) : (own?.value ?? null);
      }
      const i = this.cellAt.get(this.key(row, col));
      return i === undefined ? null : (this.cellList[i].value ?? null);
    }
    const r = this.values[row - this.y0];
    if (!r) return null;
    const v = r[col - this.x0];
    return v === undefined ? null : v;
  }

  /** Trimmed text of the cell itself ("" when empty): its displayed text when known. Error values read as "". */
  text(row: number, col: number): string {
    if (this.sparse) {
      const k = this.key(row, col);
      if (this.patchedFrom !== null) {
        const own = this.ownCells.get(k);
        if (own === undefined) return this.patchedFrom.text(row, col);
        if (own === null) return "";
        return isErrorValue(own.value) ? "" : cellText(own.text !== undefined && own.text !== "" ? own.text : own.value);
      }
      const i = this.cellAt.get(k);
      if (i === undefined) return "";
      const hit = this.cellTexts[i];
      if (hit !== undefined) return hit;
      const c = this.cellList[i];
      const t = isErrorValue(c.value) ? "" : cellText(c.text !== undefined && c.text !== "" ? c.text : c.value);
      this.cellTexts[i] = t;
      return t;
    }
    const i = this.index(row, col);
    if (i < 0) return "";
    const written = this.written !== null && this.written[i] === 1;
    if (!written) {
      const hit = this.texts[i];
      if (hit !== undefined) return hit;
    }
    const v = this.value(row, col);
    let t: string;
    if (isErrorValue(v)) t = "";
    else {
      const shown = this.shown?.[row - this.y0]?.[col - this.x0];
      t = cellText(typeof shown === "string" && shown !== "" ? shown : v);
    }
    if (!written) this.texts[i] = t;
    return t;
  }

  /** The merged area covering the cell, or null. */
  merge(row: number, col: number): CellRange | null {
    if (this.sparse) {
      const m = this.mergeOf.get(this.key(row, col));
      if (m !== undefined) return this.merges[m];
      const big = this.bigMerges.get(row >> BLOCK_SHIFT);
      if (big) {
        for (const i of big) {
          const r = this.merges[i];
          if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) return r;
        }
      }
      return null;
    }
    const i = this.index(row, col);
    const m = i < 0 ? 0 : this.mergeAt[i];
    return m === 0 ? null : this.merges[m - 1];
  }

  /**
   * Whether any merged area reaches into rows top..bottom (a sheet written or saved without merges has none); with
   * `direction`, only merges across columns or only merges down rows (a sheet unmerged one way only: a converter that
   * keeps one kind, a hand that undid the other). A binary search over the merges sorted by top row, built once per
   * merge list and direction (copies with cells written share it).
   */
  hasMergesIn(top: number, bottom: number, direction: MergeDirection = "any"): boolean {
    if (this.merges.length === 0) return false;
    let index = MERGE_ROWS[direction].get(this.merges);
    if (!index) {
      const kept =
        direction === "any"
          ? this.merges
          : this.merges.filter((m) => (direction === "across" ? m.right > m.left : m.bottom > m.top));
      const sorted = [...kept].sort((a, b) => a.top - b.top);
      const tops = new Int32Array(sorted.length);
      const maxBottom = new Int32Array(sorted.length);
      let max = -1;
      sorted.forEach((m, i) => {
        tops[i] = m.top;
        max = Math.max(max, m.bottom);
        maxBottom[i] = max;
      });
      index = { tops, maxBottom };
      MERGE_ROWS[direction].set(this.merges, index);
    }
    // The last merge starting at or above `bottom`; some merge up to it reaches down to `top` or further.
    let lo = 0;
    let hi = index.tops.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (index.tops[mid] <= bottom) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && index.maxBottom[last] >= top;
  }

  /** Top-left cell of the merge covering (row, col), or the cell itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.merge(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** True when `anchor(row, col)` is the cell itself (no merge, or the merge's top-left), without building it. */
  isAnchor(row: number, col: number): boolean {
    const m = this.merge(row, col);
    return m === null || (m.top === row && m.left === col);
  }

  /** Text shown at a cell: its merge's top-left text when it lies inside a merge. */
  shownText(row: number, col: number): string {
    const m = this.merge(row, col);
    return m ? this.text(m.top, m.left) : this.text(row, col);
  }

  /**
   * Last row a cell reaches down: its merge's when merged down; else also the rows under it whose cell in its column is
   * blank and not merged while they go on beside it (not empty, nothing written left of the column) — what a merge down
   * over them left when the sheet was unmerged (a project's name over its indicator lines, a section label over its
   * rows). With `overMerged` (a form with no merge down at all), the blank cells may be merged across, and so may the cell
   * itself. Not past `maxRow`.
   */
  reachDown(row: number, col: number, maxRow: number = this.bottom, overMerged = false): number {
    const own = this.merge(row, col);
    if (own && (own.bottom > own.top || !overMerged)) return own.bottom;
    let r = row;
    while (
      r + 1 <= maxRow &&
      this.text(r + 1, col) === "" &&
      (overMerged || this.merge(r + 1, col) === null) &&
      !this.isRowEmpty(r + 1) &&
      !this.occupiedCols(r + 1).some((c) => c < col && this.text(r + 1, c) !== "")
    )
      r++;
    return r;
  }

  /**
   * Last column a heading reaches right in a header without merges: its own, and the blank cells right of it, not merged,
   * that have a sub-heading in the row below (指标值 over 2021年实际实现值 | 预期2022年实现值; 项目绩效 over 治理水体 | …) —
   * past one blank sub-heading between two (预期指标值 over 符号 | (the number) | 单位).
   */
  reachRightOverSubHeadings(row: number, col: number): number {
    let right = col;
    for (let c = col + 1; c <= this.right && this.text(row, c) === "" && this.merge(row, c) === null; c++) {
      if (this.text(row + 1, c) !== "") right = c;
      else if (c + 1 > this.right || this.text(row, c + 1) !== "" || this.text(row + 1, c + 1) === "") break;
    }
    return right;
  }

  /**
   * The heading cell over (row, col) of a header's lower row: its anchor — or, the header's merges down undone (`undone`),
   * the heading the row above holds over a blank here (本年度计划水平 once merged down beside 二级指标 | 三级指标).
   */
  headingAt(row: number, col: number, undone: boolean): { row: number; col: number } {
    const a = this.anchor(row, col);
    if (
      undone &&
      a.row === row &&
      a.col === col &&
      row - 1 >= this.top &&
      this.text(row, col) === "" &&
      this.isAnchor(row - 1, col) &&
      this.text(row - 1, col) !== ""
    )
      return { row: row - 1, col };
    return a;
  }

  /** A row of words only (headings): two texts or more, none with a figure or longer than 16 characters. */
  isWordsRow(row: number): boolean {
    let words = 0;
    for (const c of this.occupiedCols(row)) {
      const t = this.text(row, c).replace(/\s+/g, "");
      if (t === "") continue;
      if (/\d/.test(t) || t.length > 16) return false;
      words++;
    }
    return words >= 2;
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
    if (this.sparse) {
      for (const row of this.rowsBetween(top, bottom)) {
        for (const col of this.occupiedCols(row)) {
          const v = this.value(row, col);
          if (isErrorValue(v)) out.push({ cell: toA1(row, col), text: String(v).trim() });
        }
      }
      return out;
    }
    for (let row = Math.max(top, this.y0); row <= Math.min(bottom, this.bottom); row++) {
      const r = this.values[row - this.y0];
      if (!r) continue;
      for (let i = 0; i < r.length; i++) {
        if (isErrorValue(r[i])) out.push({ cell: toA1(row, this.x0 + i), text: String(r[i]).trim() });
      }
    }
    return out;
  }

  /** Calls `fn` for every non-empty cell (error values included as ""-less text skipped), row by row. */
  forEachCell(fn: (row: number, col: number, text: string) => void): void {
    if (this.sparse) {
      for (const row of this.occupiedRows()) {
        for (const col of this.occupiedCols(row)) {
          const text = this.text(row, col);
          if (text) fn(row, col, text);
        }
      }
      return;
    }
    for (let i = 0; i < this.values.length; i++) {
      const r = this.values[i];
      if (!r) continue;
      for (let j = 0; j < r.length; j++) {
        const v = r[j];
        if (v === null || v === undefined) continue;
        const text = this.text(this.y0 + i, this.x0 + j);
        if (text) fn(this.y0 + i, this.x0 + j, text);
      }
    }
  }

  /** True when the row has no non-empty cell. */
  isRowEmpty(row: number): boolean {
    if (this.sparse) {
      for (const col of this.occupiedCols(row))
        if (this.text(row, col) !== "" || isErrorValue(this.value(row, col))) return false;
      return true;
    }
    const r = this.values[row - this.y0];
    if (!r) return true;
    for (const v of r) if (v !== null && v !== undefined && cellText(v) !== "") return false;
    return true;
  }

  /* ---------------------------------------------------------- sparse-friendly iteration */

  /** Rows holding at least one cell value, ascending. Scanning these instead of top..bottom skips empty rows. */
  occupiedRows(): readonly number[] {
    if (this.rowsCache) return this.rowsCache;
    const rows: number[] = [];
    if (this.sparse && this.patchedFrom !== null) {
      const was = this.patchedFrom.occupiedRows();
      if ([...this.ownRows].every(([row, occupied]) => occupied === this.patchedFrom!.colsOf(row).length > 0)) {
        this.rowsCache = was as number[];
        return was;
      }
      const set = new Set(was);
      for (const [row, occupied] of this.ownRows) {
        if (occupied) set.add(row);
        else set.delete(row);
      }
      for (const r of set) rows.push(r);
      rows.sort((a, b) => a - b);
    } else if (this.sparse) {
      for (const r of this.colsByRow.keys()) rows.push(r);
      rows.sort((a, b) => a - b);
    } else {
      // A patched copy whose writes leave every written row as occupied or empty as it was: the same rows.
      const from = this.writtenFrom;
      if (from && from.rows.every((row) => this.denseRowOccupied(row) === from.grid.denseRowOccupied(row))) {
        this.rowsCache = from.grid.occupiedRows() as number[];
        return this.rowsCache;
      }
      this.values.forEach((r, i) => {
        if (r && r.some((v) => v !== null && v !== undefined)) rows.push(this.y0 + i);
      });
    }
    this.rowsCache = rows;
    return rows;
  }

  /** Dense: whether the row holds a value (as `occupiedRows` counts it). */
  private denseRowOccupied(row: number): boolean {
    const r = this.values[row - this.y0];
    return !!r && r.some((v) => v !== null && v !== undefined);
  }

  /** Columns of the row that hold a value, ascending. */
  occupiedCols(row: number): readonly number[] {
    if (this.sparse) return this.colsOf(row);
    const r = this.values[row - this.y0];
    if (!r) return EMPTY;
    const slot = row & (COLS_SLOTS - 1);
    if (this.colsRow[slot] === row + 1) return this.colsCache[slot];
    const cols: number[] = [];
    for (let i = 0; i < r.length; i++) if (r[i] !== null && r[i] !== undefined) cols.push(this.x0 + i);
    this.colsCache[slot] = cols;
    this.colsRow[slot] = row + 1;
    return cols;
  }

  /** Sparse: the row's occupied columns (a written row's own, else the patched-from grid's). */
  private colsOf(row: number): readonly number[] {
    if (this.patchedFrom !== null && !this.ownRows.has(row)) return this.patchedFrom.colsOf(row);
    return this.colsByRow.get(row) ?? EMPTY;
  }

  /** Number of cells holding a value. */
  cellCount(): number {
    if (this.sparse) return this.patchedFrom !== null ? this.patchedFrom.cellCount() + this.ownCount : this.cellAt.size;
    let n = 0;
    for (const r of this.values) if (r) for (const v of r) if (v !== null && v !== undefined) n++;
    return n;
  }

  /** Occupied rows within top..bottom, ascending (a band reaching a stray cell far below costs what it holds). */
  rowsBetween(top: number, bottom: number): number[] {
    const rows = this.occupiedRows();
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid] < top) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < rows.length && rows[i] <= bottom; i++) out.push(rows[i]);
    return out;
  }
}
