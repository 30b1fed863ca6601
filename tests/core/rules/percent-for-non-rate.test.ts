import { percentForNonRate } from "../../../src/core/rules/percent-for-non-rate";
import { shenmuGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";
import { SELF_EVAL_ROWS, type SelfEvalRow, selfEvalGrid } from "../helpers/selfEvalGrid";

describe("percent-for-non-rate.ts", () => {
  testRule(percentForNonRate, {
    valid: [
      { name: "the base form: every % target is a 率 or 满意度", sheet: shenmuGrid() },
      { name: "a 覆盖率 with a % target", sheet: shenmuGrid({ cells: { D28: "农村学校改造覆盖率", F28: "≥95%" } }) },
      {
        name: "a % target whose value names the rate (value-format reports the extra text)",
        sheet: shenmuGrid({ cells: { D28: "职工都参加职工医保", F28: "职工参保率≥98%" } }),
      },
    ],
    invalid: [
      {
        name: "井研 2023: “维护社会稳定 ≥95%” — no rate named (often an unnamed 达标率 a reviewer accepts): a remark",
        sheet: shenmuGrid({ cells: { D28: "维护社会稳定", F28: "≥95%" } }),
        errors: [
          {
            messageId: "notRate",
            cell: "F28",
            related: ["D28"],
            params: { name: "维护社会稳定", value: "≥95%" },
            severity: "info",
          },
        ],
      },
      {
        name: "a count with a % target (培训人数 ≥95%) cannot be a percentage: a warning",
        sheet: shenmuGrid({ cells: { D28: "培训人数", F28: "≥95%" } }),
        errors: [{ messageId: "notRate", cell: "F28", severity: "warning" }],
      },
      {
        name: "裕安 2022: on a self-evaluation that measured it (工程质量管理 ≥95% | 98%): a remark",
        sheet: selfEvalGrid({
          rows: SELF_EVAL_ROWS.map((r, i) =>
            i === 1 ? ([r[0], r[1], "工程质量管理", 10, "≥95%", "98%", 10, ""] as SelfEvalRow) : r,
          ),
        }),
        errors: [{ messageId: "notRate", cell: "F11", severity: "info" }],
      },
    ],
  });
});
