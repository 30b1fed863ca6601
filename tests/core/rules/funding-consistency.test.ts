import { fundingConsistency } from "../../../src/core/rules/funding-consistency";
import { shenmuGrid, wuhaiGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

const SURPLUS_ESTIMATE = "差旅费30万、印刷费25万，减去上年结余5万，合计50万";

describe("inconsistent/fundingConsistency.ts", () => {
  testRule(fundingConsistency, {
    valid: [
      { name: "项目预算 = 年度 = 实施期 = 财政拨款 = 50", sheet: shenmuGrid() },
      { name: "乌海: 总额 15 = 本年度预算申请 15", sheet: wuhaiGrid() },
      {
        name: "年度资金总额 50 = 财政拨款 45 + 其他资金 5",
        sheet: shenmuGrid({ fields: { 年度财政拨款: 45, 年度其他资金: 5 } }),
      },
      {
        name: "测算 nets off 上年结余 and 其他资金 shows it",
        sheet: shenmuGrid({ fields: { 经费测算: SURPLUS_ESTIMATE, 年度财政拨款: 45, 年度其他资金: 5 } }),
      },
      {
        name: "乌海 sheet 6: 总额 40 = 上年度结转 20 + 本年度预算申请 20",
        sheet: wuhaiGrid({ fields: { 项目资金总额: 40, 上年度项目资金结转: 20, 本年度预算申请: 20 } }),
      },
      {
        name: "a multi-year project: 实施期 150 ≥ 年度 50",
        sheet: shenmuGrid({ fields: { 实施期资金总额: 150, 实施期财政拨款: 150 } }),
      },
    ],
    invalid: [
      {
        name: "年度资金总额 50 but 财政拨款 40",
        sheet: shenmuGrid({ fields: { 年度财政拨款: 40 } }),
        errors: [
          {
            messageId: "parts",
            cell: "F18",
            params: { total: "年度资金总额", totalValue: "50", parts: "年度财政拨款", sum: "40" },
            related: ["F19"],
            severity: "error",
          },
        ],
      },
      {
        name: "项目预算 50 against 年度资金总额 45",
        sheet: shenmuGrid({ fields: { 年度资金总额: 45, 年度财政拨款: 45 } }),
        errors: [{ messageId: "budgetVsAnnual", cell: "F18", params: { budget: "50", annual: "45" }, related: ["B5"] }],
      },
      {
        name: "实施期资金总额 40 below 年度资金总额 50",
        sheet: shenmuGrid({ fields: { 实施期资金总额: 40, 实施期财政拨款: 40 } }),
        errors: [{ messageId: "implementationBelowAnnual", cell: "D18", params: { impl: "40", annual: "50" } }],
      },
      {
        name: "测算 nets off 上年结余 5万 but no other funds are listed",
        sheet: shenmuGrid({ fields: { 经费测算: SURPLUS_ESTIMATE } }),
        errors: [
          {
            messageId: "surplusNotShown",
            cell: "F20",
            params: { label: "上年结余", amount: "5" },
            related: ["B9"],
            severity: "warning",
          },
        ],
      },
      {
        name: "乌海: 总额 15 but 本年度预算申请 10",
        sheet: wuhaiGrid({ fields: { 本年度预算申请: 10 } }),
        errors: [
          {
            messageId: "parts",
            cell: "B13",
            params: { total: "项目资金总额", totalValue: "15", parts: "本年度预算申请", sum: "10" },
          },
        ],
      },
      {
        name: "乌海: 总额 40 but 结转 20 + 申请 25",
        sheet: wuhaiGrid({ fields: { 项目资金总额: 40, 上年度项目资金结转: 20, 本年度预算申请: 25 } }),
        errors: [{ messageId: "parts", cell: "B13", params: { sum: "45" }, related: ["D13", "F13"] }],
      },
    ],
  });
});
