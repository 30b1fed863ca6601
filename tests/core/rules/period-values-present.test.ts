import { periodValuesPresent } from "../../../src/core/rules/period-values-present";
import { type IndicatorRowSpec, SHENMU_INDICATORS, shenmuGrid, withImplementationValues, wuhaiGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

/** Rows with only the 实施期 value written. */
const implementationOnly = (rows: readonly IndicatorRowSpec[]): IndicatorRowSpec[] =>
  rows.map((r) => [r[0], r[1], r[2], r[4], ""]);

describe("missing/periodValuesPresent.ts", () => {
  testRule(periodValuesPresent, {
    valid: [
      { name: "a one-year project with 年度 values only", sheet: shenmuGrid() },
      {
        name: "a 长期 project with both periods filled",
        sheet: shenmuGrid({ fields: { 项目期限: "长期" }, indicators: withImplementationValues(SHENMU_INDICATORS) }),
      },
      { name: "乌海: one-year project filling the 年度 half", sheet: wuhaiGrid() },
      {
        name: '项目期限 written as dates inside one year ("2021年1月-2021年12月"), 年度 values only',
        sheet: shenmuGrid({ fields: { 项目期限: "2021年1月-2021年12月" } }),
      },
    ],
    invalid: [
      {
        name: "a 长期 project without any 实施期 value",
        sheet: shenmuGrid({ fields: { 项目期限: "长期" } }),
        errors: [{ messageId: "implementationEmpty", cell: "E24", severity: "warning", related: ["E25", "E26", "E33"] }],
      },
      {
        name: "only 实施期 values written, the 年度 column empty",
        sheet: shenmuGrid({ indicators: implementationOnly(SHENMU_INDICATORS) }),
        errors: [{ messageId: "annualEmpty", cell: "F24", severity: "error" }],
      },
      {
        name: "乌海: multi-year 中长期 header, only the 年度 half filled",
        sheet: wuhaiGrid({
          goals: { header: "中长期目标（2021年—2023年）", implementation: "三年内建立定点医药机构全覆盖的稽核机制。" },
        }),
        errors: [{ messageId: "implementationEmpty", cell: "E21" }],
      },
    ],
  });
});
