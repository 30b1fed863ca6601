import { periodFormat } from "../../../src/core/rules/period-format";
import { shenmuGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

const period = (text: string) => shenmuGrid({ fields: { 项目实施起止时间: text } });

describe("format/periodFormat.ts", () => {
  testRule(periodFormat, {
    valid: [
      { name: "2021.01.01-2021.12.31", sheet: shenmuGrid() },
      { name: "2023年4月-2024年2月", sheet: period("2023年4月-2024年2月") },
      { name: "a year (2022年)", sheet: period("2022年") },
      { name: "words, not figures (长期)", sheet: period("长期") },
    ],
    invalid: [
      {
        name: "湘潭 2024: 20246-202516 (garbled year-months)",
        sheet: period("20246-202516"),
        errors: [{ messageId: "unreadable", cell: "E3", params: { text: "20246-202516" }, severity: "warning" }],
      },
    ],
  });
});
