import { actualMeasureMismatch } from "../../../src/core/rules/actual-measure-mismatch";
import { SELF_EVAL_ROWS, type SelfEvalRow, selfEvalGrid } from "../helpers/selfEvalGrid";
import { testRule } from "../helpers/ruleTester";

/** Indicator rows start at sheet row 10: D 三级, E 分值, F 指标值, G 实际, H 得分, I 原因. */
const withRow = (index: number, row: SelfEvalRow) =>
  selfEvalGrid({ rows: SELF_EVAL_ROWS.map((r, i) => (i === index ? row : r)) });

describe("actual-measure-mismatch", () => {
  testRule(actualMeasureMismatch, {
    valid: [
      { name: "every achieved value in its target's measure", sheet: selfEvalGrid() },
      {
        name: "a bare number or words are other rules' business",
        sheet: withRow(1, ["产出指标(50分)", "质量指标", "项目(工程)验收合格率", 10, "=100%", "全部合格", 10, ""]),
      },
      {
        name: "a count achieved against a count in another unit is not a rate mismatch",
        sheet: withRow(0, ["产出指标(50分)", "数量指标", "安装坡面水标尺", 20, "≥266米", "0.27公里", 20, ""]),
      },
    ],
    invalid: [
      {
        name: "蔡甸 2021: 灭火设备配备率 100% answered with 1000件",
        sheet: withRow(1, ["产出指标(50分)", "质量指标", "灭火设备配备率", 10, "100%", "1000件", 10, ""]),
        errors: [
          { messageId: "rateAnsweredWithAmount", cell: "G11", severity: "warning", related: ["F11"], params: { unit: "件" } },
        ],
      },
      {
        name: "旺苍 2021: 37个基层医疗机构 answered with 100%",
        sheet: withRow(0, ["产出指标(50分)", "数量指标", "实施基本药物制度的基层医疗机构", 20, "37个", "100%", 20, ""]),
        errors: [{ messageId: "amountAnsweredWithRate", cell: "G10", related: ["F10"], params: { unit: "个" } }],
      },
    ],
  });
});
