import { departmentSpending } from "../../../src/core/rules/department-spending";
import { departmentOverallGrid } from "../helpers/kindGrids";
import { testRule } from "../helpers/ruleTester";

describe("department-spending.ts", () => {
  testRule(departmentSpending, {
    valid: [
      { name: "171.41 = 60.8 + 110.61; the 履职目标 lines 49.8 + 11 and 110.61 agree", sheet: departmentOverallGrid() },
      {
        name: "without a 履职目标 table only the budget block is compared",
        sheet: departmentOverallGrid({ lines: [49.8, 11, 110.61] }),
      },
    ],
    invalid: [
      {
        name: "宁德 2019: the 履职目标 table's 基本支出 line says 171.41 (the 资金总额) against 110.61",
        sheet: departmentOverallGrid({ lines: [49.8, 11, 171.41] }),
        errors: [
          {
            messageId: "basicLine",
            cell: "E10",
            related: ["D5", "D10"],
            suggestion: "110.61",
            params: { amount: "171.41", basic: "110.61" },
          },
        ],
      },
      {
        name: "资金总额 171.41 but 项目支出 70 + 基本支出 110.61",
        sheet: departmentOverallGrid({ project: 70 }),
        errors: [
          { messageId: "total", cell: "D3", related: ["D4", "D5"], params: { sum: "180.61" } },
          { messageId: "projectLines", cell: "E8", severity: "warning", params: { sum: "60.8", project: "70" } },
        ],
      },
    ],
  });
});
