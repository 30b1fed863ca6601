import { operatorDirection } from "../../../src/core/rules/operator-direction";
import { CORE_101_ROWS, SHENMU_INDICATORS, replaceRow, shenmuGrid, withAnnualValue, wuhaiGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

const value = (index: number, v: string) => shenmuGrid({ indicators: withAnnualValue(SHENMU_INDICATORS, index, v) });
const row = (index: number, r: [string, string, string, string, string]) =>
  shenmuGrid({ indicators: replaceRow(SHENMU_INDICATORS, index, r) });

/** 甘其毛都 2024's columns: 三级 | 指标性质 (正向/反向) | 指标方向 (operator words) | 年度指标值 | 计量单位. */
const directed = (direction: string, operator: string, name = "宣传美工制作个数", level2 = "数量指标") => ({
  name: "表",
  grid: [
    ["项目支出绩效自评表(2024年度)", null, null, null, null, null, null, null],
    ["项目名称", "自然资源业务支出项目", null, null, null, null, null, null],
    ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "年度指标值", "实际完成值", "计量单位"],
    ["产出指标", "数量指标", "租车次数", "正向", "大于等于", 1, 1, "次"],
    ["产出指标", level2, name, direction, operator, 1, 1, "个"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "正向", "大于等于", 90, 95, "%"],
  ],
  merges: [],
});

describe("format/operatorDirection.ts", () => {
  testRule(operatorDirection, {
    valid: [
      { name: "安全事故零发生 = 0起", sheet: row(7, ["效益指标", "可持续影响指标", "安全事故零发生", "", "=0起"]) },
      {
        name: "无障碍 and 无害化 are words of their own, not “none”",
        sheet: row(6, ["效益指标", "社会效益指标", "无害化处理事故隐患排查次数", "", "≥5次"]),
      },
      { name: "= for 数量, ≤ for 成本, =0 for 事故次数", sheet: shenmuGrid() },
      { name: "a 正向 indicator with 大于等于", sheet: directed("正向", "大于等于") },
      { name: "a 反向 cost with 小于等于", sheet: directed("反向", "小于等于", "宣传品单价", "成本指标") },
      { name: "乌海 base", sheet: wuhaiGrid() },
      {
        name: "东莞 2019: a rate in the cost slot (预算(或投资规模)控制指标 › 年度预算执行率 ≥90%) is rightly a floor",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 5, ["产出指标", "预算(或投资规模)控制指标", "年度预算执行率", "", "≥90%"]),
        }),
      },
      { name: "101号 base (经济成本 caps with ≤)", sheet: shenmuGrid({ indicators: CORE_101_ROWS }) },
      { name: "≥ for 数量", sheet: value(0, "≥3套") },
      {
        name: "a 数量 cap named as such (参保人数上限 ≤1850人)",
        sheet: row(0, ["产出指标", "数量指标", "资助参保人数上限", "", "≤1850人"]),
      },
      {
        name: "a negative event capped with ≤ (投诉次数 ≤1次)",
        sheet: row(6, ["效益指标", "社会效益指标", "参保人员投诉次数", "", "≤1次"]),
      },
      { name: "成本 at a fixed standard (=75元/人/年)", sheet: value(5, "=75元/人/年") },
      {
        name: "全椒 2022: a mandated minimum (生均公用经费基准定额 ≥650元/生·年) is a floor",
        sheet: row(5, ["产出指标", "成本指标", "小学生均公用经费基准定额", "", "≥650元/生·年"]),
      },
      {
        // DOMAIN V-4: negative-event counts (事故/投诉/故障次数) use ≤ or =0 — also when filed under 数量指标.
        name: "a negative-event count under 数量指标 capped with ≤ (系统故障次数 ≤5次)",
        sheet: row(0, ["产出指标", "数量指标", "系统故障次数", "", "≤5次"]),
      },
    ],
    invalid: [
      {
        name: "保山 2022: the name promises none (年内无群体性事件发生), the value allows four (小于5次)",
        sheet: row(6, ["效益指标", "社会效益指标", "年内无群体性事件发生", "", "小于5次"]),
        errors: [
          {
            messageId: "noneAllowsSome",
            cell: "F31",
            severity: "warning",
            params: { name: "年内无群体性事件发生", value: "小于5次", number: 5, unit: "次" },
          },
        ],
      },
      {
        name: "安全事故零发生 with a ceiling of 2",
        sheet: row(7, ["效益指标", "可持续影响指标", "安全事故零发生", "", "≤2起"]),
        errors: [{ messageId: "noneAllowsSome", cell: "F32", params: { number: 2 } }],
      },
      {
        name: "甘其毛都 2024: 正向 beside 小于等于 (the direction column contradicts the operator)",
        sheet: directed("正向", "小于等于"),
        errors: [
          {
            messageId: "directionContradicts",
            cell: "F5",
            related: ["E5", "D5"],
            severity: "warning",
            params: { name: "宣传美工制作个数", direction: "正向", value: "小于等于" },
          },
        ],
      },
      {
        name: "a 反向 indicator with ≥",
        sheet: directed("反向", "大于等于", "安全事故发生次数", "质量指标"),
        errors: [{ messageId: "directionContradicts", cell: "F5", params: { meaning: "越小越好" } }],
      },
      {
        name: '数量 "≤1850人" (神木 P3)',
        sheet: row(0, ["产出指标", "数量指标", "资助参保人数", "", "≤1850人"]),
        errors: [
          {
            messageId: "quantityCap",
            cell: "F25",
            params: { name: "资助参保人数", value: "≤1850人" },
            suggestion: "=1850人",
            severity: "error",
          },
        ],
      },
      {
        name: '数量 "不超过25000张"',
        sheet: row(0, ["产出指标", "数量指标", "制卡数量", "", "不超过25000张"]),
        errors: [{ messageId: "quantityCap", cell: "F25", suggestion: "=25000张" }],
      },
      {
        name: '数量 "<250次"',
        sheet: row(0, ["产出指标", "数量指标", "下乡核查次数", "", "<250次"]),
        errors: [{ messageId: "quantityCap", cell: "F25", suggestion: "=250次" }],
      },
      {
        name: '成本 "≥10万元"',
        sheet: value(5, "≥10万元"),
        errors: [
          { messageId: "costFloor", cell: "F30", params: { name: "巡检服务费" }, suggestion: "≤10万元", severity: "warning" },
        ],
      },
      {
        name: '101号 table: 经济成本指标 "≥48万元"',
        sheet: shenmuGrid({ indicators: withAnnualValue(CORE_101_ROWS, 0, "≥48万元") }),
        errors: [
          { messageId: "costFloor", cell: "F25", params: { name: "系统维护费" }, suggestion: "≤48万元", severity: "warning" },
        ],
      },
      {
        name: "a negative event with a floor: 投诉次数 ≥1次",
        sheet: row(6, ["效益指标", "社会效益指标", "参保人员投诉次数", "", "≥1次"]),
        errors: [{ messageId: "negativeFloor", cell: "F31", suggestion: "≤1次", severity: "warning" }],
      },
      {
        name: "in the 实施期 column too",
        sheet: shenmuGrid({
          fields: { 项目期限: "长期" },
          indicators: replaceRow(SHENMU_INDICATORS, 0, ["产出指标", "数量指标", "运维系统数量", "≤3套", "=3套"]),
        }),
        errors: [{ messageId: "quantityCap", cell: "E25", suggestion: "=3套" }],
      },
    ],
  });
});

