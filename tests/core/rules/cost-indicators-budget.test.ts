import { costIndicatorsBudget } from "../../../src/core/rules/cost-indicators-budget";
import {
  CORE_101_ROWS,
  type IndicatorRowSpec,
  SHENMU_INDICATORS,
  WUHAI_INDICATORS,
  replaceRow,
  shenmuGrid,
  withAnnualValue,
  wuhaiGrid,
} from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

/** 神木 系统升级维护费 as published: one unit-cost row "≤17万元/套/年" over 3 套. */
const PER_SYSTEM: IndicatorRowSpec[] = [
  SHENMU_INDICATORS[0], // =3套
  SHENMU_INDICATORS[1],
  SHENMU_INDICATORS[2],
  SHENMU_INDICATORS[3],
  ["产出指标", "成本指标", "单套系统年维护费", "", "≤17万元/套/年"], // row 29
  ...SHENMU_INDICATORS.slice(6),
];

/** 神木 制卡费: 色带 and 磁卡 with their counts (rows 25–30). */
const CARD_ROWS = (ribbonPrice: string): IndicatorRowSpec[] => [
  ["产出指标", "数量指标", "制卡数量", "", "=25000张"], // 25
  ["产出指标", "数量指标", "卡用色带采购数量", "", "≤2000卷"], // 26
  ["产出指标", "质量指标", "制卡合格率", "", "=100%"], // 27
  ["产出指标", "时效指标", "补换卡办结时限", "", "当场办结"], // 28
  ["产出指标", "成本指标", "单卡工本费", "", "≤2元/张"], // 29
  ["产出指标", "成本指标", "色带单价", "", ribbonPrice], // 30
  ["效益指标", "社会效益指标", "参保人员持卡率", "", "≥98%"], // 31
  ["满意度指标", "服务对象满意度指标", "参保人员满意度", "", "≥95%"], // 32
];
const CARD_FIELDS = {
  项目名称: "制卡费",
  项目预算: 15,
  实施期资金总额: 15,
  实施期财政拨款: 15,
  年度资金总额: 15,
  年度财政拨款: 15,
  经费测算: "卡用色带2000卷费用10万，磁卡2.5万张费用5万，合计15万",
};

/** A one-year form of budget `budget` whose only 数量 and 成本 rows are a head count and a price per person (row 28). */
function perPersonForm(budget: number, quantity: [string, string], cost: [string, string]) {
  return shenmuGrid({
    fields: { 项目预算: budget, 经费测算: "" },
    cells: { F18: budget, F19: budget },
    indicators: [
      ["产出指标", "数量指标", quantity[0], "", quantity[1]],
      SHENMU_INDICATORS[1],
      SHENMU_INDICATORS[2],
      ["产出指标", "成本指标", cost[0], "", cost[1]],
      ...SHENMU_INDICATORS.slice(6).filter((r) => r[1] !== "成本指标"),
    ],
  });
}

