/**
 * Row insertion/deletion and merging for the fake Excel (used by the template insertion of issue 7).
 * Added to FakeRange from this separate file; import it once (src/excel/insertTemplate.ts does) to enable.
 * Each behaviour cites its documentation:
 *
 * - Range.insert(shift) — https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-insert-member(1)
 *   (ExcelApi 1.1): entire rows shift the cells below down; the new rows take the formats of the row above
 *   (Range.Insert's default CopyOrigin xlFormatFromLeftOrAbove, https://learn.microsoft.com/office/vba/api/excel.range.insert).
 *   Merged areas and conditional-format ranges below move down; one that spans the insertion point grows
 *   (as inserting rows inside a block does in Excel). Notes and borders move with their cells.
 * - Range.delete(shift) — same page, ExcelApi 1.1: the rows' cells, notes and the parts of merges and
 *   conditional formats inside them disappear; what is below moves up.
 * - Range.merge(across) / Range.unmerge() — https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)
 *   (ExcelApi 1.2): a merged area keeps only its top-left value. The fake refuses to merge over part of an
 *   existing merged area ("InvalidOperation"), stricter than Excel's UI; unmerge splits every area in the range.
 * - Range.copyFrom(source, "Formats") — https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-copyfrom-member(1)
 *   (ExcelApi 1.9): formats (fill, number format, bold, wrap, borders) are copied, the source repeated over a larger
 *   target.
 *   With the switch copyFormatsCarries = "all" (default; sources in workbookModel.ts) the source's merged areas and
 *   conditional formats are pasted too, as Paste Special › Formats does: the target's own merges and the rules of
 *   the target that the source does not carry are replaced (a rule cut by the target is split in two, the
 *   fragmentation Excel is known for); a source rule is extended over the target where that keeps one rectangle,
 *   otherwise a copy is added just below it in priority (the copy keeps the formula text as written: the fake does
 *   not evaluate rule formulas). Pasting onto part of a merged area is refused with InvalidOperation, as Excel's
 *   "We can't do that to a merged cell." (audit 3 L6). "cells" copies the cells' formats only (old fake).
 *   Range.insert carries the cells' formats of the row above (VBA Range.Insert, CopyOrigin xlFormatFromLeftOrAbove);
 *   merges and rules that span the insertion point grow, those that end above it do not.
 * - Range.getEntireRow() — ExcelApi 1.1.
 * - Worksheet.onChanged: an insert or delete of rows fires WorksheetChanged with changeType "RowInserted" /
 *   "RowDeleted" (Excel.DataChangeType, learn.microsoft.com/javascript/api/excel/excel.datachangetype; audit 3 L10).
 * Only whole-row insert/delete is implemented; anything else rejects with "NotImplemented" so a caller
 * relying on more fails loudly in tests.
 */
import { type Box, FakeExcelError, FakeRange, type FakeSheet, MAX_COL, MAX_ROW } from "./fakeExcel";
import "./borders"; // RangeFormat.borders (ExcelApi 1.1), for 在新工作表中新建

interface RangeModel {
  sheet: FakeSheet;
  box: Box;
}

declare module "./fakeExcel" {
  interface FakeRange {
    insert(shift: "Down" | "Right"): FakeRange;
    delete(shift: "Up" | "Left"): void;
    merge(across?: boolean): void;
    unmerge(): void;
    getEntireRow(): FakeRange;
    copyFrom(source: FakeRange | string, copyType?: string, skipBlanks?: boolean, transpose?: boolean): void;
  }
}

interface SyncChanges {
  changes: { sheet: FakeSheet; box: Box; changeType?: "RangeEdited" | "RowInserted" | "RowDeleted" }[];
}
type Queue = (label: string, apply: (m: RangeModel, st: SyncChanges) => void, extra?: { requires?: string }) => void;
interface Internals {
  queue: Queue;
  resolveModel(): RangeModel | null;
  context: unknown;
  opts: { kind: string; requires?: string };
}
const internals = (r: FakeRange) => r as unknown as Internals;

function assertWritable(sheet: FakeSheet): void {
  if (sheet.protected)
    throw new FakeExcelError(
      "AccessDenied",
      `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`,
    );
}

function wholeRows(box: Box, what: string): void {
  if (box.left !== 0 || box.right !== MAX_COL)
    throw new FakeExcelError("NotImplemented", `fake: ${what} is implemented for entire rows only`);
}

