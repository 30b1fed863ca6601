import { periodsIdentical } from "../../../src/core/rules/periods-identical";
import {
  SHENMU_INDICATORS,
  WUHAI_INDICATORS,
  shenmuGrid,
  withImplementationValues,
  wuhaiGrid,
  type IndicatorRowSpec,
} from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

const LONG = { 项目期限: "长期", 项目实施起止时间: "2021.01.01-2023.12.31" };

/** 实施期 values three times the annual ones for counts and amounts; rates and dates as they are. */
const distinct = (rows: readonly IndicatorRowSpec[]): IndicatorRowSpec[] =>
  rows.map((r) => {
    const c = [...r] as IndicatorRowSpec;
    c[3] = c[4].replace(/^([=≥≤])(\d+)(套|万元)$/, (_, op, n, u) => `${op}${Number(n) * 3}${u}`);
    return c;
  });

describe("periods-identical", () => {
  testRule(periodsIdentical, {
    valid: [
      {
        name: "a one-year project may repeat its values",
        sheet: shenmuGrid({ indicators: withImplementationValues(SHENMU_INDICATORS) }),
      },
      {
        name: "a long project whose annual values are a part",
        sheet: shenmuGrid({ fields: LONG, indicators: distinct(SHENMU_INDICATORS) }),
      },
      {
        name: "only rates repeated (合格率 =100% in both) is natural",
        sheet: shenmuGrid({
          fields: LONG,
          indicators: [
            ["产出指标", "质量指标", "系统维护验收合格率", "=100%", "=100%"],
            ["满意度指标", "服务对象满意度指标", "系统使用人员满意度", "≥95%", "≥95%"],
          ],
        }),
      },
    ],
    invalid: [
      {
        name: "神木-style one table: every 实施期 value equals the 年度 one on a 长期 project",
        sheet: shenmuGrid({ fields: LONG, indicators: withImplementationValues(SHENMU_INDICATORS) }),
        errors: [{ messageId: "identical", cell: "F25", severity: "warning", related: ["E25", "E33"], params: { count: 9 } }],
      },
      {
        name: "乌海-style halves side by side, identical",
        sheet: wuhaiGrid({
          fields: { 项目实施起止时间: "2021-01至2023-12" },
          indicators: withImplementationValues(WUHAI_INDICATORS),
        }),
        errors: [{ messageId: "identical", cell: "H22", params: { count: 8 } }],
      },
    ],
  });
});
