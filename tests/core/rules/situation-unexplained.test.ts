import { situationUnexplained } from "../../../src/core/rules/situation-unexplained";
import type { FormGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

/** 田家庵 2024's layout: a transfer-payment self-evaluation with a 资金管理情况 list before its goals. */
function selfEval(answers: [string, string, string]): FormGrid {
  const grid: (string | number | null)[][] = [
    ["就业补助资金绩效自评表", null, null, null],
    ["项目名称", "就业补助资金", null, null],
    ["资金投入情况(万元)", "全年预算数", "全年执行数", "执行率"],
    ["年度资金总额：", 808.1, 692.98, "86%"],
    ["资金管理情况", "情况说明", "存在问题和改进措施", null],
    ["分配科学性", answers[0], null, null],
    ["下达及时性", answers[1], null, null],
    ["支出责任履行情况", answers[2], null, null],
    ["总体目标", "全年实际完成情况", null, null],
    ["落实就业创业扶持政策", "已落实", null, null],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "全年实际完成值"],
    ["产出指标", "数量指标", "公益性岗位补贴人数", "≥100人", "120人"],
    ["效益指标", "社会效益指标", "城镇登记失业率", "≤4.5%", "3.9%"],
    ["满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%", "95%"],
  ];
  return { name: "自评", grid, merges: [] };
}

describe("situation-unexplained.ts", () => {
  testRule(situationUnexplained, {
    valid: [
      {
        name: "every item of 资金管理情况 answered",
        sheet: selfEval(["合理分配，优先保障工资社保。", "收到资金后10日内下达。", "按规定履行支出责任。"]),
      },
    ],
    invalid: [
      {
        name: "田家庵 2024: 下达及时性 and 支出责任履行情况 left blank",
        sheet: selfEval(["合理分配，优先保障工资社保。", "", ""]),
        errors: [
          { messageId: "blank", cell: "B7", related: ["A7"], severity: "warning", params: { label: "下达及时性" } },
          { messageId: "blank", cell: "B8", related: ["A8"] },
        ],
      },
      {
        name: "the whole list blank: said once, at the heading",
        sheet: selfEval(["", "", ""]),
        errors: [{ messageId: "blank", cell: "B5", related: ["B6", "B7", "B8"] }],
      },
    ],
  });
});
