import { outcomeAsOutput } from "../../../src/core/rules/outcome-as-output";
import { SHENMU_INDICATORS, replaceRow, shenmuGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

/** Row 25 (index 0) holds the indicator under test. */
const at = (level1: string, level2: string, name: string, value: string) =>
  shenmuGrid({ indicators: replaceRow(SHENMU_INDICATORS, 0, [level1, level2, name, "", value]) });

describe("outcome-as-output", () => {
  testRule(outcomeAsOutput, {
    valid: [
      { name: "the sample's quantities", sheet: shenmuGrid() },
      { name: "an income under 经济效益", sheet: at("效益指标", "经济效益指标", "全年实现会展业综合收入", "≥280亿元") },
      { name: "people of low income counted", sheet: at("产出指标", "数量指标", "低收入人口救助人数", "≥300人") },
      { name: "a fund's amount is input-as-output's business", sheet: at("产出指标", "数量指标", "奖补资金收入", "=50万元") },
      {
        name: "四川 2021: the growth of what the project itself delivers (创业担保贷款发放额增长率) is a change in its output",
        sheet: at("产出指标", "数量指标", "创业担保贷款发放额增长率", "≥5%"),
      },
    ],
    invalid: [
      {
        name: "海南 2022: a sector's income as the quantity of a reward fund",
        sheet: at("产出指标", "数量指标", "全年实现会展业综合收入", "≥280亿元"),
        errors: [
          {
            messageId: "outcomeAsOutput",
            cell: "D25",
            severity: "warning",
            related: ["C25"],
            params: { name: "全年实现会展业综合收入", level2: "数量指标" },
          },
        ],
      },
      {
        name: "an output value (产值) as a quantity",
        sheet: at("产出指标", "数量指标", "带动特色产业产值", "≥2000万元"),
        errors: [{ messageId: "outcomeAsOutput", cell: "D25" }],
      },
    ],
  });
});
