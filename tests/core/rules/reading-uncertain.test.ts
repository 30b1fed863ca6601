import { readingUncertain } from "../../../src/core/rules/reading-uncertain";
import { checkSheet } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/snapshot";
import type { FormGrid } from "../helpers/formGrids";
import { toSnapshot } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

/**
 * A 批复表 whose 指标值 header is split over two rows (黄石 2022 layout): "指标值" over
 * "2021年实际实现值 | 预期2022年实现值". `actual` and `target` fill the two lower columns of every row.
 */
function splitValueGrid(fill: { actual: boolean; target: boolean }): FormGrid {
  const rows: [string, string, string, string, string][] = [
    ["产出指标", "数量指标", "培训人次", "280人次", "≥280人次"],
    ["产出指标", "质量指标", "结业考核合格率", "96%", "≥95%"],
    ["产出指标", "时效指标", "培训完成时间", "2021年12月", "≤2022年12月31日"],
    ["产出指标", "成本指标", "人均培训成本", "5800元/人次", "≤5850元/人次"],
    ["效益指标", "社会效益指标", "跟踪评估合格率", "92%", "≥90%"],
    ["满意度指标", "服务对象满意度指标", "学员满意度", "95%", "≥95%"],
  ];
  const grid: CellValue[][] = [
    ["项目支出绩效目标批复表", null, null, null, null, null],
    ["项目名称", "主体班", null, "项目负责人", "张三", null],
    ["项目金额", "164万元", null, "实施单位", "市委党校", null],
    ["项目主管部门", "市委组织部", null, "项目期", "2022年", null],
    ["年度绩效目标", "完成主体班培训280人次，结业考核合格率不低于95%。", null, null, null, null],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", null],
    [null, null, null, null, "2021年实际实现值", "预期2022年实现值"],
    ...rows.map(([a, b, c, actual, target]): CellValue[] => [
      null,
      a,
      b,
      c,
      fill.actual ? actual : null,
      fill.target ? target : null,
    ]),
  ];
  return {
    name: "批复表",
    grid,
    merges: ["A1:F1", "B5:F5", "A6:A13", "B6:B7", "C6:C7", "D6:D7", "E6:F6", "B8:B11", "B12:B12", "B13:B13"],
  };
}

/** 舒城-style: one more level on top — 一级 column "实施效果指标", 产出/效益/满意度 in the 二级 column. */
function shiftedLevelsGrid(): FormGrid {
  const grid: CellValue[][] = [
    ["中央预算内投资计划绩效目标表", null, null, null],
    ["项目名称", "清水河治理", null, null],
    ["年度资金总额(万元)", 853, null, null],
    ["年度目标", "完成清水河治理工程，带动群众务工增收。", null, null],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["实施效果指标", "产出指标", "劳务报酬占中央投资比例", "≥32.68%"],
    [null, "效益指标", "带动务工人数", "≥120人"],
    [null, "满意度指标", "参与群众满意度", "≥90%"],
    ["过程管理指标", "资金管理指标", "中央预算内投资支付率", "≥95%"],
  ];
  return { name: "舒城式", grid, merges: ["A1:D1", "B2:D2", "B3:D3", "B4:D4", "A6:A8"] };
}

describe("rules/reading-uncertain", () => {
  testRule(readingUncertain, {
    valid: [
      {
        name: "target column (预期2022年实现值) filled, prior-year actual filled too",
        sheet: splitValueGrid({ actual: true, target: true }),
      },
      { name: "target column filled, prior-year actual empty", sheet: splitValueGrid({ actual: false, target: true }) },
    ],
    invalid: [
      {
        name: "levels one column to the right of their headers (实施效果指标 | 产出指标 | …)",
        sheet: shiftedLevelsGrid(),
        errors: [{ messageId: "note", cell: "A6", severity: "info" }],
      },
      {
        name: "target column empty while the 2021 actual beside it is filled: the choice is said once",
        sheet: splitValueGrid({ actual: true, target: false }),
        errors: [{ messageId: "note", cell: "F7", severity: "info" }],
      },
    ],
  });

  it("takes 预期2022年实现值 as the target and never the prior-year actual: a correct table gives no error or warning", () => {
    const result = checkSheet(toSnapshot(splitValueGrid({ actual: true, target: true })));
    const bad = result.findings.filter((f) => f.severity !== "info");
    expect(bad).toEqual([]);
  });

  it("shifted levels: the missing 产出/效益 groups are warnings, not errors", () => {
    const result = checkSheet(toSnapshot(shiftedLevelsGrid()));
    expect(result.findings.some((f) => f.rule === "framework-coverage")).toBe(true);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("while the reading is uncertain, nothing built on it is an error", () => {
    const result = checkSheet(toSnapshot(splitValueGrid({ actual: true, target: false })));
    expect(result.findings.some((f) => f.rule === "reading-uncertain")).toBe(true);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
