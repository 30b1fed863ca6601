/**
 * Excel round trips (context.sync calls) of the add-in's operations, measured on the fake Excel (which counts every
 * sync) over the two sample workbooks. For `npm run bench`:
 *
 *   import { measureSyncCounts, formatSyncCounts } from "./benchSyncs";
 *   for (const l of formatSyncCounts(await measureSyncCounts())) line(l.name, l.value);
 *
 * bench.ts itself calls `benchSyncs()` (all of the above as one name → value record, plus the template operations of
 * issue 7: 插入模板, 撤销插入 and 在新工作表中新建), or on its own: `npx tsx scripts/benchSyncs.ts`. Prints plain "name: value" lines; asserts nothing
 * (tests/excel/syncBudget.test.ts holds the budgets).
 */
import path from "node:path";
import "../src/fakeExcel/rowsAndMerges"; // whole-row insert/delete and merging, used by the template operations
import { checkSheet } from "../src/core/check";
import { findTemplate } from "../src/core/templates/library";
import { newFormGrid, type NewFormLayout } from "../src/core/templates/newForm";
import { planInsertion } from "../src/core/templates/plan";
import { createOfficeSheetHost } from "../src/excel/officeSheetHost";
import { runCheckAll } from "../src/excel/runCheckAll";
import { fakeExcelRun, fakeExcelRunDelayed, fakeExcelRunInContext, type FakeWorkbook } from "../src/fakeExcel/fakeExcel";
import { loadFakeWorkbookFromXlsx } from "../src/fakeExcel/loadFakeWorkbookFromXlsx";

const SAMPLES = ["shenmu-2021.xlsx", "wuhai-2021.xlsx"] as const;

export interface SyncCounts {
  workbook: string;
  sheets: number;
  /** Per sheet: a first check (read + paint), a re-check (marks replaced), and the largest of each. */
  checkFirst: number[];
  recheck: number[];
  /** 检查全部工作表 over the whole workbook (first time, and again with every sheet marked). */
  checkAll: number;
  checkAllAgain: number;
  /** 清除标记 on every sheet. */
  clearAll: number;
}

function hostOver(fake: FakeWorkbook) {
  return createOfficeSheetHost(fakeExcelRun(fake), {
    isSetSupported: (n, v) => fake.isSetSupported(n, v),
    runDelayed: fakeExcelRunDelayed(fake),
    runInContext: fakeExcelRunInContext(fake),
  });
}

async function counted(fake: FakeWorkbook, op: () => Promise<unknown>): Promise<number> {
  const before = fake.syncCount;
  await op();
  return fake.syncCount - before;
}

/** Measures the sync counts of one sample workbook (a fresh fake per scenario, so marks never leak between them). */
export async function measureWorkbook(file: string): Promise<SyncCounts> {
  const xlsx = path.join(__dirname, "..", "assets", "samples", file);
  const analyze = (s: Parameters<typeof checkSheet>[0]) => {
    const value = checkSheet(s);
    return { value, findings: value.findings };
  };
  const fake = await loadFakeWorkbookFromXlsx(xlsx);
  const host = hostOver(fake);
  const checkFirst: number[] = [];
  const recheck: number[] = [];
  for (const sheet of fake.sheets) {
    fake.activate(sheet.name);
    checkFirst.push(await counted(fake, () => host.readAndPaint(analyze)));
    recheck.push(await counted(fake, () => host.readAndPaint(analyze)));
  }
  const clearAll = await counted(fake, () => host.clearMarks());
  const all = await loadFakeWorkbookFromXlsx(xlsx);
  const allHost = hostOver(all);
  const checkAll = await counted(all, () => runCheckAll(allHost));
  const checkAllAgain = await counted(all, () => runCheckAll(allHost));
  return { workbook: file, sheets: fake.sheets.length, checkFirst, recheck, checkAll, checkAllAgain, clearAll };
}

export async function measureSyncCounts(): Promise<SyncCounts[]> {
  const out: SyncCounts[] = [];
  for (const f of SAMPLES) out.push(await measureWorkbook(f));
  return out;
}

