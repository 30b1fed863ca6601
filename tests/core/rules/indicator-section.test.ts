import { indicatorSection } from "../../../src/core/rules/indicator-section";
import { shenmuGrid, wuhaiGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

describe("missing/indicatorSection.ts", () => {
  testRule(indicatorSection, {
    valid: [
      { name: "神木 table with indicator rows", sheet: shenmuGrid() },
      { name: "乌海 申报表 with two halves", sheet: wuhaiGrid() },
      {
        name: "a table with a single indicator row",
        sheet: shenmuGrid({ indicators: [["产出指标", "数量指标", "运维系统数量", "", "=3套"]] }),
      },
    ],
    invalid: [
      {
        name: "no 绩效指标 part at all",
        sheet: shenmuGrid({ indicatorBlock: false }),
        errors: [{ messageId: "absent", cell: "A1", severity: "error" }],
      },
      {
        name: "the header row with no indicator rows",
        sheet: shenmuGrid({ indicators: [] }),
        errors: [{ messageId: "noRows", cell: "C24" }],
      },
      {
        name: "a 绩效指标 label without the 一级/二级/三级 header",
        sheet: shenmuGrid({ indicatorBlock: false, cells: { A24: "绩效指标" } }),
        errors: [{ messageId: "noHeader", cell: "A24" }],
      },
    ],
  });
});
