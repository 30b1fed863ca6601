/**
 * A header row whose 一级 heading is not a known spelling ("分解目标 | 自评权重 | 二级指标 | 三级指标 | 年度指标值 …"): the
 * 一级 column is the one left of 二级 whose cells are 一级 names. A 管理指标 group names its 二级 in its own way (资产管理,
 * 政府采购管理): not misplaced. (Layout of 南昌 2021's 部门整体 自评表; this grid is made up for the test.)
 */
import { checkSheet } from "../../../src/core/check";
import { readSheet } from "../../../src/core/read/readSheet";
import { snapshotFromGrid } from "../../../src/core/snapshot";
import type { CellValue } from "../../../src/core/snapshot";

const grid: CellValue[][] = [
  ["某卫生院整体支出绩效自评表(2021年度)"],
  ["评价部门名称", null, "某卫生院"],
  ["整体支出规模", null, null, "全年预算数", null, "全年执行数", null, "执行率"],
  ["资金来源:(1)财政拨款", null, null, 100, null, 98, null, "98.00%"],
  ["年度总体目标", null, "年初设定目标", null, null, "全年完成情况"],
  [null, null, "门诊人次达到5000人次", null, null, "门诊人次5200人次"],
  ["分解目标", "自评权重", "二级指标", "三级指标", "年度指标值", "全年完成值", "分值", "得分"],
  ["管理指标", 30, "预算编审管理", "预算编制准确率", "=100%", "100%", 15, 15],
  ["管理指标", 30, "资产管理", "固定资产利用率", "≥80%", "90%", 15, 15],
  ["产出指标", 40, "数量指标", "门诊人次", "≥5000人次", "5200人次", 20, 20],
  ["产出指标", 40, "质量指标", "诊断准确率", "≥95%", "97%", 20, 20],
  ["效果指标", 20, "社会效益指标", "家庭医生签约率", "≥45%", "46%", 20, 20],
  ["满意度指标", 10, "服务对象满意度指标", "就诊群众满意度", "≥90%", "95%", 10, 10],
];

test("the 一级 column is found by its content; the weight column is no value", () => {
  const [form] = readSheet(snapshotFromGrid("自评", grid, ["A1:H1", "A5:B6", "C5:E5", "F5:H5", "C6:E6", "F6:H6"])).forms;
  const t = form.indicators?.tables[0];
  expect(t?.valueHeaderCells).toEqual({ annual: "E7" });
  expect(t?.rows.map((r) => [r.level1.text, r.level2.text, r.values[0].text])).toContainEqual([
    "产出指标",
    "数量指标",
    "≥5000人次",
  ]);
  expect(t?.rows).toHaveLength(6);
});

test("no error or warning: 管理指标's own 二级 names are not misplaced", () => {
  expect(readSheet(snapshotFromGrid("自评", grid, ["A1:H1", "A5:B6", "C5:E5", "F5:H5", "C6:E6", "F6:H6"])).forms).toHaveLength(1);
  const findings = checkSheet(
    snapshotFromGrid("自评", grid, ["A1:H1", "A5:B6", "C5:E5", "F5:H5", "C6:E6", "F6:H6"]),
  ).findings.filter((f) => f.severity === "error" || f.severity === "warning");
  expect(findings.map((f) => `${f.rule} ${f.cell} ${f.message}`)).toEqual([]);
});

/** A table with no 一级 column at all: 二级指标 | 三级指标 | 年度指标值 | 实际完成值 (made up, after 岳峰 2024's layout). */
const noLevel1: CellValue[][] = [
  ["某项目绩效目标表"],
  ["项目名称", "百岁老人慰问"],
  ["主管部门", "某镇人民政府"],
  ["项目资金(万元)", 1.35],
  ["年度目标", "为辖区百岁老人发放慰问金，老人满意度不低于90%。"],
  ["二级指标", "三级指标", "年度指标值", "备注"],
  ["数量指标", "慰问人数", "=9人", ""],
  ["质量指标", "慰问对象年龄", "≥100岁", ""],
  ["时效指标", "慰问金发放及时率", "=100%", ""],
  ["成本指标", "人均慰问标准", "≤1500元/人", ""],
  ["社会效益指标", "政策知晓率", "≥90%", ""],
  ["服务对象满意度指标", "慰问对象满意度", "≥90%", ""],
];

