import { periodReversed } from "../../../src/core/rules/period-reversed";
import { shenmuGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

const period = (text: string) => shenmuGrid({ fields: { 项目实施起止时间: text } });

describe("consistency/periodReversed.ts", () => {
  testRule(periodReversed, {
    valid: [
      { name: "2021.01.01-2021.12.31", sheet: shenmuGrid() },
      { name: "one day (2021.06.01-2021.06.01)", sheet: period("2021.06.01-2021.06.01") },
      { name: "months only, same month (2023年4月-2023年4月)", sheet: period("2023年4月-2023年4月") },
      { name: "across years (2023年4月-2024年2月)", sheet: period("2023年4月-2024年2月") },
      { name: "no dates (长期)", sheet: period("长期") },
    ],
    invalid: [
      {
        name: "first probe §1.3: 2021.12.31-2021.01.01 (written the wrong way round)",
        sheet: period("2021.12.31-2021.01.01"),
        errors: [
          {
            messageId: "reversed",
            cell: "E3",
            severity: "error",
            params: { text: "2021.12.31-2021.01.01", start: "2021年12月31日", end: "2021年1月1日" },
          },
        ],
      },
      {
        name: "years reversed (2024年1月-2023年12月)",
        sheet: period("2024年1月-2023年12月"),
        errors: [{ messageId: "reversed", cell: "E3", params: { start: "2024年1月", end: "2023年12月" } }],
      },
    ],
  });
});
