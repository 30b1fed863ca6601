import { assessmentComplete } from "../../../src/core/rules/assessment-complete";
import { shenmuGrid, wuhaiGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

describe("missing/assessmentComplete.ts", () => {
  testRule(assessmentComplete, {
    valid: [
      { name: "score and 编号 written with their labels", sheet: shenmuGrid() },
      {
        name: "编号 label and value in two cells",
        sheet: shenmuGrid({ cells: { F12: "事前绩效评估编号", G12: "JXPG202140400101" }, dropMerges: ["F12:G12"] }),
      },
      { name: "a form without a 事前绩效评估 block (乌海)", sheet: wuhaiGrid() },
    ],
    invalid: [
      {
        name: "no 事前绩效评估编号 (神木 sheet 4)",
        sheet: shenmuGrid({ fields: { 事前绩效评估编号: null } }),
        errors: [{ messageId: "codeAbsent", cell: "E12", severity: "error" }],
      },
      {
        name: 'score split over two cells ("评估得分:" | 95) and no 编号',
        sheet: shenmuGrid({ fields: { 评估得分: "评估得分:", 事前绩效评估编号: 95 } }),
        errors: [{ messageId: "codeAbsent", cell: "F12" }],
      },
      {
        name: "the 编号 label with nothing after it",
        sheet: shenmuGrid({ fields: { 事前绩效评估编号: "事前绩效评估编号：" } }),
        errors: [{ messageId: "codeEmpty", cell: "F12" }],
      },
      {
        name: "the 评估得分 label with no score",
        sheet: shenmuGrid({ fields: { 评估得分: "评估得分：" } }),
        errors: [{ messageId: "scoreEmpty", cell: "E12" }],
      },
      {
        name: "neither score nor 编号",
        sheet: shenmuGrid({ fields: { 评估得分: null, 事前绩效评估编号: null } }),
        errors: [
          { messageId: "scoreAbsent", cell: "A11" },
          { messageId: "codeAbsent", cell: "A11" },
        ],
      },
    ],
  });
});
