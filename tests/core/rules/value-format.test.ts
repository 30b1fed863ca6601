import { valueFormat } from "../../../src/core/rules/value-format";
import {
  CORE_101_ROWS,
  SHENMU_INDICATORS,
  type IndicatorRowSpec,
  replaceRow,
  shenmuGrid,
  withAnnualValue,
  wuhaiGrid,
} from "../helpers/formGrids";
import { runRule, testRule } from "../helpers/ruleTester";

/** The base table with the 年度 value of row `index` (0-based; row 25 + index) replaced. */
const value = (index: number, v: string) => shenmuGrid({ indicators: withAnnualValue(SHENMU_INDICATORS, index, v) });

describe("format/valueFormat.ts", () => {
  testRule(valueFormat, {
    valid: [
      {
        name: "a 时效 target “及时” is vague-qualitative's finding, not a second one here",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 2, ["产出指标", "时效指标", "结算款支付及时性", "", "及时"]),
        }),
      },
      {
        name: "宁乡 2021: a bare value on a row without a 三级 name is indicator-row-complete's finding, not this one",
        sheet: shenmuGrid({ indicators: replaceRow(SHENMU_INDICATORS, 2, ["产出指标", "时效指标", "", "", "88"]) }),
      },
      { name: "operator + number + unit everywhere", sheet: shenmuGrid() },
      { name: "黄石: a unit with its alternative in brackets (≥300台(套))", sheet: value(0, "≥300台(套)") },
      { name: "乌海 base", sheet: wuhaiGrid() },
      { name: 'spaces inside a value ("=3 套", as in 神木)', sheet: value(0, "=3 套") },
      { name: "an immediate duration (当场办结)", sheet: value(2, "当场办结") },
      { name: "a duration written with 内 (24小时内)", sheet: value(2, "24小时内") },
      { name: "a recurring deadline (每月20日前)", sheet: value(3, "每月20日前") },
      { name: "a qualitative end state is not judged here", sheet: value(6, "系统通过等级保护测评") },
      {
        name: 'a qualitative end state that names a standard number ("通过ISO9001认证")',
        sheet: value(1, "通过ISO9001认证"),
      },
    ],
    invalid: [
      {
        name: "南岳 2017: a longer line that says only “on time” (“按时完成教学任务,顺利完成中考”)",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 2, [
            "产出指标",
            "时效指标",
            "教学任务完成时间",
            "",
            "按时完成教学任务,顺利完成中考。",
          ]),
        }),
        errors: [{ messageId: "timeWithoutLimit", cell: "F27", severity: "warning" }],
      },
      {
        name: "保山 2022: a 时效 target in words only (“按时限完成”)",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 2, ["产出指标", "时效指标", "春节前完成走访慰问", "", "按时限完成"]),
        }),
        errors: [{ messageId: "timeWithoutLimit", cell: "F27", severity: "warning" }],
      },
      {
        name: "吕梁: a range “18—54周岁” is one bound too many, not a sentence (a warning)",
        sheet: value(1, "18—54周岁"),
        errors: [{ messageId: "range", cell: "F26", severity: "warning", suggestion: null }],
      },
      {
        name: 'the value repeats the indicator name: "医保基金使用率≥98%"',
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 6, ["效益指标", "社会效益指标", "医保基金使用率", "", "医保基金使用率≥98%"]),
        }),
        errors: [
          {
            messageId: "extraText",
            cell: "F31",
            params: { value: "医保基金使用率≥98%", extra: "医保基金使用率" },
            suggestion: "≥98%",
            severity: "error",
          },
        ],
      },
      {
        name: 'words after the number: "≥250次完成"',
        sheet: value(0, "≥250次完成"),
        errors: [{ messageId: "extraText", cell: "F25", params: { extra: "完成" }, suggestion: "≥250次" }],
      },
      {
        // First probe §1.3: "3" where "=3套" was meant lost its unit and the 单价×数量 check with it.
        name: 'a bare "3" under 数量指标: operator and unit both missing, one finding (no guessed unit is written)',
        sheet: value(0, "3"),
        errors: [{ messageId: "missingOperatorAndUnit", cell: "F25", suggestion: null, severity: "warning" }],
      },
      {
        name: 'no operator on a rate: "95%" → ≥95%',
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 6, ["效益指标", "社会效益指标", "医保结算系统可用率", "", "95%"]),
        }),
        errors: [{ messageId: "missingOperator", cell: "F31", suggestion: "≥95%", severity: "warning" }],
      },
      {
        name: 'no operator on an exact compliance rate: "100%" 验收合格率 → =100%',
        sheet: value(1, "100%"),
        errors: [{ messageId: "missingOperator", cell: "F26", suggestion: "=100%" }],
      },
      {
        name: 'no operator on a 101号 经济成本 amount: "48万元" → ≤48万元',
        sheet: shenmuGrid({ indicators: withAnnualValue(CORE_101_ROWS, 0, "48万元") }),
        errors: [{ messageId: "missingOperator", cell: "F25", suggestion: "≤48万元" }],
      },
      {
        name: 'no unit: "≥99"',
        sheet: value(6, "≥99"),
        errors: [{ messageId: "missingUnit", cell: "F31", params: { value: "≥99" }, suggestion: null }],
      },
      {
        name: 'unit in the name (乌海 "个人账户补助（元/人/年）" with "4000")',
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 5, ["产出指标", "成本指标", "个人账户补助（元/人/年）", "", "4000"]),
        }),
        errors: [
          {
            messageId: "unitInName",
            cell: "F30",
            params: { unit: "元/人/年", value: "4000" },
            suggestion: "≤4000元/人/年",
            related: ["D30"],
          },
        ],
      },
      {
        name: '秀屿 2025: the operator written, the unit only in the name ("开展修复工程(个)" with "≥1")',
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 0, ["产出指标", "数量指标", "开展修复工程(个)", "", "≥1"]),
        }),
        errors: [
          {
            messageId: "unitOnlyInName",
            cell: "F25",
            severity: "warning",
            params: { unit: "个", value: "≥1" },
            suggestion: "≥1个",
            related: ["D25"],
          },
        ],
      },
      {
        name: 'a time limit written as a sentence: "故障发生24小时内维护完成"',
        sheet: value(2, "故障发生24小时内维护完成"),
        errors: [{ messageId: "sentence", cell: "F27", suggestion: "≤24小时", severity: "info" }],
      },
      {
        name: 'a date without 前: "2021.12.31" (乌海 项目资金到位时间)',
        sheet: value(3, "2021.12.31"),
        errors: [{ messageId: "deadlineBound", cell: "F28", suggestion: "2021.12.31前" }],
      },
    ],
  });
});

