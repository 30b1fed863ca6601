import { acrossForeignQuantity } from "../../../src/core/across/acrossForeignQuantity";
import { checkAcross } from "../../../src/core/across/checkAcross";
import { SHENMU_INDICATORS, projectA, projectB, sheetsOf } from "./acrossForms";

const run = (...g: Parameters<typeof sheetsOf>) =>
  checkAcross(sheetsOf(...g), [acrossForeignQuantity]).map((f) => ({ sheet: f.sheet, ...f.diagnostic }));

// A with "=4套" in its first row (D25/F25).
const a4 = () =>
  projectA({ indicators: SHENMU_INDICATORS.map((r, i) => (i === 0 ? ([r[0], r[1], r[2], r[3], "=4套"] as typeof r) : r)) });

describe("across-foreign-quantity", () => {
  it("valid: the 概述's quantity is one of the project's own indicators (25000张)", () => {
    expect(run(a4(), projectB({ fields: { 项目概述: "全年补办社会保障卡25000张。" } }))).toEqual([]);
  });
  it("valid: a quantity that belongs to no other project either", () => {
    expect(run(a4(), projectB({ fields: { 项目概述: "全市约7家定点机构设补卡窗口。" } }))).toEqual([]);
  });
  it("invalid: B's 概述 speaks of 4套 — a number B has nowhere else but A has as an indicator value", () => {
    const found = run(a4(), projectB({ fields: { 项目概述: "为全市补办社会保障卡，并维护4套制卡系统。" } }));
    expect(found.map((f) => [f.sheet, f.cell, f.related, f.severity, f.params.quantity])).toEqual([
      ["制卡费", "B8", ["'系统升级维护费'!F25"], "warning", "4套"],
    ]);
    expect(found[0].message).toBe(
      "项目概述中的“4套”在本项目的指标、目标和金额中都没有出现，却出现在项目“系统升级维护费”（工作表“系统升级维护费”）的指标值中：可能是从该项目复制后没有改",
    );
  });
  it("invalid: the quantity sits in the 项目名称", () => {
    const found = run(a4(), projectB({ fields: { 项目名称: "制卡费（4套系统）" } }));
    expect(found.map((f) => [f.sheet, f.cell, f.params.what])).toEqual([["制卡费", "B3", "项目名称"]]);
  });
});
