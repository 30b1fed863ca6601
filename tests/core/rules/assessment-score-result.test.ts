import { assessmentScoreResult } from "../../../src/core/rules/assessment-score-result";
import { shenmuGrid, wuhaiGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

const scored = (score: string, result: string) => shenmuGrid({ fields: { 评估得分: `评估得分：${score}`, 评估结果: result } });

describe("inconsistent/assessmentScoreResult.ts", () => {
  testRule(assessmentScoreResult, {
    valid: [
      { name: "95 分 with 予以支持", sheet: shenmuGrid() },
      { name: "75 分 with 部分支持", sheet: scored("75", "□予以支持 ☑部分支持") },
      { name: "80 分 is the lowest 予以支持 score", sheet: scored("80", "☑予以支持 □部分支持") },
      { name: "no result ticked: left to checkbox-selection", sheet: scored("55", "□予以支持 □部分支持") },
      { name: "no 事前绩效评估 block (乌海)", sheet: wuhaiGrid() },
    ],
    invalid: [
      {
        name: "55 分 with 予以支持",
        sheet: scored("55", "☑予以支持 □部分支持"),
        errors: [
          {
            messageId: "mismatch",
            cell: "E12",
            params: { result: "予以支持", band: "80 分及以上", score: 55 },
            related: ["C12"],
            severity: "warning",
          },
        ],
      },
      {
        name: "90 分 with 部分支持",
        sheet: scored("90", "□予以支持 ☑部分支持"),
        errors: [{ messageId: "mismatch", cell: "E12", params: { result: "部分支持", band: "60–79 分", score: 90 } }],
      },
      {
        name: "a score above 100",
        sheet: scored("120", "☑予以支持 □部分支持"),
        errors: [{ messageId: "outOfRange", cell: "E12", params: { score: 120 }, severity: "error" }],
      },
      {
        name: 'score split over two cells ("评估得分:" | 55)',
        sheet: shenmuGrid({ fields: { 评估得分: "评估得分:", 事前绩效评估编号: 55 } }),
        errors: [{ messageId: "mismatch", cell: "F12", params: { score: 55 } }],
      },
    ],
  });
});
