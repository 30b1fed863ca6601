import { acrossCopiedGoal } from "../../../src/core/across/acrossCopiedGoal";
import { checkAcross } from "../../../src/core/across/checkAcross";
import { projectA, projectB, sheetsOf } from "./acrossForms";
import { SHENMU_BASE } from "../helpers/formGrids";

const run = (...g: Parameters<typeof sheetsOf>) =>
  checkAcross(sheetsOf(...g), [acrossCopiedGoal]).map((f) => ({ sheet: f.sheet, ...f.diagnostic }));

describe("across-copied-goal", () => {
  it("valid: each project has its own goals", () => {
    expect(run(projectA(), projectB())).toEqual([]);
  });
  it("valid: short generic goals are not called copies", () => {
    const short = { 年度目标: "保障工作正常运转" };
    expect(run(projectA({ fields: short }), projectB({ fields: short }))).toEqual([]);
  });
  it("invalid: B's 年度目标 is A's, word for word (spaces aside)", () => {
    const found = run(projectA(), projectB({ fields: { 年度目标: ` ${String(SHENMU_BASE.年度目标)} ` } }));
    expect(found.map((f) => [f.sheet, f.cell, f.related, f.severity])).toEqual([
      ["系统升级维护费", "E23", ["'制卡费'!E23"], "warning"],
      ["制卡费", "E23", ["'系统升级维护费'!E23"], "warning"],
    ]);
    expect(found[1].message).toBe(
      "绩效目标与项目“系统升级维护费”（工作表“系统升级维护费”）的目标一字不差，可能是复制后没有按本项目改写",
    );
  });
});
