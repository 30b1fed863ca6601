import { timelinessWithinPeriod } from "../../../src/core/rules/timeliness-within-period";
import { SHENMU_INDICATORS, WUHAI_INDICATORS, replaceRow, shenmuGrid, withAnnualValue, wuhaiGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

/** Row 28 (index 3) is 时效指标 › 年度维护完成时间 in the 神木 base. */
const deadline = (value: string) => shenmuGrid({ indicators: withAnnualValue(SHENMU_INDICATORS, 3, value) });
/** The same row with its 三级 name (and value) replaced. */
const named = (name: string, value = "100%") =>
  shenmuGrid({
    indicators: replaceRow(SHENMU_INDICATORS, 3, [SHENMU_INDICATORS[3][0], SHENMU_INDICATORS[3][1], name, "", value]),
  });

describe("inconsistent/timelinessWithinPeriod.ts", () => {
  testRule(timelinessWithinPeriod, {
    valid: [
      { name: "2021.12.31前 inside 2021.01.01-2021.12.31", sheet: shenmuGrid() },
      { name: "a recurring deadline (每月20日前) is not a calendar date", sheet: deadline("每月20日前") },
      { name: "a date without a year (10月底前)", sheet: deadline("10月底前") },
      { name: "a month-precision end (2021年12月前)", sheet: deadline("2021年12月前") },
      { name: "乌海: 2021.12.31前 inside 2021-01至2021-12", sheet: wuhaiGrid() },
      {
        name: "a name whose date lies inside the period (2021年11月30日前完成资金支付)",
        sheet: named("2021年11月30日前完成资金支付"),
      },
      { name: "a name with a year but no month (2020年度结转资金支付率) is no deadline", sheet: named("2020年度结转资金支付率") },
      { name: "a service period range inside the project (2021.03-2021.09)", sheet: deadline("2021.03-2021.09") },
      {
        name: "no dates in 项目实施起止时间 (长期): nothing to compare",
        sheet: shenmuGrid({
          fields: { 项目实施起止时间: "长期" },
          indicators: withAnnualValue(SHENMU_INDICATORS, 3, "2022.03.31前"),
        }),
      },
    ],
    invalid: [
      {
        name: "原州 2022: a 时效 name carrying last year's date (2020年11月30日前完成资金支付 on a 2021 project)",
        sheet: named("2020年11月30日前完成资金支付"),
        errors: [
          {
            messageId: "nameBefore",
            cell: "D28",
            severity: "warning",
            related: ["E3"],
            params: { name: "2020年11月30日前完成资金支付", date: "2020年11月30日", start: "2021年1月1日" },
          },
        ],
      },
      {
        name: "a 时效 name whose month lies after the period (2022年3月底前验收)",
        sheet: named("2022年3月底前验收"),
        errors: [
          { messageId: "nameAfter", cell: "D28", severity: "warning", params: { date: "2022年3月", end: "2021年12月31日" } },
        ],
      },
      {
        name: "2022.03.31前 on a 2021 project",
        sheet: deadline("2022.03.31前"),
        errors: [
          {
            messageId: "after",
            cell: "F28",
            params: { name: "年度维护完成时间", date: "2022年3月31日", end: "2021年12月31日" },
            related: ["E3"],
            severity: "error",
          },
        ],
      },
      {
        name: "2020.12.31前 before the project starts",
        sheet: deadline("2020.12.31前"),
        errors: [{ messageId: "before", cell: "F28", params: { date: "2020年12月31日", start: "2021年1月1日" } }],
      },
      {
        name: "乌海: 2022年6月底前 after 2021-12",
        sheet: wuhaiGrid({ indicators: withAnnualValue(WUHAI_INDICATORS, 2, "2022年6月底前") }),
        errors: [{ messageId: "after", cell: "H24", params: { date: "2022年6月30日", end: "2021年12月" }, related: ["D7"] }],
      },
      {
        name: "a service period range starting before the project (2020.07-2021.06)",
        sheet: deadline("2020.07-2021.06"),
        errors: [{ messageId: "before", cell: "F28", params: { date: "2020年7月", start: "2021年1月1日" } }],
      },
      {
        name: "a service period range ending after the project (2021.07-2022.06)",
        sheet: deadline("2021.07-2022.06"),
        errors: [{ messageId: "after", cell: "F28", params: { date: "2022年6月" } }],
      },
    ],
  });
});
