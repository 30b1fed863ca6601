/**
 * The pieces behind the benign-edit property (benignEdits.property.test.ts), each on its own: what a publisher does to
 * a table without changing what it says must not change how it is read.
 */
import { checkSheet } from "../../../src/core/check";
import { cellText, indicatorNameKey } from "../../../src/core/text/normalize";
import { isLevel1Name, isLevel2Name } from "../../../src/core/frameworks/classifyIndicator";
import { isExecutionRow } from "../../../src/core/rules/support/indicatorWords";
import { parseIndicatorValue } from "../../../src/core/parse/indicatorValue";
import { inferHeaderRole } from "../../../src/core/read/columnRoles";
import { matchLabel } from "../../../src/core/read/matchLabel";
import { readMoney } from "../../../src/core/read/readMoney";
import { readSheet } from "../../../src/core/read/readSheet";
import { isColumnNumbersRow } from "../../../src/core/read/columnRoles";
import { SheetGrid } from "../../../src/core/read/sheetGrid";
import { type CellValue, snapshotFromGrid } from "../../../src/core/snapshot";

describe("cellText: words broken to fit a cell are one word; figures typed in full width are figures", () => {
  test.each([
    ["实际完\n成情况", "实际完成情况"],
    ["满意\r\n度指标", "满意度指标"],
    ["项 目 名 称", "项目名称"],
    ["预\u3000期\u3000目\u3000标", "预期目标"],
    ["绩 效 指 标", "绩效指标"],
    ["≥９５％", "≥95%"],
    ["８９．９７万元", "89.97万元"],
    ["（２０２１年度）", "（2021年度）"],
  ])("%j → %s", (raw, text) => expect(cellText(raw)).toBe(text));

  test.each([
    "1.完成培训\n2.发放补贴", // a list keeps its lines
    "新增项目□ 延续项目√", // checkbox options keep their spaces
    "社会效益 指标", // two words, not one spaced out
    "≥95\n%",
    "按时完成项目建设任务，确保工程质量\n达到验收标准",
  ])("%j keeps its breaks", (raw) => expect(cellText(raw)).toBe(raw.trim()));
});

describe("operator words broken by a space or a line", () => {
  test.each([
    ["大于\n等于90%", "≥", 90],
    ["小于 等于 2.38万元", "≤", 2.38],
    ["不 低 于95%", "≥", 95],
  ])("%j", (text, operator, value) => {
    const v = parseIndicatorValue(text);
    expect(v.kind).toBe("quantitative");
    if (v.kind !== "quantitative") return;
    expect(v.operator).toBe(operator);
    expect(v.number).toBe(value);
    expect(v.prefix).toBe("");
  });
});

describe("a column header's head noun is its last word", () => {
  test.each(["指标值设置依据", "目标值来源", "指标值出处"])("%s names a basis, not the value", (h) =>
    expect(inferHeaderRole(h)).toEqual({ role: "extra", extra: "basis" }),
  );
  test("指标值 still names the value", () => expect(inferHeaderRole("年度指标值")?.role).toBe("value"));
  test("a level (水平) is a measure too: this year's planned level is the target, last year's actual level is not", () => {
    expect(inferHeaderRole("本年度计划水平")).toEqual({ role: "value", period: "annual" });
    expect(inferHeaderRole("上年度实际水平")).toEqual({ role: "extra", extra: "priorActual" });
  });
});

