/**
 * The CLI reader under the issue-8 cases: displayed text of formatted numbers, formulas without a cached
 * result, sparse far-away cells, per-sheet caps — each through the whole CLI path (exceljs file → report).
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { checkFiles, runChecks } from "../../src/cli/checkFiles";
import { readWorkbookSheets } from "../../src/cli/readWorkbookSnapshots";
import { DEFAULT_LIMITS } from "../../src/cli/safeOpen";
import { SheetSnapshotSchema } from "../../src/core/snapshot";
import { makeTempDir, SHENMU } from "../cli/helpers";

let tmp: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  tmp = makeTempDir("jxcheck-robust-");
});
afterAll(() => tmp.cleanup());

/** The first sample sheet, saved after `edit`. */
async function editedSample(name: string, edit: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SHENMU);
  wb.worksheets.slice(1).forEach((ws) => wb.removeWorksheet(ws.id));
  edit(wb.worksheets[0]);
  const file = path.join(tmp.dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function findingsAt(file: string, cell: string) {
  const r = await checkFiles([file], { jobs: 1 });
  expect(r.files[0].error).toBeUndefined();
  return r.files[0].sheets[0].findings.filter((f) => f.cell === cell);
}

describe("displayed text: a formatted number is checked as the user sees it", () => {
  it('0.98 formatted "≥"0% reads "≥98%" and gets the same findings as the text "≥98%"', async () => {
    const asText = await findingsAt(SHENMU, "F33");
    const formatted = await editedSample("formatted.xlsx", (ws) => {
      ws.getCell("F33").value = 0.98;
      ws.getCell("F33").numFmt = '"≥"0%';
    });
    const sheets = await readWorkbookSheets(formatted);
    const snap = sheets[0].snapshot;
    expect(SheetSnapshotSchema.safeParse(snap).success).toBe(true);
    expect(snap.texts?.[32 - snap.origin.row]?.[5 - snap.origin.col]).toBe("≥98%");
    expect(snap.values[32 - snap.origin.row][5 - snap.origin.col]).toBe(0.98);
    const found = await findingsAt(formatted, "F33");
    expect(found).toEqual(asText);
    expect(found.map((f) => f.suggestion)).not.toContain("≥0.98");
  });

  it("the same number without a format is still flagged (the test can fail)", async () => {
    const plain = await editedSample("plain-number.xlsx", (ws) => {
      ws.getCell("F33").value = 0.98;
    });
    const found = await findingsAt(plain, "F33");
    expect(found.length).toBeGreaterThan(0);
  });
});

describe("a formula without a cached result", () => {
  it("is reported as not calculated, never as 未填写", async () => {
    const baseline = await findingsAt(SHENMU, "B5");
    expect(baseline).toEqual([]);
    const file = await editedSample("uncalculated.xlsx", (ws) => {
      ws.getCell("B5").value = { formula: "F18+F19*0" } as ExcelJS.CellFormulaValue;
    });
    const sheets = await readWorkbookSheets(file);
    expect(sheets[0].uncalculated).toEqual([{ cell: "B5", formula: "F18+F19*0" }]);
    const r = await checkFiles([file], { jobs: 1 });
    const findings = r.files[0].sheets[0].findings;
    const atB5 = findings.filter((f) => f.cell === "B5");
    expect(atB5.length).toBeGreaterThan(0);
    for (const f of atB5) {
      expect(f.rule).toBe("formula-not-calculated");
      expect(f.message).toMatch(
        /^B5 (是公式（=F18\+F19\*0），文件中没有保存计算结果|工作表中有 1 个公式没有计算结果)|^工作表中有 1 个公式没有计算结果/,
      );
    }
    expect(findings.some((f) => f.message.startsWith("工作表中有 1 个公式没有计算结果（B5）"))).toBe(true);
    expect(findings.filter((f) => f.rule !== "formula-not-calculated" && /B5/.test(f.cell + f.related.join()))).toEqual([]);
  });
});

describe("sparse reading", () => {
  it("a stray cell far away is a list of cells, not a grid, and the form is checked the same", async () => {
    const file = await editedSample("stray.xlsx", (ws) => {
      ws.getCell("ZZ3000").value = "远处";
    });
    const [sheet] = await readWorkbookSheets(file);
    expect(sheet.tooBig).toBeUndefined();
    expect(sheet.snapshot.values).toEqual([]);
    expect(sheet.snapshot.cells!.length).toBeLessThan(200);
    expect(SheetSnapshotSchema.safeParse(sheet.snapshot).success).toBe(true);
    const withStray = (await checkFiles([file], { jobs: 1 })).files[0].sheets[0];
    const original = (await checkFiles([SHENMU], { jobs: 1 })).files[0].sheets[0];
    expect(withStray.recognized).toBe(true);
    expect(withStray.findings).toEqual(original.findings);
  });

  it("XFD1048576 with A1: refused with the numbers, in milliseconds, without a grid", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("远处");
    ws.getCell("A1").value = "项目名称";
    ws.getCell("XFD1048576").value = "x";
    wb.addWorksheet("正常").getCell("A1").value = "说明";
    const file = path.join(tmp.dir, "xfd.xlsx");
    await wb.xlsx.writeFile(file);
    const t = Date.now();
    const run = await runChecks([file], { jobs: 1 });
    expect(Date.now() - t).toBeLessThan(10_000);
    const [far, normal] = run.files[0].sheets;
    expect(far.recognized).toBe(false);
    // Issue 18: the far cell is left out and named; the rest of the sheet is still read, never skipped.
    expect(far.skipped).toBeUndefined();
    expect(far.reason).toContain(
      "远处有 1 个零散单元格未检查（XFD1048576），只检查了 A1:A1；如果它们不属于表格，请删除（Ctrl+End 可找到最后一个单元格）",
    );
    expect(normal.name).toBe("正常");
    expect(normal.reason).toMatch(/不是项目支出绩效目标表/);
  });
});

describe("per-sheet caps", () => {
  it("too many cells or too much text: 太大，未检查 with the cap, the other sheets still checked", async () => {
    const limits = { ...DEFAULT_LIMITS, maxCellsPerSheet: 50 };
    const run = await runChecks([SHENMU], { jobs: 1, limits });
    for (const s of run.files[0].sheets) {
      expect(s.recognized).toBe(false);
      // Refused by the bounds scan before exceljs builds the sheet (src/core/xlsxBounds).
      expect(s.reason).toBe("太大，未检查：工作表有超过 50 个单元格，超过上限 50；请拆分后再检查");
      expect(s.skipped).toBe(true);
    }
    const text = await runChecks([SHENMU], { jobs: 1, limits: { ...DEFAULT_LIMITS, maxTextPerSheet: 100 } });
    expect(text.files[0].sheets[0].reason).toBe("太大，未检查：工作表的文字超过 100 个字符（上限），请删掉过长的内容后再检查");
  });

  it("a file over the size cap is refused with both sizes", async () => {
    const r = await checkFiles([SHENMU], { jobs: 1, limits: { ...DEFAULT_LIMITS, maxFileBytes: 1000 } });
    expect(r.files[0].error).toMatch(/^无法读取文件：文件过大（\d+(\.\d)? KB，上限 1000 字节）$/);
  });
});
