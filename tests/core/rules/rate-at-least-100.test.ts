import { rateAtLeast100 } from "../../../src/core/rules/rate-at-least-100";
import { SHENMU_INDICATORS, replaceRow, shenmuGrid, withAnnualValue } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

/** Row 26 (index 1) is 质量指标 › 系统维护验收合格率. */
const rate = (value: string) => shenmuGrid({ indicators: withAnnualValue(SHENMU_INDICATORS, 1, value) });

describe("rate-at-least-100", () => {
  testRule(rateAtLeast100, {
    valid: [
      { name: "=100%", sheet: rate("=100%") },
      { name: "≥99%", sheet: rate("≥99%") },
      { name: "≤100% is a cap", sheet: rate("≤100%") },
      {
        name: "a growth rate ≥100% may be meant (业务量增长率)",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 6, ["效益指标", "社会效益指标", "业务量增长率", "", "≥100%"]),
        }),
      },
    ],
    invalid: [
      {
        name: "≥100% (岳阳 完成及时率): a rate cannot exceed 100%, so it is =100% — a warning",
        sheet: rate("≥100%"),
        errors: [{ messageId: "atLeastFull", cell: "F26", severity: "warning", suggestion: "=100%" }],
      },
      {
        name: "≧100% is the same",
        sheet: rate("≧100%"),
        errors: [{ messageId: "atLeastFull", cell: "F26", suggestion: "=100%" }],
      },
    ],
  });
});