describe("format/valueFormat.ts: the unit a bare number most likely has (advice only)", () => {
  const fixFor = (sheet: ReturnType<typeof shenmuGrid>, cell: string) =>
    runRule(valueFormat, sheet).find((d) => d.cell === cell && d.messageId === "missingOperatorAndUnit")?.fix;

  it("names the unit the 成本 price is per (≤48万元 is a lump sum here, so none) or the group's other 数量 values", () => {
    // The base table has one 数量 row and lump-sum costs: nothing says which unit.
    expect(fixFor(value(0, "3"), "F25")).toBe("写成“符号+数值+单位”，如“=3套”“≥95%”。");
    // A second 数量 row written "=2套": the same group counts in 套.
    const rows: IndicatorRowSpec[] = [
      ["产出指标", "数量指标", "运维系统数量", "", "3"],
      ["产出指标", "数量指标", "医疗报销系统数", "", "=2套"],
      ...SHENMU_INDICATORS.slice(1),
    ];
    expect(fixFor(shenmuGrid({ indicators: rows }), "F25")).toBe("同组指标的单位是“套”，可写成“=3套”；请按实际计量单位确认。");
    // A price per 套 and no other 数量 value.
    const priced = replaceRow(SHENMU_INDICATORS, 4, ["产出指标", "成本指标", "系统维护费", "", "≤16万元/套/年"]);
    expect(fixFor(shenmuGrid({ indicators: withAnnualValue(priced, 0, "3") }), "F25")).toBe(
      "同组指标的单位是“套”，可写成“=3套”；请按实际计量单位确认。",
    );
  });
});