test("a table with no 一级 column is read from its 二级 column; each row's 一级 follows its 二级", () => {
  const [form] = readSheet(snapshotFromGrid("无一级", noLevel1)).forms;
  const t = form.indicators?.tables[0];
  expect(t?.noLevel1).toBe(true);
  expect(t?.rows).toHaveLength(6);
  expect(t?.rows[0]).toMatchObject({ level1: { text: "" }, level2: { text: "数量指标" }, level3: { text: "慰问人数" } });
  const findings = checkSheet(snapshotFromGrid("无一级", noLevel1)).findings.filter(
    (f) =>
      (f.severity === "error" || f.severity === "warning") && /blank-level-cell|level-placement|framework-coverage/.test(f.rule),
  );
  expect(findings.map((f) => `${f.rule} ${f.cell} ${f.message}`)).toEqual([]);
});

describe("a 2015 template's indicator table: 指标名称 over 二级指标 | 三级指标, the targets headed 本年度计划水平 (阳泉 2015)", () => {
  const template = (rows: CellValue[][]): CellValue[][] => [
    ["项目支出绩效目标申报表", null, null, null, null, null],
    ["项目名称", null, "办公楼消防设施更换", null, null, null],
    ["年度资金总额", null, 21.62, null, null, null],
    ["预期目标", null, "更换消防疏散指示灯320套、应急灯380套。", null, null, null],
    ["绩效指标", "指标名称", null, "上年度实际水平", "本年度计划水平", "指标内容/计算公式"],
    [null, "二级指标", "三级指标", null, null, null],
    ...rows,
  ];
  const merges = [
    "A1:F1",
    "A2:B2",
    "C2:F2",
    "A3:B3",
    "C3:F3",
    "A4:B4",
    "C4:F4",
    "A5:A10",
    "B5:C5",
    "D5:D6",
    "E5:E6",
    "F5:F6",
    "B7:B8",
    "B9:B10",
  ];
  const unfilled = template([
    [null, "目标完成程度", "1.", null, null, null],
    [null, null, "2.", null, null, null],
    [null, "项目实施效益", "1.", null, null, null],
    [null, null, "2.", null, null, null],
  ]);
  const filled = template([
    [null, "目标完成程度", "更换消防疏散指示灯数量", null, "≥320套", null],
    [null, null, "设备验收合格率", null, "=100%", null],
    [null, "项目实施效益", "疏散指示设施完好率", null, "=100%", null],
    [null, null, "办公楼使用单位满意度", null, "≥90%", null],
  ]);

  test("the table is read under its own 二级 categories, the target column by its heading", () => {
    const t = readSheet(snapshotFromGrid("申报表", filled, merges)).forms[0].indicators?.tables[0];
    expect(t?.valueHeaderCells).toEqual({ annual: "E6" });
    expect(t?.rows.map((r) => `${r.level2.text}|${r.level3.text}|${r.values[0]?.text}`)).toEqual([
      "目标完成程度|更换消防疏散指示灯数量|≥320套",
      "目标完成程度|设备验收合格率|=100%",
      "项目实施效益|疏散指示设施完好率|=100%",
      "项目实施效益|办公楼使用单位满意度|≥90%",
    ]);
  });

  test("left unfilled: each numbered row is the template's example, with no target — not a table nobody can read", () => {
    const found = checkSheet(snapshotFromGrid("申报表", unfilled, merges)).findings;
    const by = (rule: string) => found.filter((f) => f.rule === rule).map((f) => f.cell);
    expect(by("template-placeholder")).toEqual(["C7", "C8", "C9", "C10"]);
    expect(by("indicator-row-complete")).toEqual(["E7", "E8", "E9", "E10"]);
    expect(by("indicator-section")).toEqual([]);
    expect(by("indicator-name-duplicate")).toEqual([]);
  });
});

/**
 * A sheet that is only such a table under a title no kind knows, with money and goal lines in words of its own (made up,
 * after 周至 2024's "…福彩公益金的使用情况"): no label anywhere, yet the 二级指标 | 三级指标 header over 二级 names makes it
 * an indicator table, read as one.
 */
