import { scoreMatchesResult } from "../../../src/core/rules/score-matches-result";
import { SELF_EVAL_ROWS, type SelfEvalRow, selfEvalGrid } from "../helpers/selfEvalGrid";
import { testRule } from "../helpers/ruleTester";

/** Indicator rows start at sheet row 10: D 三级, E 分值, F 指标值, G 实际, H 得分, I 原因. */
const withRow = (index: number, row: SelfEvalRow) =>
  selfEvalGrid({ rows: SELF_EVAL_ROWS.map((r, i) => (i === index ? row : r)) });
const QUAL = (actual: string, score: number, reason = ""): SelfEvalRow => [
  "效益指标(30分)",
  "社会效益指标",
  "群众饮水条件",
  30,
  "得到改善",
  actual,
  score,
  reason,
];

describe("score-matches-result", () => {
  testRule(scoreMatchesResult, {
    valid: [
      {
        name: "鄂州 2022: a small measured share scored (12.5 % scored 6) implies no weight (6 = 48 × 12.5 % by chance)",
        sheet: withRow(0, ["效益指标(30分)", "社会效益指标", "公民具备科学素质比例", "", "≥12%", "12.5%", 6, ""]),
      },
      { name: "every target met with full points", sheet: selfEvalGrid() },
      { name: "the 预算执行 line: 10 × 95 % = 9.5", sheet: selfEvalGrid({ execution: [20, 19, 10, "95%", 9.5] }) },
      {
        name: "the 预算执行 line rounded to a whole point (10 × 95.36 % → 10)",
        sheet: selfEvalGrid({ execution: [20, 19.07, 10, "95.36%", 10] }),
      },
      { name: "a 定性 target achieved, full points", sheet: withRow(4, QUAL("达成", 30)) },
      { name: "部分达成 scored within 60–80 % with its reason", sheet: withRow(4, QUAL("部分达成", 20, "部分村组管网未完工")) },
      {
        name: "no 分值 written and a whole score: no weight to judge it by",
        sheet: withRow(0, ["产出指标(50分)", "质量指标", "整编资料审核合格率", "", "≥98%", "98%", 20, ""]),
      },
      {
        name: "a met target marked down with a reason",
        sheet: withRow(0, ["产出指标(50分)", "数量指标", "安装坡面水标尺", 20, "≥266米", "270米", 18, "部分标尺安装不规范"]),
      },
    ],
    invalid: [
      {
        name: "鄂州 2022: no 分值 column, the points in the score's heading (得分(20分*执行率)), a rate without its % sign",
        sheet: {
          name: "表",
          grid: [
            ["2022年度科普经费项目自评表", null, null, null, null, null],
            ["项目名称", "科学普及经费", null, null, null, null],
            ["预算执行情况(万元)(20分)", null, "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"],
            [null, "年度财政资金总额", 104, 103.97, "99.97", 19],
            ["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
            ["产出指标", "数量指标", "科普文章推送数", "≥800篇", "800篇", 80],
          ],
          merges: ["A3:B3", "A4:A4"],
        },
        errors: [{ messageId: "executionScore", cell: "F4", related: ["F3", "E4"], params: { expected: 19.99, score: 19 } }],
      },
      {
        name: "鄂州 2021: the 预算执行 line weighs 100 and scores 98 at 83.5 % (100 × 83.5 % = 83.5)",
        sheet: selfEvalGrid({ execution: [150, 125.25, 100, "83.5%", 98], total: null }),
        errors: [{ messageId: "executionScore", cell: "I6", related: ["G6", "H6"], params: { expected: 83.5, score: 98 } }],
      },
      {
        name: "a met target with points deducted and no reason",
        sheet: withRow(0, ["产出指标(50分)", "数量指标", "安装坡面水标尺", 20, "≥266米", "270米", 18, ""]),
        errors: [{ messageId: "metDeducted", cell: "H10", severity: "warning", related: ["G10"] }],
      },
      {
        name: "黄冈 2020: no 分值 written, 19.6 = 20 × 98 % scored on a met 98 % target",
        sheet: withRow(0, ["产出指标(50分)", "质量指标", "整编资料审核合格率", "", "≥98%", "98%", 19.6, ""]),
        errors: [{ messageId: "metDeducted", cell: "H10", related: ["G10"], params: { weight: 20, score: 19.6 } }],
      },
      {
        name: "a missed target with full points",
        sheet: withRow(0, ["产出指标(50分)", "数量指标", "安装坡面水标尺", 20, "≥266米", "250米", 20, "资金到位晚"]),
        errors: [{ messageId: "missedFull", cell: "H10" }],
      },
      {
        name: "rates to two decimals: 95.36% does not meet ≥95.50%",
        sheet: withRow(2, ["产出指标(50分)", "时效指标", "及时(按期)完工率", 10, "≥95.50%", "95.36%", 10, ""]),
        errors: [{ messageId: "missedFull", cell: "H12" }],
      },
      {
        name: "a 定性 score below its weight without a reason",
        sheet: withRow(4, QUAL("基本改善", 27)),
        errors: [{ messageId: "noReason", cell: "H14", params: { score: 27, weight: 30 } }],
      },
      {
        name: "部分达成 with full points is outside its band 18–24",
        sheet: withRow(4, QUAL("部分达成", 30, "部分管网未完工")),
        errors: [{ messageId: "band", cell: "H14", params: { low: 18, high: 24 } }],
      },
    ],
  });
});
