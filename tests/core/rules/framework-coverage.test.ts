import { frameworkCoverage } from "../../../src/core/rules/framework-coverage";
import {
  CORE_101_ROWS,
  type IndicatorRowSpec,
  SHENMU_INDICATORS,
  WUHAI_INDICATORS,
  replaceRow,
  shenmuGrid,
  wuhaiGrid,
} from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";
import { SELF_EVAL_ROWS, selfEvalGrid } from "../helpers/selfEvalGrid";

/** The base rows without the rows at `indexes`. */
const without = (rows: readonly IndicatorRowSpec[], ...indexes: number[]) => rows.filter((_, i) => !indexes.includes(i));

describe("missing/frameworkCoverage.ts", () => {
  testRule(frameworkCoverage, {
    valid: [
      { name: "every required 一级/二级 has a 三级 (88号)", sheet: shenmuGrid() },
      { name: "乌海: judged on the filled 年度 half only", sheet: wuhaiGrid() },
      { name: "101号 table with 成本指标 › 经济成本指标", sheet: shenmuGrid({ indicators: CORE_101_ROWS }) },
      {
        name: "效益 needs only one of 经济/社会/生态/可持续 (only 社会效益 filled)",
        sheet: shenmuGrid({ indicators: without(SHENMU_INDICATORS, 7) }),
      },
      {
        name: "乌海 one-year form: one 三级 name in the otherwise empty 中长期 half does not make that half judged",
        sheet: wuhaiGrid({
          indicators: [
            { level1: "产出指标", left: ["数量指标", "外调稽核人次", ""], right: ["数量指标", "外调稽核人次", "≥120人次"] },
            ...WUHAI_INDICATORS.slice(1),
          ],
        }),
      },
      {
        name: "OCR variants of the 二级 labels (数里指标, 质星指标) are recognised",
        sheet: shenmuGrid({
          indicators: replaceRow(replaceRow(SHENMU_INDICATORS, 0, ["产出指标", "数里指标", "运维系统数量", "", "=3套"]), 1, [
            "产出指标",
            "质星指标",
            "系统维护验收合格率",
            "",
            "=100%",
          ]),
        }),
      },
    ],
    invalid: [
      {
        name: "彭水 2024: a fund-management self-evaluation (项目预算管理 › 资金投入 …): another system, said once, no gaps",
        sheet: selfEvalGrid({
          rows: [
            ["项目预算管理(20分)", "资金投入", "预算编制科学性", 10, "编制规范", "编制规范", 10, ""],
            ["项目预算管理(20分)", "资金投入", "预算资金安排", 10, "按时安排", "按时安排", 10, ""],
            ["项目预算管理(20分)", "资金下达", "资金发放及时性", 10, "30日内下达", "25日下达", 10, ""],
            ["项目实施管理(70分)", "资金管理", "资金使用合规性", 70, "合规", "合规", 70, ""],
          ],
        }),
        errors: [{ messageId: "otherSystem", cell: "B9", severity: "info" }],
      },
      {
        name: "no 数量指标 under 产出指标",
        sheet: shenmuGrid({ indicators: without(SHENMU_INDICATORS, 0) }),
        errors: [
          // Marked on the group's 一级 label (产出指标), not on another 二级's row.
          { messageId: "level2Absent", cell: "B25", params: { level1: "产出指标", level2: "数量指标" }, severity: "error" },
        ],
      },
      {
        name: "徽州 2025: a self-evaluation without 时效指标, a required 二级 (its author cannot add targets now): an info too",
        sheet: selfEvalGrid({ rows: SELF_EVAL_ROWS.filter((r) => r[1] !== "时效指标") }),
        errors: [{ messageId: "level2Absent", params: { level2: "时效指标" }, severity: "info", cell: "B10" }],
      },
      {
        name: "古城 2020: a self-evaluation without 成本指标 (its targets were set the year before): an info",
        sheet: selfEvalGrid({ rows: SELF_EVAL_ROWS.filter((r) => r[1] !== "成本指标") }),
        errors: [{ messageId: "level2Absent", cell: "B10", params: { level2: "成本指标" }, severity: "info" }],
      },
      {
        name: "no 成本指标 under 产出指标 (recommended: warning)",
        sheet: shenmuGrid({ indicators: without(SHENMU_INDICATORS, 4, 5) }),
        errors: [{ messageId: "level2Absent", cell: "B25", params: { level2: "成本指标" }, severity: "warning" }],
      },
      {
        name: "no 满意度指标 at all",
        sheet: shenmuGrid({ indicators: without(SHENMU_INDICATORS, 8) }),
        errors: [{ messageId: "level1Absent", cell: "B24", params: { level1: "满意度指标" }, severity: "error" }],
      },
      {
        name: "no 满意度指标, but a 一级 the reader does not know (群众评价): said as a question (info), not an error",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 8, ["群众评价", "群众评价", "系统使用人员满意度", "", "≥95%"]),
        }),
        errors: [
          {
            messageId: "level1Unsure",
            cell: "B24",
            params: { level1: "满意度指标", names: "群众评价" },
            severity: "info",
          },
        ],
      },
      {
        name: "no 质量指标, and a quality rate (设备验收合格率) written under 数量指标: said at that row",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 1, ["产出指标", "数量指标", "系统维护验收合格率", "", "=100%"]),
        }),
        errors: [
          {
            messageId: "level2Misfiled",
            cell: "D26",
            params: { level2: "质量指标", name: "系统维护验收合格率", written: "数量指标" },
            severity: "error",
          },
        ],
      },
      {
        name: "no 数量指标, but a 二级 under 产出 the reader does not know (产出规模): info",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 0, ["产出指标", "产出规模", "运维系统数量", "", "=3套"]),
        }),
        errors: [
          {
            messageId: "level2Unsure",
            cell: "B25",
            params: { level1: "产出指标", level2: "数量指标", names: "产出规模" },
            severity: "info",
          },
        ],
      },
      {
        name: '效益 rows only hold "无 / 无" filler',
        sheet: shenmuGrid({
          indicators: replaceRow(replaceRow(SHENMU_INDICATORS, 6, ["效益指标", "社会效益指标", "无", "", "无"]), 7, [
            "效益指标",
            "生态效益指标",
            "无",
            "",
            "无",
          ]),
        }),
        errors: [{ messageId: "level2AbsentOptional", cell: "B31", params: { level1: "效益指标" } }],
      },
      {
        name: "乌海: the 年度 half has no 时效指标 row",
        sheet: wuhaiGrid({ indicators: without(WUHAI_INDICATORS, 2) }),
        errors: [{ messageId: "level2Absent", cell: "B22", params: { level2: "时效指标" }, severity: "error" }],
      },
      {
        name: "the 88号 base checked against 101号: 成本指标 is missing as a 一级",
        sheet: shenmuGrid(),
        framework: "core-101",
        errors: [{ messageId: "level1Absent", cell: "B24", params: { level1: "成本指标" } }],
      },
      {
        name: "101号 table (detected) without 数量指标",
        sheet: shenmuGrid({ indicators: without(CORE_101_ROWS, 2) }),
        errors: [{ messageId: "level2Absent", cell: "B27", params: { level1: "产出指标", level2: "数量指标" } }],
      },
    ],
  });
});