function overlaps(a: Box, b: Box): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** Moves every row-keyed thing of the sheet: rows ≥ at shift by n (n < 0 deletes rows at..at-n-1). */
function shiftRows(sheet: FakeSheet, at: number, n: number): void {
  const moved = new Map<string, ReturnType<FakeSheet["cellAt"]>>();
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(",").map(Number);
    if (r < at) moved.set(key, cell);
    else if (n < 0 && r < at - n) continue;
    else moved.set(`${r + n},${c}`, cell);
  }
  sheet.cells.clear();
  for (const [k, v] of moved) if (v) sheet.cells.set(k, v);
  const lines = [...sheet.borderLines];
  sheet.borderLines.clear();
  for (const [key, edges] of lines) {
    const [r, c] = key.split(",").map(Number);
    if (r < at) sheet.borderLines.set(key, edges);
    else if (n > 0 || r >= at - n) sheet.borderLines.set(`${r + n},${c}`, edges);
  }
  const moveBox = (b: Box): Box | null => {
    if (n > 0) {
      if (b.top >= at) return { ...b, top: b.top + n, bottom: b.bottom + n };
      if (b.bottom >= at) return { ...b, bottom: b.bottom + n };
      return b;
    }
    const end = at - n - 1; // last deleted row
    if (b.bottom < at) return b;
    if (b.top > end) return { ...b, top: b.top + n, bottom: b.bottom + n };
    const top = b.top < at ? b.top : at;
    const bottom = b.bottom > end ? b.bottom + n : at - 1;
    return bottom < top ? null : { ...b, top, bottom };
  };
  const merges = sheet.merges.map(moveBox).filter((b): b is Box => b !== null && (b.bottom > b.top || b.right > b.left));
  sheet.merges.splice(0, sheet.merges.length, ...merges);
  for (let i = sheet.conditionalFormats.length - 1; i >= 0; i--) {
    const b = moveBox(sheet.conditionalFormats[i].box);
    if (b) sheet.conditionalFormats[i].box = b;
    else sheet.conditionalFormats.splice(i, 1);
  }
  for (let i = sheet.notes.length - 1; i >= 0; i--) {
    const note = sheet.notes[i];
    if (note.row < at) continue;
    if (n < 0 && note.row < at - n) sheet.notes.splice(i, 1);
    else note.row += n;
  }
}

function copyFormats(sheet: FakeSheet, from: Box, to: Box): void {
  const h = from.bottom - from.top + 1;
  const w = from.right - from.left + 1;
  const right = Math.min(to.right, from.right === MAX_COL ? MAX_COL : to.right);
  // Only cells that exist can carry a format: walk the source's stored cells.
  type Formats = { fill?: string; numberFormat?: string; bold?: boolean; wrapText?: boolean };
  const sourceCells: [number, number, Formats][] = [];
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(",").map(Number);
    if (r < from.top || r > from.bottom || c < from.left || c > from.right) continue;
    if (cell.fill || cell.numberFormat || cell.bold || cell.wrapText)
      sourceCells.push([
        r - from.top,
        c - from.left,
        { fill: cell.fill, numberFormat: cell.numberFormat, bold: cell.bold, wrapText: cell.wrapText },
      ]);
  }
  // Clear the target's formats first (copyFrom replaces them).
  for (const [key, cell] of [...sheet.cells]) {
    const [r, c] = key.split(",").map(Number);
    if (r < to.top || r > to.bottom || c < to.left || c > right) continue;
    delete cell.fill;
    delete cell.numberFormat;
    delete cell.bold;
    delete cell.wrapText;
    if (cell.value === null && !cell.formula && !cell.hyperlink) sheet.cells.delete(key);
  }
  // Borders are formats too: the target's go, the source's come.
  const sourceLines: [number, number, Set<"top" | "bottom" | "left" | "right">][] = [];
  for (const [key, edges] of sheet.borderLines) {
    const [r, c] = key.split(",").map(Number);
    if (r >= from.top && r <= from.bottom && c >= from.left && c <= from.right)
      sourceLines.push([r - from.top, c - from.left, edges]);
  }
  for (const key of [...sheet.borderLines.keys()]) {
    const [r, c] = key.split(",").map(Number);
    if (r >= to.top && r <= to.bottom && c >= to.left && c <= right) sheet.borderLines.delete(key);
  }
  for (let r0 = to.top; r0 <= to.bottom; r0 += h) {
    for (let c0 = to.left; c0 <= right; c0 += w) {
      for (const [dr, dc, edges] of sourceLines)
        if (r0 + dr <= to.bottom && c0 + dc <= right) sheet.borderLines.set(`${r0 + dr},${c0 + dc}`, new Set(edges));
      for (const [dr, dc, f] of sourceCells) {
        const r = r0 + dr;
        const c = c0 + dc;
        if (r > to.bottom || c > right) continue;
        const key = `${r},${c}`;
        const cell = sheet.cells.get(key) ?? { value: null };
        if (f.fill) cell.fill = f.fill;
        if (f.numberFormat) cell.numberFormat = f.numberFormat;
        if (f.bold) cell.bold = true;
        if (f.wrapText) cell.wrapText = true;
        sheet.cells.set(key, cell);
      }
    }
  }
}

