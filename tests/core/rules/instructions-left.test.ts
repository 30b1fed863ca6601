import { instructionsLeft } from "../../../src/core/rules/instructions-left";
import type { FormGrid } from "../helpers/formGrids";
import { selfEvalGrid } from "../helpers/selfEvalGrid";
import { splitGrid } from "../helpers/splitGrid";
import { testRule } from "../helpers/ruleTester";

/** The split table with its 年度目标 (B4) and 项目名称 (B2) replaced. */
function withTexts(goal: string, name = "业务培训经费"): FormGrid {
  const g = splitGrid();
  const grid = g.grid.map((r) => [...r]);
  grid[3][1] = goal;
  grid[1][1] = name;
  return { ...g, grid };
}

describe("instructions-left", () => {
  testRule(instructionsLeft, {
    valid: [
      { name: "a real goal", sheet: splitGrid() },
      {
        name: "a goal that mentions 说明 in passing is content",
        sheet: withTexts("完成培训300人次，并对参训人员说明新政策要求。"),
      },
    ],
    invalid: [
      {
        name: "青神: the printed instruction with its length limit",
        sheet: withTexts("对照年度目标,说明相关任务目标的完成情况(100字以内)"),
        errors: [{ messageId: "field", cell: "B4", severity: "warning", related: ["A4"] }],
      },
      {
        name: "青神 2023: a 自评表's 完成情况 field still holding the template's instruction",
        sheet: (() => {
          const g = selfEvalGrid();
          g.grid[7][5] = "对照年度目标,说明相关任务目标的完成情况(100字以内)";
          return g;
        })(),
        errors: [{ messageId: "field", cell: "F8", params: { field: "年度总体目标完成情况综述" } }],
      },
      {
        name: "an instruction without a length limit",
        sheet: withTexts("结合项目实际，简要说明本年度要完成的任务"),
        errors: [{ messageId: "field", cell: "B4" }],
      },
    ],
  });
});
