import { splitValueNumber } from "../../../src/core/rules/split-value-number";
import type { CellValue } from "../../../src/core/snapshot";
import type { FormGrid } from "../helpers/formGrids";
import { SPLIT_ROWS, type SplitRow, splitGrid } from "../helpers/splitGrid";
import { testRule } from "../helpers/ruleTester";

/** Data rows start at sheet row 6; 指标性质 is column D, 指标值 E, 度量单位 F. */
const withRow = (index: number, row: SplitRow) => splitGrid(SPLIT_ROWS.map((r, i) => (i === index ? row : r)));

/** The split table with a 指标解释 column (G). */
function withExplanation(row: SplitRow, explanation: string): FormGrid {
  const g = splitGrid([row, ...SPLIT_ROWS.slice(1)]);
  const grid = g.grid.map((r, i) => [...r, (i === 4 ? "指标解释" : i === 5 ? explanation : null) as CellValue]);
  return { ...g, grid };
}

describe("split-value-number", () => {
  testRule(splitValueNumber, {
    valid: [
      { name: "bare numbers under their operators (and a date under ≤)", sheet: splitGrid() },
      {
        name: "a bare number shown with a thousands separator (“1,200”, a number format)",
        sheet: withRow(0, ["产出指标", "数量指标", "培训人次", "≥", "1,200", "人次"]),
      },
      {
        name: "湘西: 指标值类型 says 定量 and the value carries its own operator (no operator column)",
        sheet: withRow(0, ["产出指标", "数量指标", "补助学生数量", "定量", "≥168", "人"]),
      },
      {
        name: "岳阳楼 2023: 定量 with “≤7” and its unit 个工作日 in its own column (a time limit)",
        sheet: withRow(2, ["产出指标", "时效指标", "结论书出具时限", "定量", "≤7", "个工作日"]),
      },
      { name: "定性 rows hold words", sheet: withRow(4, ["效益指标", "社会效益指标", "业务能力", "定性", "明显提升", ""]) },
      {
        name: "定量（其他） with its explanation",
        sheet: withExplanation(["产出指标", "数量指标", "培训覆盖面", "定量（其他）", "全县", ""], "覆盖全县各乡镇"),
      },
    ],
    invalid: [
      {
        name: "95% in the 指标值 cell while % has its own column",
        sheet: withRow(1, ["产出指标", "质量指标", "培训合格率", "≥", "95%", "%"]),
        errors: [{ messageId: "notNumber", cell: "E7", severity: "warning", suggestion: "95", params: { value: "95%" } }],
      },
      {
        name: "the operator repeated in the value: ≥300",
        sheet: withRow(0, ["产出指标", "数量指标", "培训人次", "≥", "≥300", "人次"]),
        errors: [{ messageId: "notNumber", cell: "E6", suggestion: "300" }],
      },
      {
        name: "岳阳: 定量 with words “按月安排”",
        sheet: withRow(2, ["产出指标", "时效指标", "工作安排时间", "定量", "按月安排", ""]),
        errors: [{ messageId: "notNumber", cell: "E8", suggestion: null }],
      },
      {
        name: "定量（其他） without an explanation",
        sheet: withExplanation(["产出指标", "数量指标", "培训覆盖面", "定量（其他）", "全县", ""], ""),
        errors: [{ messageId: "otherUnexplained", cell: "D6", related: ["E6"] }],
      },
    ],
  });
});
