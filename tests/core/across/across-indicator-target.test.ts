import { acrossIndicatorTarget } from "../../../src/core/across/acrossIndicatorTarget";
import { checkAcross } from "../../../src/core/across/checkAcross";
import { CARD_INDICATORS, projectA, projectB, sheetsOf } from "./acrossForms";

const run = (...sheets: Parameters<typeof sheetsOf>) =>
  checkAcross(sheetsOf(...sheets), [acrossIndicatorTarget]).map((f) => ({ sheet: f.sheet, ...f.diagnostic }));

// 数据安全事故次数 is A's row 32 (F32) and B's row 31 (F31), "=0次" in both base tables.
const withB31 = (value: string) => CARD_INDICATORS.map((r, i) => (i === 6 ? ([r[0], r[1], r[2], r[3], value] as typeof r) : r));

describe("across-indicator-target", () => {
  it("valid: the shared indicator has the same target in both projects", () => {
    expect(run(projectA(), projectB())).toEqual([]);
  });
  it("valid: the same target written differently (＝ 0 次 vs =0次)", () => {
    expect(run(projectA(), projectB({ indicators: withB31("＝ 0 次") }))).toEqual([]);
  });
  it("valid: different targets in projects of different units", () => {
    const b = projectB({
      indicators: withB31("≤1次"),
      fields: { 主管部门: "神木市卫生健康局", 项目实施单位: "神木市卫生健康局" },
    });
    expect(run(projectA(), b)).toEqual([]);
  });
  it("invalid: different targets — one finding in each project, naming the other and pointing at its cell", () => {
    const found = run(projectA(), projectB({ indicators: withB31("≤1次") }));
    expect(found.map((f) => [f.sheet, f.cell, f.related, f.severity, f.category, f.messageId])).toEqual([
      ["系统升级维护费", "F32", ["'制卡费'!F31"], "warning", "inconsistent", "targetDiffers"],
      ["制卡费", "F31", ["'系统升级维护费'!F32"], "warning", "inconsistent", "targetDiffers"],
    ]);
    expect(found[0].message).toBe(
      "三级指标“数据安全事故次数”的年度指标值本项目为“=0次”，在项目“制卡费”（工作表“制卡费”）为“≤1次”：同一单位的同一指标目标值不一致，请核对是否抄错或漏改",
    );
    expect(found[0].group).toBe("跨项目");
    expect(found[1].project).toBe("制卡费");
  });
  it("invalid: same number, different unit", () => {
    const found = run(projectA(), projectB({ indicators: withB31("=0起") }));
    expect(found.map((f) => f.messageId)).toEqual(["unitDiffers", "unitDiffers"]);
    expect(found[1].message).toContain("度量单位不同");
  });
});
