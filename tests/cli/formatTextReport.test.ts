import type { FormSummary, SheetCheckResult } from "../../src/core/check";
import type { Diagnostic } from "../../src/core/diagnostics";
import type { CheckRun } from "../../src/cli/checkFiles";
import { formatTextReport } from "../../src/cli/formatTextReport";

function diag(over: Partial<Diagnostic> = {}): Diagnostic {
  return {
    rule: "r",
    severity: "error",
    category: "missing",
    cell: "B5",
    related: [],
    messageId: "m",
    params: {},
    message: "项目预算未填写",
    formIndex: 0,
    project: "系统升级维护费",
    group: "",
    basis: "测试依据",
    ...over,
  };
}

function form(index: number, project: string, over: Partial<FormSummary> = {}): FormSummary {
  return {
    index,
    project,
    layout: "policy-table",
    framework: "old-88",
    anchorCell: `A${index * 40 + 1}`,
    rowSpan: { top: index * 40, bottom: index * 40 + 33 },
    counts: { error: 0, warning: 0, info: 0 },
    ...over,
  };
}

function oneSheetRun(sheet: SheetCheckResult): CheckRun {
  return { files: [{ file: "a.xlsx", sheets: [sheet] }] };
}

const single: SheetCheckResult = {
  name: "系统升级维护费",
  recognized: true,
  layout: "policy-table",
  framework: "old-88",
  forms: [form(0, "系统升级维护费")],
  findings: [
    diag({ severity: "warning", category: "inconsistent", cell: "F19", message: "年度资金合计不符", related: ["F20", "F21"] }),
    diag({ severity: "error", category: "missing", cell: "B5", message: "项目预算未填写" }),
    diag({ severity: "info", category: "format", cell: "F25", message: "指标值缺少单位", suggestion: "＝3套" }),
  ],
};

