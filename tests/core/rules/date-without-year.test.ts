import { dateWithoutYear } from "../../../src/core/rules/date-without-year";
import { SHENMU_INDICATORS, shenmuGrid, withAnnualValue } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

/** Row 28 (index 3) is 时效指标 › 年度维护完成时间 in the 神木 base (实施期 2021.01.01-2021.12.31). */
const deadline = (value: string, period?: string) =>
  shenmuGrid({
    indicators: withAnnualValue(SHENMU_INDICATORS, 3, value),
    ...(period !== undefined ? { fields: { 项目实施起止时间: period } } : {}),
  });

describe("format/dateWithoutYear.ts", () => {
  testRule(dateWithoutYear, {
    valid: [
      { name: "a full date (2021.12.31前)", sheet: shenmuGrid() },
      { name: "a recurring deadline (每月20日前)", sheet: deadline("每月20日前") },
      { name: "a yearly deadline (每年10月底前)", sheet: deadline("每年10月底前") },
      { name: "a year-month (2021年12月前)", sheet: deadline("2021年12月前") },
    ],
    invalid: [
      {
        name: "12月 without a year: read as the period's year",
        sheet: deadline("12月"),
        errors: [
          {
            messageId: "assumed",
            cell: "F28",
            params: { name: "年度维护完成时间", value: "12月", year: 2021 },
            suggestion: "≤2021年12月31日",
            severity: "warning",
          },
        ],
      },
      {
        name: "10月底前 without a year",
        sheet: deadline("10月底前"),
        errors: [{ messageId: "assumed", cell: "F28", suggestion: "≤2021年10月31日" }],
      },
      {
        name: "no readable period: the year cannot be assumed",
        sheet: deadline("12月31日前", "长期"),
        errors: [{ messageId: "noYear", cell: "F28" }],
      },
    ],
  });
});
