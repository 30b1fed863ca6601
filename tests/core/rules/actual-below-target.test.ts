import { actualBelowTarget } from "../../../src/core/rules/actual-below-target";
import { SELF_EVAL_ROWS, type SelfEvalRow, selfEvalGrid } from "../helpers/selfEvalGrid";
import { testRule } from "../helpers/ruleTester";

const withRow = (i: number, change: Partial<Record<4 | 5 | 7, string>>): SelfEvalRow[] =>
  SELF_EVAL_ROWS.map((r, j) => (j === i ? (Object.assign([...r], change) as SelfEvalRow) : r));

describe("actual-below-target.ts", () => {
  testRule(actualBelowTarget, {
    valid: [
      { name: "every target met or exceeded", sheet: selfEvalGrid() },
      {
        name: "below target with a reason written",
        sheet: selfEvalGrid({ rows: withRow(4, { 5: "900人", 7: "部分农户外出务工，下年补装" }) }),
      },
      { name: "a cost cap (≤20万元) spent in full is not “below”", sheet: selfEvalGrid({ rows: withRow(3, { 5: "18万元" }) }) },
      { name: "a qualitative actual (“完成”) is not compared", sheet: selfEvalGrid({ rows: withRow(0, { 5: "完成" }) }) },
    ],
    invalid: [
      {
        name: "鄂州 2022: no 偏差原因 column and no 存在问题 line: the missing reason is only noted",
        sheet: {
          name: "表",
          grid: [
            ["2022年度科普经费项目自评表", null, null, null, null, null],
            ["项目名称", "科学普及经费", null, null, null, null],
            ["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
            ["产出指标", "数量指标", "开展全国科普日专题科普活动", "≥10场", "9场", 7.2],
            ["满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%", "95%", 10],
          ],
          merges: [],
        },
        errors: [{ messageId: "noReason", cell: "E4", severity: "info" }],
      },
      {
        name: "900人 against ≥1000人 and no reason",
        sheet: selfEvalGrid({ rows: withRow(4, { 5: "900人" }) }),
        errors: [
          {
            messageId: "noReason",
            cell: "G14",
            // The empty 未完成原因 cell is where the reason goes.
            related: ["F14", "I14"],
            params: { actual: "900人", target: "≥1000人" },
            severity: "warning",
          },
        ],
      },
      {
        name: "85% against ≥90%",
        sheet: selfEvalGrid({ rows: withRow(2, { 5: "85%" }) }),
        errors: [{ messageId: "noReason", cell: "G12" }],
      },
    ],
  });
});

describe("actual-below-target.ts — deadlines", () => {
  testRule(actualBelowTarget, {
    valid: [
      {
        name: "finished before the deadline",
        sheet: selfEvalGrid({ rows: withRow(2, { 4: "2022年10月底前", 5: "2022年9月底" }) }),
      },
      {
        name: "黄石 2022: done “2022年11月” against “≤2022年11月30日” — compared by month, on time",
        sheet: selfEvalGrid({ rows: withRow(2, { 4: "≤2022年11月30日", 5: "2022年11月" }) }),
      },
    ],
    invalid: [
      {
        name: "南开 2018: finished 2018年11月底 against 2018年10月底",
        sheet: selfEvalGrid({ rows: withRow(2, { 4: "2022年10月底", 5: "2022年11月底" }) }),
        errors: [{ messageId: "late", cell: "G12", related: ["F12"] }],
      },
    ],
  });
});
