import { goalsPresent } from "../../../src/core/rules/goals-present";
import { shenmuGrid, wuhaiGrid } from "../helpers/formGrids";
import { selfEvalGrid } from "../helpers/selfEvalGrid";
import { splitGrid } from "../helpers/splitGrid";
import { testRule } from "../helpers/ruleTester";

describe("missing/goalsPresent.ts", () => {
  testRule(goalsPresent, {
    valid: [
      { name: "a 自评表 with its 年初设定目标 written", sheet: selfEvalGrid() },
      { name: "both goals written", sheet: shenmuGrid() },
      {
        name: "a one-year project may leave 实施期总体目标 empty",
        sheet: shenmuGrid({ fields: { 实施期总体目标: null } }),
      },
      { name: "乌海: one-year project, 中长期目标（2021年—2021年） empty", sheet: wuhaiGrid() },
      {
        name: '项目期限 written as the calendar year ("2021年") is a one-year project: 实施期总体目标 may stay empty',
        sheet: shenmuGrid({ fields: { 项目期限: "2021年", 实施期总体目标: null } }),
      },
      {
        name: "a 长期 project with both goals",
        sheet: shenmuGrid({ fields: { 项目期限: "长期" } }),
      },
    ],
    invalid: [
      {
        name: "普陀 2022: a 自评表 whose 年初设定目标 is left empty — nothing to judge the results against (a warning)",
        sheet: (() => {
          const g = selfEvalGrid();
          g.grid[7][1] = null;
          return g;
        })(),
        errors: [{ messageId: "annualEmpty", cell: "B8", related: ["B7"], severity: "warning" }],
      },
      {
        name: "临邑 2025: a local 目标表 template that prints no goal section at all — said as an info",
        sheet: (() => {
          const g = splitGrid();
          g.grid[3] = [null, null, null, null, null, null];
          return g;
        })(),
        errors: [{ messageId: "absent", cell: "A1", severity: "info" }],
      },
      {
        name: "望城 2018 without its title: a close call between 转移支付 and 项目 tables (the former always prints a goal section, the latter not) — an info",
        sheet: {
          name: "表",
          grid: [
            ["专项名称", "残疾人就业保障金", null, "专项属性", "延续专项☑新增专项□", null],
            ["部门名称", "某区残疾人联合会", null, "资金总额(万元)", 500, null],
            ["专项实施进度计划", "专项实施内容", null, null, "计划开始时间", "计划完成时间"],
            [null, "1、残疾人培训", null, null, "2018年1月", "2018年12月"],
            ["一级指标", "二级指标", "三级指标", "指标值", null, null],
            ["产出指标", "数量指标", "培训残疾人人数", "≥300人", null, null],
            ["满意度指标", "服务对象满意度指标", "残疾人满意度", "≥90%", null, null],
          ],
          merges: ["B1:C1", "E1:F1", "B2:C2", "E2:F2", "A3:A4", "B3:D3", "B4:D4"],
        },
        errors: [{ messageId: "absent", cell: "A1", severity: "info" }],
      },
      {
        name: "empty 年度目标",
        sheet: shenmuGrid({ fields: { 年度目标: null } }),
        errors: [{ messageId: "annualEmpty", cell: "E23", params: { header: "年度目标" }, related: ["E22"], severity: "error" }],
      },
      {
        name: "a 长期 project with an empty 实施期总体目标",
        sheet: shenmuGrid({ fields: { 项目期限: "长期", 实施期总体目标: null } }),
        errors: [{ messageId: "implementationEmpty", cell: "B23", params: { header: "实施期总体目标" } }],
      },
      {
        name: "a three-year period (2021–2023) with an empty 实施期总体目标",
        sheet: shenmuGrid({
          fields: { 项目实施起止时间: "2021.01.01-2023.12.31", 项目期限: "3年", 实施期总体目标: "" },
        }),
        errors: [{ messageId: "implementationEmpty", cell: "B23" }],
      },
      {
        name: "乌海: 中长期目标（2021年—2023年） header spans years, its text is empty",
        sheet: wuhaiGrid({ goals: { header: "中长期目标（2021年—2023年）" } }),
        errors: [{ messageId: "implementationEmpty", cell: "B20", params: { header: "中长期目标" } }],
      },
      {
        name: "乌海: both goal cells empty — the indicator heading below is not taken for the goal",
        sheet: wuhaiGrid({ goals: { annual: "" } }),
        errors: [{ messageId: "annualEmpty", cell: "F20", params: { header: "年度目标" } }],
      },
      {
        name: "乌海: no 项目总体目标 part (as on 乌海 sheet 2)",
        sheet: wuhaiGrid({ goals: null }),
        errors: [{ messageId: "absent", cell: "A1", severity: "error" }],
      },
      {
        name: "no 年度目标 column",
        sheet: shenmuGrid({ cells: { E22: null, E23: null } }),
        errors: [{ messageId: "annualAbsent", cell: "B22" }],
      },
      {
        name: "no 绩效目标 part at all",
        sheet: shenmuGrid({ cells: { A22: null, B22: null, E22: null, B23: null, E23: null } }),
        errors: [{ messageId: "absent", cell: "A1" }],
      },
    ],
  });
});
