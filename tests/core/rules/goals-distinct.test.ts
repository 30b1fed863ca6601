import { goalsDistinct } from "../../../src/core/rules/goals-distinct";
import { shenmuGrid, wuhaiGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

const GOAL = "保障三套医保信息系统稳定运行，参保人员刷卡购药、报销结算不中断。";

describe("inconsistent/goalsDistinct.ts", () => {
  testRule(goalsDistinct, {
    valid: [
      { name: "distinct goals", sheet: shenmuGrid({ fields: { 项目期限: "长期" } }) },
      {
        name: "identical goals on a one-year project are allowed",
        sheet: shenmuGrid({ fields: { 实施期总体目标: GOAL, 年度目标: GOAL } }),
      },
      {
        name: "a 长期 project with an empty 实施期 goal (goals-present reports that)",
        sheet: shenmuGrid({ fields: { 项目期限: "长期", 实施期总体目标: null, 年度目标: GOAL } }),
      },
      { name: "乌海 base", sheet: wuhaiGrid() },
    ],
    invalid: [
      {
        name: "identical goals on a 长期 project (神木 style)",
        sheet: shenmuGrid({ fields: { 项目期限: "长期", 实施期总体目标: GOAL, 年度目标: GOAL } }),
        errors: [{ messageId: "same", cell: "B23", related: ["E23"], severity: "info" }],
      },
      {
        name: "goals differing only in spaces and full-width punctuation",
        sheet: shenmuGrid({
          fields: {
            项目期限: "长期",
            实施期总体目标: "保障 3 套医疗系统稳定顺畅运行, 确保参保患者刷卡购药",
            年度目标: "保障3套医疗系统稳定顺畅运行，确保参保患者刷卡购药",
          },
        }),
        errors: [{ messageId: "same", cell: "B23" }],
      },
      {
        name: "乌海: multi-year 中长期目标 equal to 年度目标",
        sheet: wuhaiGrid({
          goals: { header: "中长期目标（2021年—2023年）", implementation: "查处欺诈骗保行为。", annual: "查处欺诈骗保行为。" },
        }),
        errors: [{ messageId: "same", cell: "B20", related: ["F20"] }],
      },
    ],
  });
});
