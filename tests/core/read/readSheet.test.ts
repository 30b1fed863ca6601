/**
 * The reader finds forms by their labels: anywhere on the sheet, stacked, with split value
 * columns, full-width text, labels and values in one cell — and never throws on bad input.
 */
import path from "node:path";
import { checkSheet } from "../../../src/core/check";
import { compareDiagnostics } from "../../../src/core/diagnosticOrder";
import type { Diagnostic } from "../../../src/core/diagnostics";
import { readSheet } from "../../../src/core/read/readSheet";
import { type CellValue, fromA1, type SheetSnapshot, snapshotFromGrid, toA1 } from "../../../src/core/snapshot";
import { readWorkbookSnapshots } from "../../../src/cli/readWorkbookSnapshots";

const SAMPLES = path.join(__dirname, "../../../assets/samples");

let shenmu: SheetSnapshot[];
let wuhai: SheetSnapshot[];
beforeAll(async () => {
  shenmu = await readWorkbookSnapshots(path.join(SAMPLES, "shenmu-2021.xlsx"));
  wuhai = await readWorkbookSnapshots(path.join(SAMPLES, "wuhai-2021.xlsx"));
});

/** Dense grid of a snapshot in sheet coordinates from A1. */
function denseGrid(s: SheetSnapshot): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = 0; r < s.origin.row + s.values.length; r++) rows.push([]);
  s.values.forEach((row, i) => row.forEach((v, j) => (rows[s.origin.row + i][s.origin.col + j] = v)));
  return rows.map((r) => Array.from({ length: r.length }, (_, i) => r[i] ?? null));
}

/** The same sheet moved by (dr, dc). */
function shifted(s: SheetSnapshot, dr: number, dc: number): SheetSnapshot {
  return {
    name: s.name,
    origin: { row: s.origin.row + dr, col: s.origin.col + dc },
    values: s.values,
    merges: s.merges.map((m) => ({ top: m.top + dr, bottom: m.bottom + dr, left: m.left + dc, right: m.right + dc })),
  };
}

function shiftA1(a1: string, dr: number, dc: number): string {
  const p = fromA1(a1);
  return toA1(p.row + dr, p.col + dc);
}

const keys = (s: SheetSnapshot) => checkSheet(s).findings.map((d) => `${d.rule}@${d.cell}`);

