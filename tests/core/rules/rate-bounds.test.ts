import { rateBounds } from "../../../src/core/rules/rate-bounds";
import { SHENMU_INDICATORS, replaceRow, shenmuGrid, withAnnualValue } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

/** Row 26 (index 1) is 质量指标 › 系统维护验收合格率. */
const rate = (value: string) => shenmuGrid({ indicators: withAnnualValue(SHENMU_INDICATORS, 1, value) });

describe("inconsistent/rateBounds.ts", () => {
  testRule(rateBounds, {
    valid: [
      { name: "=100% is reachable", sheet: shenmuGrid() },
      {
        name: "a growth rate may exceed 100% (业务量增长率≥120%)",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 6, ["效益指标", "社会效益指标", "线上结算业务量增长率", "", "≥120%"]),
        }),
      },
      { name: "an upper bound above 100% (≤120%) is not a target", sheet: rate("≤120%") },
      { name: "=100% and ≥99% are fine", sheet: rate("=100%") },
      { name: "≥100% is rate-at-least-100's finding", sheet: rate("≥100%") },
      { name: "≥99%", sheet: rate("≥99%") },
      { name: "a per-mille value (‰) is not a percentage", sheet: rate("≤120‰") },
    ],
    invalid: [
      {
        name: "≥120%",
        sheet: rate("≥120%"),
        errors: [
          {
            messageId: "above",
            cell: "F26",
            params: { name: "系统维护验收合格率", value: "≥120%" },
            suggestion: "=100%",
            severity: "error",
          },
        ],
      },
      { name: ">105% suggests =100%", sheet: rate(">105%"), errors: [{ messageId: "above", cell: "F26", suggestion: "=100%" }] },
      { name: "=110% suggests =100%", sheet: rate("=110%"), errors: [{ messageId: "above", cell: "F26", suggestion: "=100%" }] },
      {
        name: "120% without an operator suggests =100%",
        sheet: rate("120%"),
        errors: [{ messageId: "above", cell: "F26", suggestion: "=100%" }],
      },
      {
        name: "in the 实施期 column too",
        sheet: shenmuGrid({
          fields: { 项目期限: "长期" },
          indicators: replaceRow(SHENMU_INDICATORS, 1, ["产出指标", "质量指标", "系统维护验收合格率", "≥101%", "=100%"]),
        }),
        errors: [{ messageId: "above", cell: "E26", suggestion: "=100%" }],
      },
      {
        name: "a satisfaction above 100% gets advice, not =100% (which satisfaction-target would flag)",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 1, ["产出指标", "质量指标", "使用人员满意度", "", "≥120%"]),
        }),
        errors: [{ messageId: "above", cell: "F26", suggestion: null }],
      },
    ],
  });
});
