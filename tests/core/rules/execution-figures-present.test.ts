import { executionFiguresPresent } from "../../../src/core/rules/execution-figures-present";
import { selfEvalGrid } from "../helpers/selfEvalGrid";
import { testRule } from "../helpers/ruleTester";

// execution: [全年预算数 E6, 全年执行数 F6, 分值 G6, 执行率 H6, 得分 I6]
describe("execution-figures-present.ts", () => {
  testRule(executionFiguresPresent, {
    valid: [
      { name: "budget, executed, rate and score all written", sheet: selfEvalGrid() },
      { name: "an executed amount of 0 is written, not missing", sheet: selfEvalGrid({ execution: [20, 0, 10, "0.00%", 0] }) },
      { name: "no budget: nothing to execute against", sheet: selfEvalGrid({ execution: ["", "", 10, "", ""] }) },
      { name: "a budget of 0", sheet: selfEvalGrid({ execution: [0, "", 10, "", ""] }) },
      { name: "no weight printed: the score is not asked for", sheet: selfEvalGrid({ execution: [20, 20, "", "100%", ""] }) },
    ],
    invalid: [
      {
        name: "executed amount empty while the rate says 100% and the score is empty (新洲 2020)",
        sheet: selfEvalGrid({ execution: [30, "", 10, "100%", ""] }),
        errors: [
          { messageId: "executedEmpty", cell: "F6", related: ["E6", "H6", "I6"], severity: "warning" },
          { messageId: "scoreEmpty", cell: "I6", related: ["G6"] },
        ],
      },
      {
        name: "rate empty while budget and executed amount are there (天长 2022): the computed rate is offered",
        sheet: selfEvalGrid({ execution: [880, 880, 10, "", 10] }),
        errors: [{ messageId: "rateEmpty", cell: "H6", related: ["E6", "F6"], suggestion: "100%", params: { computed: 100 } }],
      },
      {
        name: "rate empty, 19.07 of 20 executed: 95.35%",
        sheet: selfEvalGrid({ execution: [20, 19.07, 10, "", 9.5] }),
        errors: [{ messageId: "rateEmpty", cell: "H6", suggestion: "95.35%" }],
      },
      {
        name: "everything but the budget empty",
        sheet: selfEvalGrid({ execution: [20, "", 10, "", ""] }),
        errors: [{ messageId: "executedEmpty", cell: "F6", params: { stated: "" } }],
      },
    ],
  });
});