const proto = FakeRange.prototype as unknown as Record<string, unknown>;

proto.getEntireRow = function getEntireRow(this: FakeRange): FakeRange {
  const self = internals(this);
  const Ctor = FakeRange as unknown as new (ctx: unknown, resolver: () => unknown, opts: unknown) => FakeRange;
  return new Ctor(
    self.context,
    () => {
      const m = self.resolveModel();
      return m ? { sheet: m.sheet, box: { top: m.box.top, bottom: m.box.bottom, left: 0, right: MAX_COL } } : null;
    },
    { kind: `${self.opts.kind}.EntireRow`, nullable: false, bind: false, requires: self.opts.requires },
  );
};

proto.insert = function insert(this: FakeRange, shift: "Down" | "Right"): FakeRange {
  internals(this).queue(`insert(${shift})`, (m, st) => {
    assertWritable(m.sheet);
    if (shift !== "Down") throw new FakeExcelError("NotImplemented", "fake: insert(Right)");
    wholeRows(m.box, "insert");
    const n = m.box.bottom - m.box.top + 1;
    if (m.sheet.usedBox(false) && m.sheet.usedBox(false)!.bottom + n > MAX_ROW) {
      throw new FakeExcelError("InsertDeleteConflict", "Inserting would push cells off the worksheet.");
    }
    shiftRows(m.sheet, m.box.top, n);
    st.changes.push({ sheet: m.sheet, box: { ...m.box }, changeType: "RowInserted" }); // WorksheetChanged (L10)
    if (m.box.top > 0) copyFormats(m.sheet, { top: m.box.top - 1, bottom: m.box.top - 1, left: 0, right: MAX_COL }, { ...m.box });
  });
  return this;
};

proto.delete = function del(this: FakeRange, shift: "Up" | "Left"): void {
  internals(this).queue(`delete(${shift})`, (m, st) => {
    assertWritable(m.sheet);
    if (shift !== "Up") throw new FakeExcelError("NotImplemented", "fake: delete(Left)");
    wholeRows(m.box, "delete");
    shiftRows(m.sheet, m.box.top, -(m.box.bottom - m.box.top + 1));
    st.changes.push({ sheet: m.sheet, box: { ...m.box }, changeType: "RowDeleted" });
  });
};

proto.merge = function merge(this: FakeRange, across?: boolean): void {
  internals(this).queue(
    `merge(${across ? "across" : ""})`,
    (m) => {
      assertWritable(m.sheet);
      if (across) throw new FakeExcelError("NotImplemented", "fake: merge(across)");
      const b = m.box;
      if (b.top === b.bottom && b.left === b.right) return;
      if (m.sheet.merges.some((x) => overlaps(x, b)))
        throw new FakeExcelError("InvalidOperation", "Cannot merge over part of a merged area.");
      for (let r = b.top; r <= b.bottom; r++)
        for (let c = b.left; c <= b.right; c++) if (r !== b.top || c !== b.left) m.sheet.storeValue(r, c, null);
      m.sheet.merges.push({ ...b });
    },
    { requires: "1.2" },
  );
};

proto.unmerge = function unmerge(this: FakeRange): void {
  internals(this).queue(
    "unmerge()",
    (m) => {
      assertWritable(m.sheet);
      const keep = m.sheet.merges.filter((x) => !overlaps(x, m.box));
      m.sheet.merges.splice(0, m.sheet.merges.length, ...keep);
    },
    { requires: "1.2" },
  );
};

function inside(inner: Box, outer: Box): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

function intersect(a: Box, b: Box): Box | null {
  const box = {
    top: Math.max(a.top, b.top),
    bottom: Math.min(a.bottom, b.bottom),
    left: Math.max(a.left, b.left),
    right: Math.min(a.right, b.right),
  };
  return box.top <= box.bottom && box.left <= box.right ? box : null;
}

/** The union of a and b when it is one rectangle covering exactly the two, else null. */
function rectUnion(a: Box, b: Box): Box | null {
  if (a.left === b.left && a.right === b.right && a.top <= b.bottom + 1 && b.top <= a.bottom + 1)
    return { left: a.left, right: a.right, top: Math.min(a.top, b.top), bottom: Math.max(a.bottom, b.bottom) };
  if (a.top === b.top && a.bottom === b.bottom && a.left <= b.right + 1 && b.left <= a.right + 1)
    return { top: a.top, bottom: a.bottom, left: Math.min(a.left, b.left), right: Math.max(a.right, b.right) };
  return null;
}