describe("a sheet with no label at all, only a 二级指标 | 三级指标 table", () => {
  const sheet = (targets: (string | null)[]): CellValue[][] => [
    ["某县民政局2024年县级福彩公益金的使用情况"],
    ["县级下达福彩公益金(万元)", 100, "总计支出(万元)", 96],
    ["资金用途", "用于敬老院改造和护理员培训。"],
    ["二级指标", "三级指标", "年度指标值", "实际完成值"],
    ["数量指标", "敬老院改造个数", targets[0], "3个"],
    ["质量指标", "资金使用合规率", targets[1], "100%"],
    ["时效指标", "资金拨付及时率", targets[2], "100%"],
    ["社会效益指标", "老人居住条件改善率", targets[3], "100%"],
    ["服务对象满意度指标", "入住老人满意度", targets[4], "92%"],
  ];

  test("filled in: recognised, its achieved values read, no error or warning", () => {
    const result = checkSheet(snapshotFromGrid("使用情况", sheet(["=3个", "=100%", "=100%", "≥95%", "≥90%"])));
    expect(result.recognized).toBe(true);
    expect(result.layout).toBe("self-evaluation");
    const t = readSheet(snapshotFromGrid("使用情况", sheet(["=3个", "=100%", "=100%", "≥95%", "≥90%"]))).forms[0].indicators
      ?.tables[0];
    expect(t?.rows.map((r) => `${r.level2.text}|${r.level3.text}|${r.values[0]?.text}|${r.extras?.actual?.text}`)).toContainEqual(
      "数量指标|敬老院改造个数|=3个|3个",
    );
    const serious = result.findings.filter((f) => f.severity === "error" || f.severity === "warning");
    expect(serious.map((f) => `${f.rule} ${f.cell} ${f.message}`)).toEqual([]);
  });

  test("its targets left out (only what was achieved): still a table, each row without its target — at most warnings", () => {
    const result = checkSheet(snapshotFromGrid("使用情况", sheet([null, null, null, null, null])));
    expect(result.recognized).toBe(true);
    expect(result.findings.filter((f) => f.rule === "indicator-row-complete").map((f) => f.cell)).toEqual([
      "C5",
      "C6",
      "C7",
      "C8",
      "C9",
    ]);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("a closing line under the table (填报人 | … | 联系电话) is no target written in the empty target column", () => {
    const signed: CellValue[][] = [
      ...sheet([null, null, null, null, null]),
      [],
      ["填报人：", "李明", "联系电话：", "0731-84561234"],
    ];
    const result = checkSheet(snapshotFromGrid("使用情况", signed));
    expect(result.findings.filter((f) => f.rule === "reading-uncertain").map((f) => f.cell)).toEqual(["C4"]);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("a header with nothing under it, or words under 二级指标 | 三级指标 headings alone, is no table", () => {
    const empty = sheet([null, null, null, null, null]).map((r, i) => (i >= 4 ? r.map(() => null) : r));
    expect(checkSheet(snapshotFromGrid("空表", empty)).recognized).toBe(false);
    const notes: CellValue[][] = [
      ["学习笔记"],
      ["二级指标", "三级指标", "说明"],
      ["第一讲", "指标的分类", "一级指标下设二级指标"],
      ["第二讲", "指标的取值", "三级指标要可衡量"],
    ];
    expect(checkSheet(snapshotFromGrid("笔记", notes)).recognized).toBe(false);
  });
});

/**
 * A list of projects (清单式, one project's name, budget and goal merged down over its indicator rows) whose indicator
 * headings have no 一级 column: 绩效指标 over 二级指标 | 三级指标 | 指标值 (made up, after 湘西 2023's list with its 一级
 * column left out). Each project's table is read from its 二级 column, as a form's is.
 */
describe("a list of projects whose indicator headings have no 一级 column", () => {
  const list: CellValue[][] = [
    ["2023年项目支出绩效目标表"],
    ["单位(专项)名称", "资金总额", "实施期绩效目标", "绩效指标"],
    [null, null, null, "二级指标", "三级指标", "指标值"],
    ["学生伙食费", 30, "为168名学生发放伙食补助，发放率100%。", "数量指标", "补助学生数量", "≥168人"],
    [null, null, null, "质量指标", "伙食补助发放率", "=100%"],
    [null, null, null, "时效指标", "按月足额发放率", "=100%"],
    [null, null, null, "经济成本指标", "学生伙食补助标准", "≤17元/人·天"],
    [null, null, null, "社会效益指标", "适龄学生入学率", "≥90%"],
    [null, null, null, "服务对象满意度指标", "学生满意度", "≥95%"],
  ];
  const merges = ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "A4:A9", "B4:B9", "C4:C9"];

  test("read as a list, the project's rows under their 二级, nothing reported against the missing column", () => {
    const [form] = readSheet(snapshotFromGrid("清单", list, merges)).forms;
    expect(form.layout).toBe("project-list");
    const t = form.indicators?.tables[0];
    expect(t?.noLevel1).toBe(true);
    expect(t?.rows.map((r) => `${r.level2.text}|${r.level3.text}|${r.values[0]?.text}`)).toEqual([
      "数量指标|补助学生数量|≥168人",
      "质量指标|伙食补助发放率|=100%",
      "时效指标|按月足额发放率|=100%",
      "经济成本指标|学生伙食补助标准|≤17元/人·天",
      "社会效益指标|适龄学生入学率|≥90%",
      "服务对象满意度指标|学生满意度|≥95%",
    ]);
    const serious = checkSheet(snapshotFromGrid("清单", list, merges)).findings.filter(
      (f) => f.severity === "error" || f.severity === "warning",
    );
    expect(serious.map((f) => `${f.rule} ${f.cell} ${f.message}`)).toEqual([]);
  });
});

/**
 * The 二级 column headed by a word nobody listed (指标类别, 类别): a column is what its cells are — 二级 names — whatever its
 * heading; in a table with a 一级 column, in two halves side by side, and in a table with no 一级 column (made up).
 */
describe("a 二级 column under a heading nobody listed", () => {
  const rows: CellValue[][] = [
    ["产出指标", "数量指标", "培训人次", "≥500人次"],
    [null, "质量指标", "考核合格率", "≥95%"],
    ["效益指标", "社会效益指标", "就业率", "≥80%"],
    ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
  ];
  const form = (heading: string): CellValue[][] => [
    ["某培训项目绩效目标表"],
    ["项目名称", "某培训项目"],
    ["一级指标", heading, "三级指标", "指标值"],
    ...rows,
  ];
  const read = (grid: CellValue[][]) =>
    readSheet(snapshotFromGrid("表", grid)).forms[0]?.indicators?.tables.map((t) =>
      t.rows.map((r) => `${r.level2.text}|${r.level3.text}|${r.values.map((v) => v.text).join(",")}`),
    );

  test.each(["指标类别", "类别", "指标分类"])("%s over 二级 names reads as 二级指标 does", (heading) => {
    expect(read(form(heading))).toEqual(read(form("二级指标")));
    expect(read(form(heading))?.[0]).toHaveLength(4);
  });

  test("two halves side by side, each headed 指标类别", () => {
    const halves = (heading: string): CellValue[][] => [
      ["某项目绩效目标表"],
      ["项目名称", "某项目"],
      ["一级指标", heading, "三级指标", "指标值", heading, "三级指标", "指标值"],
      ...rows.map((r) => [...r, r[1], r[2], r[3]]),
    ];
    expect(read(halves("指标类别"))).toEqual(read(halves("二级指标")));
    expect(read(halves("指标类别"))).toHaveLength(2);
  });

  test("a table with no 一级 column whose 二级 column is headed 类别", () => {
    const noLevel1 = (heading: string): CellValue[][] => [
      ["某县2024年福彩公益金的使用情况"],
      [heading, "三级指标", "年度指标值", "实际完成值"],
      ...rows.map((r) => [r[1], r[2], r[3], String(r[3]).replace(/[≥≤=]/, "")]),
    ];
    expect(read(noLevel1("类别"))).toEqual(read(noLevel1("二级指标")));
    expect(read(noLevel1("类别"))?.[0]).toHaveLength(4);
  });
});
