import { satisfactionAsBenefit } from "../../../src/core/rules/satisfaction-as-benefit";
import { SHENMU_INDICATORS, replaceRow, shenmuGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

/** Row 31 (index 6) is 效益指标 › 社会效益指标, row 32 (index 7) 可持续影响指标. */
const withBenefit = (...rows: Array<[number, string, string]>) => {
  let indicators = [...SHENMU_INDICATORS];
  for (const [index, name, value] of rows)
    indicators = replaceRow(indicators, index, ["效益指标", indicators[index][1], name, "", value]);
  return shenmuGrid({ indicators });
};

describe("satisfaction-as-benefit", () => {
  testRule(satisfactionAsBenefit, {
    valid: [
      { name: "satisfaction under 满意度指标, effects under 效益", sheet: shenmuGrid() },
      {
        name: "a benefit whose name only contains 意 (不是满意度) is fine",
        sheet: withBenefit([6, "群众就医意愿达成率", "≥90%"]),
      },
    ],
    invalid: [
      {
        name: "湘潭 2023: 社会效益 “市民对空气质量改善的满意程度 ≥85%” beside a real effect",
        sheet: withBenefit([6, "市民对空气质量改善的满意程度", "≥85%"]),
        errors: [
          {
            messageId: "underBenefit",
            cell: "D31",
            severity: "warning",
            related: ["C31"],
            params: { name: "市民对空气质量改善的满意程度" },
          },
        ],
      },
      {
        name: "效益 holds only satisfaction: 以满意度代替效益指标",
        sheet: withBenefit([6, "市民对空气质量改善的满意程度", "≥85%"], [7, "群众满意率", "≥90%"]),
        errors: [
          { messageId: "onlyBenefit", cell: "D31" },
          { messageId: "onlyBenefit", cell: "D32" },
        ],
      },
    ],
  });
});
