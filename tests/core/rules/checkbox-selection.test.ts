import { checkboxSelection } from "../../../src/core/rules/checkbox-selection";
import { shenmuGrid, wuhaiGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";
import type { FormGrid } from "../helpers/formGrids";

/**
 * A 襄阳 2021 财政项目绩效自评表 (tests/fixtures/real/blind c-xiangyang-2021): three boxed header groups,
 * 项目类别 (C5), 项目属性 (C6) and 项目类型 (C7), all under labels of one meaning.
 */
function xiangyangGrid(
  attribute = "1、持续性项目☑ 2、新增性项目□",
  type = "1、常年性项目□ 2、延续性项目☑ 3、一次性项目□",
): FormGrid {
  const row = (...cells: (string | number | null)[]) => [...cells, ...new Array<null>(7 - cells.length).fill(null)];
  return {
    name: "自评",
    grid: [
      row("2021年度财政项目绩效自评表"),
      row("单位名称:襄阳市中心医院", null, null, null, "填报日期:2022年3月18日"),
      row("项目名称", null, "东津院区建设补助"),
      row("主管部门", null, "襄阳市卫生健康委", null, "项目实施单位", "襄阳市中心医院"),
      row("项目类别", null, "1、部门预算项目☑ 2、财政专项□ 3、市对下转移支付项目□"),
      row("项目属性", null, attribute),
      row("项目类型", null, type),
      row("预算执行情况(万元)(20分)", null, null, "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"),
      row(null, null, "年度财政资金总额", 1000, 1000, "100%", 20),
      row("年度绩效目标(80分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"),
      row(null, "产出指标", "数量指标", "新建院区建筑面积", "≥10万平方米", "10.5万平方米", 40),
      row(null, "效益指标", "社会效益指标", "新增床位数", "≥1000张", "1000张", 40),
    ],
    merges: [
      "A1:G1",
      "A2:D2",
      "E2:G2",
      "A3:B3",
      "C3:G3",
      "A4:B4",
      "C4:D4",
      "F4:G4",
      "A5:B5",
      "C5:G5",
      "A6:B6",
      "C6:G6",
      "A7:B7",
      "C7:G7",
      "A8:B9",
      "A10:A12",
    ],
  };
}

/** The 襄阳 grid with a boxed list of no known group in E2 (资金性质, 鄂州 2022). */
function withOtherList(text: string): FormGrid {
  const g = xiangyangGrid();
  g.grid[1][4] = text;
  return g;
}

describe("missing/checkboxSelection.ts", () => {
  testRule(checkboxSelection, {
    valid: [
      { name: "项目属性 written as the one option chosen (延续专项)", sheet: shenmuGrid({ fields: { 项目属性: "延续专项" } }) },
      {
        name: "广水 2020: two lists in one cell, each on its own line numbered from 1 again, one tick each",
        sheet: xiangyangGrid(undefined, "1、常年性项目√ 2、一次性项目□\n1、部门预算项目√ 2、上级专项□ 3、省对下转移支付项目□"),
      },
      { name: "one tick in every group", sheet: shenmuGrid() },
      { name: "a boxed list of no known group with a tick", sheet: withOtherList("资金性质:经费拨款☑非税收入□政府性基金□") },
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
      { name: "自评表: 项目类别, 项目属性 and 项目类型 each ticked once", sheet: xiangyangGrid() },
    ],
    invalid: [
      {
        name: "鄂州 2022: 资金性质 lists five boxes and none is ticked (a group the vocabulary does not know: a warning)",
        sheet: withOtherList("资金性质:经费拨款□非税收入□政府性基金□"),
        errors: [
          {
            messageId: "none",
            cell: "E2",
            severity: "warning",
            params: { group: "资金性质", options: "经费拨款、非税收入、政府性基金" },
          },
        ],
      },
      {
        name: "自评表: 项目属性 below 项目类别 with no tick (襄阳 2021) — a further group of the same meaning, a warning",
        sheet: xiangyangGrid("1、持续性项目□ 2、新增性项目□"),
        errors: [
          {
            messageId: "none",
            cell: "C6",
            related: ["A6"],
            params: { group: "项目属性", options: "持续性项目、新增性项目" },
            severity: "warning",
          },
        ],
      },
      {
        name: "two lists in one cell, one line each, both numbered from 1, two ticks on one line (广水 2020)",
        sheet: xiangyangGrid(undefined, "1、常年性项目☑ 2、一次性项目☑\n1、部门预算项目☑ 2、上级专项□"),
        errors: [{ messageId: "several", cell: "C7", params: { group: "项目类型", count: 3 }, severity: "warning" }],
      },
      {
        name: "自评表: 项目类型 with two ticks",
        sheet: xiangyangGrid(undefined, "1、常年性项目☑ 2、延续性项目☑ 3、一次性项目□"),
        errors: [{ messageId: "several", cell: "C7", params: { group: "项目类型", count: 2 }, severity: "warning" }],
      },
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
        name: "望城 2017: 项目属性 printed as its two options with no box and no mark",
        sheet: shenmuGrid({ fields: { 项目属性: "延续专项 新增专项" } }),
        errors: [
          {
            messageId: "none",
            cell: "E5",
            severity: "warning",
            params: { group: "项目属性", options: "延续专项、新增专项" },
          },
        ],
      },
      {
        name: "西青 2021: the template's prompt “(一次性项目/经常性项目)” left in 项目属性",
        sheet: shenmuGrid({ fields: { 项目属性: "(一次性项目/经常性项目)" } }),
        errors: [{ messageId: "none", cell: "E5", severity: "warning", params: { options: "一次性项目、经常性项目" } }],
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
