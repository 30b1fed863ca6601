/**
 * Template insertion and its add-in-level undo over the Excel JavaScript API (issue 7).
 *
 * insertTemplate: 2 context.sync calls — 1 read (used range + merges + protection, readSheet.ts) and
 * 1 write batch: unmerge the merges that will change shape, insert whole rows bottom-up
 * (Range.insert "Down", ExcelApi 1.1; new rows take the formats of the row above), copy the plan's style
 * row formats onto them (Range.copyFrom "Formats", ExcelApi 1.9, when available), write the values,
 * (re-)merge (Range.merge, ExcelApi 1.2). The plan (src/core/templates/plan.ts) never writes a non-empty cell.
 * Every text is written with the number format its cell will have (a Text "@" cell takes input verbatim, so no
 * apostrophe there). Excel applies a failed batch up to the failing operation: then the sheet is re-read, what ran is
 * worked out from the cells and taken back, and the result verified (+3 syncs, only on failure; the message says
 * whether the sheet is back exactly).
 *
 * undoInsertTemplate: 2 syncs — read the inserted rows (their whole used width) and written cells back, refuse
 * when the user has changed or typed into them since; otherwise unmerge, delete the inserted rows (Range.delete "Up"), put the old merges
 * and the moved 一级/二级 labels back and empty the cells filled in place. Add-in writes are not reliably on
 * Excel's own undo stack (it only holds them from ExcelApi 1.19), hence this explicit undo.
 * Insertion needs merged areas to be readable (ExcelApi 1.13): without them the plan could not see the
 * table's merges, so the add-in refuses instead of guessing.
 */
import { columnLetters, rangeToA1, toA1 } from "../core/cellAddress";
import type { CellRange, SheetSnapshot } from "../core/snapshot";
import { type InsertionPlan, mapRow, oldRowOf, type PlanResult } from "../core/templates/plan";
import { cellText, toExcelInput } from "./cellInput";
import { HostFailure, hostError, isEditModeError, officeErrorCode } from "./hostErrors";
import { readSheet, type SheetRead } from "./readSheet";
import type { HostCapabilities } from "./sheetHost";

/** What undo needs to put the sheet back exactly. */
export interface InsertionRecord {
  sheetName: string;
  plan: InsertionPlan;
  /** Every cell the insertion wrote (new coordinates) and the text written. */
  written: { row: number; col: number; text: string }[];
  /** Old merges whose top-left label moved up to an inserted row: restore this text at the old top-left. */
  labels: { row: number; col: number; text: string; numberFormat?: string }[];
  /** Rightmost column the insertion touched (the read-back of the inserted rows stops there). */
  right: number;
}

export interface InsertOutcome {
  plan: InsertionPlan;
  record: InsertionRecord | null;
  /** The sheet before the insertion (for previews and tests). */
  before: SheetSnapshot;
}

export const INSERT_MESSAGES = {
  noMerges:
    "此版本的 Excel 无法读取合并单元格（需要 ExcelApi 1.13），为避免打乱表格，不能在这里插入模板。可以用命令行 jxcheck insert-template 生成补好指标的新工作簿。",
  sheetChanged: (sheet: string) => `工作表“${sheet}”已与预览时不同，未插入。请重新检查后再插入。`,
  undoChanged: (cell: string) => `插入的内容已被修改（如 ${cell}），撤销会丢失这些修改，未撤销。可手工删除插入的行。`,
  undoSheetGone: (sheet: string) => `找不到工作表“${sheet}”，无法撤销插入。`,
  restored: (detail: string) => `插入模板未完成（Excel 拒绝了其中一步：${detail}），已把工作表恢复原状，没有留下任何改动。`,
  notRestored: (detail: string, rowsText: string) =>
    `插入模板未完成（Excel 拒绝了其中一步：${detail}），且未能自动恢复原状。请检查${rowsText}（可按 Ctrl+Z 撤消），或关闭工作簿且不保存。`,
};

const rows = (from: number, to: number) => `${from + 1}:${to + 1}`;

/** Inserted rows in new coordinates, bottom-most first. */
function insertedBlocks(plan: InsertionPlan): { first: number; last: number }[] {
  return plan.inserts
    .map((i) => {
      const first = mapRow(plan.inserts, i.at) - i.count;
      return { first, last: first + i.count - 1 };
    })
    .sort((a, b) => b.first - a.first);
}