describe("readSheet.ts", () => {
  describe("readSheet — position", () => {
    it("finds a form that starts anywhere on the sheet (moved to E7)", () => {
      const base = shenmu[0];
      const moved = shifted(base, 6, 4);
      const expected = keys(base).map((k) => {
        const [rule, cell] = k.split("@");
        return `${rule}@${shiftA1(cell, 6, 4)}`;
      });
      expect(keys(moved)).toEqual(expected);
      expect(checkSheet(moved).forms[0].anchorCell).toBe("E7");
    });

    it("reads several forms stacked on one sheet, each with its own findings", () => {
      const a = shenmu[0];
      const b = wuhai[0];
      const gridA = denseGrid(a);
      const gap = 2;
      const offset = gridA.length + gap;
      const grid: CellValue[][] = [...gridA, ...Array.from({ length: gap }, () => []), ...denseGrid(b)];
      const merges = [...a.merges, ...b.merges.map((m) => ({ ...m, top: m.top + offset, bottom: m.bottom + offset }))];
      const stacked: SheetSnapshot = { name: "合并", origin: { row: 0, col: 0 }, values: grid, merges };
      const r = checkSheet(stacked);
      expect(r.forms.map((f) => f.project)).toEqual(["系统升级维护费", "反欺诈专项经费"]);
      expect(r.forms.map((f) => f.layout)).toEqual(["policy-table", "declaration-form"]);
      const first = r.findings.filter((d) => d.formIndex === 0).map((d) => `${d.rule}@${d.cell}`);
      const second = r.findings.filter((d) => d.formIndex === 1).map((d) => `${d.rule}@${d.cell}`);
      expect(first).toEqual(keys(a));
      expect(second).toEqual(keys(b).map((k) => `${k.split("@")[0]}@${shiftA1(k.split("@")[1], offset, 0)}`));
    });
  });

  describe("readSheet — what it reads", () => {
    it("reads the 神木 header, budget, assessment and indicator table", () => {
      const [form] = readSheet(shenmu[0]).forms;
      expect(form.fields.projectName).toEqual({ text: "系统升级维护费", cell: "B3", labelCell: "A3", label: "项目名称" });
      expect(form.budget.projectBudget?.amountWan).toBe(50);
      expect(form.budget.annualTotal).toMatchObject({ amountWan: 50, cell: "F18" });
      expect(form.budget.annualFiscal).toMatchObject({ amountWan: 50, cell: "F19" });
      expect(form.budget.implementationTotal).toMatchObject({ amountWan: null, cell: "D18" });
      expect(form.checkboxes.projectAttribute?.options).toEqual([
        { name: "新增项目", checked: false, hasBox: true },
        { name: "延续项目", checked: true, hasBox: true },
      ]);
      expect(form.assessment.score).toMatchObject({ value: 95, cell: "E12" });
      expect(form.assessment.code?.text).toBe("JXPG202140400101");
      expect(form.implementationPeriod).toEqual({
        start: { year: 2021, month: 1, day: 1 },
        end: { year: 2021, month: 12, day: 31 },
      });
      const table = form.indicators!.tables[0];
      expect(table.periods).toEqual(["implementation", "annual"]);
      expect(table.rows).toHaveLength(10);
      expect(table.rows[1]).toMatchObject({
        level1: { text: "产出指标", cell: "B25" },
        level2: { text: "数量指标", cell: "C25" },
        level3: { text: "医疗报销系统数" },
      });
      expect(table.rows[1].values.map((v) => [v.period, v.text, v.cell])).toEqual([
        ["implementation", "", "E26"],
        ["annual", "=2 套", "F26"],
      ]);
    });

    it("reads the score when label and number sit in two cells (评估得分: | 95)", () => {
      const [form] = readSheet(shenmu[3]).forms;
      expect(form.assessment.score).toMatchObject({ value: 95, cell: "F12" });
      expect(form.assessment.code).toBeNull();
    });

    it("reads the 乌海 funding sources (value below its label), budget details and both halves", () => {
      const [form] = readSheet(wuhai[5]).forms;
      expect(form.budget.fundTotal).toMatchObject({ amountWan: 40, cell: "B13" });
      expect(form.budget.carryOver?.amountWan).toBe(20);
      expect(form.budget.currentRequest?.amountWan).toBe(20);
      expect(form.details.lines).toEqual([
        expect.objectContaining({ name: "30399", amountWan: 20, amountCell: "E15", periodText: "2021.01-2021.12" }),
      ]);
      expect(form.details.total).toMatchObject({ amountWan: 20, cell: "E16" });
      expect(form.indicators!.tables.map((t) => t.periods)).toEqual([["implementation"], ["annual"]]);
      expect(form.goals.map((g) => [g.period, g.cell])).toEqual([
        ["implementation", "B18"],
        ["annual", "F18"],
      ]);
    });

    it("joins a value split over 指标性质 | 指标值 | 度量单位 columns", () => {
      const grid: CellValue[][] = [
        ["项目支出绩效目标表"],
        ["项目名称", "培训经费", "主管部门", "某某局"],
        ["项目实施起止时间", "2021.01-2021.12", "项目预算（万元）", 10],
        ["年度目标", "完成全员培训"],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
        ["产出指标", "数量指标", "培训人次", "≤", 200, "人次"],
        [null, "质量指标", "培训合格率", "≥", 90, "%"],
      ];
      const s = snapshotFromGrid("拆分列", grid, ["A6:A7"]);
      const table = readSheet(s).forms[0].indicators!.tables[0];
      expect(table.rows.map((r) => [r.level1.text, r.values[0].text, r.values[0].cell])).toEqual([
        ["产出指标", "≤200人次", "E6"],
        ["产出指标", "≥90%", "E7"],
      ]);
      const d = checkSheet(s).findings.find((f) => f.rule === "operator-direction");
      expect(d).toMatchObject({ cell: "E6" });
      // Writing "=200人次" into E6 would clash with D6's "≤" and repeat F6's unit: the re-check refuses it.
      expect(d?.suggestion).toBeUndefined();
    });

    it("normalises full-width text, inner spaces and labels with their value in one cell", () => {
      const grid: CellValue[][] = [
        ["项目支出绩效目标表"],
        ["项 目 名 称：全角测试项目", null, "主管部门：", "某局"],
        ["项目实施起止时间", "２０２１．０１－２０２１．１２", "项目预算（万元）", "１２"],
        ["年度目标", "测试"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "设备数量", "≤３台"],
      ];
      const s = snapshotFromGrid("全角", grid);
      const [form] = readSheet(s).forms;
      expect(form.fields.projectName).toMatchObject({ text: "全角测试项目", cell: "A2" });
      expect(form.fields.department?.text).toBe("某局");
      expect(form.budget.projectBudget?.amountWan).toBe(12);
      expect(form.implementationPeriod?.end).toEqual({ year: 2021, month: 12, day: null });
      // Figures typed in full width are read as figures; the fix writes them in half width, as the standard form does.
      expect(checkSheet(s).findings.find((f) => f.rule === "operator-direction")?.suggestion).toBe("=3台");
    });

    it("lets blank 一级/二级 cells under a merge inherit the merge's label", () => {
      const [form] = readSheet(shenmu[0]).forms;
      const rows = form.indicators!.tables[0].rows;
      expect(rows.slice(0, 6).every((r) => r.level1.text === "产出指标" && r.level1.cell === "B25")).toBe(true);
      expect(rows[2].level2).toEqual({ text: "数量指标", cell: "C25", inherited: false });
    });

    it("reports a merged 一级 cell that is blank and suggests the label from the 二级", () => {
      const d = checkSheet(shenmu[1]).findings.find((f) => f.rule === "blank-level-cell")!;
      expect(d).toMatchObject({ cell: "B32", suggestion: "效益指标", category: "missing" });
    });
  });

  describe("readSheet — bad input never throws", () => {
    it("says why an empty sheet is not checked", () => {
      const r = checkSheet(snapshotFromGrid("空表", []));
      expect(r.recognized).toBe(false);
      expect(r.reason).toContain("空");
    });

    it("says why a sheet that is not a 绩效表 is not checked", () => {
      const r = checkSheet(
        snapshotFromGrid("名单", [
          ["序号", "姓名", "科室"],
          [1, "张三", "财务科"],
          [2, "李四", "项目名称"],
        ]),
      );
      expect(r.recognized).toBe(false);
      expect(r.reason).toMatch(/不是项目支出绩效目标表|无法识别/);
      expect(r.findings).toEqual([]);
    });

    it("reports #REF! and other error values inside a form as findings", () => {
      const grid = denseGrid(shenmu[0]);
      grid[4][1] = "#REF!"; // B5 项目预算
      grid[26][5] = "#N/A"; // F27
      const s: SheetSnapshot = { ...shenmu[0], origin: { row: 0, col: 0 }, values: grid };
      const r = checkSheet(s);
      const errs = r.findings.filter((d) => d.rule === "cell-error-value").map((d) => d.cell);
      expect(errs).toEqual(["B5", "F27"]);
      expect(r.findings.some((d) => d.rule === "required-field" && d.cell === "B5")).toBe(true);
    });

    it("survives merged-cell chaos, huge merges and odd values", () => {
      const grid = denseGrid(shenmu[2]).map((row) =>
        row.map((v, i) => (i % 3 === 0 && typeof v === "string" ? `${v}\u3000：` : v)),
      );
      grid.push([true, false, 1e308, -0, "☑☑☑", "□", "#DIV/0!"]);
      const merges = [
        ...shenmu[2].merges,
        { top: 0, left: 0, bottom: 2000, right: 50 }, // a merge far larger than the data
        { top: 3, left: 2, bottom: 3, right: 2 },
        { top: 10, left: 0, bottom: 40, right: 6 }, // overlapping the whole body
      ];
      const s: SheetSnapshot = { name: "混乱", origin: { row: 0, col: 0 }, values: grid, merges };
      expect(() => checkSheet(s)).not.toThrow();
    });

    it("checks a 101号 table (成本指标 as its own 一级) against that framework", () => {
      const grid: CellValue[][] = [
        ["项目支出绩效目标表"],
        ["项目名称", "培训经费", "主管部门", "某局"],
        ["项目实施起止时间", "2021.01-2021.12", "项目预算（万元）", 10],
        ["年度目标", "完成全员培训"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["成本指标", "经济成本指标", "培训费", "≤10万元"],
        ["产出指标", "数量指标", "培训人次", "≥200人次"],
        [null, "质量指标", "培训合格率", "≥90%"],
        [null, "时效指标", "完成时间", "2021年12月31日前"],
        ["效益指标", "社会效益指标", "业务能力提升（考核通过率）", "≥90%"],
        ["满意度指标", "服务对象满意度指标", "学员满意度", "≥95%"],
      ];
      const s = snapshotFromGrid("101", grid, ["A7:A9"]);
      const r = checkSheet(s);
      expect(r.framework).toBe("core-101");
      expect(r.findings.filter((d) => d.severity !== "info")).toEqual([]);
      const overridden = checkSheet(s, { framework: "old-88" });
      expect(overridden.framework).toBe("old-88");
      expect(overridden.findings.some((d) => d.rule === "level-placement" || d.rule === "framework-coverage")).toBe(true);
      // Against the old framework, 经济成本指标 is unknown and 产出 lacks its 成本指标.
      expect(overridden.findings.map((d) => `${d.rule}:${d.messageId}@${d.cell}`)).toEqual([
        "level-placement:unknown@B6",
        "framework-coverage:level2Absent@A7", // on the 产出指标 label, not the 时效指标 row
      ]);
    });
  });
});

describe("diagnosticOrder.ts", () => {
  describe("compareDiagnostics", () => {
    it("orders by row, then column, also past column 1000 (AMK)", () => {
      const d = (cell: string): Diagnostic => ({
        rule: "r",
        severity: "error",
        category: "format",
        cell,
        related: [],
        messageId: "m",
        params: {},
        message: "",
        formIndex: 0,
        project: "",
        group: "",
        basis: "测试依据",
      });
      const cells = ["B2", "AMK1", "A2", "AAA1", "A10", "Z1"];
      expect(
        cells
          .map(d)
          .sort(compareDiagnostics)
          .map((x) => x.cell),
      ).toEqual(["Z1", "AAA1", "AMK1", "A2", "B2", "A10"]);
    });
  });
});
