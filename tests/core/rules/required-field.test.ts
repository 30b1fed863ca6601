import { requiredFields } from "../../../src/core/rules/required-field";
import { type FormGrid, shenmuGrid, stackGrids, wuhaiGrid } from "../helpers/formGrids";
import { testRule } from "../helpers/ruleTester";
import { selfEvalGrid } from "../helpers/selfEvalGrid";

/** 乌恰 2021's head: 项目负责人及联系电话 answered with `contact`. */
const withContact = (contact: string): FormGrid => ({
  name: "表",
  grid: [
    ["绩效项目申报表", null, null, null],
    ["项目名称", "干渠防渗改造项目", "项目负责人及联系电话", contact],
    ["主管部门", "乌恰县水利局", "实施单位", "乌恰县农村供水站"],
    ["项目资金(万元)", "年度资金总额", 280, null],
    ["年度目标", "完成干渠防渗改造5公里", null, null],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "干渠防渗改造长度", "≥5公里"],
  ],
  merges: [],
});

/** A 自评表 whose 主管部门 (B4) is left empty (天长 2022). */
function selfEvalWithoutDepartment() {
  const g = selfEvalGrid();
  g.grid[3][1] = null;
  return g;
}

describe("missing/requiredFields.ts", () => {
  testRule(requiredFields, {
    valid: [
      { name: "乌恰 2021 corrected: the name with its phone", sheet: withContact("沈飞 138****6021") },
      { name: "a complete 神木 table", sheet: shenmuGrid() },
      { name: "a complete 乌海 申报表", sheet: wuhaiGrid() },
      {
        name: "当年预算变动情况及理由 is optional and may stay empty",
        sheet: shenmuGrid({ fields: { 当年预算变动情况及理由: null } }),
      },
      {
        name: "项目预算 written as text with a unit still counts as an amount",
        sheet: shenmuGrid({ fields: { 项目预算: "50万元" } }),
      },
      { name: "a complete 自评表 (its kind asks for no budget field)", sheet: selfEvalGrid() },
      {
        name: 'a label and its value in one cell ("项目名称：系统升级维护费")',
        sheet: shenmuGrid({ cells: { A3: "项目名称：系统升级维护费", B3: null } }),
      },
    ],
    invalid: [
      {
        name: "乌恰 2021: 项目负责人及联系电话 answered with a name only (a note)",
        sheet: withContact("沈飞"),
        errors: [
          { messageId: "phoneMissing", cell: "D2", severity: "info", params: { label: "项目负责人及联系电话", text: "沈飞" } },
        ],
      },
      {
        name: "自评表: the printed 主管部门 left empty is a warning",
        sheet: selfEvalWithoutDepartment(),
        errors: [{ messageId: "empty", cell: "B4", related: ["A4"], params: { field: "主管部门" }, severity: "warning" }],
      },
      {
        name: "empty 项目名称",
        sheet: shenmuGrid({ fields: { 项目名称: null } }),
        errors: [{ messageId: "empty", cell: "B3", params: { field: "项目名称" }, related: ["A3"], severity: "error" }],
      },
      {
        name: "empty 项目实施单位 and 经费测算",
        sheet: shenmuGrid({ fields: { 项目实施单位: "", 经费测算: "  " } }),
        errors: [
          { messageId: "empty", cell: "E4", params: { field: "项目实施单位" } },
          { messageId: "empty", cell: "B9", params: { field: "经费测算" } },
        ],
      },
      {
        name: "an empty 事前评估 dimension (立项必要性) when the form has the 事前绩效评估 block",
        sheet: shenmuGrid({ fields: { 立项必要性: null } }),
        errors: [{ messageId: "empty", cell: "C13", params: { field: "立项必要性" } }],
      },
      {
        name: "the 经费测算 row missing altogether",
        sheet: shenmuGrid({ cells: { A9: null, B9: null } }),
        errors: [{ messageId: "absent", cell: "A1", params: { field: "经费测算" } }],
      },
      {
        name: "项目预算 left empty",
        sheet: shenmuGrid({ fields: { 项目预算: null } }),
        errors: [{ messageId: "budgetEmpty", cell: "B5", params: { field: "项目预算" }, related: ["A5"] }],
      },
      {
        name: "项目预算 written in words (no amount can be read)",
        sheet: shenmuGrid({ fields: { 项目预算: "五十万" } }),
        errors: [{ messageId: "budgetUnreadable", cell: "B5", params: { field: "项目预算", text: "五十万" } }],
      },
      {
        name: '项目预算 typed twice in one cell ("50.0050.00"): unreadable, never a wrong number',
        sheet: shenmuGrid({ fields: { 项目预算: "50.0050.00" } }),
        errors: [{ messageId: "budgetUnreadable", cell: "B5" }],
      },
      {
        name: "项目预算 is #DIV/0!: unknown, not 0",
        sheet: shenmuGrid({ fields: { 项目预算: "#DIV/0!" } }),
        errors: [{ messageId: "budgetUnreadable", cell: "B5" }],
      },
      {
        name: "no money line at all (the 项目预算 and 预算安排情况 rows gone): the template may print none, an info",
        sheet: shenmuGrid({
          cells: {
            ...Object.fromEntries(["A", "B", "C", "D", "E", "F"].flatMap((c) => [18, 19, 20].map((r) => [`${c}${r}`, null]))),
            A5: null,
            B5: null,
          },
        }),
        errors: [{ messageId: "budgetNotPrinted", cell: "A1", severity: "info" }],
      },
      {
        name: "money lines printed (其中：财政拨款 …) but no total anywhere: an error",
        sheet: shenmuGrid({ cells: { A5: null, B5: null, C18: "资金", D18: null, E18: "资金", F18: null } }),
        errors: [{ messageId: "budgetAbsent", cell: "A1" }],
      },
      {
        name: "乌海: empty 预算功能科目",
        sheet: wuhaiGrid({ fields: { 预算功能科目: null } }),
        errors: [{ messageId: "empty", cell: "D6", params: { field: "预算功能科目" } }],
      },
      {
        name: "three required lines not printed at all (经费测算, 设立依据, 项目实施方案): a local template, said once (info)",
        sheet: shenmuGrid({ cells: { A9: null, B9: null, A7: null, B7: null, A10: null, B10: null } }),
        errors: [
          {
            messageId: "absentMany",
            cell: "A1",
            params: { fields: "设立（立项）依据、经费测算、项目实施方案" },
            severity: "info",
          },
        ],
      },
      {
        name: "乌海: no 项目属性 at all",
        sheet: wuhaiGrid({ cells: { F6: null, H6: null } }),
        errors: [{ messageId: "absent", cell: "A1", params: { field: "项目属性" } }],
      },
      {
        name: "two forms stacked on one sheet: the second one's 项目名称 is empty (its cells are shifted 35 rows)",
        sheet: stackGrids(shenmuGrid(), shenmuGrid({ fields: { 项目名称: null } })),
        errors: [{ messageId: "empty", cell: "B38", related: ["A38"] }],
      },
      {
        name: "乌海: empty 项目资金总额",
        sheet: wuhaiGrid({ fields: { 项目资金总额: null } }),
        errors: [{ messageId: "budgetEmpty", cell: "B13", params: { field: "项目资金总额" } }],
      },
    ],
  });
});

