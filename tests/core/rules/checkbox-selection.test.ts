import { checkboxSelection } from "../../../src/core/rules/checkbox-selection";
import { shenmuGrid, wuhaiGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";

describe("missing/checkboxSelection.ts", () => {
  testRule(checkboxSelection, {
    valid: [
      { name: "one tick in every group", sheet: shenmuGrid() },
      {
        name: 'boxes after their options, as in the 神木 source ("新增项目 □ 延续项目 ☑")',
        sheet: shenmuGrid({ fields: { 项目属性: "新增项目 □ 延续项目 ☑", 评估结果: "予以支持 ☑ 部分支持 □" } }),
      },
      {
        name: "评估方式 is not exclusive: two methods ticked",
        sheet: shenmuGrid({ fields: { 评估方式: "☑专家咨询 □现场调研 □问卷调查 ☑座谈会 □党委(组)会 □市财政局 □其他" } }),
      },
      {
        name: "参与 is optional: no participant ticked",
        sheet: shenmuGrid({ fields: { 参与: "参与 □人大代表 □政协委员" } }),
      },
      {
        name: "other tick characters (■, √) count as ticked",
        sheet: shenmuGrid({ fields: { 项目属性: "□新增项目 ■延续项目", 项目口径: "□一次性项目 □阶段性项目 √经常性项目" } }),
      },
      {
        name: 'an answer typed instead of ticking ("延续项目") counts as that option',
        sheet: shenmuGrid({ fields: { 项目属性: "延续项目" } }),
      },
      { name: "乌海: 项目属性 written as text, no checkbox groups", sheet: wuhaiGrid() },
    ],
    invalid: [
      {
        name: "项目属性 with no tick",
        sheet: shenmuGrid({ fields: { 项目属性: "□新增项目 □延续项目" } }),
        errors: [
          {
            messageId: "none",
            cell: "E5",
            params: { group: "项目属性", options: "新增项目、延续项目" },
            related: ["D5"],
            severity: "error",
          },
        ],
      },
      {
        name: "项目属性 with two ticks",
        sheet: shenmuGrid({ fields: { 项目属性: "☑新增项目 ☑延续项目" } }),
        errors: [{ messageId: "several", cell: "E5", params: { group: "项目属性", count: 2, checked: "新增项目、延续项目" } }],
      },
      {
        name: "项目口径 all unchecked with a stray ☼ after 经常性项目 (神木 sheet 4)",
        sheet: shenmuGrid({ fields: { 项目口径: "□一次性项目 □阶段性项目 □经常性项目 ☼" } }),
        errors: [{ messageId: "none", cell: "E6", params: { group: "项目口径", options: "一次性项目、阶段性项目、经常性项目" } }],
      },
      {
        name: "评估结果 with neither 予以支持 nor 部分支持 (神木 制卡费)",
        sheet: shenmuGrid({ fields: { 评估结果: "□予以支持 □部分支持" } }),
        errors: [{ messageId: "none", cell: "C12", params: { group: "评估结果" } }],
      },
      {
        name: "评估结果 with both ticked",
        sheet: shenmuGrid({ fields: { 评估结果: "☑予以支持 ☑部分支持" } }),
        errors: [{ messageId: "several", cell: "C12", params: { count: 2 } }],
      },
      {
        name: "评估方式 with no method ticked",
        sheet: shenmuGrid({ fields: { 评估方式: "□专家咨询 □现场调研 □问卷调查 □座谈会 □党委(组)会 □市财政局 □其他" } }),
        errors: [{ messageId: "none", cell: "C11", params: { group: "评估方式" } }],
      },
    ],
  });
});
