import { actualValueFormat } from "../../../src/core/rules/actual-value-format";
import { SELF_EVAL_ROWS, type SelfEvalRow, selfEvalGrid } from "../helpers/selfEvalGrid";
import { testRule } from "../helpers/ruleTester";

const withActual = (i: number, actual: string): SelfEvalRow[] =>
  SELF_EVAL_ROWS.map((r, j) => (j === i ? ([...r.slice(0, 5), actual, ...r.slice(6)] as SelfEvalRow) : r));

describe("actual-value-format.ts", () => {
  testRule(actualValueFormat, {
    valid: [
      { name: "measured figures", sheet: selfEvalGrid() },
      {
        name: "a completion that opens with the name and goes on in words is not a copied name with a figure",
        sheet: selfEvalGrid({ rows: withActual(0, "安装坡面水标尺已全部完成，共计270米，经验收合格并交付使用") }),
      },
      { name: "“=100%” states the achieved value", sheet: selfEvalGrid({ rows: withActual(1, "=100%") }) },
      // (Fifteenth session: a count in words is a figure, as the value reader takes it.)
      {
        name: "a count written in words (“两次”) is an achieved figure",
        sheet: selfEvalGrid({
          rows: SELF_EVAL_ROWS.map((r, j) => (j === 0 ? ([...r.slice(0, 4), "≥2次", "两次", ...r.slice(6)] as SelfEvalRow) : r)),
        }),
      },
      { name: "a dash for a row not due this year is left to other rules", sheet: selfEvalGrid({ rows: withActual(1, "—") }) },
      {
        name: "“已完成” against a target that is itself “已完成” (安居 2021) answers in kind",
        sheet: selfEvalGrid({
          rows: SELF_EVAL_ROWS.map((r, j) =>
            j === 4 ? ([...r.slice(0, 4), "已完成", "已完成", ...r.slice(6)] as SelfEvalRow) : r,
          ),
        }),
      },
      {
        name: "咸宁 2021: “未调查” with its reason written beside it (an honest miss, explained)",
        sheet: selfEvalGrid({
          rows: SELF_EVAL_ROWS.map((r, j) =>
            j === 5 ? ([...r.slice(0, 5), "未调查", 0, "项目未建成，建成运行后开展满意度调查。"] as SelfEvalRow) : r,
          ),
        }),
      },
    ],
    invalid: [
      {
        name: "咸宁 2021: the name copied in front of the figure (“安装坡面水标尺 0”)",
        sheet: selfEvalGrid({ rows: withActual(0, "安装坡面水标尺 0") }),
        errors: [
          {
            messageId: "restatesName",
            cell: "G10",
            related: ["F10"],
            params: { actual: "安装坡面水标尺 0", rest: "0", target: "≥266米" },
          },
        ],
      },
      {
        name: "a numbered name (“1.安装坡面水标尺”) copied without its number in front of the figure",
        sheet: selfEvalGrid({
          rows: SELF_EVAL_ROWS.map((r, j) =>
            j === 0 ? ([r[0], r[1], "1.安装坡面水标尺", r[3], r[4], "安装坡面水标尺 0", ...r.slice(6)] as SelfEvalRow) : r,
          ),
        }),
        errors: [{ messageId: "restatesName", cell: "G10", params: { rest: "0" } }],
      },
      {
        name: "随州 2022: a bare number against “≥266米” has no unit to compare by",
        sheet: selfEvalGrid({ rows: withActual(0, "270") }),
        errors: [{ messageId: "noUnit", cell: "G10", related: ["F10"], params: { actual: "270", unit: "米" } }],
      },
      {
        name: "a bare number shown with a thousands separator (“1,270”, a number format) is a bare number too",
        sheet: selfEvalGrid({ rows: withActual(0, "1,270") }),
        errors: [{ messageId: "noUnit", cell: "G10", related: ["F10"], params: { actual: "1,270", unit: "米" } }],
      },
      {
        name: "黄石 2022: a bare “完成” against targets that say what — one finding per table",
        sheet: selfEvalGrid({
          rows: SELF_EVAL_ROWS.map((r, j) =>
            j === 4 ? ([...r.slice(0, 4), "指导城市建设", "完成", ...r.slice(6)] as SelfEvalRow) : r,
          ),
        }),
        errors: [{ messageId: "generic", cell: "G14", params: { count: 1, actual: "完成" } }],
      },
      {
        name: "大英 2023: a bare “完成” against a quantitative target names the target (noFigure, not the generic finding)",
        sheet: selfEvalGrid({ rows: withActual(0, "完成") }),
        errors: [{ messageId: "noFigure", cell: "G10", params: { target: "≥266米" } }],
      },
      {
        name: "“未调查” with no reason beside it",
        sheet: selfEvalGrid({ rows: withActual(5, "未调查") }),
        errors: [{ messageId: "noFigure", cell: "G15", related: ["F15"] }],
      },
      {
        name: "a quantitative target answered with words only",
        sheet: selfEvalGrid({ rows: withActual(0, "按计划安装") }),
        errors: [{ messageId: "noFigure", cell: "G10", related: ["F10"], params: { target: "≥266米" } }],
      },
      {
        name: "棠溪 2022: “达成预期指标” instead of what was achieved — one finding per table",
        sheet: selfEvalGrid({
          rows: SELF_EVAL_ROWS.map((r, j) =>
            j === 1 || j === 4
              ? ([...r.slice(0, 5), j === 1 ? "达成预期指标" : "达到预期目标。", ...r.slice(6)] as SelfEvalRow)
              : r,
          ),
        }),
        errors: [
          {
            messageId: "generic",
            cell: "G11",
            related: ["G14"],
            severity: "warning",
            params: { count: 2, actual: "达成预期指标" },
          },
        ],
      },
      {
        name: "中江 2022: 全年实际值 “≥90%” copied from the target",
        sheet: selfEvalGrid({ rows: withActual(2, "≥90%") }),
        errors: [{ messageId: "operator", cell: "G12", suggestion: null, params: { actual: "≥90%" } }],
      },
    ],
  });
});