describe("required-field.ts — a medium-term total left empty on a project of several years (阳泉 2021)", () => {
  const yangquan = (term: string, mid: number | null): FormGrid => ({
    name: "阳泉",
    grid: [
      ["项目支出绩效目标申报表", null, null, null],
      ["项目名称", "四好农村路工作经费", null, null],
      ["主管部门", "经济建设科", "实施单位", "阳泉市公路服务中心"],
      ["项目属性", "延续性项目", "项目期限", term],
      ["中期预算资金总额", mid, "年度预算资金总额", 25],
      ["年度绩效目标", "完成项目勘察设计审批和竣工验收", null, null],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "检查次数", "≥12次"],
      ["效益指标", "社会效益指标", "道路通行条件", "明显改善"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ],
    merges: [],
  });
  testRule(requiredFields, {
    valid: [
      { name: "3 years, 中期 75 written", sheet: yangquan("3年", 75) },
      { name: "a one-year project need not fill the 中期 total", sheet: yangquan("1年", null) },
    ],
    invalid: [
      {
        name: "3 years, 中期预算资金总额 blank",
        sheet: yangquan("3年", null),
        errors: [{ messageId: "midTermEmpty", cell: "B5", related: ["A5"], severity: "warning", params: { term: "3年" } }],
      },
    ],
  });
});

describe("required-field.ts — a unit's name stands in for the 主管部门 until the form's own 主管部门 line (黄冈 2020)", () => {
  const huanggang = (department: string | null): FormGrid => ({
    name: "黄冈",
    grid: [
      ["黄冈市档案馆2020年度项目绩效自评表", null, null, null],
      ["单位名称:黄冈市档案馆", null, "填报日期:2021年4月", null],
      ["项目名称", "档案抢救与保护专项经费", null, null],
      ["主管部门", department, "项目实施单位", "黄冈市档案馆"],
      ["年度资金总额", "全年预算数", "全年执行数", "执行率"],
      ["年度资金总额", 50, 48, "96%"],
      ["年度总体目标", "完成档案抢救与保护任务", "全年实际完成情况", "已完成"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "全年实际完成值"],
      ["产出指标", "数量指标", "抢救修复档案", "≥2000卷", "2100卷"],
      ["效益指标", "社会效益指标", "档案查询利用", "≥500人次", "620人次"],
      ["满意度指标", "服务对象满意度指标", "查档群众满意度", "≥90%", "95%"],
    ],
    merges: [],
  });
  testRule(requiredFields, {
    valid: [{ name: "主管部门 filled", sheet: huanggang("黄冈市人民政府办公室") }],
    invalid: [
      {
        name: "主管部门 left empty under a 单位名称 line",
        sheet: huanggang(null),
        errors: [{ messageId: "empty", cell: "B4", params: { field: "主管部门" } }],
      },
    ],
  });
});
