import { costActualWithinSpending } from "../../../src/core/rules/cost-actual-within-spending";
import { SELF_EVAL_ROWS, type SelfEvalRow, selfEvalGrid } from "../helpers/selfEvalGrid";
import { testRule } from "../helpers/ruleTester";

/** The 成本指标 row (项目计划总投资 ≤20万元) with its achieved amount. */
const costActual = (actual: string): SelfEvalRow[] =>
  SELF_EVAL_ROWS.map((r, j) => (j === 3 ? ([...r.slice(0, 5), actual, ...r.slice(6)] as SelfEvalRow) : r));

describe("cost-actual-within-spending.ts", () => {
  testRule(costActualWithinSpending, {
    valid: [
      { name: "中江: 20万元 spent, 20万元 cost", sheet: selfEvalGrid() },
      {
        name: "a cost within what was spent",
        sheet: selfEvalGrid({ rows: costActual("15万元"), execution: [20, 15, 10, "75%", 7.5] }),
      },
      { name: "a unit cost (元/人) is not the spending", sheet: selfEvalGrid({ rows: costActual("300元/人") }) },
    ],
    invalid: [
      {
        name: "鄂州 2021: the cost actual is the budget (20万元), the year spent 15",
        sheet: selfEvalGrid({ execution: [20, 15, 10, "75%", 7.5] }),
        errors: [{ messageId: "overSpending", cell: "G13", related: ["F6"], params: { executed: 15 } }],
      },
    ],
  });
});