export async function insertTemplate(
  context: Excel.RequestContext,
  caps: HostCapabilities,
  makePlan: (snapshot: SheetSnapshot) => PlanResult,
  options: { expectedSnapshot?: SheetSnapshot; copyFormats: boolean },
): Promise<InsertOutcome> {
  const expectedSnapshot = options.expectedSnapshot;
  if (!caps.merges) throw new HostFailure(hostError("unsupported-host", INSERT_MESSAGES.noMerges));
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.protection.load("protected");
  // The last row holding anything, formats included (ExcelApi 1.4): a failed batch's inserted rows show by it even
  // where no value moved (audit 3 N3). Rides on sync 1.
  const extent = sheet.getUsedRangeOrNullObject(false);
  extent.load("rowIndex,rowCount");
  const read = await readSheet(context, sheet, caps, false); // sync 1
  const before = read.snapshot;
  const lastUsedRow = lastRowOf(extent);
  if (sheet.protection.protected) throw new HostFailure(hostError("sheet-protected", `工作表“${before.name}”受保护，未插入。`));
  if (expectedSnapshot && JSON.stringify(expectedSnapshot) !== JSON.stringify(before)) {
    throw new HostFailure(hostError("cell-changed", INSERT_MESSAGES.sheetChanged(before.name)));
  }
  const result = makePlan(before);
  if (!result.ok) throw new HostFailure(hostError("unknown", result.reason));
  const plan = result.plan;
  if (plan.writes.length === 0 && plan.insertedRows === 0) return { plan, record: null, before };

  const formatAt = read.numberFormatAt ?? (() => undefined);
  for (const r of plan.resized) sheet.getRange(rangeToA1(r.from)).unmerge();
  for (const ins of [...plan.inserts].sort((a, b) => b.at - a.at)) {
    sheet.getRange(rows(ins.at, ins.at + ins.count - 1)).insert("Down" as Excel.InsertShiftDirection);
  }
  if (options.copyFormats) {
    // Paste › Formats also pastes merged areas and refuses to cut one (audit 3 L6, fake switch copyFormatsCarries):
    // copy beside every merged area of the style row and those that span the new rows (the plan writes into single
    // cells and merges what it needs itself; those columns keep the formats Range.insert gave them from the row above).
    for (const ins of plan.inserts) {
      const first = mapRow(plan.inserts, ins.at) - ins.count;
      const last = first + ins.count - 1;
      const style = mapRow(plan.inserts, ins.styleRow);
      for (const [left, right] of copyColumns(before.merges, plan, ins)) {
        const cols = (row: number, to: number) => `${columnLetters(left)}${row + 1}:${columnLetters(right)}${to + 1}`;
        sheet.getRange(cols(first, last)).copyFrom(sheet.getRange(cols(style, style)), "Formats" as Excel.RangeCopyType);
      }
    }
  }
  // Written with the number format the target cell will have (a Text "@" cell keeps an apostrophe: audit 3 N4).
  for (const w of plan.writes) {
    const format = writtenCellFormat(plan, w.row, w.col, formatAt, options.copyFormats ? before.merges : null);
    sheet.getRange(toA1(w.row, w.col)).values = [[toExcelInput(w.value, null, format)]];
  }
  const merges: CellRange[] = [...plan.resized.map((r) => r.to), ...plan.created];
  for (const m of merges) {
    const range = sheet.getRange(rangeToA1(m));
    range.unmerge();
    range.merge(false);
  }
  try {
    await context.sync(); // sync 2
  } catch (e) {
    // Excel applies a failed batch up to the failing operation: find out how far it got and put the sheet back.
    if (isEditModeError(e)) throw e; // refused as a whole: nothing ran
    const restored = await restoreAfterFailedInsert(context, sheet, caps, read, plan, lastUsedRow).catch(() => false);
    const detail = `${e instanceof Error ? e.message : String(e)}${officeErrorCode(e) ? `（${officeErrorCode(e)}）` : ""}`;
    const first = Math.min(...plan.inserts.map((i) => i.at), ...plan.writes.map((w) => w.row));
    const last = Math.max(...plan.inserts.map((i) => i.at + i.count), ...plan.writes.map((w) => w.row));
    throw new HostFailure(
      restored
        ? hostError("unknown", INSERT_MESSAGES.restored(detail))
        : hostError("unknown", INSERT_MESSAGES.notRestored(detail, `第 ${first + 1}–${last + 1} 行附近`)),
    );
  }

  const labels = plan.resized
    .filter((r) => r.to.top < mapRow(plan.inserts, r.from.top))
    .map((r) => {
      const label: InsertionRecord["labels"][number] = {
        row: r.from.top,
        col: r.from.left,
        text: cellText(before.values[r.from.top - before.origin.row]?.[r.from.left - before.origin.col]),
      };
      const format = formatAt(r.from.top, r.from.left);
      if (format !== undefined) label.numberFormat = format;
      return label;
    });
  const right = Math.max(
    ...plan.writes.map((w) => w.col),
    ...merges.map((m) => m.right),
    before.origin.col + Math.max(0, ...before.values.map((v) => v.length)) - 1,
  );
  return {
    plan,
    before,
    record: {
      sheetName: before.name,
      plan,
      written: plan.writes.map((w) => ({ row: w.row, col: w.col, text: w.value })),
      labels,
      right,
    },
  };
}