describe("inconsistent/costIndicatorsBudget.ts", () => {
  testRule(costIndicatorsBudget, {
    valid: [
      {
        name: "a ceiling no 测算 line prices is the average rounded up: ≤17万元/套/年 × 3套 = 51 against 50 (50 ÷ 3 = 16.67)",
        sheet: shenmuGrid({ fields: { 经费测算: "按合同约定维护三套系统，费用据实结算" }, indicators: PER_SYSTEM }),
      },
      {
        name: "武川: a cap named as the whole (项目总成本 ≤50万元) is not added to its part (系统维护费 ≤48万元)",
        sheet: shenmuGrid({
          indicators: replaceRow(CORE_101_ROWS, 1, ["成本指标", "经济成本指标", "项目总成本", "", "≤50万元"]),
        }),
      },
      { name: "caps 48 + 2 = budget 50, each within its 测算 line", sheet: shenmuGrid() },
      {
        name: "a budget that reads #DIV/0! is unknown, never 0: nothing is derived from it (no “单价上限应不超过 0 万元”)",
        sheet: shenmuGrid({
          fields: { 项目预算: "#DIV/0!", 经费测算: "" },
          cells: { D18: "#DIV/0!", F18: "#DIV/0!" },
          indicators: PER_SYSTEM,
        }),
      },
      {
        name: "乌海 聘用: a cap “<7.4万元” per person × “>5人” leaves room below the cap: no contradiction",
        sheet: perPersonForm(37, ["招聘人员", ">5人"], ["人均费用", "<7.4万元/人"]),
      },
      { name: "乌海: caps 4 + 8 within 项目资金总额 15", sheet: wuhaiGrid() },
      { name: "101号 table: 经济成本指标 caps 48 + 2 = budget 50", sheet: shenmuGrid({ indicators: CORE_101_ROWS }) },
      {
        name: "3套 × ≤16万元/套/年 = 48 within the budget of 50",
        sheet: shenmuGrid({ indicators: withAnnualValue(PER_SYSTEM, 4, "≤16万元/套/年") }),
      },
      {
        name: "制卡费: 2元/张 × 25000张 = 5万 and 50元/卷 × 2000卷 = 10万 match their 测算 lines",
        sheet: shenmuGrid({ fields: CARD_FIELDS, indicators: CARD_ROWS("≤50元/卷") }),
      },
      {
        name: "神木 P3: 人均 ≤996元/人/年 × 1850人 = the two 测算 lines counting 1850人 (166.5 + 17.76)",
        sheet: shenmuGrid({
          fields: {
            项目预算: 185,
            实施期资金总额: 185,
            实施期财政拨款: 185,
            年度资金总额: 185,
            年度财政拨款: 185,
            经费测算: "人均缴费基数（3000元）*缴费比例（0.025）*12个月*1850人+大病保险（96元）*1850人=185万",
          },
          indicators: [
            ["产出指标", "数量指标", "资助参保人数", "", "=1850人"],
            ...SHENMU_INDICATORS.slice(1, 4),
            ["产出指标", "成本指标", "人均补助标准", "", "≤996元/人/年"],
            ...SHENMU_INDICATORS.slice(6),
          ],
        }),
      },
      {
        name: "a cost floor (≥) is left to operator-direction, not summed as a cap",
        sheet: shenmuGrid({ indicators: withAnnualValue(SHENMU_INDICATORS, 4, "≥60万元") }),
      },
    ],
    invalid: [
      {
        name: "a monthly price: 3套 × ≤1.5万元/套/月 × 12 months = 54 over the 项目预算 of 50",
        sheet: shenmuGrid({
          fields: { 经费测算: "" },
          indicators: replaceRow(PER_SYSTEM, 4, ["产出指标", "成本指标", "单套系统月维护费", "", "≤1.5万元/套/月"]),
        }),
        errors: [{ messageId: "unitOverBudget", cell: "F29", params: { product: "54", qty: "3" } }],
      },
      {
        name: "a monthly cap: ≤5万元/月 × 12 months = 60 over 50 — an estimate (a ceiling per month, months assumed): info",
        sheet: shenmuGrid({
          fields: { 经费测算: "" },
          indicators: replaceRow(PER_SYSTEM, 4, ["产出指标", "成本指标", "月度运维费用", "", "≤5万元/月"]),
        }),
        errors: [{ messageId: "capsOverBudget", cell: "F29", params: { sum: "60" }, severity: "info" }],
      },
      {
        name: "a price per 亩 with no 亩 quantity: the total cannot be checked (info)",
        sheet: shenmuGrid({
          fields: { 经费测算: "" },
          indicators: replaceRow(PER_SYSTEM, 4, ["产出指标", "成本指标", "流转土地补助标准", "", "≤475元/亩"]),
        }),
        errors: [{ messageId: "unitNoQuantity", cell: "F29", severity: "info", params: { unit: "亩" } }],
      },
      {
        name: "温泉 2019: a subsidy standard 589元/人 × 43230人 = 2546 万元 against 203 万元 — a level's share, noted (info)",
        sheet: perPersonForm(203, ["基本医疗保险参保人数", "≥43230人"], ["基本医疗保险财政补助标准", "=589元/人"]),
        errors: [
          {
            messageId: "unitOverBudgetShared",
            cell: "F28",
            severity: "info",
            params: { product: "2546.247", budget: "203" },
          },
        ],
      },
      {
        name: "a subsidy standard just over the budget is still an inconsistency: 4000元/人 × 281人 = 112.4 against 112",
        sheet: perPersonForm(112, ["离休人员数量", ">280人"], ["离休人员补助标准", "=4000元/人/年"]),
        errors: [{ messageId: "unitOverBudget", cell: "F28", severity: "error", params: { product: "112.4" } }],
      },
      {
        name: '乌海 离退休: ">280人" at exactly 4000元/人/年 is at least 281 × 0.4 = 112.4 over 112',
        sheet: perPersonForm(112, ["离休人员数量", ">280人"], ["个人账户补助", "=4000元/人/年"]),
        errors: [{ messageId: "unitOverBudget", cell: "F28", params: { qty: "＞280（至少 281）", product: "112.4" } }],
      },
      {
        name: "a ceiling no 测算 line prices, more than one unit of its last digit above the average: ≤18万元/套/年 × 3套 = 54 against 50",
        sheet: shenmuGrid({
          fields: { 经费测算: "按合同约定维护三套系统，费用据实结算" },
          indicators: PER_SYSTEM.map((r) =>
            r[2] === "单套系统年维护费" ? ([...r.slice(0, 4), "≤18万元/套/年"] as IndicatorRowSpec) : r,
          ),
        }),
        errors: [{ messageId: "unitOverBudget", cell: "F29", params: { product: "54" } }],
      },
      {
        name: "3套 × ≤17万元/套/年 = 51 over the 项目预算 of 50",
        sheet: shenmuGrid({ fields: { 经费测算: "3套医保系统日常运行维护费17万/套/年" }, indicators: PER_SYSTEM }),
        errors: [
          {
            messageId: "unitOverBudget",
            cell: "F29",
            params: {
              name: "单套系统年维护费",
              price: "≤17万元/套/年",
              qtyName: "运维系统数量",
              qty: "3",
              unit: "套",
              product: "51",
              budgetName: "项目预算",
              budget: "50",
            },
            related: ["F25", "B9", "B5"],
            severity: "error",
          },
        ],
      },
      {
        name: "制卡费: 400元/卷 × ≤2000卷 = 80万 over the 测算 line 卡用色带 10万",
        sheet: shenmuGrid({ fields: CARD_FIELDS, indicators: CARD_ROWS("400元/卷") }),
        errors: [
          {
            messageId: "unitOverLine",
            cell: "F30",
            params: {
              name: "色带单价",
              price: "400元/卷",
              qtyName: "卡用色带采购数量",
              qty: "2000",
              unit: "卷",
              product: "80",
              line: "卡用色带",
              lineAmount: "10",
            },
            related: ["F26", "B9"],
          },
        ],
      },
      {
        name: "a cap above its 测算 line: 巡检服务费 ≤5万元 against 2万",
        sheet: shenmuGrid({ indicators: withAnnualValue(withAnnualValue(SHENMU_INDICATORS, 4, "≤45万元"), 5, "≤5万元") }),
        errors: [
          {
            messageId: "capOverLine",
            cell: "F30",
            params: { name: "巡检服务费", cap: "5", line: "巡检服务费", lineAmount: "2" },
            suggestion: "≤2万元",
            severity: "warning",
          },
        ],
      },
      {
        name: "101号 table: 经济成本指标 caps 48 + 5 = 53 over the budget, 巡检服务费 above its 测算 line",
        sheet: shenmuGrid({ indicators: withAnnualValue(CORE_101_ROWS, 1, "≤5万元") }),
        errors: [
          { messageId: "capOverLine", cell: "F26", params: { name: "巡检服务费", lineAmount: "2" }, suggestion: "≤2万元" },
          { messageId: "capsOverBudget", cell: "F25", params: { sum: "53", budget: "50" }, related: ["F26", "B5"] },
        ],
      },
      {
        name: "乌海: caps 10 + 8 = 18 over 项目资金总额 15",
        sheet: wuhaiGrid({ indicators: withAnnualValue(WUHAI_INDICATORS, 3, "≤10万元") }),
        errors: [
          {
            messageId: "capsOverBudget",
            cell: "H25",
            params: { sum: "18", budgetName: "项目资金总额", budget: "15" },
            related: ["H26", "B13"],
            suggestion: null,
          },
        ],
      },
      {
        name: "乌海: a single lump-sum cap above the budget gets a suggestion",
        sheet: wuhaiGrid({
          indicators: replaceRow(replaceRow(WUHAI_INDICATORS, 4, null), 3, ["产出指标", "成本指标", "项目总成本", "", "≤20万元"]),
        }),
        errors: [{ messageId: "capsOverBudget", cell: "H25", params: { sum: "20", budget: "15" }, suggestion: "≤15万元" }],
      },
    ],
  });
});
