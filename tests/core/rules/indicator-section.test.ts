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
        name: "福建 2017: values in an unknown table layout (评价指标 | 绩效内容 | 全年绩效目标) — an info, not a missing table",
        sheet: shenmuGrid({
          indicatorBlock: false,
          cells: {
            A25: "评价指标",
            D25: "绩效内容",
            F25: "全年绩效目标",
            A26: "产出",
            D26: "困难台胞生活补贴受益人数",
            F26: "≥432人",
            A27: "产出",
            D27: "补贴发放对象准确率",
            F27: "=100%",
            A28: "效果",
            D28: "受助台胞满意度",
            F28: "≥90%",
          },
        }),
        errors: [{ messageId: "unread", cell: "F26", related: ["F27", "F28"], severity: "info" }],
      },
      {
        name: "a 绩效指标 label without the 一级/二级/三级 header",
        sheet: shenmuGrid({ indicatorBlock: false, cells: { A24: "绩效指标" } }),
        errors: [{ messageId: "noHeader", cell: "A24" }],
      },
    ],
  });
});
