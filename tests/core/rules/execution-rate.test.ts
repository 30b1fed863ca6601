import { executionRate } from "../../../src/core/rules/execution-rate";
import { selfEvalGrid } from "../helpers/selfEvalGrid";
import { testRule } from "../helpers/ruleTester";
import type { FormGrid } from "../helpers/formGrids";

/** 绥阳 2021's layout: 年初预算数 | 全年执行数 | 分值 | 得分 with no rate column; a 列次 row under the headings if asked. */
function noRateGrid(budget: number, executed: number, numbering = false): FormGrid {
  const grid: (string | number | null)[][] = [
    ["部门整体支出绩效自评表", null, null, null, null, null],
    ["部门(单位)名称", "太白镇人民政府", null, null, null, null],
    ["部门(单位)总体资金(万元)", "资金来源", "年初预算数(A)", "全年执行数(B)", "分值(10分)", "得分"],
    ...(numbering ? [["列次", 0, 1, 2, 3, 4]] : []),
    ["部门(单位)总体资金(万元)", "年度资金总额：", budget, executed, 10, 10],
    ["年度总体目标", "年初设定目标", null, "年度总体目标完成情况", null, null],
    ["年度总体目标", "完成镇区道路维护12公里", null, "完成12公里", null, null],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "全年实际完成值", "得分"],
    ["产出指标", "数量指标", "道路维护里程", "≥12公里", "12公里", 50],
    ["效益指标", "社会效益指标", "群众出行条件", "改善", "已改善", 30],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92%", 10],
  ];
  return { name: "自评", grid, merges: [] };
}

/** 霍山 2024's layout: 年度资金总额 and its 其中 lines each in column A with their own budget, executed and rate. */
function partsGrid(lottery: [number, number, string], other: [number, number, string] = [2530.32, 2530.32, "100%"]): FormGrid {
  const grid: (string | number | null)[][] = [
    ["医疗救助补助资金绩效自评表", null, null, null],
    ["项目名称", "医疗救助补助资金", null, null],
    ["资金投入情况(万元)", "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A×100%)"],
    ["年度资金总额:", 3359.62, 3359.62, "100%"],
    ["其中:中央财政资金", 829.3, 829.3, "100%"],
    ["彩票公益金用于医疗救助", ...lottery],
    ["地方资金", ...other],
    ["一级指标", "二级指标", "三级指标", "年度指标值"],
    ["产出指标", "数量指标", "医疗救助人次", "≥3000人次"],
  ];
  return { name: "自评", grid, merges: [] };
}

