import { baselineForRate } from "../../../src/core/rules/baseline-for-rate";
import { SHENMU_INDICATORS, replaceRow, shenmuGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

/** Replaces row 31 (index 6, 效益 › 社会效益) with the given 三级 and value. */
const social = (name: string, value: string, remark = "") =>
  shenmuGrid({ indicators: replaceRow(SHENMU_INDICATORS, 6, ["效益指标", "社会效益指标", name, "", value, remark]) });

describe("missing/baselineForRate.ts", () => {
  testRule(baselineForRate, {
    valid: [
      { name: "a level, not a change (系统可用率 ≥99%)", sheet: shenmuGrid() },
      { name: "the base year is in the name", sheet: social("系统故障次数较2020年降低率", "≥20%") },
      { name: "the base is in 备注", sheet: social("系统故障降低率", "≥20%", "基期：2020年故障56次") },
      { name: "a change written as a count, not a rate", sheet: social("故障减少次数", "≥10次") },
    ],
    invalid: [
      {
        name: "神木 系统故障发生降低率 without a base",
        sheet: social("系统故障发生降低率", "≥90%"),
        errors: [
          { messageId: "noBaseline", cell: "D31", params: { name: "系统故障发生降低率" }, related: ["F31"], severity: "info" },
        ],
      },
      {
        name: "神木 医保政策知晓提升率 without a base",
        sheet: social("医保政策知晓提升率", "≥90%"),
        errors: [{ messageId: "noBaseline", cell: "D31" }],
      },
    ],
  });
});
