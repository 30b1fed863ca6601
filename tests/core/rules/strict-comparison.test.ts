import { strictComparison } from "../../../src/core/rules/strict-comparison";
import { SHENMU_INDICATORS, WUHAI_INDICATORS, replaceRow, shenmuGrid, withAnnualValue, wuhaiGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

const value = (index: number, v: string) => shenmuGrid({ indicators: withAnnualValue(SHENMU_INDICATORS, index, v) });

describe("format/strictComparison.ts", () => {
  testRule(strictComparison, {
    valid: [
      { name: "≥ / ≤ / =", sheet: shenmuGrid() },
      { name: "乌海 base", sheet: wuhaiGrid() },
      { name: "a strict bound on a time limit is a duration, not judged here (<24小时)", sheet: value(2, "<24小时") },
    ],
    invalid: [
      {
        name: '乌海 OCR ">95%"',
        sheet: wuhaiGrid({ indicators: withAnnualValue(WUHAI_INDICATORS, 1, ">95%") }),
        errors: [
          {
            messageId: "strict",
            cell: "H23",
            params: { value: ">95%", op: ">", meant: "≥" },
            suggestion: "≥95%",
            severity: "info",
          },
        ],
      },
      {
        name: '"<5次"',
        sheet: value(7, "<5次"),
        errors: [{ messageId: "strict", cell: "F32", params: { meant: "≤" }, suggestion: "≤5次" }],
      },
      {
        name: 'the word 大于: "大于99%"',
        sheet: value(6, "大于99%"),
        errors: [{ messageId: "strict", cell: "F31", params: { op: "大于" }, suggestion: "≥99%" }],
      },
      {
        name: 'unit taken from the name: ">280" under "享受待遇（人次）"',
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 0, ["产出指标", "数量指标", "享受待遇（人次）", "", ">280"]),
        }),
        errors: [{ messageId: "strict", cell: "F25", suggestion: "≥280人次" }],
      },
    ],
  });
});
