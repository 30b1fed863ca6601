import { level3IsCategory } from "../../../src/core/rules/level3-is-category";
import { SHENMU_INDICATORS, replaceRow, shenmuGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

describe("level3-is-category.ts", () => {
  testRule(level3IsCategory, {
    valid: [
      { name: "the base form", sheet: shenmuGrid() },
      {
        name: "“满意度” alone is matched loosely, not taken for the category",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 6, ["效益指标", "社会效益指标", "满意度", "", "≥99%"]),
        }),
      },
      {
        name: "a real name that contains a category word",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 6, ["效益指标", "社会效益指标", "医保结算系统可用率", "", "≥99%"]),
        }),
      },
    ],
    invalid: [
      {
        name: "“社会效益指标” typed into the 三级 column",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 6, ["效益指标", "社会效益指标", "社会效益指标", "", "≥99%"]),
        }),
        errors: [{ messageId: "category", cell: "D31", params: { name: "社会效益指标" } }],
      },
      {
        name: "a category written without its 指标 (“时效”)",
        sheet: shenmuGrid({
          indicators: replaceRow(SHENMU_INDICATORS, 6, ["效益指标", "时效指标", "时效", "", "≥99%"]),
        }),
        errors: [{ messageId: "category", cell: "D31", params: { name: "时效" } }],
      },
    ],
  });
});
