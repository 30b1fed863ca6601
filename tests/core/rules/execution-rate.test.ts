import { executionRate } from "../../../src/core/rules/execution-rate";
import { selfEvalGrid } from "../helpers/selfEvalGrid";
import { testRule } from "../helpers/ruleTester";

describe("execution-rate.ts", () => {
  testRule(executionRate, {
    valid: [
      { name: "20 ÷ 20 = 100.00%", sheet: selfEvalGrid() },
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
        name: "15 ÷ 20 is 75%, the form says 100.00%",
        sheet: selfEvalGrid({ execution: [20, 15, 10, "100.00%", 10] }),
        errors: [{ messageId: "mismatch", cell: "H6", related: ["E6", "F6"], suggestion: "75%", params: { computed: 75 } }],
      },
    ],
  });
});