describe("formatTextReport.ts", () => {
  describe("formatTextReport", () => {
    it("prints the file, the sheet with its layout, framework and counts, and one line per finding", () => {
      const text = formatTextReport(oneSheetRun(single));
      const lines = text.split("\n");
      expect(lines[0]).toBe("文件：a.xlsx");
      expect(lines[1]).toContain("工作表「系统升级维护费」");
      expect(lines[1]).toContain("版式：项目（政策）支出绩效表");
      expect(lines[1]).toContain("指标体系：产出·效益·满意度（成本在产出下）");
      expect(lines[1]).toContain("错误 1  警告 1  提示 1");
      // Sorted by row then column: B5, F19, F25.
      // Each finding is followed by its suggestion (when it has one) and its basis (依据).
      expect(lines[2]).toMatch(/^\s+B5\s+错误\s+缺失\s+项目预算未填写$/);
      expect(lines[3]).toMatch(/^\s+依据：测试依据$/);
      expect(lines[4]).toMatch(/^\s+F19\s+警告\s+不一致\s+年度资金合计不符（相关：F20、F21）$/);
      expect(lines[5]).toMatch(/^\s+依据：测试依据$/);
      expect(lines[6]).toMatch(/^\s+F25\s+提示\s+格式\s+指标值缺少单位$/);
      expect(lines[7]).toMatch(/^\s+建议：＝3套$/);
      expect(lines[8]).toMatch(/^\s+依据：测试依据$/);
      expect(text.endsWith("\n")).toBe(true);
      expect(text).not.toContain("\x1b[");
    });

    it("names the declaration layout, the generic layout and the 101 framework", () => {
      const decl = formatTextReport(oneSheetRun({ ...single, layout: "declaration-form", framework: "core-101", findings: [] }));
      expect(decl).toContain("版式：绩效目标申报表（中长期/年度）");
      expect(decl).toContain("指标体系：成本·产出·效益·满意度（101号，成本为一级）");
      expect(decl).toContain("未发现问题");
      const generic = formatTextReport(oneSheetRun({ ...single, layout: "generic", findings: [] }));
      expect(generic).toContain("版式：通用版式");
    });

    it("prints the fix advice when there is no suggestion", () => {
      const text = formatTextReport(oneSheetRun({ ...single, findings: [diag({ fix: "请填写项目预算金额" })] }));
      expect(text).toMatch(/\n\s+建议：请填写项目预算金额\n/);
    });

    it("groups findings by form when several forms are stacked on one sheet", () => {
      const stacked: SheetCheckResult = {
        name: "汇总",
        recognized: true,
        layout: "policy-table",
        framework: "old-88",
        forms: [form(0, "项目甲"), form(1, "项目乙", { layout: "declaration-form", framework: "core-101" })],
        findings: [
          diag({ formIndex: 1, project: "项目乙", cell: "B45", message: "乙的问题" }),
          diag({ formIndex: 0, project: "项目甲", cell: "B5", message: "甲的问题", severity: "warning" }),
        ],
      };
      const text = formatTextReport(oneSheetRun(stacked));
      expect(text).toContain("共 2 张绩效表");
      const a = text.indexOf("表 1「项目甲」");
      const aIssue = text.indexOf("甲的问题");
      const b = text.indexOf("表 2「项目乙」");
      const bIssue = text.indexOf("乙的问题");
      expect(a).toBeGreaterThan(-1);
      expect(a).toBeLessThan(aIssue);
      expect(aIssue).toBeLessThan(b);
      expect(b).toBeLessThan(bIssue);
      expect(text.slice(b, bIssue)).toContain("版式：绩效目标申报表（中长期/年度）");
      expect(text).toMatch(/合计：.*识别出 2 张绩效表/);
    });

    it("says a sheet not checked is not checked (never 未识别), and counts it apart in the summary", () => {
      const run: CheckRun = {
        files: [
          {
            file: "a.xlsx",
            sheets: [
              {
                name: "对照",
                recognized: false,
                skipped: true,
                reason: "这张工作表上左右并排放着两张表（右边一张从 J 列起）。",
                forms: [],
                findings: [],
              },
              {
                name: "大表",
                recognized: false,
                skipped: true,
                reason: "太大，未检查：约 120 万个单元格",
                forms: [],
                findings: [],
              },
              { name: "说明", recognized: false, reason: "未找到绩效表的标题或表头", forms: [], findings: [] },
            ],
          },
        ],
      };
      const text = formatTextReport(run);
      expect(text).toContain("工作表「对照」  未检查：这张工作表上左右并排放着两张表（右边一张从 J 列起）。");
      expect(text).toContain("工作表「大表」  太大，未检查：约 120 万个单元格");
      expect(text).not.toContain("未识别为绩效表：太大");
      expect(text.trimEnd().split("\n").pop()).toBe(
        "合计：1 个文件，3 个工作表（识别出 0 张绩效表，1 个工作表未识别，2 个未检查）；错误 0  警告 0  提示 0",
      );
    });

    it("prints the reason for an unrecognised sheet and the error of an unreadable file", () => {
      const run: CheckRun = {
        files: [
          {
            file: "a.xlsx",
            sheets: [{ name: "说明", recognized: false, reason: "未找到绩效表的标题或表头", forms: [], findings: [] }],
          },
          { file: "bad.xlsx", error: "无法读取文件：不是有效的 .xlsx 文件（zip）", sheets: [] },
          { file: "none.xlsx", sheets: [] },
        ],
      };
      const text = formatTextReport(run);
      expect(text).toContain("工作表「说明」  未识别为绩效表：未找到绩效表的标题或表头");
      expect(text).toContain("文件：bad.xlsx\n  无法读取文件：不是有效的 .xlsx 文件（zip）");
      expect(text).toContain("（工作簿中没有工作表）");
      const last = text.trimEnd().split("\n").pop()!;
      expect(last).toBe(
        "合计：2 个文件，1 个工作表（识别出 0 张绩效表，1 个工作表未识别）；错误 0  警告 0  提示 0；1 个文件无法读取",
      );
    });

    it("sums findings over all files in the summary line and shows the severity filter", () => {
      const run: CheckRun = {
        files: [
          { file: "a.xlsx", sheets: [single] },
          { file: "b.xlsx", sheets: [{ ...single, name: "另一张" }] },
        ],
      };
      const all = formatTextReport(run).trimEnd().split("\n").pop()!;
      expect(all).toContain("错误 2  警告 2  提示 2");
      const errorsOnly = formatTextReport(run, { minSeverity: "error" });
      expect(errorsOnly).not.toContain("F25");
      expect(errorsOnly.trimEnd().split("\n").pop()).toMatch(/错误 2 {2}警告 0 {2}提示 0（仅显示错误）$/);
      const onlyInfo = formatTextReport(oneSheetRun({ ...single, findings: [diag({ severity: "info" })] }), {
        minSeverity: "error",
      });
      expect(onlyInfo).toContain("没有达到所选级别的问题（另有 1 条较低级别的结果未显示）");
      const warnings = formatTextReport(run, { minSeverity: "warning" });
      expect(warnings.trimEnd().split("\n").pop()).toMatch(/（仅显示警告及以上）$/);
    });

    it("colours severities only when asked", () => {
      const text = formatTextReport(oneSheetRun(single), { color: true });
      expect(text).toContain("\x1b[31m错误\x1b[39m");
      expect(text).toContain("\x1b[33m警告\x1b[39m");
    });
  });
});
