/**
 * Template insertion and its add-in-level undo over the Excel JavaScript API (issue 7).
 *
 * insertTemplate: 2 context.sync calls — 1 read (used range + merges + protection, readSheet.ts) and
 * 1 write batch: unmerge the merges that will change shape, insert whole rows bottom-up
 * (Range.insert "Down", ExcelApi 1.1; new rows take the formats of the row above), copy the plan's style
 * row formats onto them (Range.copyFrom "Formats", ExcelApi 1.9, when available), write the values,
 * (re-)merge (Range.merge, ExcelApi 1.2). The plan (src/core/templates/plan.ts) never writes a non-empty cell.
 *
 * undoInsertTemplate: 2 syncs — read the inserted rows and written cells back, refuse when the user has
 * changed them since; otherwise unmerge, delete the inserted rows (Range.delete "Up"), put the old merges
 * and the moved 一级/二级 labels back and empty the cells filled in place. Add-in writes are not reliably on
 * Excel's own undo stack (it only holds them from ExcelApi 1.19), hence this explicit undo.
 * Insertion needs merged areas to be readable (ExcelApi 1.13): without them the plan could not see the
 * table's merges, so the add-in refuses instead of guessing.
 */
import { rangeToA1, toA1 } from "../core/cellAddress";
import type { CellRange, SheetSnapshot } from "../core/snapshot";
import { type InsertionPlan, mapRow, oldRowOf, type PlanResult } from "../core/templates/plan";
import { cellText, toExcelInput } from "./cellInput";
import { HostFailure, hostError } from "./hostErrors";
import { readSheet } from "./readSheet";
import type { HostCapabilities } from "./sheetHost";

/** What undo needs to put the sheet back exactly. */
export interface InsertionRecord {
  sheetName: string;
  plan: InsertionPlan;
  /** Every cell the insertion wrote (new coordinates) and the text written. */
  written: { row: number; col: number; text: string }[];
  /** Old merges whose top-left label moved up to an inserted row: restore this text at the old top-left. */
  labels: { row: number; col: number; text: string }[];
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
  const read = await readSheet(context, sheet, caps, false); // sync 1
  const before = read.snapshot;
  if (sheet.protection.protected) throw new HostFailure(hostError("sheet-protected", `工作表“${before.name}”受保护，未插入。`));
  if (expectedSnapshot && JSON.stringify(expectedSnapshot) !== JSON.stringify(before)) {
    throw new HostFailure(hostError("cell-changed", INSERT_MESSAGES.sheetChanged(before.name)));
  }
  const result = makePlan(before);
  if (!result.ok) throw new HostFailure(hostError("unknown", result.reason));
  const plan = result.plan;
  if (plan.writes.length === 0 && plan.insertedRows === 0) return { plan, record: null, before };

  for (const r of plan.resized) sheet.getRange(rangeToA1(r.from)).unmerge();
  for (const ins of [...plan.inserts].sort((a, b) => b.at - a.at)) {
    sheet.getRange(rows(ins.at, ins.at + ins.count - 1)).insert("Down" as Excel.InsertShiftDirection);
  }
  if (options.copyFormats) {
    for (const ins of plan.inserts) {
      const first = mapRow(plan.inserts, ins.at) - ins.count;
      const style = mapRow(plan.inserts, ins.styleRow);
      sheet
        .getRange(rows(first, first + ins.count - 1))
        .copyFrom(sheet.getRange(rows(style, style)), "Formats" as Excel.RangeCopyType);
    }
  }
  for (const w of plan.writes) sheet.getRange(toA1(w.row, w.col)).values = [[toExcelInput(w.value, null)]];
  const merges: CellRange[] = [...plan.resized.map((r) => r.to), ...plan.created];
  for (const m of merges) {
    const range = sheet.getRange(rangeToA1(m));
    range.unmerge();
    range.merge(false);
  }
  await context.sync(); // sync 2

  const labels = plan.resized
    .filter((r) => r.to.top < mapRow(plan.inserts, r.from.top))
    .map((r) => ({
      row: r.from.top,
      col: r.from.left,
      text: cellText(before.values[r.from.top - before.origin.row]?.[r.from.left - before.origin.col]),
    }));
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
  const checks = blocks.map((b) => {
    const r = sheet.getRangeByIndexes(b.first, 0, b.last - b.first + 1, record.right + 1);
    r.load("values");
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
    r.values.forEach((line, i) =>
      line.forEach((v, c) => {
        const want = expected.get(`${b.first + i},${c}`) ?? "";
        if (cellText(v) !== want)
          throw new HostFailure(hostError("cell-changed", INSERT_MESSAGES.undoChanged(toA1(b.first + i, c))));
      }),
    );
  }
  for (const { w, r } of inPlace) {
    if (cellText(r.values[0]?.[0]) !== w.text)
      throw new HostFailure(hostError("cell-changed", INSERT_MESSAGES.undoChanged(toA1(w.row, w.col))));
  }
  for (const m of [...plan.resized.map((x) => x.to), ...plan.created]) sheet.getRange(rangeToA1(m)).unmerge();
  for (const { w } of inPlace) sheet.getRange(toA1(w.row, w.col)).values = [[""]];
  for (const b of blocks) sheet.getRange(rows(b.first, b.last)).delete("Up" as Excel.DeleteShiftDirection);
  for (const l of record.labels) sheet.getRange(toA1(l.row, l.col)).values = [[toExcelInput(l.text, null)]];
  for (const r of plan.resized) sheet.getRange(rangeToA1(r.from)).merge(false);
  await context.sync(); // sync 2
}
