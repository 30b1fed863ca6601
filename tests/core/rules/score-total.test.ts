import { scoreTotal } from "../../../src/core/rules/score-total";
import { SELF_EVAL_ROWS, type SelfEvalRow, selfEvalGrid } from "../helpers/selfEvalGrid";
import { testRule } from "../helpers/ruleTester";

/** 银川 2021: the total written in the header (自评得分 | 98) instead of a 总分 row. */
function headerScore(score: number) {
  const g = selfEvalGrid({ total: null });
  g.grid[2][5] = "自评得分";
  g.grid[2][7] = score;
  return g;
}

describe("score-total.ts", () => {
  testRule(scoreTotal, {
    valid: [
      { name: "中江: rows 90 + 预算执行 10 = 总分 100", sheet: selfEvalGrid() },
      { name: "no 总分 row", sheet: selfEvalGrid({ total: null }) },
      { name: "自评得分 100 in the header, as the rows add up", sheet: headerScore(100) },
      {
        name: "a row worth points left unscored: the sum is not judged",
        sheet: selfEvalGrid({
          rows: SELF_EVAL_ROWS.map((r, j) => (j === 0 ? ([...r.slice(0, 6), "", r[7]] as SelfEvalRow) : r)),
          total: [100, 80],
        }),
      },
    ],
    invalid: [
      {
        name: "银川 2021: 自评得分 98 in the header, the rows add up to 84",
        sheet: headerScore(98),
        errors: [{ messageId: "mismatch", cell: "H3", params: { stated: 98, sum: 100 } }],
      },
      {
        name: "稷山 2020: 总分 94, the rows and 预算执行 add up to 93",
        sheet: selfEvalGrid({ total: [100, 99] }),
        errors: [{ messageId: "mismatch", cell: "H16", params: { stated: 99, sum: 100 } }],
      },
    ],
  });
});