describe("execution-rate.ts", () => {
  testRule(executionRate, {
    valid: [
      { name: "20 ÷ 20 = 100.00%", sheet: selfEvalGrid() },
      { name: "霍山 2024 corrected: a line of 0 with no rate", sheet: partsGrid([0, 0, "—"]) },
      { name: "no rate printed and spending within the budget", sheet: noRateGrid(1172.55, 1100) },
      { name: "19 ÷ 20 = 95%", sheet: selfEvalGrid({ execution: [20, 19, 10, "95%", 9.5] }) },
      { name: "a budget of 0 has no rate to check", sheet: selfEvalGrid({ execution: [0, 0, 10, "0.00%", 0] }) },
      {
        name: "19.07 ÷ 20 = 95.35%, written 95% (rounded to what is written)",
        sheet: selfEvalGrid({ execution: [20, 19.07, 10, "95%", 9.5] }),
      },
      { name: "… or 95.4% with one decimal", sheet: selfEvalGrid({ execution: [20, 19.07, 10, "95.4%", 9.5] }) },
      {
        name: "零陵: 3824.26 ÷ 4753.66 = 80.449 %, written 80.4% (one decimal, no double rounding)",
        sheet: selfEvalGrid({ execution: [4753.66, 3824.26, 10, "80.4%", 8] }),
      },
      {
        name: "临翔: 31.69 ÷ 32.4 = 97.808 %, written 97.80% (cut off rather than rounded)",
        sheet: selfEvalGrid({ execution: [32.4, 31.69, 10, "97.80%", 9.78] }),
      },
    ],
    invalid: [
      {
        name: "福彩 2023: the one 其中 line repeats the total's figures and rate: said once, at the total",
        sheet: {
          name: "自评",
          grid: [
            ["福彩APP改版升级绩效自评表", null, null, null],
            ["项目名称", "福彩APP改版升级", null, null],
            ["资金投入情况(万元)", "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A×100%)"],
            ["年度资金总额:", 50, 47.68, "95.00%"],
            ["其中:中央财政补助", 50, 47.68, "95.00%"],
            ["一级指标", "二级指标", "三级指标", "年度指标值"],
            ["产出指标", "数量指标", "改版功能模块数", "≥5个"],
          ],
          merges: [],
        },
        errors: [{ messageId: "mismatch", cell: "D4" }],
      },
      {
        name: "霍山 2024: 彩票公益金 0 | 0 | 100% (no budget, no rate)",
        sheet: partsGrid([0, 0, "100%"]),
        errors: [{ messageId: "partNoBase", cell: "D6", severity: "warning", related: ["B6", "C6"], suggestion: "—" }],
      },
      {
        name: "甘其毛都 2024: a line's rate written 0 where it spent all of its budget",
        sheet: partsGrid([0, 0, "—"], [1.8, 1.8, "0"]),
        errors: [{ messageId: "partMismatch", cell: "D7", severity: "warning", params: { computed: 100 }, suggestion: "100%" }],
      },
      {
        name: "绥阳 2021: no rate printed, 全年执行数 1268.72 above 年初预算数 1172.55",
        sheet: noRateGrid(1172.55, 1268.72),
        errors: [{ messageId: "overBudget", cell: "D4", related: ["C4"], severity: "warning", params: { computed: 108.2 } }],
      },
      {
        name: "a 列次 row (0, 1, 2 …) under the headings is skipped: the figures are read from the line below",
        sheet: noRateGrid(100, 120, true),
        errors: [{ messageId: "overBudget", cell: "D5", related: ["C5"] }],
      },
      {
        name: "南昌 2021: 预算数 and 执行数 left blank, 执行率 103.21% — overspent by an amount nobody can check",
        sheet: selfEvalGrid({ execution: ["", "", 10, "103.21%", ""] }),
        errors: [{ messageId: "rateAloneOver", cell: "H6", severity: "warning", params: { stated: "103.21%" } }],
      },
      {
        name: "金寨 2023: spent more than the budget (338.31 ÷ 329.77 = 102.59%, stated right)",
        sheet: selfEvalGrid({ execution: [329.77, 338.31, 10, "102.59%", ""] }),
        errors: [{ messageId: "overBudget", cell: "F6", related: ["E6", "H6"], severity: "warning" }],
      },
      {
        name: "compared to two decimals: 19.07 ÷ 20 = 95.35%, not 95.00%",
        sheet: selfEvalGrid({ execution: [20, 19.07, 10, "95.00%", 9.5] }),
        errors: [{ messageId: "mismatch", cell: "H6", suggestion: "95.35%" }],
      },
      {
        name: "a budget written with 万 only (“20万”, fifteenth session) is an amount: 19.07 ÷ 20 = 95.35%, not 95.00%",
        sheet: selfEvalGrid({ execution: ["20万", 19.07, 10, "95.00%", 9.5] }),
        errors: [{ messageId: "mismatch", cell: "H6", suggestion: "95.35%" }],
      },
      {
        name: "15 ÷ 20 is 75%, the form says 100.00%",
        sheet: selfEvalGrid({ execution: [20, 15, 10, "100.00%", 10] }),
        errors: [{ messageId: "mismatch", cell: "H6", related: ["E6", "F6"], suggestion: "75%", params: { computed: 75 } }],
      },
    ],
  });
});
