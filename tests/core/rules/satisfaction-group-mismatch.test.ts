import { satisfactionGroupMismatch } from "../../../src/core/rules/satisfaction-group-mismatch";
import { SHENMU_INDICATORS, replaceRow, shenmuGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

/** Row 33 (index 8) is 满意度指标 › 服务对象满意度指标. */
const withSatisfaction = (name: string, value: string) =>
  shenmuGrid({ indicators: replaceRow(SHENMU_INDICATORS, 8, ["满意度指标", "服务对象满意度指标", name, "", value]) });

describe("satisfaction-group-mismatch", () => {
  testRule(satisfactionGroupMismatch, {
    valid: [
      { name: "the sample's 服务对象满意度", sheet: shenmuGrid() },
      {
        name: "people's judgement in other words (群众认可度, 投诉率) is satisfaction",
        sheet: withSatisfaction("群众认可度", "≥90%"),
      },
      { name: "a complaint rate under 满意度", sheet: withSatisfaction("有效投诉率", "≤1%") },
      { name: "a template row left as 指标1 is another rule's", sheet: withSatisfaction("指标1：", "") },
    ],
    invalid: [
      {
        name: "黄冈 2020: 整编资料审核 98% under 服务对象满意度指标 is not a satisfaction",
        sheet: withSatisfaction("整编资料审核", "98%"),
        errors: [{ messageId: "notSatisfaction", cell: "D33", related: ["C33"], params: { name: "整编资料审核" } }],
      },
      {
        name: "福建 2022: 群众创业热情高涨 under 满意度指标 (a warning)",
        sheet: withSatisfaction("群众创业热情高涨", "创业热情高涨"),
        errors: [
          {
            messageId: "notSatisfaction",
            cell: "D33",
            severity: "warning",
            related: ["C33"],
            params: { name: "群众创业热情高涨" },
          },
        ],
      },
    ],
  });
});

it("files a row that contradicts its 满意度 heading as an inconsistency, not a format slip", () => {
  expect(satisfactionGroupMismatch.meta.category).toBe("inconsistent");
});
