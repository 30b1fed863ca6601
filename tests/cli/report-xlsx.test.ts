/**
 * The reviewer's workbook: written with exceljs, read back with exceljs, and its XML parts checked
 * for what makes Excel open it as intended (frozen pane, autofilter, list validation, formulas).
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildReportData, displayFile } from "../../src/cli/report/reportData";
import {
  ABOUT_SHEET,
  FINDINGS_HEADER,
  FINDINGS_SHEET,
  SEVERITY_COLORS,
  SUMMARY_HEADER,
  SUMMARY_SHEET,
  hyperlinkTarget,
  writeXlsxReport,
} from "../../src/cli/report/xlsx";
import { SHENMU, WUHAI, makeTempDir } from "./helpers";
import { jsonCounts, sampleReport } from "./reportHelpers";

let tmp: ReturnType<typeof makeTempDir>;
let out: string;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  tmp = makeTempDir("jxcheck-xlsx-");
  out = path.join(tmp.dir, "检查结果.xlsx");
  const { run, data } = await sampleReport();
  await writeXlsxReport(data, out, new Map(run.files.map((f) => [displayFile(f.file), f.file])));
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
}, 60_000);
afterAll(() => tmp.cleanup());

const rowValues = (ws: ExcelJS.Worksheet, r: number) => (ws.getRow(r).values as unknown[]).slice(1);

describe("xlsx report", () => {
  it("has the sheets 汇总, 问题清单, 说明 and leaves no temporary file", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([SUMMARY_SHEET, FINDINGS_SHEET, ABOUT_SHEET]);
    expect(readdirSync(tmp.dir)).toEqual(["检查结果.xlsx"]);
  });

  it("汇总: one row per form with unit, project, kind, framework and counts matching the JSON report", async () => {
    const ws = wb.getWorksheet(SUMMARY_SHEET)!;
    expect(rowValues(ws, 1)).toEqual([...SUMMARY_HEADER]);
    expect(ws.rowCount).toBe(1 + 12);
    const first = rowValues(ws, 2);
    expect(first.slice(0, 6)).toEqual([
      displayFile(SHENMU),
      "系统升级维护费",
      "神木市医疗保障局",
      "系统升级维护费",
      "项目（政策）支出绩效表",
      "产出·效益·满意度（成本在产出下）",
    ]);
    const wuhai = rowValues(ws, 8);
    expect(wuhai.slice(0, 5)).toEqual([
      displayFile(WUHAI),
      "反欺诈专项经费",
      "市医保局",
      "反欺诈专项经费",
      "绩效目标申报表（中长期/年度）",
    ]);
    // Per sheet: 错误+警告+提示 = 缺失+不一致+格式 = the sheet's findings in the JSON report.
    const { run } = await sampleReport();
    const counts = jsonCounts(run);
    for (let r = 2; r <= ws.rowCount; r++) {
      const v = rowValues(ws, r) as Array<string | number>;
      const bySeverity = (v[6] as number) + (v[7] as number) + (v[8] as number);
      expect((v[9] as number) + (v[10] as number) + (v[11] as number)).toBe(bySeverity);
      expect(bySeverity).toBe(counts.get(`${[SHENMU, WUHAI].find((f) => displayFile(f) === v[0])}|${v[1]}`));
    }
    // 审核结论 is empty, with a drop-down that still takes free text.
    const review = ws.getCell(2, SUMMARY_HEADER.length);
    expect(review.value).toBeNull();
    expect(ws.getCell(13, SUMMARY_HEADER.length).dataValidation).toMatchObject({ type: "list", errorStyle: "information" });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("问题清单: one row per finding, a hyperlink formula to the source cell, coloured severity", async () => {
    const { data } = await sampleReport();
    const ws = wb.getWorksheet(FINDINGS_SHEET)!;
    expect(rowValues(ws, 1)).toEqual([...FINDINGS_HEADER]);
    expect(ws.rowCount).toBe(1 + data.findings.length);
    // 神木 系统升级维护费: 经费测算 3套×17万 = 51万 ≠ 预算 50万 (B9).
    let row = 0;
    for (let r = 2; r <= ws.rowCount; r++)
      if (ws.getCell(r, 3).value === "系统升级维护费" && ws.getCell(r, 8).value === "cost-estimate-total") row = r;
    expect(row).toBeGreaterThan(1);
    const link = ws.getCell(row, 5).value as ExcelJS.CellFormulaValue;
    expect(link.formula).toBe(`HYPERLINK("[${path.resolve(SHENMU)}]'系统升级维护费'!B9","B9")`);
    expect(link.result).toBe("B9");
    const sev = ws.getCell(row, 6);
    expect(sev.value).toBe("错误");
    expect((sev.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(SEVERITY_COLORS.error.fill);
    expect(ws.getCell(row, 9).value).toContain("51");
    expect(ws.getCell(row, 9).alignment?.wrapText).toBe(true);
    expect(ws.getColumn(9).width).toBe(60);
    // 依据 (column 11): every finding says what it rests on.
    expect(ws.getCell(1, 11).value).toBe("依据");
    for (let r = 2; r <= ws.rowCount; r++) expect(String(ws.getCell(r, 11).value ?? "")).not.toBe("");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    // The cross-project finding of 神木: 医保基金使用率 ≥98% vs ≥90%.
    const across = [];
    for (let r = 2; r <= ws.rowCount; r++)
      if (ws.getCell(r, 8).value === "across-indicator-target") across.push(rowValues(ws, r));
    expect(across.map((v) => [v[2], (v[4] as ExcelJS.CellFormulaValue).result, v[11]])).toEqual([
      ["系统升级维护费", "F32", "'制卡费'!F32"],
      ["制卡费", "F32", "'系统升级维护费'!F32"],
    ]);
  });

  it("说明: when, which version, which options", () => {
    const ws = wb.getWorksheet(ABOUT_SHEET)!;
    const pairs = new Map<string, unknown>();
    ws.eachRow((r) => pairs.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(pairs.get("生成时间")).toBe("2026-12-02 10:15:03");
    expect(pairs.get("检查工具")).toBe("jxcheck 9.9.9（绩效表检查）");
    expect(pairs.get("文件数")).toBe(2);
    expect(pairs.get("识别出的绩效表")).toBe(12);
    expect(pairs.get("选项：跨项目检查 --across")).toBe("all");
    expect(String(pairs.get("结果合计"))).toMatch(/^错误 \d+，警告 \d+，提示 \d+$/);
  });

  it("the XML parts carry the frozen pane, the autofilter, the validation and the formulas", async () => {
    const zip = await JSZip.loadAsync(await import("node:fs").then((fs) => fs.promises.readFile(out)));
    const sheet1 = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const sheet2 = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    expect(sheet1).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheet1).toMatch(/<autoFilter ref="A1:N13"\/>/);
    // Exactly one list validation over N2:N13 (no overlapping ranges, which Excel would repair).
    expect(sheet1.match(/<dataValidation [^>]*>/g)).toHaveLength(1);
    expect(sheet1).toMatch(/<dataValidation type="list"[^>]*sqref="N2:N13">/);
    expect(sheet2).toMatch(/<autoFilter ref="A1:M\d+"\/>/);
    expect(sheet2).toContain("<f>HYPERLINK(");
    const types = await zip.file("[Content_Types].xml")!.async("string");
    for (const name of Object.keys(zip.files).filter((n) => n.startsWith("xl/worksheets/sheet")))
      expect(types).toContain(`/${name}`);
  });
});

describe("xlsx helpers", () => {
  it("hyperlinkTarget quotes the sheet name and doubles its apostrophes", () => {
    expect(hyperlinkTarget("/data/a.xlsx", "O'Brien 表", "C7")).toBe("[/data/a.xlsx]'O''Brien 表'!C7");
  });
  it("a report for an unreadable file and no findings is still written", async () => {
    const file = path.join(tmp.dir, "empty.xlsx");
    const data = buildReportData(
      { files: [{ file: "坏.xlsx", error: "无法读取文件：不是有效的 .xlsx 文件", sheets: [] }] },
      { version: "1" },
    );
    await writeXlsxReport(data, file);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    expect(rowValues(back.getWorksheet(SUMMARY_SHEET)!, 2).slice(0, 5)).toEqual(["坏.xlsx", "", "", "", "无法读取"]);
    expect(back.getWorksheet(FINDINGS_SHEET)!.rowCount).toBe(1);
  });
  it("a folder that does not exist: the write fails and leaves nothing behind", async () => {
    const { data } = await sampleReport();
    const bad = path.join(tmp.dir, "nope", "r.xlsx");
    await expect(writeXlsxReport(data, bad)).rejects.toThrow();
    expect(existsSync(path.dirname(bad))).toBe(false);
  });
});
