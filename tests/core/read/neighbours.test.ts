/**
 * A line means what its neighbours say: a money block listed by income class (按收入性质分) is read as the
 * annual total's parts, an empty "label:" line is empty even when another line stands beside it, an umbrella
 * over 产出/效益/满意度 is a title (the table has no 二级 level), and a qualifier in a name's brackets is not a unit.
 */
import { checkSheet } from "../../../src/core/check";
import { readSheet } from "../../../src/core/read/readSheet";
import { type CellValue, snapshotFromGrid } from "../../../src/core/snapshot";

/** 零陵 2021's 部门整体支出自评表 money block: two breakdowns side by side, amounts written after a colon. */
function departmentSelfEval(otherFunds = "其他资金:2880万元"): CellValue[][] {
  return [
    ["部门整体支出绩效自评表", null, null, null, null, null, null, null],
    ["一级预算单位名称", null, "某区林业局", null, null, null, null, null],
    ["年度预算申请(万元)", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 4753.66, 4753.66, 3824.26, 10, "80.45%", 8.05],
    [null, "按收入性质分:", null, null, null, "按支出性质分:", null, null],
    [null, "其中: 一般公共预算:1873.66万元", null, null, null, "其中:基本支出:1768.16万元", null, null],
    [null, "政府性基金拨款:", null, null, null, "项目支出:2985.5万元", null, null],
    [null, "纳入专户管理的非税收入拨款:", null, null, null, null, null, null],
    [null, otherFunds, null, null, null, null, null, null],
    ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null],
    [null, "目标1:造林1.2万亩。", null, null, null, "完成造林1.2万亩。", null, null],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标(45分)", "数量指标", "造林面积", "≥1.2万亩", "1.2万亩", 45, 45, null],
    ["效益指标(35分)", "生态效益指标", "森林覆盖率", "≥64%", "64.2%", 35, 35, null],
    ["满意度指标(10分)", "服务对象满意度指标", "林农满意度", "≥90%", "93%", 10, 10, null],
  ];
}
const departmentMerges = [
  "A1:H1",
  "A2:B2",
  "C2:H2",
  "A3:A9",
  "B5:E5",
  "F5:H5",
  "B6:E6",
  "F6:H6",
  "B7:E7",
  "F7:H7",
  "B8:E8",
  "F8:H8",
  "B9:E9",
  "F9:H9",
  "A10:A11",
  "B10:E10",
  "F10:H10",
  "B11:E11",
  "F11:H11",
];

describe("a money block listed by income class", () => {
  it("reads 一般公共预算 as the fiscal part, leaves the empty 政府性基金拨款: line empty, adds up to the total", () => {
    const form = readSheet(snapshotFromGrid("自评", departmentSelfEval(), departmentMerges)).forms[0];
    expect(form.budget.annualTotal?.amountWan).toBe(4753.66);
    expect(form.budget.annualFiscal).toMatchObject({ amountWan: 1873.66, cell: "B6" });
    expect(form.budget.annualOther).toMatchObject({ amountWan: 2880, cell: "B9" });
    const findings = checkSheet(snapshotFromGrid("自评", departmentSelfEval(), departmentMerges)).findings;
    expect(findings.filter((f) => f.rule === "funding-consistency")).toEqual([]);
  });

  it("still finds parts that do not add up", () => {
    const sheet = snapshotFromGrid("自评", departmentSelfEval("其他资金:2000万元"), departmentMerges);
    const findings = checkSheet(sheet).findings.filter((f) => f.rule === "funding-consistency");
    expect(findings.map((f) => [f.cell, f.severity])).toEqual([["C4", "error"]]);
  });
});