describe("a column whose words say achieved or earlier is no target, whatever period word it carries", () => {
  test.each([
    ["本年度实际完成值", { role: "extra", extra: "actual" }],
    ["年度指标完成值", { role: "extra", extra: "actual" }],
    ["实施期实际完成值", { role: "extra", extra: "actual" }],
    ["中期实际值", { role: "extra", extra: "actual" }],
    ["上年度实际值", { role: "extra", extra: "priorActual" }],
    ["上一年度实际完成值", { role: "extra", extra: "priorActual" }],
  ])("%s", (h, role) => expect(inferHeaderRole(h)).toEqual(role));
  test.each([
    ["年度指标值", "annual"],
    ["本年预期值", "annual"],
    ["当年指标值", "annual"],
    ["2021年计划完成值", null],
    ["实施期总体目标值", "implementation"],
  ])("%s still names the target", (h, period) => expect(inferHeaderRole(h)).toEqual({ role: "value", period }));

  test("a self-evaluation headed 年度指标值 | 本年度实际完成值: the targets are read from the first, the second is achieved", () => {
    const grid: CellValue[][] = [
      ["项目支出绩效自评表"],
      ["项目名称", "某培训项目"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "本年度实际完成值"],
      ["产出指标", "数量指标", "培训人次", "≥500人次", "520人次"],
      [null, "质量指标", "考核合格率", "≥95%", "97%"],
    ];
    const t = readSheet(snapshotFromGrid("自评", grid)).forms[0].indicators?.tables[0];
    expect(t?.rows.map((r) => [r.values.map((v) => v.text), r.extras?.actual?.text])).toEqual([
      [["≥500人次"], "520人次"],
      [["≥95%"], "97%"],
    ]);
  });
});

describe("an achieved column headed with a year is a prior year's only when that year comes before the targets", () => {
  const form = (title: string, headers: string[]): CellValue[][] => [
    [title],
    ["项目名称", "某培训项目"],
    ["一级指标", "二级指标", "三级指标", ...headers],
    ["产出指标", "数量指标", "培训人次", "≥500人次", "520人次"],
    [null, "质量指标", "考核合格率", "≥95%", "97%"],
  ];
  const columns = (grid: CellValue[][]) => readSheet(snapshotFromGrid("表", grid)).forms[0].indicators?.tables[0].extraColumns;

  test("in a 2022 self-evaluation, 2022年实际完成值 is what was achieved", () => {
    expect(columns(form("2022年度项目支出绩效自评表", ["年度指标值", "2022年实际完成值"]))).toEqual({ actual: "E3" });
    expect(columns(form("某县民政局2022年项目绩效自评表", ["年度指标值", "2022年实际完成值"]))).toEqual({ actual: "E3" });
  });
  test("before the year of the targets (a heading's, else the title's), it is last year's", () => {
    expect(columns(form("2023年度项目支出绩效目标表", ["年度指标值", "2022年实际完成值"]))).toEqual({ priorActual: "E3" });
    expect(columns(form("项目支出绩效目标表", ["2023年目标值", "2022年实际完成值"]))).toEqual({ priorActual: "E3" });
  });
  test("with no year to compare with, it stays last year's (no achieved column is made up)", () => {
    expect(columns(form("项目支出绩效自评表", ["年度指标值", "2022年实际完成值"]))).toEqual({ priorActual: "E3" });
  });
});

