/**
 * The add-in checks what the command line checks: for every sheet of the sample workbooks and the real fixtures,
 * runCheck through the adapter on the fake (loaded from the same .xlsx) gives the findings checkSheet gives on the
 * CLI's snapshot — displayed texts of formatted numbers included.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { checkSheet } from "../../src/core/check";
import { readWorkbookSnapshots } from "../../src/cli/readWorkbookSnapshots";
import { runCheck } from "../../src/excel/runCheck";
import { loadFakeWorkbookFromXlsx } from "../../src/fakeExcel/loadFakeWorkbookFromXlsx";
import { SAMPLES, hostFor } from "./helpers";

jest.setTimeout(120_000);

const REAL = path.join(__dirname, "../fixtures/real");
const FILES = [
  ...Object.values(SAMPLES),
  ...fs
    .readdirSync(REAL)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join(REAL, f)),
];

/** Findings of the CLI and of the add-in per sheet, and the differences. */
async function compare(file: string): Promise<{ diffs: string[]; findings: number; texts: number }> {
  const cli = await readWorkbookSnapshots(file);
  const fake = await loadFakeWorkbookFromXlsx(file);
  const host = hostFor(fake);
  const diffs: string[] = [];
  let findings = 0;
  let texts = 0;
  for (const snap of cli) {
    if (!fake.sheets.some((s) => s.name === snap.name)) continue;
    fake.activate(snap.name);
    const out = await runCheck(host, { checkOptions: { framework: "auto" } });
    const want = checkSheet(snap, { framework: "auto" }).findings.map((f) => `${f.cell} ${f.rule} ${f.message}`);
    const got = (out.result?.findings ?? []).map((f) => `${f.cell} ${f.rule} ${f.message}`);
    findings += got.length;
    texts += (out.snapshot?.texts ?? []).flat().filter((t) => t !== null).length;
    const missing = want.filter((w) => !got.includes(w));
    const extra = got.filter((g) => !want.includes(g));
    if (missing.length || extra.length) diffs.push(`${snap.name}: -${JSON.stringify(missing)} +${JSON.stringify(extra)}`);
  }
  return { diffs, findings, texts };
}

describe("add-in findings = CLI findings", () => {
  it("on a copy of the shenmu sample whose 指标值 F33 is 0.98 formatted to show ≥98%", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLES.shenmu);
    const ws = wb.getWorksheet("系统升级维护费")!;
    ws.getCell("F33").value = 0.98;
    ws.getCell("F33").numFmt = '"≥"0%';
    ws.getCell("F34").value = 0.98; // General: checked as 0.98 by both
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-parity-"));
    const file = path.join(dir, "formatted.xlsx");
    try {
      await wb.xlsx.writeFile(file);
      const r = await compare(file);
      expect(r.diffs).toEqual([]);
      expect(r.texts).toBeGreaterThanOrEqual(1);
      expect(r.findings).toBeGreaterThan(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(FILES.map((f) => [path.basename(f), f]))("%s", async (_name, file) => {
    const r = await compare(file);
    expect(r.diffs).toEqual([]);
  });
});
