/**
 * A form's header lines come in any order: a 主管部门 | 实施单位 line above the 项目名称 line (instead of under it) is the
 * form's own, also when another form or a report's text stands above it on the same sheet.
 */
import { readSheet } from "../../../src/core/read/readSheet";
import { type CellValue, snapshotFromGrid } from "../../../src/core/snapshot";

function form(project: string, unit: string): CellValue[][] {
  return [
    ["主管部门", "某县交通运输局", "实施单位", unit],
    ["项目名称", project, null, null],
    ["年度资金总额（万元）", 120, null, null],
    ["年度绩效目标", "完成农村公路养护300公里，优良路率不低于80%。", null, null],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "养护里程", "≥300公里"],
    [null, "质量指标", "优良路率", "≥80%"],
    ["效益指标", "社会效益指标", "群众出行条件改善", "明显改善"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
  ];
}

test("a 主管部门 line above the 项目名称 line belongs to the form", () => {
  const grid: CellValue[][] = [
    ["某县交通运输局2022年度项目支出绩效评价报告", null, null, null],
    ["一、项目名称", null, null, null],
    ["农村公路养护", null, null, null],
    ["二、项目概况", null, null, null],
    ["全县农村公路养护。", null, null, null],
    // (A heading, not a title: a title just above would start the form anyway.)
    ["三、绩效评价", null, null, null],
    ...form("农村公路养护", "某县公路养护中心"),
  ];
  const forms = readSheet(snapshotFromGrid("报告", grid, [])).forms;
  const own = forms.find((f) => f.fields.projectName?.text === "农村公路养护" && f.indicators);
  expect(own?.fields.department).toMatchObject({ text: "某县交通运输局", cell: "B7" });
  expect(own?.fields.implementingUnit?.text).toBe("某县公路养护中心");
  // The report's text above is not a form with that department.
  expect(forms.filter((f) => f.fields.department?.text === "某县交通运输局")).toHaveLength(1);
});

test("two forms stacked, each with its 主管部门 line first", () => {
  const grid: CellValue[][] = [...form("农村公路养护", "甲中心"), [null, null, null, null], ...form("桥梁检测", "乙中心")];
  const forms = readSheet(snapshotFromGrid("两张", grid, [])).forms;
  expect(forms.map((f) => [f.fields.projectName?.text, f.fields.implementingUnit?.text])).toEqual([
    ["农村公路养护", "甲中心"],
    ["桥梁检测", "乙中心"],
  ]);
});
