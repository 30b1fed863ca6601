import { planTotalMatchesBudget } from "../../../src/core/rules/plan-total-matches-budget";
import type { FormGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

/** 阳泉 2021's header: 中期 and 年度 totals, then a 项目实施计划 that states what the plan costs. */
function yangquan(plan: string, mid: number | null, annual = 25): FormGrid {
  return {
    name: "阳泉",
    grid: [
      ["项目支出绩效目标申报表", null, null, null],
      ["项目名称", "四好农村路工作经费", null, null],
      ["主管部门", "经济建设科", "项目期限", "3年"],
      ["中期预算资金总额", mid, "年度预算资金总额", annual],
      ["项目实施计划", plan, null, null],
      ["年度绩效目标", "完成项目勘察设计审批和竣工验收", null, null],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "检查次数", "≥12次"],
      ["效益指标", "社会效益指标", "道路通行条件", "明显改善"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ],
    merges: [],
  };
}

const PLAN = "勘察设计审批需20万元；督导检查需20万元；财务审计、竣工验收需10万元，合计50万元。";

describe("plan-total-matches-budget.ts", () => {
  testRule(planTotalMatchesBudget, {
    valid: [
      { name: "the plan's 合计 50万元 is the 中期 total", sheet: yangquan(PLAN, 50) },
      { name: "the plan's total in 元 (250000元) is the year's 25万元", sheet: yangquan("分三步实施，共计250000元。", null) },
      { name: "a plan that states no total", sheet: yangquan("一季度完成勘察设计，四季度完成验收。", null) },
    ],
    invalid: [
      {
        name: "阳泉 2021: the plan adds up to 50万元, the year's budget is 25万元 and no 中期 total is given",
        sheet: yangquan(PLAN, null),
        errors: [{ messageId: "mismatch", cell: "B5", related: ["D4"], severity: "warning", params: { plan: "50" } }],
      },
    ],
  });
});
