import { unitValueMismatch } from "../../../src/core/rules/unit-value-mismatch";
import { SHENMU_INDICATORS, replaceRow, shenmuGrid } from "../helpers/formGrids";
import { SPLIT_ROWS, type SplitRow, splitGrid } from "../helpers/splitGrid";
import { testRule } from "../helpers/ruleTester";

const withRow = (i: number, row: SplitRow): SplitRow[] => SPLIT_ROWS.map((r, j) => (j === i ? row : r));

describe("unit-value-mismatch.ts", () => {
  testRule(unitValueMismatch, {
    valid: [
      { name: "split columns that agree", sheet: splitGrid() },
      {
        name: "the unit repeated in the value (“95%” with 度量单位 “%”)",
        sheet: splitGrid(withRow(1, ["产出指标", "质量指标", "培训合格率", "≥", "95%", "%"])),
      },
      {
        name: "a 定性 row without a unit",
        sheet: splitGrid(withRow(4, ["效益指标", "社会效益指标", "业务能力", "定性", "明显提升", ""])),
      },
      { name: "the 神木 base form", sheet: shenmuGrid() },
    ],
    invalid: [
      {
        name: "an amount “12万元” with 度量单位 “%”",
        sheet: splitGrid(withRow(3, ["产出指标", "成本指标", "培训经费", "≤", "12万元", "%"])),
        errors: [{ messageId: "conflict", cell: "F9", related: ["E9"], params: { valueUnit: "万元", unit: "%" } }],
      },
      {
        name: "a 定性 row with 度量单位 “%”",
        sheet: splitGrid(withRow(4, ["效益指标", "社会效益指标", "业务能力", "定性", "明显提升", "%"])),
        errors: [{ messageId: "qualitative", cell: "F10", related: ["D10", "E10"] }],
      },
      {
        name: "宁德 2019: 项目完成时间 valued “100%”",
        sheet: shenmuGrid({ indicators: replaceRow(SHENMU_INDICATORS, 3, ["产出指标", "时效指标", "项目完成时间", "", "100%"]) }),
        errors: [{ messageId: "dateAsPercent", cell: "F28", related: ["D28"] }],
      },
    ],
  });
});
