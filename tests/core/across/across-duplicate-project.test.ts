import { acrossDuplicateProject } from "../../../src/core/across/acrossDuplicateProject";
import { checkAcross } from "../../../src/core/across/checkAcross";
import { projectA, projectB, sheetsOf } from "./acrossForms";

const run = (...g: Parameters<typeof sheetsOf>) =>
  checkAcross(sheetsOf(...g), [acrossDuplicateProject]).map((f) => ({ sheet: f.sheet, ...f.diagnostic }));

describe("across-duplicate-project", () => {
  it("valid: two different project names", () => {
    expect(run(projectA(), projectB())).toEqual([]);
  });
  it("invalid: the same name twice with the same budget — info, a likely duplicate", () => {
    const found = run(projectA(), projectA({ sheetName: "系统升级维护费(2)" }));
    expect(found.map((f) => [f.sheet, f.cell, f.related, f.severity, f.messageId])).toEqual([
      ["系统升级维护费", "B5", ["'系统升级维护费(2)'!B5"], "info", "duplicate"],
      ["系统升级维护费(2)", "B5", ["'系统升级维护费'!B5"], "info", "duplicate"],
    ]);
  });
  it("invalid: the same name (spaces aside) with budgets 50 and 8 — warning naming both figures", () => {
    const found = run(projectA(), projectB({ fields: { 项目名称: "系统升级 维护费" } }));
    expect(found.map((f) => [f.sheet, f.cell, f.related, f.severity])).toEqual([
      ["系统升级维护费", "B5", ["'制卡费'!B5"], "warning"],
      ["制卡费", "B5", ["'系统升级维护费'!B5"], "warning"],
    ]);
    expect(found[0].message).toBe("项目“系统升级维护费”出现了2次，预算不同：本表为50万元，工作表“制卡费”的预算为8万元");
  });
});
