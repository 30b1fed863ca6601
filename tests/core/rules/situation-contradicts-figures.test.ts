import { situationContradictsFigures } from "../../../src/core/rules/situation-contradicts-figures";
import type { FormGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

/** A transfer payment's self-evaluation (朝天 2023): the execution block and its 资金管理情况 list. */
function form(executed: number, accuracy: string, timely = "资金下达及时", problem: string | null = null): FormGrid {
  const grid = [
    ["中央转移支付全民健身中心项目绩效自评表", null, null, null, null],
    ["转移支付(项目)名称", "全民健身中心项目", null, null, null],
    ["中央主管部门", "国家体育总局", "地方主管部门", "区人民政府", null],
    ["资金投入情况(万元)", "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A×100%)", null],
    ["年度资金总额:", 2000, executed, `${((executed / 2000) * 100).toFixed(2)}%`, null],
    ["资金管理情况", "情况说明", null, "存在问题和改进措施", null],
    ["分配科学性", "资金分配科学合理", null, null, null],
    ["下达及时性", timely, null, problem, null],
    ["执行准确性", accuracy, null, null, null],
    ["总体目标", "新建全民健身中心1个", "全年实际完成情况", "主体完工", null],
    ["一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值"],
    ["产出指标", "数量指标", "新建全民健身中心数量", "=1个", "1个"],
    ["满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%", "92%"],
  ];
  return { name: "表", grid, merges: ["B6:C6", "B7:C7", "B8:C8", "B9:C9"] };
}

describe("situation-contradicts-figures", () => {
  testRule(situationContradictsFigures, {
    valid: [
      { name: "no deviation claimed at 98 %", sheet: form(1960, "不存在执行数偏离预算数较多的问题") },
      { name: "a low rate explained as it is", sheet: form(1157.97, "受工程进度影响，执行数低于预算，剩余资金结转下年") },
      {
        name: "名山 2024 corrected: the delay told with its date, beside the same problem",
        sheet: form(
          1960,
          "不存在执行数偏离预算数较多的问题",
          "省级于2025年2月26日下达第三批资金文件,收到后及时分解下达",
          "第三批资金省级下达滞后",
        ),
      },
      { name: "a late item said to be late", sheet: form(1960, "无偏差", "第三批资金下达滞后", "下达滞后") },
      { name: "on time and no problem written", sheet: form(1960, "无偏差", "及时分解下达", "无") },
    ],
    invalid: [
      {
        name: "名山 2024: 及时分解下达 beside 存在问题 …下达滞后",
        sheet: form(1960, "无偏差", "及时分解下达", "第三批资金于2025年2月26日省级下达,下达滞后"),
        errors: [
          {
            messageId: "deniedByProblem",
            cell: "B8",
            related: ["A8", "D8"],
            severity: "warning",
            params: { label: "下达及时性", text: "及时分解下达" },
          },
        ],
      },
      {
        name: "朝天 2023: 不存在执行数偏离预算数较多的问题 at 57.9 %",
        sheet: form(1157.97, "不存在执行数偏离预算数较多的问题"),
        errors: [
          {
            messageId: "deniesDeviation",
            cell: "B9",
            severity: "warning",
            params: { label: "执行准确性", rate: 57.9 },
          },
        ],
      },
      {
        name: "田家庵 2024: 无偏差 at 86 %",
        sheet: form(1720, "执行数与预算数无偏差"),
        errors: [{ messageId: "deniesDeviation", cell: "B9" }],
      },
    ],
  });
});
