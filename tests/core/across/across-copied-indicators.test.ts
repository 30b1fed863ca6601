import { acrossCopiedIndicators } from "../../../src/core/across/acrossCopiedIndicators";
import { checkAcross } from "../../../src/core/across/checkAcross";
import { CARD_INDICATORS, SHENMU_INDICATORS, projectA, projectB, sheetsOf } from "./acrossForms";

const run = (...g: Parameters<typeof sheetsOf>) =>
  checkAcross(sheetsOf(...g), [acrossCopiedIndicators]).map((f) => ({ sheet: f.sheet, ...f.diagnostic }));

describe("across-copied-indicators", () => {
  it("valid: one shared row (数据安全事故次数 =0次) is not a copied block", () => {
    expect(run(projectA(), projectB())).toEqual([]);
  });
  it("valid: same names but this project's own values", () => {
    const own = SHENMU_INDICATORS.map(
      (r) => [r[0], r[1], r[2], r[3], r[4].replace(/\d+/, (n) => String(Number(n) + 1))] as typeof r,
    );
    expect(run(projectA(), projectB({ indicators: own }))).toEqual([]);
  });
  it("invalid: B's indicator block copied from A unchanged", () => {
    const found = run(projectA(), projectB({ indicators: SHENMU_INDICATORS }));
    expect(found.map((f) => [f.sheet, f.cell, f.severity, f.params.count])).toEqual([
      ["系统升级维护费", "D25", "warning", 9],
      ["制卡费", "D25", "warning", 9],
    ]);
    expect(found[1].related).toContain("'系统升级维护费'!D25");
    expect(found[1].related).toContain("D33");
    expect(found[1].message).toContain("与项目“系统升级维护费”（工作表“系统升级维护费”）完全相同");
  });
  it("invalid: three tables with the same block — one finding per table, the others counted", () => {
    const found = run(
      projectA(),
      projectB({ indicators: SHENMU_INDICATORS }),
      projectB({ sheetName: "制卡费2", indicators: SHENMU_INDICATORS, fields: { 项目名称: "补卡费" } }),
    );
    expect(found.map((f) => [f.sheet, f.cell, f.params.count])).toEqual([
      ["系统升级维护费", "D25", 9],
      ["制卡费", "D25", 9],
      ["制卡费2", "D25", 9],
    ]);
    expect(found[0].message).toMatch(/与项目“制卡费”（工作表“制卡费”）完全相同.*；另有1个项目的指标也大段相同$/);
    expect(found[0].related).toContain("'制卡费2'!D25");
  });
  it("invalid only from 60% of the smaller table: 4 of B's 8 rows shared is not a copy, 5 is", () => {
    // B's 数据安全事故次数 =0次 is shared already; the first n rows are A's.
    const mix = (n: number) => [...SHENMU_INDICATORS.slice(0, n), ...CARD_INDICATORS.slice(n, 8)];
    expect(run(projectA(), projectB({ indicators: mix(3) }))).toEqual([]);
    expect(run(projectA(), projectB({ indicators: mix(4) })).map((f) => f.params.count)).toEqual([5, 5]);
  });
});
