/**
 * A scoring table printed in blocks, each under its own copy of the header (预算绩效, then 项目产出, then 项目效果), with
 * yes/no questions merged down over their reasons ①②: one table, each question once, a 是/否 unit taken as the answer
 * type (the layout of set AV, 检验检疫 2016; this grid is made up for the test).
 */
import { checkSheet } from "../../../src/core/check";
import { readSheet } from "../../../src/core/read/readSheet";
import { snapshotFromGrid } from "../../../src/core/snapshot";
import type { CellValue } from "../../../src/core/snapshot";

const H1: CellValue[] = ["一级指标", "权重", "二级指标", "分值", "三级指标", "计量单位", "目标值(标准)", "分值", "理由"];
function grid(header3: CellValue[] = H1): { values: CellValue[][]; merges: string[] } {
  const values: CellValue[][] = [
    ["某专项经费绩效评价表"],
    H1,
    ["预算绩效", 40, "预算管理", 60, "预算执行进度", "%", "≥40%", 30],
    ["预算绩效", 40, "预算管理", 60, "结转结余资金率", "%", "=0%", 30],
    ["预算绩效", 40, "财务管理", 40, "是否存在违规行为", "是/否", "否", 40],
    H1,
    ["项目产出", 30, "产出数量", 40, "设备购置数量", "台", "≥10台", 40],
    ["项目产出", 30, "产出质量", 30, "设备验收合格率", "%", "=100%", 30],
    ["项目产出", 30, "产出时效", 20, "设备按期到位率", "%", "=100%", 20],
    ["项目产出", 30, "产出成本", 10, "购置成本控制率", "%", "≤100%", 10],
    header3,
    ["项目效果", 30, "社会效益", 50, "是否提高了检测能力", "是/否", "是", 25, "①"],
    ["项目效果", 30, "社会效益", 50, "是否提高了检测能力", "是/否", "是", 25, "②"],
    ["项目效果", 30, "可持续影响", 30, "设备持续发挥作用", "是/否", "是", 30, "①"],
    ["项目效果", 30, "服务对象满意度", 20, "使用人员满意度", "%", "≥90%", 20],
  ];
  return { values, merges: ["A1:I1", "E12:E13", "F12:F13", "G12:G13", "A12:A15", "C12:C13", "D12:D13"] };
}

test("the blocks under repeated headers are one table, each merged question once", () => {
  const { values, merges } = grid();
  const [form] = readSheet(snapshotFromGrid("评价表", values, merges)).forms;
  expect(form.indicators?.tables).toHaveLength(1);
  const names = form.indicators!.tables[0].rows.map((r) => r.level3.text);
  expect(names.filter((n) => n === "是否提高了检测能力")).toHaveLength(1);
  expect(names).toContain("设备购置数量");
  expect(names).toContain("使用人员满意度");
});

test("no finding says a group is missing, a question is repeated or a budget group is misplaced", () => {
  const { values, merges } = grid();
  const findings = checkSheet(snapshotFromGrid("评价表", values, merges)).findings.filter(
    (f) => f.severity === "error" || f.severity === "warning",
  );
  expect(findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
});

test("a word answer takes no unit: 否 under 是/否 stays 否", () => {
  const { values, merges } = grid();
  const [form] = readSheet(snapshotFromGrid("评价表", values, merges)).forms;
  const row = form.indicators!.tables[0].rows.find((r) => r.level3.text === "是否存在违规行为")!;
  expect(row.values[0].text).toBe("否");
  const figure = form.indicators!.tables[0].rows.find((r) => r.level3.text === "设备购置数量")!;
  expect(figure.values[0].text).toBe("≥10台");
});

test("blocks whose headers name different value columns stay separate tables", () => {
  const other: CellValue[] = ["一级指标", "权重", "二级指标", "分值", "三级指标", "计量单位", "实际完成值", "分值", "理由"];
  const { values, merges } = grid(other);
  const [form] = readSheet(snapshotFromGrid("评价表", values, merges)).forms;
  expect(form.indicators!.tables.length).toBeGreaterThan(1);
});

test("without its title (nothing tells one form from the next) the blocks are still one form's", () => {
  const { values, merges } = grid();
  const untitled = [[null], ...values.slice(1)];
  const forms = readSheet(snapshotFromGrid("评价表", untitled, merges.slice(1))).forms;
  expect(forms).toHaveLength(1);
  expect(forms[0].indicators?.tables).toHaveLength(1);
  expect(forms[0].indicators!.tables[0].rows.map((r) => r.level3.text)).toContain("使用人员满意度");
});
