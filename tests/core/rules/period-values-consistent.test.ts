import { periodValuesConsistent } from "../../../src/core/rules/period-values-consistent";
import {
  SHENMU_INDICATORS,
  WUHAI_INDICATORS,
  replaceRow,
  shenmuGrid,
  withImplementationValues,
  wuhaiGrid,
} from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

const LONG = { 项目期限: "长期", 项目实施起止时间: "2021.01.01-2023.12.31" };
const quantity = (impl: string, annual: string) =>
  shenmuGrid({
    fields: LONG,
    indicators: replaceRow(withImplementationValues(SHENMU_INDICATORS), 0, [
      "产出指标",
      "数量指标",
      "运维系统数量",
      impl,
      annual,
    ]),
  });

describe("inconsistent/periodValuesConsistent.ts", () => {
  testRule(periodValuesConsistent, {
    valid: [
      {
        name: "equal 实施期 and 年度 values",
        sheet: shenmuGrid({ fields: LONG, indicators: withImplementationValues(SHENMU_INDICATORS) }),
      },
      { name: "年度 ≥150人次 within 实施期 ≥450人次", sheet: quantity("≥450人次", "≥150人次") },
      { name: "different units are not compared (套 vs 个)", sheet: quantity("=2个", "=3套") },
      {
        name: "成本 rows are not compared (年度 cap ≤48万元 vs 实施期 ≤40万元)",
        sheet: shenmuGrid({
          fields: LONG,
          indicators: replaceRow(withImplementationValues(SHENMU_INDICATORS), 4, [
            "产出指标",
            "成本指标",
            "系统维护费",
            "≤40万元",
            "≤48万元",
          ]),
        }),
      },
      { name: "upper bounds (≤) are skipped", sheet: quantity("≤2次", "≤3次") },
      { name: "a one-year project with no 实施期 values", sheet: shenmuGrid() },
    ],
    invalid: [
      {
        name: "年度 ≥200人次 above 实施期 ≥150人次",
        sheet: quantity("≥150人次", "≥200人次"),
        errors: [
          {
            messageId: "annualAbove",
            cell: "F25",
            params: { name: "运维系统数量", annual: "≥200人次", implementation: "≥150人次" },
            related: ["E25"],
            severity: "warning",
          },
        ],
      },
      {
        name: "年度 =100% above 实施期 ≥95% for the same rate",
        sheet: shenmuGrid({
          fields: LONG,
          indicators: replaceRow(withImplementationValues(SHENMU_INDICATORS), 1, [
            "产出指标",
            "质量指标",
            "系统维护验收合格率",
            "≥95%",
            "=100%",
          ]),
        }),
        errors: [{ messageId: "annualAbove", cell: "F26" }],
      },
      {
        name: "乌海: 年度 ≥120人次 above 中长期 ≥100人次 in the two halves",
        sheet: wuhaiGrid({
          goals: { header: "中长期目标（2021年—2023年）", implementation: "三年内完成外调稽核300人次以上。" },
          indicators: [
            {
              level1: "产出指标",
              left: ["数量指标", "外调稽核人次", "≥100人次"],
              right: ["数量指标", "外调稽核人次", "≥120人次"],
            },
            ...WUHAI_INDICATORS.slice(1),
          ],
        }),
        errors: [{ messageId: "annualAbove", cell: "H22", related: ["E22"] }],
      },
    ],
  });
});