/** 宝坻 2022's 中央预算内投资计划绩效目标表: 一级 "实施效果指标" over every row, 产出/效益/满意度 as 二级. */
const investmentPlan: CellValue[][] = [
  ["农业绿色发展专项中央预算内投资计划绩效目标表", null, null, null, null],
  ["专项名称", "农业绿色发展专项", null, null, null],
  ["下达地方或单位", "某区人民政府", null, null, null],
  ["下达中央预算内投资(万元)", 2350, null, null, null],
  ["总体目标", "2022年完成畜禽粪污资源化利用整县推进项目建设，综合利用率达到90%以上。", null, null, null],
  ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
  [null, "实施效果指标", "产出指标", "建设项目个数(含续建)", "=1个"],
  [null, null, null, "竣工验收合格率", "=100%"],
  [null, null, "效益指标", "畜禽粪污综合利用率", "≥90%"],
  [null, null, "满意度指标", "受益养殖场(户)满意度", "≥90%"],
];
const investmentMerges = ["A1:E1", "B2:E2", "B3:E3", "B4:E4", "B5:E5", "A6:A10", "B7:B10", "C7:C8"];

describe("an umbrella over the 一级 names", () => {
  it("reads 产出/效益/满意度 as 一级 and the table as having no 二级 level, said once as a plain info", () => {
    const form = readSheet(snapshotFromGrid("目标表", investmentPlan, investmentMerges)).forms[0];
    const t = form.indicators!.tables[0];
    expect(t.noLevel2).toBe(true);
    expect(t.rows.map((r) => r.level1.text)).toEqual(["产出指标", "产出指标", "效益指标", "满意度指标"]);
    const findings = checkSheet(snapshotFromGrid("目标表", investmentPlan, investmentMerges)).findings;
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    const note = findings.filter((f) => f.rule === "reading-uncertain" && f.message.includes("总称"));
    expect(note).toHaveLength(1);
    expect(note[0].message).toContain("实施效果指标");
  });

  it("still reports a missing 一级 group under the umbrella", () => {
    const grid = investmentPlan.slice(0, 9);
    const findings = checkSheet(snapshotFromGrid("目标表", grid, ["A1:E1", "A6:A9", "B7:B9", "C7:C8"])).findings;
    expect(findings.filter((f) => f.rule === "framework-coverage").map((f) => f.message)).toEqual([
      expect.stringContaining("满意度指标"),
    ]);
  });
});

describe("a qualifier in a name's brackets", () => {
  it("is not taken for the value's unit (建设项目个数(含续建) valued 1)", () => {
    const grid = investmentPlan.map((r) => (r[3] === "建设项目个数(含续建)" ? [...r.slice(0, 4), "1"] : r));
    const findings = checkSheet(snapshotFromGrid("目标表", grid, investmentMerges)).findings;
    const e7 = findings.filter((f) => f.cell === "E7");
    expect(e7.map((f) => f.message).join()).not.toContain("含续建");
    expect(e7.length).toBeGreaterThan(0);
  });
});

describe("a goal label over a small table of items (内容 | 部门(单位)申报, 阳泉 2015)", () => {
  const grid = (quantity: string | null, effect: string | null): CellValue[][] => [
    ["项目支出绩效目标申报表", null, null, null, null],
    ["项目名称", null, "办公楼消防设施更换", null, null],
    ["年度资金总额", null, 21.62, null, null],
    ["绩效目标情况", "预期目标", "内容", null, "部门(单位)申报"],
    [null, null, "预期提供的公共产品和服务的数量", null, quantity],
    [null, null, "预期效果", null, effect],
  ];
  const merges = ["A1:E1", "A2:B2", "C2:E2", "A3:B3", "C3:E3", "A4:A6", "B4:B6", "C4:D4", "C5:D5", "C6:D6"];
  const goalsOf = (g: CellValue[][]) => readSheet(snapshotFromGrid("申报表", g, merges)).forms[0].goals;

  test("the goal is what the lines write under 申报, not the items' names", () => {
    expect(goalsOf(grid("更换消防疏散指示灯320套", "消除消防安全隐患"))).toEqual([
      expect.objectContaining({ text: "更换消防疏散指示灯320套；消除消防安全隐患", cell: "E5" }),
    ]);
  });

  test("left empty, the goal is empty (and said so at its first line)", () => {
    expect(goalsOf(grid(null, null))).toEqual([expect.objectContaining({ text: "", cell: "E5" })]);
    const found = checkSheet(snapshotFromGrid("申报表", grid(null, null), merges)).findings;
    expect(found.filter((f) => f.rule === "goals-present").map((f) => f.cell)).toEqual(["E5"]);
  });
});
