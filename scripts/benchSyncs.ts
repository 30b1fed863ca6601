/**
 * Excel round trips (context.sync calls) of the add-in's operations, measured on the fake Excel (which counts every
 * sync) over the two sample workbooks. For `npm run bench`:
 *
 *   import { measureSyncCounts, formatSyncCounts } from "./benchSyncs";
 *   for (const l of formatSyncCounts(await measureSyncCounts())) line(l.name, l.value);
 *
 * or on its own: `npx tsx scripts/benchSyncs.ts`. Prints plain "name: value" lines; asserts nothing
 * (tests/excel/syncBudget.test.ts holds the budgets).
 */
import path from "node:path";
import { checkSheet } from "../src/core/check";
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

if (require.main === module) {
  measureSyncCounts().then(
    (r) => {
      for (const l of formatSyncCounts(r)) process.stdout.write(`${l.name}: ${l.value}\n`);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
