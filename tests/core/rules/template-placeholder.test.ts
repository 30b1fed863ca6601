import { templatePlaceholder } from "../../../src/core/rules/template-placeholder";
import { shenmuGrid } from "../helpers/formGrids";
import { SELF_EVAL_ROWS, type SelfEvalRow, selfEvalGrid } from "../helpers/selfEvalGrid";
import { departmentOverallGrid } from "../helpers/kindGrids";
import { testRule } from "../helpers/ruleTester";

describe("template-placeholder.ts", () => {
  testRule(templatePlaceholder, {
    valid: [
      { name: "the base form", sheet: shenmuGrid() },
      { name: "brackets that are part of a name", sheet: shenmuGrid({ cells: { D28: "项目(工程)验收合格率" } }) },
      { name: "a name that starts with 指标 without a number", sheet: shenmuGrid({ cells: { D28: "指标达标率" } }) },
      { name: "the self-evaluation base", sheet: selfEvalGrid() },
      { name: "the 部门整体 base", sheet: departmentOverallGrid() },
    ],
    invalid: [
      {
        name: "阿拉尔 2021: the example row's numbering kept before a real name (“指标2：”)",
        sheet: shenmuGrid({ cells: { D28: "指标2：医保结算系统可用率" } }),
        errors: [
          {
            messageId: "prefix",
            cell: "D28",
            severity: "warning",
            params: { prefix: "指标2：" },
            suggestion: "医保结算系统可用率",
          },
        ],
      },
      {
        name: "石嘴山 2020: a filling note left in a 二级 label (“数量指标(必填)”), reported once for its merged cell",
        sheet: selfEvalGrid({
          rows: SELF_EVAL_ROWS.map((r, i) => (i === 0 ? ([r[0], "数量指标(必填)", ...r.slice(2)] as SelfEvalRow) : r)),
        }),
        errors: [{ messageId: "fillingNote", cell: "C10", params: { note: "(必填)" }, suggestion: "数量指标" }],
      },
      {
        name: "the template's example rows “指标1：” and “指标2”",
        sheet: shenmuGrid({ cells: { D28: "指标1：", D29: "指标2" } }),
        errors: [
          { messageId: "placeholderRow", cell: "D28", severity: "warning", params: { name: "指标1：" } },
          { messageId: "placeholderRow", cell: "D29" },
        ],
      },
      {
        // 阳泉 2015: an unfilled template's rows hold only their numbers ("1." "2、" "（3）") — not "0", a figure.
        name: "a template's row numbers left as the 三级 names",
        sheet: shenmuGrid({ cells: { D28: "1.", D29: "2、", D30: "（3）" } }),
        errors: [
          { messageId: "placeholderRow", cell: "D28", params: { name: "1." } },
          { messageId: "placeholderRow", cell: "D29" },
          { messageId: "placeholderRow", cell: "D30" },
        ],
      },
      {
        name: "on a self-evaluation too",
        sheet: selfEvalGrid({
          rows: SELF_EVAL_ROWS.map((r, i) => (i === 2 ? ([r[0], r[1], "指标3", ...r.slice(3)] as SelfEvalRow) : r)),
        }),
        errors: [{ messageId: "placeholderRow", cell: "D12" }],
      },
      {
        name: "张庄寨 2023: the template's “……” rows (nothing else written) left in — one finding per table",
        sheet: selfEvalGrid({
          rows: [
            SELF_EVAL_ROWS[0],
            SELF_EVAL_ROWS[1],
            ["产出指标(50分)", "质量指标", "……", "", "", "", "", ""],
            ...SELF_EVAL_ROWS.slice(2, 5),
            ["效益指标(30分)", "社会效益指标", "……", "", "", "", "", ""],
            SELF_EVAL_ROWS[5],
          ],
        }),
        errors: [
          {
            messageId: "fillerRows",
            cell: "D12",
            related: ["D16"],
            severity: "info",
            params: { count: 2, name: "……", cells: "D12、D16" },
          },
        ],
      },
      {
        name: "南岳 2018: “(≥**%)” left in the 三级 name",
        sheet: shenmuGrid({ cells: { D28: "旅游区居民满意度(≥**%)" } }),
        errors: [{ messageId: "inName", cell: "D28", params: { placeholder: "(≥**%)" }, suggestion: "旅游区居民满意度" }],
      },
      {
        name: "南岳 2018 D13: a leading “*” is dropped, the 贫 after it is kept",
        sheet: shenmuGrid({ cells: { D28: "*贫困地区旅游基础设施建设质量达标率100%" } }),
        errors: [{ messageId: "inName", cell: "D28", suggestion: "贫困地区旅游基础设施建设质量达标率100%" }],
      },
      {
        name: "“( ≥**个 )” with inner spaces and a unit",
        sheet: shenmuGrid({ cells: { D28: "贫困地区旅游景点开发数量( ≥**个 )" } }),
        errors: [{ messageId: "inName", cell: "D28", suggestion: "贫困地区旅游景点开发数量" }],
      },
      {
        name: "a deadline left as “（待填）前” by 在新工作表中新建",
        sheet: shenmuGrid({ cells: { F28: "（待填）前" } }),
        errors: [{ messageId: "inValue", cell: "F28", params: { placeholder: "（待填）" }, suggestion: null }],
      },
      {
        name: "a cap left as “≤（待填）万元”",
        sheet: shenmuGrid({ cells: { F28: "≤（待填）万元" } }),
        errors: [{ messageId: "inValue", cell: "F28" }],
      },
      {
        name: "a value left as “≥**人”",
        sheet: shenmuGrid({ cells: { F28: "≥**人" } }),
        errors: [{ messageId: "inValue", cell: "F28" }],
      },
    ],
  });
});
