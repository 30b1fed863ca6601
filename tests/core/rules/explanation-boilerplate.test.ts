import { explanationBoilerplate } from "../../../src/core/rules/explanation-boilerplate";
import type { CellValue } from "../../../src/core/snapshot";
import type { FormGrid } from "../helpers/formGrids";
import { splitGrid } from "../helpers/splitGrid";
import { testRule } from "../helpers/ruleTester";

/** The split table (indicator rows 6–11) with a 指标解释 column G holding `texts[i]` on row i. */
function withExplanations(texts: (string | null)[]): FormGrid {
  const g = splitGrid();
  const grid = g.grid.map((r, i) => [...r, (i === 4 ? "指标解释" : i >= 5 ? (texts[i - 5] ?? null) : null) as CellValue]);
  return { ...g, grid };
}

const OWN = ["培训签到人次", "考核合格人数÷参训人数", "结业日期", "培训经费决算数", "考核前后对比", "问卷调查"];

describe("explanation-boilerplate", () => {
  testRule(explanationBoilerplate, {
    valid: [
      { name: "each row explained on its own", sheet: withExplanations(OWN) },
      { name: "three rows alike are not the table's habit", sheet: withExplanations(["同上", "同上", "同上", ...OWN.slice(3)]) },
      { name: "a dash in every row says nothing, but is no copied sentence", sheet: withExplanations(OWN.map(() => "—")) },
      {
        name: "宣城 2023: the kind of 绩效标准 (计划标准) chosen on every row is an answer from a closed list",
        sheet: withExplanations(OWN.map(() => "计划标准")),
      },
    ],
    invalid: [
      {
        name: "浮梁: “该指标值数据合理” in every row",
        sheet: withExplanations(OWN.map(() => "该指标值数据合理")),
        errors: [
          {
            messageId: "same",
            cell: "G6",
            severity: "warning",
            related: ["G7", "G8", "G9", "G10", "G11"],
            params: { count: 6, text: "该指标值数据合理" },
          },
        ],
      },
    ],
  });
});
