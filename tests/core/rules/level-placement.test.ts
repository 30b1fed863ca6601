import { levelPlacement } from "../../../src/core/rules/level-placement";
import { CORE_101_ROWS, SHENMU_INDICATORS, WUHAI_INDICATORS, replaceRow, shenmuGrid, wuhaiGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

describe("format/levelPlacement.ts", () => {
  testRule(levelPlacement, {
    valid: [
      { name: "88号 labels under their own 一级", sheet: shenmuGrid() },
      { name: "乌海 base", sheet: wuhaiGrid() },
      {
        name: "a blank unmerged 一级 filled from the rows above is blank-level-cell's (鄂州 2019), not a misplacement",
        sheet: shenmuGrid({
          mergeLevels: false,
          indicators: replaceRow(SHENMU_INDICATORS, 6, ["", "社会效益指标", "医保结算系统可用率", "", "≥99%"]),
        }),
      },
      { name: "a 101号 table (成本指标 › 经济成本指标) detected as 101号", sheet: shenmuGrid({ indicators: CORE_101_ROWS }) },
      {
        name: "label variants: 效果指标 as 一级, OCR 质里指标, 满意度指标（10分）",
        sheet: shenmuGrid({
          indicators: [
            SHENMU_INDICATORS[0],
            ["产出指标", "质里指标", "系统维护验收合格率", "", "=100%"],
            ...SHENMU_INDICATORS.slice(2, 6),
            ["效果指标", "社会效益指标", "医保结算系统可用率", "", "≥99%"],
            ["效果指标", "可持续影响指标", "数据安全事故次数", "", "=0次"],
            ["满意度指标（10分）", "服务对象满意度指标", "系统使用人员满意度", "", "≥95%"],
          ],
        }),
      },
    ],
    invalid: [
      {
        name: "社会效益指标 under 产出指标",
        sheet: shenmuGrid({
          indicators: [
            ...SHENMU_INDICATORS.slice(0, 6),
            ["产出指标", "社会效益指标", "医保结算系统可用率", "", "≥99%"],
            ...SHENMU_INDICATORS.slice(7),
          ],
        }),
        errors: [
          {
            messageId: "misplaced",
            cell: "C31",
            params: { level2: "社会效益指标", expected: "效益指标", level1: "产出指标" },
            related: ["B25"],
            severity: "warning",
          },
        ],
      },
      {
        name: 'an unknown 二级 ("工作指标")',
        sheet: shenmuGrid({ indicators: replaceRow(SHENMU_INDICATORS, 7, ["效益指标", "工作指标", "宣传活动场次", "", "≥5场"]) }),
        errors: [{ messageId: "unknown", cell: "C32", params: { level2: "工作指标" } }],
      },
      {
        name: "乌海 layout: 服务对象满意度指标 under the merged 效益指标 一级 (both halves)",
        sheet: wuhaiGrid({
          indicators: replaceRow(WUHAI_INDICATORS, 7, ["效益指标", "服务对象满意度指标", "参保人满意度", "", "≥95%"]),
        }),
        errors: [{ messageId: "localTemplate", cell: "F29", params: { level1: "效益指标" }, severity: "info" }],
      },
      {
        name: "101号 table: 成本指标 left as a 二级 under 产出指标",
        sheet: shenmuGrid({ indicators: [...CORE_101_ROWS, ["产出指标", "成本指标", "单套系统年维护费", "", "≤16万元/套/年"]] }),
        errors: [{ messageId: "unknown", cell: "C32", params: { level2: "成本指标" } }],
      },
      {
        name: "101号 table: 经济成本指标 under 产出指标",
        sheet: shenmuGrid({
          indicators: [
            ...CORE_101_ROWS.slice(0, 3),
            ["产出指标", "经济成本指标", "巡检服务费", "", "≤2万元"],
            ...CORE_101_ROWS.slice(3),
          ],
        }),
        errors: [{ messageId: "misplaced", cell: "C28", params: { expected: "成本指标", level1: "产出指标" } }],
      },
    ],
  });
});
