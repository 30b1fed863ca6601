/**
 * The cross-project checks end to end: a workbook built with exceljs that holds each case, read back
 * like the CLI reads it, and the two sample workbooks.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { checkAcross } from "../../../src/core/across/checkAcross";
import { SHENMU_BASE } from "../helpers/formGrids";
import {
  CARD_INDICATORS,
  SHENMU_INDICATORS,
  projectA,
  projectB,
  sheetsOfWorkbook,
  summaryGrid,
  writeGridsWorkbook,
} from "./acrossForms";

const SAMPLES = path.resolve(__dirname, "..", "..", "..", "assets", "samples");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "jxcheck-across-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a workbook holding every cross-project case", () => {
  it("finds each case at its cells", async () => {
    const file = path.join(dir, "cases.xlsx");
    // A: 4套 in its first row. B (制卡费): copies A's goal, names A, speaks of A's 4套, and differs on 数据安全事故次数.
    const a = projectA({
      indicators: SHENMU_INDICATORS.map((r, i) => (i === 0 ? ([r[0], r[1], r[2], r[3], "=4套"] as typeof r) : r)),
    });
    const b = projectB({
      indicators: CARD_INDICATORS.map((r, i) => (i === 6 ? ([r[0], r[1], r[2], r[3], "≤1次"] as typeof r) : r)),
      fields: { 实施期总体目标: SHENMU_BASE.年度目标, 项目概述: "补办社会保障卡，并承担系统升级维护费中4套系统的制卡模块。" },
    });
    // C: 系统升级维护费 again with another budget and A's indicator block.
    const c = projectA({
      sheetName: "系统升级维护费（调整）",
      fields: {
        项目预算: 45,
        年度资金总额: 45,
        年度财政拨款: 45,
        实施期资金总额: 45,
        实施期财政拨款: 45,
        年度目标: "2021年调整后的维护任务：完成两套系统维护。",
      },
    });
    await writeGridsWorkbook(file, [a, b, c]);
    // A 部门整体 sheet added with exceljs: 项目支出 100 ≠ 50 + 8 + 45 = 103, 制卡费 listed at 10.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.addWorksheet("部门整体");
    summaryGrid(100, [["制卡费", 10]]).forEach((row, r) =>
      row.forEach((v, col) => v !== null && (ws.getCell(r + 1, col + 1).value = v)),
    );
    await wb.xlsx.writeFile(file);

    const found = checkAcross(await sheetsOfWorkbook(file)).map((f) => `${f.sheet}!${f.diagnostic.cell} ${f.diagnostic.rule}`);
    // C is A's base table: its 运维系统数量 (=3套) differs from A's =4套, the rest of its block is A's.
    expect(found).toEqual([
      "系统升级维护费!B5 across-duplicate-project",
      "系统升级维护费!B23 across-copied-goal", // = C's 实施期总体目标
      "系统升级维护费!E23 across-copied-goal", // = B's 实施期总体目标
      "系统升级维护费!F25 across-indicator-target", // =4套 vs C's =3套
      "系统升级维护费!D26 across-copied-indicators", // C's rows 26–33
      "系统升级维护费!F32 across-indicator-target", // =0次 vs B's ≤1次
      "制卡费!B8 across-foreign-quantity", // 4套
      "制卡费!B8 across-other-project-name", // names 系统升级维护费 (A and C)
      "制卡费!B23 across-copied-goal",
      "制卡费!F31 across-indicator-target",
      "系统升级维护费（调整）!B5 across-duplicate-project",
      "系统升级维护费（调整）!B23 across-copied-goal",
      "系统升级维护费（调整）!F25 across-indicator-target",
      "系统升级维护费（调整）!D26 across-copied-indicators",
      "系统升级维护费（调整）!F32 across-indicator-target",
      "部门整体!C5 across-summary-total", // 100 ≠ 103
      "部门整体!C8 across-summary-total", // 制卡费 10 ≠ 8
    ]);
    const all = checkAcross(await sheetsOfWorkbook(file));
    const names = all.find((f) => f.diagnostic.rule === "across-other-project-name")!.diagnostic;
    expect(names.related).toEqual(["'系统升级维护费'!B3", "'系统升级维护费（调整）'!B3"]);
    const dup = all.find((f) => f.sheet === "系统升级维护费" && f.diagnostic.rule === "across-duplicate-project")!.diagnostic;
    expect(dup.message).toBe(
      "项目“系统升级维护费”出现了2次，预算不同：本表为50万元，工作表“系统升级维护费（调整）”的预算为45万元",
    );
    const total = all.find((f) => f.diagnostic.cell === "C5")!.diagnostic;
    expect(total.message).toBe("部门整体表的项目支出为100万元，本工作簿3个项目表的预算合计为103万元，相差3万元");
  });
});

describe("the sample workbooks", () => {
  it("神木: 医保基金使用率 is ≥98% in 系统升级维护费 and ≥90% in 制卡费 — and nothing else", async () => {
    const found = checkAcross(await sheetsOfWorkbook(path.join(SAMPLES, "shenmu-2021.xlsx")));
    expect(found.map((f) => [f.sheet, f.diagnostic.rule, f.diagnostic.cell, f.diagnostic.related])).toEqual([
      ["系统升级维护费", "across-indicator-target", "F32", ["'制卡费'!F32"]],
      ["制卡费", "across-indicator-target", "F32", ["'系统升级维护费'!F32"]],
    ]);
    expect(found[1].diagnostic.message).toContain("在项目“系统升级维护费”（工作表“系统升级维护费”）为“医保基金使用率≥98%”");
  });
  it("乌海: the shared indicators (医保基金使用规范安全率 >98%) have equal targets — nothing found", async () => {
    expect(checkAcross(await sheetsOfWorkbook(path.join(SAMPLES, "wuhai-2021.xlsx")))).toEqual([]);
  });
});
