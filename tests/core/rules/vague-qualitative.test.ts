import { vagueQualitative } from "../../../src/core/rules/vague-qualitative";
import { SHENMU_INDICATORS, WUHAI_INDICATORS, replaceRow, shenmuGrid, withAnnualValue, wuhaiGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

const value = (index: number, v: string) => shenmuGrid({ indicators: withAnnualValue(SHENMU_INDICATORS, index, v) });

describe("format/vagueQualitative.ts", () => {
  testRule(vagueQualitative, {
    valid: [
      {
        name: "裕安 2022: a 级别 is named, not counted (修缮级别 | 市级保护单位)",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 0, ["产出指标", "数量指标", "修缮级别", "", "市级保护单位"]),
        }),
      },
      { name: "quantitative values only", sheet: shenmuGrid() },
      { name: "an observable state (按月足额发放)", sheet: value(6, "按月足额发放") },
      { name: "an observable end state (系统通过验收并投入使用)", sheet: value(1, "系统通过验收并投入使用") },
      { name: "filler 无 is not judged here", sheet: value(7, "无") },
      { name: "乌海 base", sheet: wuhaiGrid() },
      {
        name: "a yes/no question answered 是 (是否按期完成 | 是)",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 6, ["效益指标", "社会效益指标", "是否按期投入使用", "", "是"]),
        }),
      },
    ],
    invalid: [
      {
        name: "临海 2024: 是 as the target of an effect that asks nothing (社会效益 | 是)",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 6, ["效益指标", "社会效益指标", "满足市民生存环境的需求", "", "是"]),
        }),
        errors: [
          {
            messageId: "answerOnly",
            cell: "F31",
            related: ["D31"],
            severity: "warning",
            params: { value: "是", name: "满足市民生存环境的需求" },
          },
        ],
      },
      {
        name: "黄石 2022: the target repeats the indicator's name (指导城市建设 | 指导城市建设)",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 6, ["效益指标", "社会效益指标", "指导城市建设", "", "指导城市建设"]),
        }),
        errors: [{ messageId: "restatesName", cell: "F31", related: ["D31"], severity: "warning" }],
      },
      {
        name: "a numbered name copied without its number (“2.指导城市建设” | “指导城市建设”)",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 6, ["效益指标", "社会效益指标", "2.指导城市建设", "", "指导城市建设"]),
        }),
        errors: [{ messageId: "restatesName", cell: "F31", related: ["D31"], severity: "warning" }],
      },
      {
        name: '乌海 sheet 1: 社会效益 "有效保障"',
        sheet: wuhaiGrid({
          indicators: replaceRow(WUHAI_INDICATORS, 6, ["效益指标", "社会效益指标", "医保基金安全", "", "有效保障"]),
        }),
        errors: [{ messageId: "vague", cell: "H28", params: { value: "有效保障", words: "有效保障" }, severity: "warning" }],
      },
      {
        name: '乌海 sheet 1: 可持续影响 "长期"',
        sheet: value(7, "长期"),
        errors: [{ messageId: "vague", cell: "F32", params: { words: "长期" } }],
      },
      {
        name: '时效 "及时"',
        sheet: value(2, "及时"),
        errors: [{ messageId: "vague", cell: "F27", params: { words: "及时" } }],
      },
      {
        name: '"显著显著" (乌海 sheet 5) and "影响明显"',
        sheet: shenmuGrid({ indicators: withAnnualValue(withAnnualValue(SHENMU_INDICATORS, 6, "显著显著"), 7, "影响明显") }),
        errors: [
          { messageId: "vague", cell: "F31", params: { words: "显著" } },
          { messageId: "vague", cell: "F32", params: { words: "明显" } },
        ],
      },
      {
        name: 'a 数量 written in words ("若干")',
        sheet: value(0, "若干"),
        errors: [
          { messageId: "textForNumber", cell: "F25", params: { level2: "数量指标", name: "运维系统数量", value: "若干" } },
        ],
      },
      {
        name: 'a 成本 written in words ("按合同价")',
        sheet: value(4, "按合同价"),
        errors: [{ messageId: "textForNumber", cell: "F29", params: { level2: "成本指标" } }],
      },
    ],
  });
});