export async function undoInsertTemplate(context: Excel.RequestContext, record: InsertionRecord): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(record.sheetName);
  sheet.protection.load("protected");
  const { plan } = record;
  const blocks = insertedBlocks(plan);
  // The whole inserted rows, as far as the sheet is used: a note typed right of the form would go with the rows
  // (audit 3 N5). Range.getIntersectionOrNullObject — ExcelApi 1.4; null when nothing of the rows is used.
  const used = sheet.getUsedRange(true);
  const checks = blocks.map((b) => {
    const r = sheet.getRange(rows(b.first, b.last)).getIntersectionOrNullObject(used);
    r.load("values,rowIndex,columnIndex");
    return { b, r };
  });
  const inPlace = record.written
    .filter((w) => oldRowOf(plan.inserts, w.row) !== null)
    .map((w) => {
      const r = sheet.getRange(toA1(w.row, w.col));
      r.load("values");
      return { w, r };
    });
  await context.sync(); // sync 1
  if (sheet.protection.protected)
    throw new HostFailure(hostError("sheet-protected", `工作表“${record.sheetName}”受保护，无法撤销插入。`));
  const expected = new Map(record.written.map((w) => [`${w.row},${w.col}`, w.text]));
  for (const { b, r } of checks) {
    const found = new Map<string, string>();
    if (!r.isNullObject)
      r.values.forEach((line, i) =>
        line.forEach((v, j) => {
          const t = cellText(v);
          if (t !== "") found.set(`${r.rowIndex + i},${r.columnIndex + j}`, t);
        }),
      );
    const wanted = record.written.filter((w) => w.row >= b.first && w.row <= b.last && w.text !== "");
    const changed =
      wanted.find((w) => found.get(`${w.row},${w.col}`) !== w.text) ??
      [...found.keys()]
        .map((key) => key.split(",").map(Number))
        .map(([row, col]) => ({ row, col }))
        .find(({ row, col }) => expected.get(`${row},${col}`) === undefined);
    if (changed) throw new HostFailure(hostError("cell-changed", INSERT_MESSAGES.undoChanged(toA1(changed.row, changed.col))));
  }
  for (const { w, r } of inPlace) {
    if (cellText(r.values[0]?.[0]) !== w.text)
      throw new HostFailure(hostError("cell-changed", INSERT_MESSAGES.undoChanged(toA1(w.row, w.col))));
  }
  for (const m of [...plan.resized.map((x) => x.to), ...plan.created]) sheet.getRange(rangeToA1(m)).unmerge();
  for (const { w } of inPlace) sheet.getRange(toA1(w.row, w.col)).values = [[""]];
  for (const b of blocks) sheet.getRange(rows(b.first, b.last)).delete("Up" as Excel.DeleteShiftDirection);
  for (const l of record.labels) sheet.getRange(toA1(l.row, l.col)).values = [[toExcelInput(l.text, null, l.numberFormat)]];
  for (const r of plan.resized) sheet.getRange(rangeToA1(r.from)).merge(false);
  await context.sync(); // sync 2
}