/** "name: value" lines for the bench report. */
export function formatSyncCounts(results: readonly SyncCounts[]): { name: string; value: string }[] {
  const lines: { name: string; value: string }[] = [];
  for (const r of results) {
    const w = r.workbook.replace(/\.xlsx$/, "");
    lines.push({
      name: `syncs ${w} check per sheet (first / re-check)`,
      value: `max ${Math.max(...r.checkFirst)} / ${Math.max(...r.recheck)} (${r.checkFirst.join(",")} / ${r.recheck.join(",")})`,
    });
    lines.push({
      name: `syncs ${w} 检查全部工作表 (${r.sheets} sheets)`,
      value: `${r.checkAll} first, ${r.checkAllAgain} again (1 to list + ${((r.checkAll - 1) / r.sheets).toFixed(2)} per sheet)`,
    });
    lines.push({ name: `syncs ${w} 清除标记 all sheets`, value: String(r.clearAll) });
  }
  return lines;
}

export interface TemplateSyncCounts {
  /** 插入模板 and 撤销插入 per (sheet, template) of the 乌海 sample. */
  inserts: { sheet: string; template: string; insert: number; undo: number }[];
  /** 在新工作表中新建 per layout, and the failure path (the new sheet taken away again). */
  create: Record<NewFormLayout, number>;
  createFailed: number;
}

/** Sync counts of the template operations (issue 7), on the 乌海 sample (a fresh fake per scenario). */
export async function measureTemplateSyncs(): Promise<TemplateSyncCounts> {
  const xlsx = path.join(__dirname, "..", "assets", "samples", "wuhai-2021.xlsx");
  const inserts: TemplateSyncCounts["inserts"] = [];
  // 医保业务经费 has no indicator table (a new block); 反欺诈专项经费 misses rows inside its table.
  for (const [sheet, id] of [
    ["医保业务经费", "work-funds"],
    ["反欺诈专项经费", "work-funds"],
  ] as const) {
    const fake = await loadFakeWorkbookFromXlsx(xlsx);
    fake.activate(sheet);
    const host = hostOver(fake);
    let record = null;
    const insert = await counted(fake, async () => {
      const r = await host.insertTemplate((s) => planInsertion(s, findTemplate(id)!));
      if (!r.ok) throw new Error(`${sheet}: ${r.error.message}`);
      record = r.value.record;
    });
    if (!record) throw new Error(`${sheet}: nothing inserted`);
    const recorded = record;
    const undo = await counted(fake, async () => {
      const r = await host.undoInsertTemplate(recorded);
      if (!r.ok) throw new Error(`${sheet}: ${r.error.message}`);
    });
    inserts.push({ sheet, template: id, insert, undo });
  }
  const create = {} as Record<NewFormLayout, number>;
  for (const layout of ["policy-table", "declaration-form", "core-101-table"] as const) {
    const fake = await loadFakeWorkbookFromXlsx(xlsx);
    const host = hostOver(fake);
    create[layout] = await counted(fake, async () => {
      const r = await host.createForm((name) => newFormGrid(findTemplate("work-funds")!, layout, { sheetName: name }));
      if (!r.ok) throw new Error(`${layout}: ${r.error.message}`);
    });
  }
  // The failure path: the write batch fails after add() (ExcelApi 1.7 calls refused), the sheet is deleted again.
  const fake = await loadFakeWorkbookFromXlsx(xlsx);
  const host = hostOver(fake);
  host.capabilities();
  fake.apiVersion = "1.6";
  const createFailed = await counted(fake, async () => {
    const r = await host.createForm((name) => newFormGrid(findTemplate("work-funds")!, "policy-table", { sheetName: name }));
    if (r.ok) throw new Error("the failure path did not fail");
  });
  return { inserts, create, createFailed };
}

/**
 * The hook bench.ts calls: every measurement as "name → value" (the first numeric entry, the largest first check of
 * a sheet, is the summary table's "context.sync per check").
 */
export async function benchSyncs(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  const results = await measureSyncCounts();
  out["check per sheet (largest first check)"] = Math.max(...results.flatMap((r) => r.checkFirst));
  for (const l of formatSyncCounts(results)) out[l.name.replace(/^syncs /, "")] = l.value;
  const t = await measureTemplateSyncs();
  for (const i of t.inserts) {
    out[`插入模板 ${i.template} → ${i.sheet}`] = i.insert;
    out[`撤销插入 ${i.template} → ${i.sheet}`] = i.undo;
  }
  for (const [layout, n] of Object.entries(t.create)) out[`在新工作表中新建 ${layout}`] = n;
  out["在新工作表中新建 failed batch (sheet deleted again)"] = t.createFailed;
  return out;
}

if (require.main === module) {
  benchSyncs().then(
    (r) => {
      for (const [k, v] of Object.entries(r)) process.stdout.write(`${k}: ${v}\n`);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