/** Parts of `box` outside `cut` (at most 4 rectangles: above, below, left, right). */
function subtract(box: Box, cut: Box): Box[] {
  const i = intersect(box, cut);
  if (!i) return [box];
  const out: Box[] = [];
  if (box.top < i.top) out.push({ ...box, bottom: i.top - 1 });
  if (box.bottom > i.bottom) out.push({ ...box, top: i.bottom + 1 });
  if (box.left < i.left) out.push({ top: i.top, bottom: i.bottom, left: box.left, right: i.left - 1 });
  if (box.right > i.right) out.push({ top: i.top, bottom: i.bottom, left: i.right + 1, right: box.right });
  return out;
}

/**
 * Paste Special › Formats' merged areas and conditional formats (switch copyFormatsCarries = "all"): the source box
 * tiled over the target box. Refuses before changing anything when the target cuts a merged area.
 */
function copyStructure(sheet: FakeSheet, from: Box, to: Box): void {
  const h = from.bottom - from.top + 1;
  const w = from.right - from.left + 1;
  const tiles: { dr: number; dc: number }[] = [];
  for (let r0 = to.top; r0 <= to.bottom; r0 += h)
    for (let c0 = to.left; c0 <= to.right; c0 += w) tiles.push({ dr: r0 - from.top, dc: c0 - from.left });
  const move = (b: Box, t: { dr: number; dc: number }): Box => ({
    top: b.top + t.dr,
    bottom: b.bottom + t.dr,
    left: b.left + t.dc,
    right: b.right + t.dc,
  });
  for (const m of sheet.merges)
    if (intersect(m, to) && !inside(m, to)) throw new FakeExcelError("InvalidOperation", "We can't do that to a merged cell.");
  // Merged areas: the target's go, the source's come (tiled; only those lying wholly inside the source and target).
  const pasted = sheet.merges
    .filter((m) => inside(m, from))
    .flatMap((m) => tiles.map((t) => move(m, t)).filter((b) => inside(b, to)));
  const kept = sheet.merges.filter((m) => !inside(m, to));
  sheet.merges.splice(0, sheet.merges.length, ...kept, ...pasted);
  // Conditional formats: the source's rules over the target; the target's other rules give way there.
  const sourceRules = sheet.conditionalFormats.filter((cf) => intersect(cf.box, from));
  for (let i = sheet.conditionalFormats.length - 1; i >= 0; i--) {
    const cf = sheet.conditionalFormats[i];
    if (sourceRules.includes(cf) || !intersect(cf.box, to)) continue;
    const parts = subtract(cf.box, to);
    sheet.conditionalFormats.splice(
      i,
      1,
      ...parts.map((box, k) => (k === 0 ? Object.assign(cf, { box }) : { ...cf, uid: sheet.workbook.newCfUid(), box })),
    );
  }
  for (const cf of sourceRules) {
    const part = intersect(cf.box, from)!;
    let copy: typeof cf | null = null;
    for (const t of tiles) {
      const target = intersect(move(part, t), to);
      if (!target || inside(target, cf.box)) continue; // the rule already applies there
      const grown = rectUnion(cf.box, target);
      const joined = copy && rectUnion(copy.box, target);
      if (grown) cf.box = grown;
      else if (copy && joined) copy.box = joined;
      else {
        copy = { ...cf, uid: sheet.workbook.newCfUid(), box: target };
        if (cf.rule) copy.rule = { ...cf.rule };
        sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(cf) + 1, 0, copy);
      }
    }
  }
}

proto.copyFrom = function copyFrom(this: FakeRange, source: FakeRange | string, copyType = "All"): void {
  internals(this).queue(
    `copyFrom(${copyType})`,
    (m) => {
      assertWritable(m.sheet);
      if (copyType !== "Formats") throw new FakeExcelError("NotImplemented", `fake: copyFrom(${copyType})`);
      const src = typeof source === "string" ? null : internals(source).resolveModel();
      if (!src || src.sheet !== m.sheet)
        throw new FakeExcelError("NotImplemented", "fake: copyFrom from another sheet or an address");
      const to = { ...m.box, right: src.box.right === MAX_COL ? MAX_COL : m.box.right };
      if (m.sheet.workbook.copyFormatsCarries === "all") copyStructure(m.sheet, src.box, to);
      copyFormats(m.sheet, src.box, m.box);
    },
    { requires: "1.9" },
  );
};

export {};