/**
 * The number format cell (row, col) (new coordinates) has when the plan writes it: its own for a cell filled in place;
 * for an inserted row, the style row's where copyFrom "Formats" copied it (copyColumns), else the row above's
 * (Range.insert takes the formats of the row above).
 */
function writtenCellFormat(
  plan: InsertionPlan,
  row: number,
  col: number,
  formatAt: (row: number, col: number) => string | undefined,
  /** The sheet's merges when formats are copied from the style row (copyFrom "Formats"), else null. */
  copyFormats: readonly CellRange[] | null,
): string | undefined {
  const old = oldRowOf(plan.inserts, row);
  if (old !== null) return formatAt(old, col);
  for (const ins of plan.inserts) {
    const first = mapRow(plan.inserts, ins.at) - ins.count;
    if (row < first || row >= first + ins.count) continue;
    const copied = copyFormats !== null && copyColumns(copyFormats, plan, ins).some(([l, r]) => col >= l && col <= r);
    return formatAt(copied ? ins.styleRow : ins.at - 1, col);
  }
  return undefined;
}

/**
 * The last row of a loaded used range, -1 for none — or when the sync that carried the load failed and the read went
 * on by a fallback (then its values were never delivered: PropertyNotLoaded), which turns the check off.
 */
function lastRowOf(extent: Excel.Range): number {
  try {
    return extent.isNullObject ? -1 : extent.rowIndex + extent.rowCount - 1;
  } catch {
    return -1;
  }
}

/** Excel's last column (XFD). */
const LAST_COL = 16383;

/**
 * Column runs [left, right] whose formats are copied from the style row onto the rows inserted at `ins.at`: every
 * column except those of a merged area that spans the new rows (it grows over them and is not unmerged by the plan;
 * pasting onto part of a merged area is refused) or that holds a style-row cell (it would be pasted as a merge).
 */
function copyColumns(
  merges: readonly CellRange[],
  plan: InsertionPlan,
  ins: InsertionPlan["inserts"][number],
): [number, number][] {
  const unmerged = new Set(plan.resized.map((r) => mergeKey(r.from)));
  const blocked = merges.filter(
    (m) =>
      !unmerged.has(mergeKey(m)) &&
      ((m.top < ins.at && m.bottom >= ins.at) || (m.top <= ins.styleRow && m.bottom >= ins.styleRow)),
  );
  const cols = [...new Set(blocked.flatMap((m) => Array.from({ length: m.right - m.left + 1 }, (_, k) => m.left + k)))].sort(
    (a, b) => a - b,
  );
  const runs: [number, number][] = [];
  let from = 0;
  for (const c of cols) {
    if (c > from) runs.push([from, c - 1]);
    from = c + 1;
  }
  if (from <= LAST_COL) runs.push([from, LAST_COL]);
  return runs;
}

/** Non-empty cells of a snapshot by absolute "row,col" → text. */
function cellMap(snapshot: SheetSnapshot): Map<string, string> {
  const out = new Map<string, string>();
  snapshot.values.forEach((line, r) =>
    line.forEach((v, c) => {
      const t = cellText(v);
      if (t !== "") out.set(`${snapshot.origin.row + r},${snapshot.origin.col + c}`, t);
    }),
  );
  return out;
}

const mergeKey = (m: CellRange) => `${m.top},${m.left},${m.bottom},${m.right}`;

/** `row` (old coordinates) after the given inserts ran. */
function shifted(done: readonly { at: number; count: number }[], row: number): number {
  return mapRow(done as InsertionPlan["inserts"], row);
}

/**
 * After the write batch failed part-way: re-reads the sheet, works out how many of the row inserts ran (they are
 * queued bottom-up, so the ones that ran are a prefix of that order; the one whose shifted cells match what is there
 * now, and whose shift of the last used row — formats included — matches), takes back what ran — written cells in
 * place, new merges, inserted rows, dropped labels, undone merges — and
 * verifies the sheet equals the one read before (values and merges). 3 syncs (read, restore, verify); true when the
 * sheet is back exactly as it was.
 */
