import { detailLinesEmpty } from "../../../src/core/rules/detail-lines-empty";
import { shenmuGrid, wuhaiGrid } from "../helpers/formGrids";
import { HUNAN_LINES, type HunanLine, hunanGrid } from "../helpers/hunanGrid";
import { testRule } from "../helpers/ruleTester";

/** The four printed lines with only their numbers left. */
const BLANK_LINES: HunanLine[] = HUNAN_LINES.map(() => [null, null, null, ""]);

describe("missing/detailLinesEmpty.ts", () => {
  testRule(detailLinesEmpty, {
    valid: [
      { name: "湖南 申报表: 合计 40 and four filled lines", sheet: hunanGrid() },
      {
        name: "two lines filled, the rest of the printed numbers and an ellipsis left (阳泉 2015's corrected copy)",
        sheet: hunanGrid({
          total: 30.4,
          lines: [HUNAN_LINES[0], HUNAN_LINES[1], [null, null, null, ""], ["…", null, null, ""]],
        }),
      },
      { name: "乌海 申报表: 预算明细 filled", sheet: wuhaiGrid() },
      { name: "神木: no 预算明细", sheet: shenmuGrid() },
    ],
    invalid: [
      {
        name: "only the 合计 written, the four printed lines blank (岳阳楼区 2017)",
        sheet: hunanGrid({ lines: BLANK_LINES }),
        errors: [
          {
            messageId: "onlyTotal",
            cell: "C14",
            params: { total: "40", count: 4 },
            related: ["C15", "C16", "C17", "E13"],
            severity: "warning",
          },
        ],
      },
      {
        name: "the whole block blank, 合计 too (阳泉 2015)",
        sheet: hunanGrid({ lines: BLANK_LINES, total: null }),
        errors: [{ messageId: "blank", cell: "C14", params: { count: 4 }, severity: "warning" }],
      },
      {
        name: "合计 written as a dash: nothing filled",
        sheet: hunanGrid({ lines: [...BLANK_LINES, ["…", null, null, ""]], total: "——" }),
        errors: [{ messageId: "blank", cell: "C14", params: { count: 4 } }],
      },
    ],
  });
});
