import { valueForbiddenChars } from "../../../src/core/rules/value-forbidden-chars";
import { SHENMU_INDICATORS, shenmuGrid, withAnnualValue } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

/** Row 28 (index 3) is 时效指标 › 年度维护完成时间; row 26 (index 1) 质量指标 › 系统维护验收合格率. */
const deadline = (value: string) => shenmuGrid({ indicators: withAnnualValue(SHENMU_INDICATORS, 3, value) });
const rate = (value: string) => shenmuGrid({ indicators: withAnnualValue(SHENMU_INDICATORS, 1, value) });

describe("value-forbidden-chars", () => {
  testRule(valueForbiddenChars, {
    valid: [
      { name: "the base table", sheet: shenmuGrid() },
      { name: "a date in words", sheet: deadline("2021年12月31日前") },
      { name: "a template placeholder is template-placeholder's finding", sheet: rate("≥**%") },
      { name: "“无” filler rows are not judged", sheet: rate("—") },
    ],
    invalid: [
      {
        name: "an ISO date gets the date in words",
        sheet: deadline("2021-12-31"),
        errors: [{ messageId: "symbol", cell: "F28", severity: "warning", suggestion: "2021年12月31日", params: { char: "-" } }],
      },
      {
        name: "a period range 2021.01-2021.12 (湘潭 服务周期, 昭化 2021年1月-12月): a remark only",
        sheet: deadline("2021.01-2021.12"),
        errors: [{ messageId: "symbol", cell: "F28", severity: "info", suggestion: null }],
      },
      {
        name: "天津 2020: a double dash between two dates (2020年1月--2020年11月) is a period too",
        sheet: deadline("2020年1月--2020年11月"),
        errors: [{ messageId: "symbol", cell: "F28", severity: "info" }],
      },
      {
        name: "2021年1月-12月",
        sheet: deadline("2021年1月-12月"),
        errors: [{ messageId: "symbol", cell: "F28", severity: "info" }],
      },
      { name: "a value range 90-95% left to value-format (one finding per problem)", sheet: rate("90-95%"), errors: [] },
      { name: "an underscore", sheet: rate("≥9_5%"), errors: [{ messageId: "symbol", cell: "F26", params: { char: "_" } }] },
      {
        name: "spaces inside the value: info, with the value without them",
        sheet: rate("≥ 95 %"),
        errors: [{ messageId: "space", cell: "F26", severity: "info", suggestion: "≥95%" }],
      },
      { name: "the text null", sheet: rate("null"), errors: [{ messageId: "null", cell: "F26", severity: "warning" }] },
    ],
  });
});