describe("a self-evaluation's score columns in other words: 自评得分 under 预算执行 and 资金管理, 分值权重", () => {
  /** A 自评表 (made up, after 黄冈 2020 and 徽州 2025): each score column headed `score`, each weight column `weight`. */
  const form = (score: string, weight: string, target = "年初目标值(A)"): CellValue[][] => [
    ["2022年度项目支出绩效自评表"],
    ["项目名称", "水土保持监测"],
    ["预算执行情况(万元)", "预算数(A)", "执行数(B)", "执行率(B/A)", weight, score],
    ["年度财政资金总额", 10, 10, "100%", 10, 10],
    ["资金管理情况", "情况说明", null, null, weight, score],
    ["分配科学性", "资金分配科学", null, null, 10, 10],
    ["一级指标", "二级指标", "三级指标", target, "实际完成值(B)", weight, score],
    ["产出指标", "质量指标", "监测数据合格率", "=100%", "100%", 40, 40],
    ["效益指标", "社会效益指标", "监测成果提供次数", "≥2次", "3次", 20, 20],
    ["满意度指标", "服务对象满意度指标", "使用单位满意度", "≥95%", "98%", 20, 20],
    ["总分", null, null, null, null, 100, 100],
  ];
  const serious = (grid: CellValue[][]) =>
    checkSheet(snapshotFromGrid("自评", grid))
      .findings.filter((f) => f.severity === "error" || f.severity === "warning")
      .map((f) => `${f.rule} ${f.cell} ${f.message}`);

  test("read the same whatever the score and weight columns are headed", () => {
    const plain = serious(form("得分", "分值"));
    expect(serious(form("自评得分", "分值"))).toEqual(plain);
    expect(serious(form("得分", "分值权重"))).toEqual(plain);
    expect(serious(form("自评得分", "权重分值"))).toEqual(plain);
    // (And read at all: each variant's 预算执行 weight and score, and each indicator row's, are found in their columns.)
    for (const [score, weight] of [
      ["得分", "分值"],
      ["自评得分", "分值"],
      ["得分", "分值权重"],
      ["自评得分", "权重分值"],
    ]) {
      const [f] = readSheet(snapshotFromGrid("自评", form(score, weight))).forms;
      expect([f.scoring?.execution?.weight?.cell, f.scoring?.execution?.score?.cell]).toEqual(["E4", "F4"]);
      expect(f.indicators?.tables[0].extraColumns).toMatchObject({ weight: "F7", score: "G7" });
    }
  });

  test("自评得分 over a column is that column's heading, not the form's 自评得分 field", () => {
    const [f] = readSheet(snapshotFromGrid("自评", form("自评得分", "分值"))).forms;
    expect(f.fields.selfScore).toBeUndefined();
    expect(f.scoring?.execution?.score?.cell).toBe("F4");
  });

  test("a target heading that begins with a year is no line of the 预算执行 block (2022年度指标值, 昌宁 2022)", () => {
    // The indicator header right under the block's total line, its target heading in the 执行数 column.
    const grid = (target: string): CellValue[][] => [
      ["2022年度项目支出绩效自评表"],
      ["项目名称", "生猪养殖场建设"],
      ["预算执行情况(万元)", null, null, "预算数(A)", "执行数(B)", "执行率(B/A)", "得分"],
      [null, "年度财政资金总额", null, 50, 50, "100%", 10],
      ["年度绩效目标", "一级指标", "二级指标", "三级指标", target, "实际完成值(B)", "得分"],
      [null, "产出指标", "数量指标", "猪舍面积", "≥180平方米", "180平方米", 30],
      [null, "效益指标", "社会效益指标", "带动养殖户数", "≥10户", "12户", 30],
      [null, "满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "95%", 30],
    ];
    const merges = ["A3:A4", "A5:A8"];
    const [f] = readSheet(snapshotFromGrid("自评", grid("2022年度指标值"), merges)).forms;
    expect(f.scoring?.execution?.executed?.text).toBe("50"); // the block is read, only without those lines
    expect(f.scoring?.execution?.parts ?? []).toEqual([]);
    const found = (g: CellValue[][]) =>
      checkSheet(snapshotFromGrid("自评", g, merges))
        .findings.filter((d) => d.severity !== "info")
        .map((d) => `${d.rule} ${d.cell}`);
    expect(found(grid("2022年度指标值"))).toEqual(found(grid("年初目标值(A)")));
  });
});

describe("a signature line is not a field", () => {
  test("填报单位 left for the stamp, followed by the next label", () => {
    expect(matchLabel("填报单位（盖章）：            单位负责人：王强        填报人：李明")).toBeNull();
  });
  test("填报单位 with its value is still a field", () => {
    const m = matchLabel("填报单位：市教育局");
    expect(m?.inline).toBe("市教育局");
  });
});

describe("a dash, a slash or 无 in a money column is no amount and nothing unreadable", () => {
  test.each(["-", "—", "－－", "/", "无"])("%s", (t) => expect(readMoney(t)).toEqual({ amountWan: null }));
  test("words are still unreadable", () => expect(readMoney("经费拨款").problem).toBe("unreadable"));
});

describe("a date in a money cell is never its amount", () => {
  test("原州 2022: “2022年…项目38.75万元(…)” is 38.75, not 2022", () =>
    expect(readMoney("2022年原州区健康饮茶“送茶入户”边销茶推广项目38.75万元(少数民族发展资金37万元)").amountWan).toBe(38.75));
  test("a date alone is no amount", () =>
    expect(readMoney("2022年12月31日")).toEqual({ amountWan: null, problem: "unreadable" }));
  test("a plain figure with four digits is still a figure", () => expect(readMoney("2022").amountWan).toBe(2022));
});

describe("level names numbered as an outline", () => {
  test.each(["一、产出指标(50分)", "（二）效益指标", "三、满意度指标", "①产出指标"])("%s names a 一级", (t) =>
    expect(isLevel1Name(t)).toBe(true),
  );
  test.each(["1.数量指标", "2、质量指标", "3．时效指标", "4,社会效益指标"])("%s names a 二级", (t) =>
    expect(isLevel2Name(t)).toBe(true),
  );
  test("a figure keeps its digits", () => expect(indicatorNameKey("1.5万元以上")).toBe("1.5万元以上"));
  test("a numbered budget-management group is still the process part", () =>
    expect(isExecutionRow("预算管理", "1.预算执行率")).toBe(true));
});

describe("figures written with thousands separators (NUMBER_PATTERN of parse/number)", () => {
  test.each([
    ["72,890元", 72890, "元"],
    ["≥1,200人次", 1200, "人次"],
    ["1,234,567.5万元", 1234567.5, "万元"],
  ])("%s", (text, number, unit) => {
    const v = parseIndicatorValue(text);
    expect(v.kind).toBe("quantitative");
    if (v.kind !== "quantitative") return;
    expect(v.number).toBe(number);
    expect(v.unit?.text).toBe(unit);
  });
  test("a list of numbers is not one number", () => {
    const v = parseIndicatorValue("2021,2022");
    expect(v.kind === "quantitative" && v.number === 20212022).toBe(false);
    // The first figure, the rest left over (a comma with four digits after it is no thousands separator).
    expect(v).toMatchObject({ kind: "quantitative", number: 2021, suffix: ",2022" });
  });
});

describe("a deadline's bound in words", () => {
  test.each(["不超过2021年11月30日", "不迟于2021年11月30日", "最迟2021年11月30日", "≤2021年11月30日"])(
    "%s has its bound",
    (text) => {
      const v = parseIndicatorValue(text);
      expect(v.kind).toBe("deadline");
      if (v.kind === "deadline") expect(v.hasBound).toBe(true);
    },
  );
  test("a bare date has none", () => {
    const v = parseIndicatorValue("2021年11月30日");
    expect(v.kind === "deadline" && v.hasBound).toBe(false);
  });
});

describe("a field's label and value written in one cell (inline-fields)", () => {
  test("the head before the colon is read as a label alone would be: joined, at a level of government", () => {
    expect(matchLabel("主管部门及其编码：湘潭市城市管理和综合执法局 308001")).toEqual({
      target: { kind: "field", key: "department" },
      inline: "湘潭市城市管理和综合执法局 308001",
    });
    expect(matchLabel("县级主管部门：某县民政局")?.target).toEqual({ kind: "field", key: "department" });
  });
  test("the value keeps its spaces (options stay apart)", () => {
    expect(matchLabel("专项属性：延续专项 新增专项")?.inline).toBe("延续专项 新增专项");
  });
  test("a long content after its label is read; a long composite of several parts is no label", () => {
    const overview = `项目概况：${"2024年,市财政局拨付250万元给市城管执法局,继续采购10台雾炮车用于特殊时段环卫作业,".repeat(2)}`;
    expect(matchLabel(overview)?.target).toEqual({ kind: "field", key: "overview" });
    expect(
      matchLabel(`项目概况:用于开展特殊人群病种筛查工作。项目立项依据:${"《中华人民共和国传染病防治法》".repeat(4)}`),
    ).toBeNull();
    expect(
      matchLabel(
        "根据《中华人民共和国文物保护法》第十条规定和国务院办公厅关于进一步加强文物安全工作的实施意见等文件精神制定本方案",
      ),
    ).toBeNull();
  });
});

describe("labels marked required (required-marks: “*项目名称”, as platform exports print them)", () => {
  const selfEvaluation = (done: string, problem: string): CellValue[][] => [
    ["2022年度某项目绩效自评表"],
    ["项目名称", "科技特派员创业行动经费"],
    ["主管部门", "某县科学技术局"],
    ["年度总体目标", "预期目标", null, done],
    [null, "发挥科技特派员创业带头人作用。", null, null],
    ["资金管理情况", null, "情况说明", null, problem],
    ["下达及时性", "资金分解下达进度", "及时分解下达", null, "省级下达资金文件滞后"],
    ["拨付合规性", "资金拨付合规性", "按规定拨付", null, null],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
    [null, "产出指标", "数量指标", "培训科技特派员人次", "≥100人次", "120人次"],
  ];
  const merges = ["C6:D6", "C7:D7", "C8:D8"];

  test.each(["实际完成情况", "*实际完成情况"])(
    "a completion heading beside 预期目标 (%s) names the completion's cell",
    (done) => {
      const [f] = readSheet(snapshotFromGrid("表", selfEvaluation(done, "存在问题"), merges)).forms;
      expect(f.fields.goalCompletion).toMatchObject({ text: "", cell: "D5" });
    },
  );

  test.each(["存在问题", "*存在问题"])("a 情况说明 list's %s column is read as its problems", (problem) => {
    const [f] = readSheet(snapshotFromGrid("表", selfEvaluation("实际完成情况", problem), merges)).forms;
    const lines = (f.basisColumns ?? []).flatMap((b) => b.lines);
    expect(lines.find((l) => /及时/.test(l.text))?.problem?.text).toBe("省级下达资金文件滞后");
  });
});

describe("a row of column numbers under the headings (column-numbers: 列次 | 1 | 2 | 3 …) belongs to the headings", () => {
  const row = (cells: CellValue[]) => new SheetGrid(snapshotFromGrid("表", [cells], []));
  test.each([
    [["列次", "1", "2", "3"], true],
    [[null, 1, 2, 3, 4], true],
    [["0", "1", "2"], true],
    [["1", "3", "2"], false],
    [["1", "2"], false],
    [["1", "2", "培训人次"], false],
    [["1", "2", "≥3"], false],
    [["栏次", "甲", "乙", "丙", "1", "2"], true],
    [["甲", "乙", "1"], true],
    [["甲", "乙", "丙"], false],
    [["列次", "0", "1", "2", "所需材料"], true],
    [["序号", "项目名称", "金额"], false],
    [["乙", "甲", "1"], false],
  ])("%j → %s", (cells, expected) => expect(isColumnNumbersRow(row(cells as CellValue[]), 0)).toBe(expected));

  const levelled: CellValue[][] = [
    ["项目支出绩效目标表"],
    ["项目名称", "业务培训经费", "主管部门", "某县人社局"],
    ["年度资金总额（万元）", 12, "实施单位", "某县人社局"],
    ["年度目标", "组织业务骨干培训300人次。"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["1", "2", "3", "4"],
    ["产出指标", "数量指标", "培训人次", "≥300人次"],
    ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥95%"],
  ];
  test("under an indicator table's header", () => {
    const [f] = readSheet(snapshotFromGrid("表", levelled, ["B4:D4"])).forms;
    expect(f.indicators!.tables[0].rows.map((r) => r.level3.text)).toEqual(["培训人次", "参训人员满意度"]);
  });

  test("under a flat list's header (指标名称 | 指标权重 | … | 指标值)", () => {
    const grid: CellValue[][] = [
      [null, null, null, null, null, "单位:万元"],
      ["部门(单位)名称", "某区人民政府某街道", null, null, "区级支出预算总量", 3724.39],
      ["当年整体绩效目标", "2022年街道预算收支平衡，保障街道正常运转。"],
      ["绩效指标", "指标名称", "指标权重", "计量单位", "指标性质", "指标值"],
      [null, "1", "2", "3", "4", "5"],
      [null, "预算执行率", 10, "%", "=", 100],
      [null, "社区服务群众满意度", 10, "%", "≥", 90],
    ];
    const [f] = readSheet(snapshotFromGrid("表", grid, ["B2:D2", "B3:F3", "A4:A7"])).forms;
    expect(f.indicators!.tables[0].rows.map((r) => r.level3.text)).toEqual(["预算执行率", "社区服务群众满意度"]);
  });

  test("under a list of projects' header", () => {
    const grid: CellValue[][] = [
      ["项目绩效目标表"],
      ["项目名称", "项目单位", "预算数", "年度绩效目标", "一级指标", "二级指标", "三级指标", "目标值"],
      ["1", "2", "3", "4", "5", "6", "7", "8"],
      ["业务装备经费", "某旗人民检察院", 1030700, "保障日常办公办案装备需要。", "产出指标", "数量指标", "车辆采购数量", "≤1辆"],
    ];
    expect(readSheet(snapshotFromGrid("表", grid, ["A1:H1"])).forms.map((f) => f.fields.projectName?.text)).toEqual([
      "业务装备经费",
    ]);
  });

  test("under a field's label: the value is under the numbers", () => {
    const grid: CellValue[][] = [
      ["整体支出绩效目标表"],
      ["单位编码", "单位名称", "资金总额", "整体绩效目标", "一级指标", "二级指标", "三级指标", "指标值"],
      ["1", "2", "3", "4", "5", "6", "7", "8"],
      [
        "058003",
        "某市社会福利院",
        1752.48,
        "为全院283名服务对象提供良好的生活环境。",
        "产出指标",
        "数量指标",
        "开展开放日活动次数",
        "≥1次",
      ],
    ];
    const [f] = readSheet(snapshotFromGrid("表", grid, ["A1:H1"])).forms;
    expect(f.fields.department?.text).toBe("某市社会福利院");
  });
});

describe("a department named by its place in the budget or the evaluation", () => {
  test.each(["预算部门名称", "一级预算单位", "所属部门", "评价部门名称", "被评价单位名称"])("%s is the department", (label) =>
    expect(matchLabel(label)?.target).toEqual({ kind: "field", key: "department" }),
  );
  test.each(["评价单位", "评价机构"])("%s (perhaps the evaluator) is not", (label) =>
    expect(matchLabel(label)?.target).not.toEqual({ kind: "field", key: "department" }),
  );
});

describe("a money section's amount written with its unit (money-unit-in-value)", () => {
  test.each([
    ["项目资金（万元）", 3],
    ["项目资金", "3.0万元"],
  ])("%s | %s | 其中:财政拨款 | 3 is the project's budget", (label, amount) => {
    const grid: CellValue[][] = [
      ["项目支出绩效目标表"],
      ["项目名称", "基层医疗卫生机构绩效工资补助"],
      [label, amount, "其中:财政拨款", 3],
      ["绩效目标", "为3名在编人员足额发放绩效工资补助3万元。"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "补助人数", "=3人"],
    ];
    const [f] = readSheet(snapshotFromGrid("表", grid, [])).forms;
    expect(f.budget.projectBudget?.amountWan).toBe(3);
  });
});

test("the unit that uses the money is the implementing unit (资金使用单位, 使用单位名称); 用款单位 is not read as one", () => {
  expect(matchLabel("资金使用单位")?.target).toEqual({ kind: "field", key: "implementingUnit" });
  expect(matchLabel("使用单位名称")?.target).toEqual({ kind: "field", key: "implementingUnit" });
  // (南宁 2021 prints 用款单位 beside an empty 实施单位/建设单位: the reviewer reads them as two things.)
  expect(matchLabel("用款单位")).toBeNull();
});
