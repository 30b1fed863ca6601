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

describe("a table broken by page in the middle of a group (the benign edit header-repeated; thirteenth session)", () => {
  const HEADER: CellValue[] = ["一级指标", "二级指标", "三级指标", "指标值(A)", "全年实际值(B)", "分值", "得分"];
  const form = (rows: CellValue[][]): CellValue[][] => [
    ["2021年度项目支出绩效自评表"],
    ["项目名称", "初中公用经费"],
    ["主管部门", "某市教育局"],
    HEADER,
    ...rows,
  ];
  const ROWS: CellValue[][] = [
    ["产出指标", "数量指标", "保障学生人数", "≥2370人", "2370人", 20, 20],
    ["产出指标", "质量指标", "公用经费使用合规率", "=100%", "100%", 20, 20],
    HEADER,
    ["产出指标", "时效指标", "经费拨付及时率", "=100%", "100%", 20, 20],
    ["效益指标", "社会效益指标", "办学条件改善学校数", "≥3所", "3所", 20, 20],
    ["满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "95%", 20, 20],
  ];

  test("the group's rows under the repeated header go on in the same table: no group is missing", () => {
    const [f] = readSheet(snapshotFromGrid("表", form(ROWS), ["A1:G1"])).forms;
    expect(f.indicators!.tables).toHaveLength(1);
    expect(f.indicators!.tables[0].rows.map((r) => r.level2.text)).toEqual([
      "数量指标",
      "质量指标",
      "时效指标",
      "社会效益指标",
      "服务对象满意度指标",
    ]);
    const findings = checkSheet(snapshotFromGrid("表", form(ROWS), ["A1:G1"])).findings;
    expect(findings.filter((d) => d.rule === "framework-coverage" && d.severity !== "info")).toEqual([]);
  });

  test("a target column empty above the break and filled below is no uncertain reading", () => {
    const rows = ROWS.map((r, i) => (i < 2 ? [r[0], r[1], r[2], "—", r[4], r[5], r[6]] : r));
    const findings = checkSheet(snapshotFromGrid("表", form(rows), ["A1:G1"])).findings;
    expect(findings.filter((d) => d.rule === "reading-uncertain")).toEqual([]);
    // (Empty in every part, the column still draws the note: the note is judged on the whole table, not dropped.)
    const empty = ROWS.map((r) => (r === ROWS[2] ? r : [r[0], r[1], r[2], "—", r[4], r[5], r[6]]));
    const uncertain = checkSheet(snapshotFromGrid("表", form(empty), ["A1:G1"])).findings;
    expect(uncertain.filter((d) => d.rule === "reading-uncertain").map((d) => d.cell)).toEqual(["D4"]);
  });

  test("a 二级 column known by its content (指标名称 over 质量, 时效 …) is the same column under the repeated header", () => {
    const header: CellValue[] = [null, "一级指标", "指标名称", "指标值", "半年度指标执行情况"];
    const grid: CellValue[][] = [
      ["某市项目支出绩效监控表"],
      ["项目名称", "申遗经费"],
      ["主管部门", "某市文化和旅游局"],
      header,
      [null, "产出指标", "质量", "验收合格率=100%", "按进度执行"],
      [null, null, "时效", "12月底前完成", "按进度执行"],
      [null, null, "成本", "≤220万元", "已使用约40%"],
      header,
      [null, "效益指标", "社会效益", "举办有社会影响力的活动≥5场", "已举办3场"],
    ];
    const [f] = readSheet(snapshotFromGrid("表", grid, ["A1:E1", "B5:B7"])).forms;
    expect(f.indicators!.tables).toHaveLength(1);
    expect(f.indicators!.tables[0].rows.map((r) => [r.level1.text, r.level2.text])).toEqual([
      ["产出指标", "质量"],
      ["产出指标", "时效"],
      ["产出指标", "成本"],
      ["效益指标", "社会效益"],
    ]);
  });
});
