import { acrossSummaryTotal } from "../../../src/core/across/acrossSummaryTotal";
import { checkAcross } from "../../../src/core/across/checkAcross";
import { type CellValue, snapshotFromGrid } from "../../../src/core/snapshot";
import { projectA, projectB, sheetsOf, summaryGrid } from "./acrossForms";

function run(grid: CellValue[][]) {
  const summary = snapshotFromGrid("部门整体", grid, []);
  const sheets = [...sheetsOf(projectA(), projectB()), { sheet: "部门整体", forms: [], snapshot: summary }];
  return checkAcross(sheets, [acrossSummaryTotal]).map((f) => ({ sheet: f.sheet, ...f.diagnostic }));
}

describe("across-summary-total", () => {
  it("valid: 项目支出 58 = 50 + 8 and each listed amount matches its project", () => {
    expect(
      run(
        summaryGrid(58, [
          ["系统升级维护费", 50],
          ["制卡费", 8],
        ]),
      ),
    ).toEqual([]);
  });
  it("valid: amounts in 元 when the sheet says 单位：元", () => {
    expect(run(summaryGrid(580000, [["制卡费", 80000]], "单位：元"))).toEqual([]);
  });
  it("valid: a workbook without a summary table", () => {
    expect(checkAcross(sheetsOf(projectA(), projectB()), [acrossSummaryTotal])).toEqual([]);
  });
  it("invalid: 项目支出 60 ≠ 58, and 制卡费 listed at 10 against its budget 8", () => {
    const found = run(
      summaryGrid(60, [
        ["系统升级维护费", 50],
        ["制 卡 费", 10],
      ]),
    );
    expect(found.map((f) => [f.sheet, f.cell, f.related, f.severity, f.messageId])).toEqual([
      ["部门整体", "C5", ["B5", "'系统升级维护费'!B5", "'制卡费'!B5"], "warning", "departmentTotal"],
      ["部门整体", "C9", ["A9", "'制卡费'!B5"], "warning", "listedAmount"],
    ]);
    expect(found[0].message).toBe("部门整体表的项目支出为60万元，本工作簿2个项目表的预算合计为58万元，相差2万元");
    expect(found[1].message).toBe("汇总表中项目“制卡费”（工作表“制卡费”）的金额为10万元，该项目表的预算为8万元");
  });
});