async function restoreAfterFailedInsert(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  caps: HostCapabilities,
  read: SheetRead,
  plan: InsertionPlan,
  lastUsedRow: number,
): Promise<boolean> {
  const before = read.snapshot;
  const extent = sheet.getUsedRangeOrNullObject(false);
  extent.load("rowIndex,rowCount");
  const now = (await readSheet(context, sheet, caps, false)).snapshot;
  const lastNow = lastRowOf(extent);
  const oldCells = cellMap(before);
  const nowCells = cellMap(now);
  const order = [...plan.inserts].sort((a, b) => b.at - a.at);
  const written = new Map(plan.writes.map((w) => [`${w.row},${w.col}`, w.value]));
  const labelCells = new Set(plan.resized.map((r) => `${mapRow(plan.inserts, r.from.top)},${r.from.left}`));

  let ran = -1;
  for (let k = 0; k <= order.length && ran < 0; k++) {
    const done = order.slice(0, k);
    const all = k === order.length;
    const expected = new Map<string, string>();
    for (const [key, text] of oldCells) {
      const [r, c] = key.split(",").map(Number);
      expected.set(`${shifted(done, r)},${c}`, text);
    }
    let match = true;
    for (const [key, text] of expected) {
      const got = nowCells.get(key);
      if (got === text) continue;
      // Only once every insert ran can the later writes and merges have run: a label may be gone (merge), a cell
      // filled in place may hold the written text.
      if (all && got === undefined && labelCells.has(key)) continue;
      match = false;
      break;
    }
    if (match)
      for (const [key, text] of nowCells) {
        if (expected.get(key) === text) continue;
        if (all && written.get(key) === text) continue;
        match = false;
        break;
      }
    // Rows inserted where no value moved still move the last used row (formats count): it must agree too, unless an
    // insert lay below everything used (then the rows it added may hold nothing at all).
    if (
      match &&
      lastUsedRow >= 0 &&
      lastNow >= 0 &&
      !done.some((i) => i.at > lastUsedRow) &&
      lastNow !== shifted(done, lastUsedRow)
    )
      match = false;
    if (match) ran = k;
  }
  if (ran < 0) return false;

  const done = order.slice(0, ran);
  const nowMerges = new Set(now.merges.map(mergeKey));
  if (ran === order.length) {
    for (const [key, text] of written) {
      const [r, c] = key.split(",").map(Number);
      if (oldRowOf(plan.inserts, r) !== null && nowCells.get(key) === text) sheet.getRange(toA1(r, c)).values = [[""]];
    }
    for (const m of [...plan.resized.map((x) => x.to), ...plan.created])
      if (nowMerges.has(mergeKey(m))) sheet.getRange(rangeToA1(m)).unmerge();
  }
  // Last inserted first: each block is then at the row it was inserted at.
  for (const ins of [...done].sort((a, b) => a.at - b.at))
    sheet.getRange(rows(ins.at, ins.at + ins.count - 1)).delete("Up" as Excel.DeleteShiftDirection);
  const formatAt = read.numberFormatAt ?? (() => undefined);
  for (const r of plan.resized) {
    const key = `${r.from.top},${r.from.left}`;
    const text = oldCells.get(key);
    if (text !== undefined && nowCells.get(`${shifted(done, r.from.top)},${r.from.left}`) !== text)
      sheet.getRange(toA1(r.from.top, r.from.left)).values = [[toExcelInput(text, null, formatAt(r.from.top, r.from.left))]];
    // The unmerges come first in the batch: once a row insert ran, every one of them ran; before that, only those
    // merges that are gone now need redoing.
    if (ran > 0 || !nowMerges.has(mergeKey(r.from))) sheet.getRange(rangeToA1(r.from)).merge(false);
  }
  await context.sync();

  const after = (await readSheet(context, sheet, caps, false)).snapshot;
  const same = (a: Map<string, string>, b: Map<string, string>) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
  const mergesOf = (x: SheetSnapshot) => new Set(x.merges.map(mergeKey));
  const m1 = mergesOf(before);
  const m2 = mergesOf(after);
  return same(oldCells, cellMap(after)) && m1.size === m2.size && [...m1].every((k) => m2.has(k));
}