describe("format/operatorDirection.ts — reduction rates and written names", () => {
  testRule(operatorDirection, {
    valid: [
      {
        name: "金寨 2021: handling complaints is more-is-better (投诉办结率 ≥95%)",
        sheet: row(6, ["效益指标", "社会效益指标", "安置小区居民投诉办结率", "", "≥95%"]),
      },
      {
        name: "a reduction rate of failures is more-is-better (神木: 系统故障发生降低率 ≥90%)",
        sheet: row(6, ["效益指标", "社会效益指标", "系统故障发生降低率", "", "≥90%"]),
      },
      { name: "a repair rate (故障修复率 ≥95%)", sheet: row(6, ["效益指标", "社会效益指标", "故障修复率", "", "≥95%"]) },
    ],
    invalid: [
      {
        name: "南岳 2023: an overdue rate with a floor (逾期发放率 ≥5%)",
        sheet: row(6, ["效益指标", "社会效益指标", "补助资金逾期发放率", "", "≥5%"]),
        errors: [{ messageId: "negativeFloor", cell: "F31", suggestion: "≤5%", severity: "warning" }],
      },
      {
        name: "a failure count with ≥ (系统故障次数 ≥2次)",
        sheet: row(6, ["效益指标", "社会效益指标", "系统故障次数", "", "≥2次"]),
        errors: [{ messageId: "negativeFloor", cell: "F31", suggestion: "≤2次", severity: "warning" }],
      },
      {
        name: "the suggestion drops a repeated name (参保人数≤1850人 → =1850人)",
        sheet: value(0, "参保人数≤1850人"),
        errors: [{ messageId: "quantityCap", cell: "F25", suggestion: "=1850人" }],
      },
    ],
  });
});
