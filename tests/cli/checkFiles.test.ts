import { mkdirSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import * as core from "../../src/core/check";
import type { SheetCheckResult } from "../../src/core/check";
import type { Diagnostic } from "../../src/core/diagnostics";
import {
  checkFiles,
  describeReadError,
  expandPaths,
  hasErrors,
  isWorkbookName,
  meetsSeverity,
  runChecks,
  toJsonReport,
  type CheckRun,
} from "../../src/cli/checkFiles";
import { ReportSchema, SHENMU, WUHAI, hasNoUndefined, makeTempDir, writeNonFormWorkbook } from "./helpers";

function diag(over: Partial<Diagnostic> = {}): Diagnostic {
  return {
    rule: "test-rule",
    severity: "error",
    category: "missing",
    cell: "B5",
    related: ["C5"],
    messageId: "m",
    params: { a: 1 },
    message: "测试信息",
    formIndex: 0,
    project: "项目",
    group: "",
    basis: "测试依据",
    ...over,
  };
}

function sheet(over: Partial<SheetCheckResult> = {}): SheetCheckResult {
  return { name: "表1", recognized: true, layout: "policy-table", framework: "old-88", forms: [], findings: [], ...over };
}

describe("checkFiles.ts", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  beforeAll(() => {
    tmp = makeTempDir();
  });
  afterAll(() => tmp.cleanup());

  describe("checkFiles", () => {
    it("returns exactly the JSON shape for the sample workbooks", async () => {
      const result = await checkFiles([SHENMU, WUHAI]);
      const parsed = ReportSchema.safeParse(result);
      if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues, null, 2));
      expect(hasNoUndefined(result)).toBe(true);
      expect(result.files.map((f) => f.file)).toEqual([SHENMU, WUHAI]);
      expect(result.files[0].sheets.map((s) => s.name)).toHaveLength(6);
      expect(result.files[1].sheets.map((s) => s.name)).toHaveLength(6);
      expect(result.files.every((f) => f.error === undefined)).toBe(true);
      // Survives a JSON round trip unchanged (plain data only).
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    });

    it("reports a corrupt file and a missing file and still checks the others", async () => {
      const corrupt = path.join(tmp.dir, "corrupt.xlsx");
      writeFileSync(corrupt, randomBytes(2048));
      const missing = path.join(tmp.dir, "missing.xlsx");
      const good = await writeNonFormWorkbook(path.join(tmp.dir, "good.xlsx"));
      const result = await checkFiles([corrupt, missing, good, SHENMU]);
      expect(ReportSchema.safeParse(result).success).toBe(true);
      const [c, m, g, s] = result.files;
      expect(c.file).toBe(corrupt);
      expect(c.error).toMatch(/^无法读取文件：不是有效的 \.xlsx 文件（.+）$/);
      expect(c.sheets).toEqual([]);
      expect(m.error).toBe("无法读取文件：文件或文件夹不存在");
      expect(m.sheets).toEqual([]);
      expect(g.error).toBeUndefined();
      expect(g.sheets.map((x) => x.name)).toEqual(["说明"]);
      expect(s.error).toBeUndefined();
      expect(s.sheets).toHaveLength(6);
    });

    it("checks a workbook with an error cell and an empty sheet without crashing", async () => {
      const ExcelJS = (await import("exceljs")).default;
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("错误值");
      ws.getCell("A1").value = "项目（政策）支出绩效表";
      ws.getCell("B5").value = { error: "#REF!" } as never;
      ws.getCell("C7").value = { formula: "1/0", result: { error: "#DIV/0!" } } as never;
      wb.addWorksheet("空表");
      const file = path.join(tmp.dir, "odd-cells.xlsx");
      await wb.xlsx.writeFile(file);
      const result = await checkFiles([file]);
      expect(ReportSchema.safeParse(result).success).toBe(true);
      expect(result.files[0].error).toBeUndefined();
      expect(result.files[0].sheets.map((x) => x.name)).toEqual(["错误值", "空表"]);
    });

    it("passes the framework option through to the engine", async () => {
      const spy = jest.spyOn(core, "checkSheet");
      try {
        const result = await checkFiles([SHENMU], { framework: "core-101" });
        expect(ReportSchema.safeParse(result).success).toBe(true);
        expect(spy).toHaveBeenCalledTimes(6);
        for (const call of spy.mock.calls) expect(call[1]).toEqual({ framework: "core-101" });
      } finally {
        spy.mockRestore();
      }
    });

    it("reports a sheet the engine throws on as not recognised and tells the caller", async () => {
      const spy = jest.spyOn(core, "checkSheet").mockImplementation(() => {
        throw new Error("引擎坏了");
      });
      const seen: string[] = [];
      try {
        const result = await checkFiles([SHENMU], { onEngineError: (_f, sheetName) => seen.push(sheetName) });
        expect(ReportSchema.safeParse(result).success).toBe(true);
        expect(result.files[0].sheets[0]).toEqual({
          name: "系统升级维护费",
          recognized: false,
          reason: "未检查：检查时出错：引擎坏了",
          skipped: true,
          findings: [],
        });
        expect(seen).toHaveLength(6);
      } finally {
        spy.mockRestore();
      }
    });
  });

  describe("expandPaths", () => {
    it("finds *.xlsx recursively, sorted, without lock files or other files", async () => {
      const root = path.join(tmp.dir, "folder");
      mkdirSync(path.join(root, "sub", "deeper"), { recursive: true });
      mkdirSync(path.join(root, ".hidden"), { recursive: true });
      for (const name of ["b.xlsx", "a.xlsx", "~$a.xlsx", "notes.txt", "old.xls", "C.XLSX"]) {
        writeFileSync(path.join(root, name), "");
      }
      writeFileSync(path.join(root, "sub", "z.xlsx"), "");
      writeFileSync(path.join(root, "sub", "deeper", "y.xlsx"), "");
      writeFileSync(path.join(root, ".hidden", "h.xlsx"), "");
      const found = await expandPaths([root]);
      expect(found).toEqual(
        ["C.XLSX", "a.xlsx", "b.xlsx", "sub/deeper/y.xlsx", "sub/z.xlsx"].map((f) => ({ file: path.join(root, f) })),
      );
    });

    it("keeps explicit files as given, drops duplicates and reports missing paths and empty folders", async () => {
      const empty = path.join(tmp.dir, "empty-folder");
      mkdirSync(empty);
      const missing = path.join(tmp.dir, "nope");
      const found = await expandPaths([SHENMU, SHENMU, missing, empty]);
      expect(found).toEqual([
        { file: SHENMU },
        { file: missing, error: "无法读取文件：文件或文件夹不存在" },
        { file: empty, error: "文件夹中没有找到 .xlsx 文件" },
      ]);
    });

    it("checks every workbook of a folder", async () => {
      const root = path.join(tmp.dir, "books");
      mkdirSync(path.join(root, "2021"), { recursive: true });
      await writeNonFormWorkbook(path.join(root, "2021", "b.xlsx"));
      await writeNonFormWorkbook(path.join(root, "a.xlsx"));
      writeFileSync(path.join(root, "~$a.xlsx"), "lock");
      const result = await checkFiles([root]);
      expect(result.files.map((f) => path.relative(root, f.file))).toEqual(["2021/b.xlsx", "a.xlsx"]);
      expect(result.files.every((f) => f.error === undefined)).toBe(true);
    });
  });

  describe("isWorkbookName", () => {
    it.each([
      ["a.xlsx", true],
      ["A.XLSX", true],
      ["~$a.xlsx", false],
      ["a.xls", false],
      ["a.xlsx.bak", false],
    ])("%s → %s", (name, expected) => {
      expect(isWorkbookName(name)).toBe(expected);
    });
  });

  describe("describeReadError", () => {
    it("explains missing, forbidden and corrupt files in Chinese", () => {
      expect(describeReadError({ code: "ENOENT" }, "a.xlsx")).toBe("无法读取文件：文件或文件夹不存在");
      expect(describeReadError({ code: "EACCES" }, "a.xlsx")).toBe("无法读取文件：没有读取权限");
      expect(describeReadError(new Error("Corrupted zip"), "a.xlsx")).toBe(
        "无法读取文件：不是有效的 .xlsx 文件（Corrupted zip）",
      );
      expect(describeReadError(new Error("bad"), "a.xls")).toContain("只支持 .xlsx");
    });
  });

  describe("runChecks", () => {
    it("keeps the engine's full results and never throws for unreadable input", async () => {
      const run = await runChecks([path.join(tmp.dir, "nothing-here.xlsx"), SHENMU]);
      expect(run.files[0].error).toBeDefined();
      expect(run.files[1].sheets).toHaveLength(6);
      for (const s of run.files[1].sheets) {
        expect(Array.isArray(s.forms)).toBe(true);
        expect(Array.isArray(s.findings)).toBe(true);
      }
    });
  });

  describe("toJsonReport", () => {
    const run: CheckRun = {
      files: [
        {
          file: "a.xlsx",
          sheets: [
            sheet({
              findings: [
                diag({ severity: "info", cell: "A1", suggestion: "＝3套", fix: "改一下" }),
                diag({ severity: "warning", cell: "B2" }),
                diag({ severity: "error", cell: "C3" }),
              ],
            }),
            { name: "其他", recognized: false, reason: "未找到绩效表", forms: [], findings: [] },
          ],
        },
        { file: "b.xlsx", error: "无法读取文件：文件或文件夹不存在", sheets: [] },
      ],
    };

    it("projects findings to the JSON keys only and omits undefined keys", () => {
      const report = toJsonReport(run);
      expect(ReportSchema.safeParse(report).success).toBe(true);
      expect(hasNoUndefined(report)).toBe(true);
      expect(report.files[0].sheets[0].findings[0]).toEqual({
        rule: "test-rule",
        severity: "info",
        category: "missing",
        cell: "A1",
        related: ["C5"],
        message: "测试信息",
        basis: "测试依据",
        suggestion: "＝3套",
      });
      expect(Object.keys(report.files[0].sheets[0].findings[1])).not.toContain("suggestion");
      expect(report.files[0].sheets[1]).toEqual({ name: "其他", recognized: false, reason: "未找到绩效表", findings: [] });
      expect(report.files[1]).toEqual({ file: "b.xlsx", error: "无法读取文件：文件或文件夹不存在", sheets: [] });
    });

    it("keeps only findings at or above the minimum severity", () => {
      const warn = toJsonReport(run, { minSeverity: "warning" });
      expect(warn.files[0].sheets[0].findings.map((f) => f.severity)).toEqual(["warning", "error"]);
      const err = toJsonReport(run, { minSeverity: "error" });
      expect(err.files[0].sheets[0].findings.map((f) => f.cell)).toEqual(["C3"]);
    });
  });

  describe("hasErrors", () => {
    it("is true for an error finding or a file error, false otherwise", () => {
      expect(hasErrors({ files: [] })).toBe(false);
      expect(hasErrors({ files: [{ file: "a", sheets: [sheet({ findings: [diag({ severity: "warning" })] })] }] })).toBe(false);
      expect(hasErrors({ files: [{ file: "a", sheets: [sheet({ findings: [diag()] })] }] })).toBe(true);
      expect(hasErrors({ files: [{ file: "a", error: "x", sheets: [] }] })).toBe(true);
    });
  });

  describe("meetsSeverity", () => {
    it("orders error > warning > info", () => {
      expect(meetsSeverity("error", "warning")).toBe(true);
      expect(meetsSeverity("info", "warning")).toBe(false);
      expect(meetsSeverity("info")).toBe(true);
    });
  });
});
