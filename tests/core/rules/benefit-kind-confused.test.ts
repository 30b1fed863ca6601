import { benefitKindConfused } from "../../../src/core/rules/benefit-kind-confused";
import { SHENMU_INDICATORS, replaceRow, shenmuGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

/** Row 31 (index 6) holds the indicator under test. */
const at = (level2: string, name: string, value: string) =>
  shenmuGrid({ indicators: replaceRow(SHENMU_INDICATORS, 6, ["效益指标", level2, name, "", value]) });

describe("benefit-kind-confused", () => {
  testRule(benefitKindConfused, {
    valid: [
      { name: "the sample's effects each in their place", sheet: shenmuGrid() },
      { name: "safety under 社会效益", sheet: at("社会效益指标", "人员伤亡事故", "=0人次") },
      { name: "a loss counted in money under 经济效益", sheet: at("经济效益指标", "安全事故造成的经济损失", "=0万元") },
      { name: "an income under 经济效益", sheet: at("经济效益指标", "带动农户增收", "≥500元/户") },
      {
        name: "永兴 2017: a livestock death rate is the farmers' loss",
        sheet: at("经济效益指标", "生猪死亡率较上年下降", "≥1%"),
      },
    ],
    invalid: [
      {
        name: "蔡甸 2021: 人员伤亡事故 0人次 under 经济效益",
        sheet: at("经济效益指标", "人员伤亡事故", "0人次"),
        errors: [
          {
            messageId: "safetyAsEconomic",
            cell: "D31",
            severity: "warning",
            related: ["C31"],
            params: { name: "人员伤亡事故", level2: "经济效益指标" },
          },
        ],
      },
    ],
  });
});
