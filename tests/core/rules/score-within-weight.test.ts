import { scoreWithinWeight } from "../../../src/core/rules/score-within-weight";
import { SELF_EVAL_ROWS, type SelfEvalRow, selfEvalGrid } from "../helpers/selfEvalGrid";
import { testRule } from "../helpers/ruleTester";

const withRow = (i: number, change: Partial<Record<3 | 6, number | string>>): SelfEvalRow[] =>
  SELF_EVAL_ROWS.map((r, j) => (j === i ? (Object.assign([...r], change) as SelfEvalRow) : r));

describe("score-within-weight.ts", () => {
  testRule(scoreWithinWeight, {
    valid: [
      { name: "every score equals its weight", sheet: selfEvalGrid() },
      { name: "a lower score (partly achieved)", sheet: selfEvalGrid({ rows: withRow(2, { 6: 6 }) }) },
      { name: "a score written as “/” is not a number and not compared", sheet: selfEvalGrid({ rows: withRow(2, { 6: "/" }) }) },
    ],
    invalid: [
      {
        name: "得分 12 over 分值 10",
        sheet: selfEvalGrid({ rows: withRow(1, { 6: 12 }) }),
        errors: [{ messageId: "indicator", cell: "H11", related: ["E11"], params: { score: 12, weight: 10 } }],
      },
      {
        name: "预算执行率 得分 15 over its 分值 10",
        sheet: selfEvalGrid({ execution: [20, 20, 10, "100.00%", 15] }),
        errors: [{ messageId: "execution", cell: "I6", related: ["G6"] }],
      },
    ],
  });
});
