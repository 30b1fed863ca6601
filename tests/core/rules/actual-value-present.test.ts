import { actualValuePresent } from "../../../src/core/rules/actual-value-present";
import { SELF_EVAL_ROWS, type SelfEvalRow, selfEvalGrid } from "../helpers/selfEvalGrid";
import { shenmuGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

/** The 中江 rows with the 全年实际值 (column G) of rows `blank` left empty. */
const withoutActual = (...blank: number[]): SelfEvalRow[] =>
  SELF_EVAL_ROWS.map((r, i) => (blank.includes(i) ? ([...r.slice(0, 5), "", ...r.slice(6)] as SelfEvalRow) : r));

describe("actual-value-present.ts", () => {
  testRule(actualValuePresent, {
    valid: [
      { name: "every actual value written", sheet: selfEvalGrid() },
      { name: "a target table has no actual column", sheet: shenmuGrid() },
      {
        name: "a row with neither a target nor an actual value is not asked for one",
        sheet: selfEvalGrid({ rows: [...SELF_EVAL_ROWS, ["效益指标(30分)", "生态效益指标", "", "", "", "", "", ""]] }),
      },
    ],
    invalid: [
      {
        name: "青神 2023: two actual values left empty — one finding, the other related",
        sheet: selfEvalGrid({ rows: withoutActual(0, 4) }),
        errors: [
          {
            messageId: "empty",
            cell: "G10",
            related: ["G14"],
            severity: "warning",
            params: { count: 2, name: "安装坡面水标尺" },
          },
        ],
      },
    ],
  });
});
