import { blankLevelCell } from "../../../src/core/rules/blank-level-cell";
import { SHENMU_INDICATORS, replaceRow, shenmuGrid, wuhaiGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

describe("missing/blankLevelCell.ts", () => {
  testRule(blankLevelCell, {
    valid: [
      { name: "every 一级/二级 written (merged)", sheet: shenmuGrid() },
      { name: "乌海 base", sheet: wuhaiGrid() },
      {
        name: "unmerged labels: a plain blank 一级 cell under a written one inherits it",
        sheet: shenmuGrid({
          mergeLevels: false,
          indicators: replaceRow(SHENMU_INDICATORS, 1, ["", "质量指标", "系统维护验收合格率", "", "=100%"]),
        }),
      },
      {
        // 望城 2018, 青山 2021: "社会公众或服务对象满意度指标" once merged across 一级 and 二级, that merge undone while the
        // table's others stand — a 一级 name that is also its group's 二级 name names the 二级 too.
        name: "unmerged labels: a 满意度 一级 written as its 二级 name with the 二级 cell blank",
        sheet: shenmuGrid({
          mergeLevels: false,
          indicators: replaceRow(SHENMU_INDICATORS, 8, ["社会公众或服务对象满意度指标", "", "系统使用人员满意度", "", "≥95%"]),
        }),
      },
      {
        name: "a blank level on a wholly empty row is not reported",
        sheet: shenmuGrid({ indicators: [...SHENMU_INDICATORS.slice(0, 8), ["", "", "", "", ""], SHENMU_INDICATORS[8]] }),
      },
    ],
    invalid: [
      {
        name: "鄂州 2019: unmerged labels, the 社会效益 row's 一级 left blank after 产出指标's rows (missing, not misplaced)",
        sheet: shenmuGrid({
          mergeLevels: false,
          indicators: replaceRow(SHENMU_INDICATORS, 6, ["", "社会效益指标", "医保结算系统可用率", "", "≥99%"]),
        }),
        errors: [
          {
            messageId: "level1",
            cell: "B31",
            related: ["C31"],
            params: { level2: "社会效益指标", suggested: "效益指标" },
            suggestion: "效益指标",
            severity: "warning",
          },
        ],
      },
      {
        name: "神木 药品及耗材: 社会效益/可持续影响 rows under a merged blank 一级",
        sheet: shenmuGrid({
          indicators: replaceRow(replaceRow(SHENMU_INDICATORS, 6, ["", "社会效益指标", "医保结算系统可用率", "", "≥99%"]), 7, [
            "",
            "可持续影响指标",
            "数据安全事故次数",
            "",
            "=0次",
          ]),
        }),
        errors: [
          {
            messageId: "level1",
            cell: "B31",
            params: { level2: "社会效益指标", suggested: "效益指标" },
            suggestion: "效益指标",
            severity: "warning",
          },
        ],
      },
      {
        name: "a merged blank 一级 over an unknown 二级",
        sheet: shenmuGrid({
          indicators: [
            ...SHENMU_INDICATORS,
            ["", "工作指标", "宣传活动场次", "", "≥5场"],
            ["", "工作指标", "宣传资料份数", "", "≥2000份"],
          ],
        }),
        errors: [{ messageId: "level1Unknown", cell: "B34", suggestion: null }],
      },
      {
        name: "a merged blank 二级 over the two 成本 rows",
        sheet: shenmuGrid({
          indicators: replaceRow(replaceRow(SHENMU_INDICATORS, 4, ["产出指标", "", "系统维护费", "", "≤48万元"]), 5, [
            "产出指标",
            "",
            "巡检服务费",
            "",
            "≤2万元",
          ]),
        }),
        errors: [{ messageId: "level2", cell: "C29", params: { name: "系统维护费" } }],
      },
      {
        name: "a blank 一级 on the first indicator row (nothing to inherit)",
        sheet: shenmuGrid({
          mergeLevels: false,
          indicators: replaceRow(SHENMU_INDICATORS, 0, ["", "数量指标", "运维系统数量", "", "=3套"]),
        }),
        errors: [{ messageId: "level1", cell: "B25", suggestion: "产出指标" }],
      },
      {
        name: "unmerged labels: a blank 二级 on the first row of a new 一级 group (效益指标)",
        sheet: shenmuGrid({
          mergeLevels: false,
          indicators: replaceRow(SHENMU_INDICATORS, 6, ["效益指标", "", "医保结算系统可用率", "", "≥99%"]),
        }),
        errors: [{ messageId: "level2", cell: "C31", params: { name: "医保结算系统可用率" } }],
      },
    ],
  });
});
