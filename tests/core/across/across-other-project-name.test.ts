import { acrossOtherProjectName } from "../../../src/core/across/acrossOtherProjectName";
import { checkAcross } from "../../../src/core/across/checkAcross";
import { projectA, projectB, sheetsOf } from "./acrossForms";

const run = (...g: Parameters<typeof sheetsOf>) =>
  checkAcross(sheetsOf(...g), [acrossOtherProjectName]).map((f) => ({ sheet: f.sheet, ...f.diagnostic }));

describe("across-other-project-name", () => {
  it("valid: no project mentions another", () => {
    expect(run(projectA(), projectB())).toEqual([]);
  });
  it("valid: names shorter than 4 characters (制卡费) are not looked for", () => {
    expect(run(projectA({ fields: { 项目概述: "三套系统的升级维护，不含制卡费。" } }), projectB())).toEqual([]);
  });
  it("valid: a project whose own name contains the other's (系统升级维护费二期)", () => {
    const b = projectB({ fields: { 项目名称: "系统升级维护费二期", 项目概述: "系统升级维护费二期：新增一套系统的维护。" } });
    expect(run(projectA(), b)).toEqual([]);
  });
  it("invalid: B's 年度目标 still names project A", () => {
    const b = projectB({ fields: { 年度目标: "完成系统升级维护费项目的年度任务，补办社会保障卡当天办结。" } });
    const found = run(projectA(), b);
    expect(found.map((f) => [f.sheet, f.cell, f.related, f.severity])).toEqual([
      ["制卡费", "E23", ["'系统升级维护费'!B3"], "warning"],
    ]);
    expect(found[0].message).toBe(
      "年度目标中写着另一个项目的名称“系统升级维护费”（工作表“系统升级维护费”）：可能是从该项目复制后没有改",
    );
  });
});
