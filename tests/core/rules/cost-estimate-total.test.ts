import { costEstimateTotal } from "../../../src/core/rules/cost-estimate-total";
import { shenmuGrid, wuhaiGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

/** A 神木 table whose budget figures all equal `wan`. */
const budgetOf = (wan: number) => ({
  项目预算: wan,
  实施期资金总额: wan,
  实施期财政拨款: wan,
  年度资金总额: wan,
  年度财政拨款: wan,
});

describe("inconsistent/costEstimateTotal.ts", () => {
  testRule(costEstimateTotal, {
    valid: [
      { name: "items 48 + 2 = 合计 50 = 项目预算 50", sheet: shenmuGrid() },
      {
        name: "3套×17万/套/年 = 51 against a budget of 51 (no stated total)",
        sheet: shenmuGrid({ fields: { ...budgetOf(51), 经费测算: "3套医保系统日常运行维护费17万/套/年" } }),
      },
      {
        name: "a product formula whose stated result is right: 15元/月*12个月*1850人=33.3万",
        sheet: shenmuGrid({ fields: { ...budgetOf(33.3), 经费测算: "15元/月*12个月*1850人=33.3万" } }),
      },
      {
        name: "a 经费测算 text without any amount is not judged",
        sheet: shenmuGrid({ fields: { 经费测算: "按合同约定结算" } }),
      },
      { name: "乌海 申报表 has no 经费测算 field", sheet: wuhaiGrid() },
    ],
    invalid: [
      {
        name: "arithmetic: 15元/月*12个月*1850人 is 33.3万, not 33万",
        sheet: shenmuGrid({ fields: { ...budgetOf(33), 经费测算: "15元/月*12个月*1850人=33万" } }),
        errors: [
          { messageId: "arithmetic", cell: "B9", params: { computed: "33.3", stated: "33", diff: "0.3" }, severity: "error" },
        ],
      },
      {
        name: "测算 total 50 against 项目预算 45",
        sheet: shenmuGrid({ fields: budgetOf(45) }),
        errors: [
          {
            messageId: "budget",
            cell: "B9",
            params: { estimate: "50", budgetName: "项目预算", budget: "45", diff: "5" },
            related: ["B5"],
          },
        ],
      },
      {
        name: "items 10 + 20 written as 合计35万 and a budget of 50: both findings",
        sheet: shenmuGrid({ fields: { 经费测算: "差旅费10万、印刷费20万，合计35万" } }),
        errors: [
          { messageId: "arithmetic", cell: "B9", params: { computed: "30", stated: "35" } },
          { messageId: "budget", cell: "B9", params: { estimate: "35", budget: "50" } },
        ],
      },
      {
        name: "3套×17万/套/年 = 51 against a budget of 50",
        sheet: shenmuGrid({ fields: { 经费测算: "3套医保系统日常运行维护费17万/套/年" } }),
        errors: [{ messageId: "budget", cell: "B9", params: { estimate: "51", budget: "50", diff: "1" } }],
      },
      {
        name: "项目预算 matches but 年度资金总额 does not",
        sheet: shenmuGrid({ fields: { 年度资金总额: 40, 年度财政拨款: 40 } }),
        errors: [{ messageId: "budget", cell: "B9", params: { budgetName: "年度资金总额", budget: "40" }, related: ["F18"] }],
      },
    ],
  });
});
