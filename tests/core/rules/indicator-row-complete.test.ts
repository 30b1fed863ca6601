import { indicatorRowComplete } from "../../../src/core/rules/indicator-row-complete";
import {
  SHENMU_INDICATORS,
  WUHAI_INDICATORS,
  replaceRow,
  shenmuGrid,
  withImplementationValues,
  wuhaiGrid,
} from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

/** 中长期 half: 三级 written, value missing; 年度 half complete. */
const LONE_LEFT_NAME = {
  level1: "产出指标",
  left: ["数量指标", "外调稽核人次", ""] as [string, string, string],
  right: ["数量指标", "外调稽核人次", "≥120人次"] as [string, string, string],
};

describe("missing/indicatorRowComplete.ts", () => {
  testRule(indicatorRowComplete, {
    valid: [
      { name: "every 三级 has its 年度 value (实施期 column unused on a one-year project)", sheet: shenmuGrid() },
      { name: "乌海: the empty 中长期 half is not required", sheet: wuhaiGrid() },
      {
        name: 'a "无 / 无" filler row is not an indicator',
        sheet: shenmuGrid({ indicators: replaceRow(SHENMU_INDICATORS, 7, ["效益指标", "生态效益指标", "无", "", "无"]) }),
      },
      {
        name: 'a row with no 三级 and only "无" as value is filler too (not a value without a name)',
        sheet: shenmuGrid({ indicators: replaceRow(SHENMU_INDICATORS, 7, ["效益指标", "生态效益指标", "", "", "无"]) }),
      },
      {
        name: "a 长期 project with both value columns filled",
        sheet: shenmuGrid({ fields: { 项目期限: "长期" }, indicators: withImplementationValues(SHENMU_INDICATORS) }),
      },
    ],
    invalid: [
      {
        name: "a 三级 without a value",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 1, ["产出指标", "质量指标", "系统维护验收合格率", "", ""]),
        }),
        errors: [
          {
            messageId: "noValue",
            cell: "F26",
            params: { name: "系统维护验收合格率", period: "年度" },
            related: ["D26"],
            severity: "error",
          },
        ],
      },
      {
        name: "a value with no 三级 name (神木)",
        sheet: shenmuGrid({ indicators: replaceRow(SHENMU_INDICATORS, 6, ["效益指标", "社会效益指标", "", "", "≥99%"]) }),
        errors: [{ messageId: "noName", cell: "D31", params: { value: "≥99%" }, related: ["F31"] }],
      },
      {
        name: '乌海 sheet 1: 社会效益指标 has only the value "有效保障"',
        sheet: wuhaiGrid({ indicators: replaceRow(WUHAI_INDICATORS, 6, ["效益指标", "社会效益指标", "", "", "有效保障"]) }),
        errors: [{ messageId: "noName", cell: "G28", params: { value: "有效保障" } }],
      },
      {
        name: "a 长期 project where one row lacks its 实施期 value",
        sheet: shenmuGrid({
          fields: { 项目期限: "长期" },
          indicators: replaceRow(withImplementationValues(SHENMU_INDICATORS), 0, [
            "产出指标",
            "数量指标",
            "运维系统数量",
            "",
            "=3套",
          ]),
        }),
        errors: [{ messageId: "noValue", cell: "E25", params: { period: "实施期" } }],
      },
      {
        name: "乌海 one-year form: a 三级 name typed in the 中长期 half without a value",
        sheet: wuhaiGrid({ indicators: [LONE_LEFT_NAME, ...WUHAI_INDICATORS.slice(1)] }),
        errors: [{ messageId: "noValue", cell: "E22", params: { name: "外调稽核人次" } }],
      },
    ],
  });
});
