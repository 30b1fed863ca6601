import { selfEvaluationUnfilled } from "../../../src/core/rules/self-evaluation-unfilled";
import { SELF_EVAL_ROWS, type SelfEvalRow, selfEvalGrid } from "../helpers/selfEvalGrid";
import { testRule } from "../helpers/ruleTester";

/** Columns: E 分值, F 年度指标值, G 全年实际值, H 得分; indicator rows are sheet rows 10–15. */
const change = (f: (r: SelfEvalRow, i: number) => SelfEvalRow): SelfEvalRow[] => SELF_EVAL_ROWS.map((r, i) => f([...r], i));

describe("self-evaluation-unfilled", () => {
  testRule(selfEvaluationUnfilled, {
    valid: [
      { name: "every actual and every score written", sheet: selfEvalGrid() },
      {
        name: "a row without a target and without an actual is another rule's business",
        sheet: selfEvalGrid({ rows: change((r, i) => (i === 2 ? (Object.assign(r, { 4: "", 5: "" }) as SelfEvalRow) : r)) }),
      },
    ],
    invalid: [
      {
        name: "青神: the 完成值 column left empty on every row",
        sheet: selfEvalGrid({ rows: change((r) => Object.assign(r, { 5: "" }) as SelfEvalRow) }),
        errors: [
          {
            messageId: "allActualEmpty",
            cell: "G10",
            severity: "error",
            related: ["G11", "G12", "G13", "G14", "G15", "G9"],
            params: { count: 6 },
          },
        ],
      },
      {
        name: "one actual missing",
        sheet: selfEvalGrid({ rows: change((r, i) => (i === 1 ? (Object.assign(r, { 5: "" }) as SelfEvalRow) : r)) }),
        errors: [{ messageId: "actualEmpty", cell: "G11", related: ["D11", "F11"], params: { target: "=100%" } }],
      },
      {
        name: "scores left empty while the weights are written: a warning",
        sheet: selfEvalGrid({ rows: change((r, i) => (i < 2 ? (Object.assign(r, { 6: "" }) as SelfEvalRow) : r)) }),
        errors: [{ messageId: "scoresEmpty", cell: "H10", severity: "warning", related: ["H11"], params: { count: 2 } }],
      },
    ],
  });
});
