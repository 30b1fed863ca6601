import { weightsTotal } from "../../../src/core/rules/weights-total";
import { SELF_EVAL_ROWS, type SelfEvalRow, selfEvalGrid } from "../helpers/selfEvalGrid";
import { testRule } from "../helpers/ruleTester";

const relabel = (from: string, to: string): SelfEvalRow[] =>
  SELF_EVAL_ROWS.map((r) => (r[0] === from ? ([to, ...r.slice(1)] as SelfEvalRow) : r));

describe("weights-total.ts", () => {
  testRule(weightsTotal, {
    valid: [
      { name: "50 + 30 + 10 + 预算执行 10 = 总分 100", sheet: selfEvalGrid() },
      {
        name: "no 总分 row and no points in labels: nothing to compare",
        sheet: selfEvalGrid({
          total: null,
          rows: SELF_EVAL_ROWS.map((r) => [r[0].replace(/\(\d+分\)/, ""), ...r.slice(1)] as SelfEvalRow),
        }),
      },
    ],
    invalid: [
      {
        name: "中江 2022: the 一级 labels say 70/20/10, the indicators add to 100 and the 预算执行 10 makes 110 against 总分 100",
        sheet: selfEvalGrid({
          rows: [
            ["产出指标(70分)", "数量指标", "安装坡面水标尺", 10, "≥266米", "≥266米", 10, ""],
            ["产出指标(70分)", "数量指标", "水标尺宽度", 10, "≥50厘米", "≥50厘米", 10, ""],
            ["产出指标(70分)", "质量指标", "验收合格率", 20, "=100%", "100%", 20, ""],
            ["产出指标(70分)", "时效指标", "及时开工率", 10, "≥90%", "≥90%", 10, ""],
            ["产出指标(70分)", "时效指标", "及时完工率", 10, "≥90%", "≥90%", 10, ""],
            ["产出指标(70分)", "成本指标", "项目计划总投资", 10, "≤20万元", "20万元", 10, ""],
            ["效益指标(20分)", "社会效益指标", "受益人口数", 10, "≥1000人", "≥1000人", 10, ""],
            ["效益指标(20分)", "社会效益指标", "生产生活条件改善", 10, "显著提升", "显著提升", 10, ""],
            ["满意度指标(10分)", "服务对象满意度指标", "受益户满意度", 10, "≥95%", "≥95%", 10, ""],
          ],
        }),
        errors: [{ messageId: "total", cell: "E19", related: ["G6"], params: { indicators: 100, sum: 110, total: 100 } }],
      },
      {
        name: "大英 2023: the 合计 row has a weight but no score",
        sheet: selfEvalGrid({ total: [100, ""] }),
        errors: [{ messageId: "totalScoreEmpty", cell: "H16", related: ["E16"], severity: "warning" }],
      },
      {
        name: "a 一级 label states 40 points but its indicators add to 50",
        sheet: selfEvalGrid({ rows: relabel("产出指标(50分)", "产出指标(40分)"), total: null }),
        errors: [{ messageId: "level1", cell: "B10", params: { points: 40, sum: 50 } }],
      },
      {
        name: "大英 2023 style: “绩效指标(90分)” part whose indicators add to 80",
        sheet: (() => {
          const g = selfEvalGrid({
            rows: SELF_EVAL_ROWS.map((r, i) => (i === 4 ? ([r[0], r[1], r[2], 20, r[4], r[5], 20, r[7]] as SelfEvalRow) : r)),
            total: null,
          });
          g.grid[8][0] = "绩效指标(90分)";
          return g;
        })(),
        errors: [
          { messageId: "level1", cell: "B14", params: { points: 30, sum: 20 } },
          { messageId: "section", cell: "A9", params: { points: 90, sum: 80 } },
        ],
      },
    ],
  });
});
