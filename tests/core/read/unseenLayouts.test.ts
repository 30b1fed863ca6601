/**
 * General reading rules found on tables nobody here had seen (blind sets H–K), each on a small literal grid
 * that breaks one thing: what the title says the targets are of, a 区域目标值 column, a year-end report cut
 * before its indicator columns, a goal under its column heading, a money section heading, an amount beside a
 * heading label, one 指标方向 column for every area, 一级目标 as a level header, two labels joined with 及,
 * and the evaluation framework (项目决策 | 项目管理 | 项目产出 | 项目效益).
 */
import { checkSheet } from "../../../src/core/check";
import { matchLabel } from "../../../src/core/read/matchLabel";
import { readSheet } from "../../../src/core/read/readSheet";
import { type CellValue, snapshotFromGrid } from "../../../src/core/snapshot";

const INDICATORS: CellValue[][] = [
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "支持民族中小学数量", "=1所"],
  ["产出指标", "质量指标", "资金使用合规率", "=100%"],
  ["产出指标", "时效指标", "资金下达时间", "≤2023年6月30日"],
  ["效益指标", "社会效益指标", "受益学生人数", "≥500人"],
  ["满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"],
];

function form(title: string, header: CellValue[][], indicators = INDICATORS): { grid: CellValue[][]; merges: string[] } {
  const width = Math.max(...header.map((r) => r.length), ...indicators.map((r) => r.length));
  const pad = (r: CellValue[]) => [...r, ...new Array<CellValue>(width - r.length).fill(null)];
  return { grid: [pad([title]), ...header.map(pad), ...indicators.map(pad)], merges: [] };
}
const read = (g: { grid: CellValue[][]; merges: string[] }) => readSheet(snapshotFromGrid("表", g.grid, g.merges)).forms;

describe("kind by what the title and columns say", () => {
  const header: CellValue[][] = [
    ["项目名称", "基础教育质量提升"],
    ["主管部门(单位)名称及部门预算编码", "某市教育局", "补助区域", "市本级"],
    ["资金总额(万元)", 112],
    ["总体目标", "推进基础教育综合改革，支持民族中小学办学。"],
  ];

  it("a fund's targets with a 区域目标值 column is a transfer-payment table", () => {
    const g = form("基础教育质量提升专项资金绩效目标表", header, [
      ["一级指标", "二级指标", "三级指标", "区域目标值"],
      ...INDICATORS.slice(1),
    ]);
    expect(read(g)[0].layout).toBe("transfer-payment");
  });

  it("a project's targets with a 项目名称 stays a project table", () => {
    const g = form("2023年项目支出绩效目标表", header.slice(0, 1).concat(header.slice(2)));
    expect(read(g)[0].layout).toBe("project-target");
  });

  it("two labels joined with 及: the first names the field (主管部门…及部门预算编码)", () => {
    expect(matchLabel("主管部门(单位)名称及部门预算编码")?.target).toEqual({ kind: "field", key: "department" });
    expect(matchLabel("专项立项依据")?.target).toEqual({ kind: "field", key: "basis" });
    const g = form("2023年项目支出绩效目标表", [
      ["项目名称", "基础教育质量提升"],
      ["主管部门(单位)名称及部门预算编码", null, "实施单位", "某中学"],
      ["资金总额(万元)", 112],
      ["总体目标", "推进基础教育综合改革，支持民族中小学办学。"],
    ]);
    const empty = checkSheet(snapshotFromGrid("表", g.grid, g.merges)).findings.filter((f) => f.rule === "required-field");
    expect(empty.map((f) => f.cell)).toEqual(["B3"]);
  });
});

describe("a year-end report cut before its indicator columns (炉霍 2021)", () => {
  const grid: CellValue[][] = [
    ["(2021年度)", null, null, null, null],
    ["转移支付(项目)名称", "重大传染病防治项目", null, null, null],
    ["项目资金(万元)", null, "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A)"],
    [null, "年度资金总额:", 811.54, 811.54, "100%"],
    ["总体目标完成情况", "总体目标", null, "全年实际完成情况", null],
    [null, "为适龄儿童常规接种疫苗，接种率保持在90%以上。", null, "全年为适龄儿童常规接种疫苗，接种率92%。", null],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
  ];
  const merges = ["A3:A4", "A5:A6", "B5:C5", "D5:E5", "B6:C6", "D6:E6"];

  it("reads the goal under 总体目标 and the completion under 全年实际完成情况, and is a self-evaluation", () => {
    const f = readSheet(snapshotFromGrid("自评", grid, merges)).forms[0];
    expect(f.goals.map((g) => g.cell)).toEqual(["B6"]);
    expect(f.fields.goalCompletion?.cell).toBe("D6");
    expect(f.layout).toBe("self-evaluation");
  });
});

describe("money lines", () => {
  it("a money section's heading is not an amount (项目金额(万元) over 年度资金总额 …, 蒙城 2024)", () => {
    const g = form("项目支出绩效目标申报表", [
      ["项目名称", "国家基本公共卫生服务项目", null, null],
      ["主管部门及代码", "某县卫生健康委员会", "实施单位", "某县卫生健康委员会"],
      ["项目金额(万元)", "年度资金总额", 2279.048, null],
      [null, "其中:财政拨款", 2279.048, null],
      [null, "其他资金", 0, null],
      ["总体目标", "以儿童、孕产妇、老年人为重点人群，提供基本公共卫生服务。", null, null],
    ]);
    g.merges.push("A4:A6");
    const f = read(g)[0];
    expect(f.budget.projectBudget).toBeUndefined();
    expect(f.budget.annualTotal?.amountWan).toBe(2279.048);
    const findings = checkSheet(snapshotFromGrid("表", g.grid, g.merges)).findings;
    expect(findings.filter((x) => x.rule === "required-field")).toEqual([]);
  });

  it("a heading label written as a line takes the amount beside it (项目资金总额: | 1500, 阿拉尔 2021)", () => {
    const g = form("项目绩效目标申报表", [
      ["项目名称", "保鲜库建设", null, null],
      ["资金情况(万元)", "项目资金总额:", 1500, null],
      [null, "其中:财政资金", 1500, null],
      ["总体目标", "建设完成保鲜库1座，3550平方米。", null, null],
    ]);
    expect(read(g)[0].budget.fundTotal).toMatchObject({ amountWan: 1500, cell: "C3" });
  });
});

describe("per-area target columns (秀屿 2025)", () => {
  it("one 指标方向 column serves every area", () => {
    const g = form(
      "秀屿区2025年省级水利专项资金绩效目标表",
      [
        ["项目名称", "省级水利专项资金", null, null, null, null],
        ["资金总额(万元)", 35, null, null, null, null],
        ["总体目标", "开展2个防洪水利设施水毁修复。", null, null, null, null],
      ],
      [
        ["一级指标", "二级指标", "三级指标", "指标方向", "笏石街道办", "埭头镇"],
        ["产出指标", "数量指标", "开展修复工程数量", "≥", "1个", "1个"],
        ["产出指标", "质量指标", "验收合格率", "=", "100%", "100%"],
      ],
    );
    const f = read(g)[0];
    expect(f.layout).toBe("transfer-payment");
    const values = f.indicators!.tables[0].rows[0].values;
    expect(values.map((v) => [v.area, v.operatorColumn?.cell])).toEqual([
      ["笏石街道办", "D6"],
      ["埭头镇", "D6"],
    ]);
    const findings = checkSheet(snapshotFromGrid("表", g.grid, g.merges)).findings;
    expect(findings.filter((x) => x.rule === "value-format")).toEqual([]);
  });
});

describe("level headers and frameworks", () => {
  it("一级目标 | 二级指标 | 三级指标 is an indicator header (乐昌 2018)", () => {
    const g = form(
      "中等职业学校国家助学金绩效目标表",
      [
        ["专项名称", "学生资助补助经费"],
        ["年度金额(万元)", 754.815],
        ["总体目标", "中央补助资金754.815万元用于中职助学金和免学费补助。"],
      ],
      [["一级目标", "二级指标", "三级指标", "指标值"], ...INDICATORS.slice(1)],
    );
    expect(read(g)[0].indicators?.tables[0].rows).toHaveLength(5);
  });

  it("项目决策 | 项目管理 | 项目产出 | 项目效益 is the evaluation framework: its 二级 are in place", () => {
    const g = form(
      "银川市本级部门项目支出绩效自评表",
      [
        ["项目名称", "初中公用经费", null, null, null, null],
        ["年度资金总额(万元)", 64.8, null, null, null, null],
        ["年度总体目标", "保障学校正常运转。", null, null, null, null],
      ],
      [
        ["一级指标", "二级指标", "三级指标", "指标值", "全年实际值", "得分"],
        ["项目决策", "项目立项", "相关性", "—", "符合学校发展需要", 2],
        ["项目管理", "财务管理", "财务管理制度有效性", "—", "制度健全", 7],
        ["项目产出", "数量指标", "保障在校学生人数", "=2370人", "2370人", 10],
        ["项目效益", "社会效益指标", "学校全年正常运转月数", "=12个月", "12个月", 10],
        ["项目效益", "服务对象满意度指标", "学生和老师满意度", "≥90%", "95%", 10],
      ],
    );
    const result = checkSheet(snapshotFromGrid("表", g.grid, g.merges));
    expect(result.framework).toBe("eval-2020");
    expect(result.findings.filter((x) => x.rule === "level-placement" || x.rule === "framework-coverage")).toEqual([]);
  });
});

describe("a flat indicator list without level columns (重庆 一般性项目绩效目标表, 五桂镇 2023)", () => {
  const grid: CellValue[][] = [
    ["2023年一般性项目绩效目标表", null, null, null, null, null],
    ["专项资金名称", "在职村村干部补助", null, "业务主管部门", "某镇人民政府", null],
    ["当年预算", 9.31, null, null, null, null],
    ["当年绩效目标", "按时足额发放在职村干部补助，保障村级组织正常运转。", null, null, null, null],
    ["绩效指标", "指标", "指标权重", "计量单位", "指标性质", "指标值"],
    [null, "发放人数", 40, "人", "≥", 12],
    [null, "按时足额发放率", 30, "%", "=", 100],
    [null, "促进经济发展", 30, null, "定性", null],
  ];
  const merges = ["A1:F1", "B2:C2", "E2:F2", "B3:F3", "B4:F4", "A5:A8"];

  it("reads each row as an indicator, the split columns joined, and judges values but not levels", () => {
    const f = readSheet(snapshotFromGrid("表", grid, merges)).forms[0];
    const t = f.indicators!.tables[0];
    expect(t.flat).toBe(true);
    expect(t.rows.map((r) => [r.level3.text, r.values[0].text])).toEqual([
      ["发放人数", "≥12人"],
      ["按时足额发放率", "=100%"],
      ["促进经济发展", ""],
    ]);
    const findings = checkSheet(snapshotFromGrid("表", grid, merges)).findings.filter((x) => x.severity !== "info");
    expect(findings.map((x) => `${x.rule}@${x.cell}`)).toEqual(["indicator-row-complete@F8"]);
  });
});

describe("indicators written as lines “二级指标:内容” beside their 一级 (南岳 2017 部门整体支出绩效目标申报表)", () => {
  const grid: CellValue[][] = [
    ["部门整体支出绩效目标申报表", null, null],
    ["部门名称", "某区实验中学", null],
    ["部门职能职责概述", "实施初中义务教育。", null],
    ["整体绩效目标", "保障在职人员89人的正常办公秩序，提高教学质量。", null],
    ["部门整体支出年度绩效指标", "产出指标", "数量指标:在校学生≥1200人"],
    [null, null, "质量指标:毕业生合格率=100%"],
    [null, null, "时效指标:2017年7月前完成中考"],
    [null, "效益指标", "社会效益指标:中考合格率≥95%"],
    [null, "满意度指标", "服务对象满意度指标:家长满意度≥90%"],
  ];
  const merges = ["A1:C1", "B2:C2", "B3:C3", "B4:C4", "A5:A9", "B5:B7"];

  it("reads each line as an indicator named by its 二级, the text after the colon as its value", () => {
    const f = readSheet(snapshotFromGrid("表", grid, merges)).forms[0];
    const t = f.indicators!.tables[0];
    expect(t.textLines).toBe(true);
    expect(t.rows.map((r) => [r.level1.text, r.level2.text, r.values[0].text])).toEqual([
      ["产出指标", "数量指标", "在校学生≥1200人"],
      ["产出指标", "质量指标", "毕业生合格率=100%"],
      ["产出指标", "时效指标", "2017年7月前完成中考"],
      ["效益指标", "社会效益指标", "中考合格率≥95%"],
      ["满意度指标", "服务对象满意度指标", "家长满意度≥90%"],
    ]);
  });

  it("judges the groups: a missing 二级 (成本指标 here) is found, and the layout is said once", () => {
    const findings = checkSheet(snapshotFromGrid("表", grid, merges)).findings;
    expect(findings.some((x) => x.rule === "indicator-section")).toBe(false);
    expect(findings.filter((x) => x.rule === "level3-is-category")).toEqual([]);
    expect(findings.filter((x) => x.severity === "info" && /二级指标：内容/.test(x.message))).toHaveLength(1);
    const missing = findings.filter((x) => x.rule === "framework-coverage").map((x) => x.message);
    expect(missing.some((m) => m.includes("成本指标"))).toBe(true);
    expect(missing.some((m) => m.includes("数量指标"))).toBe(false);
  });
});

describe("a flat list under a goal section, its 一级 in a column headed 指标类型 (临海 2024 项目绩效目标)", () => {
  const grid: CellValue[][] = [
    ["项目名称:", "绿化养护经费", null, "项目编号:", "LH2024-017"],
    ["主管部门:", "临海市综合行政执法局", null, "项目期限:", "2024年1月—12月"],
    ["项目绩效目标", "绩效目标总体描述", "2024年完成建成区375万平方米绿地的养护，绿地养护合格率达到95%以上。", null, null],
    [null, "指标类型", "指标名称", "指标值", "指标描述"],
    [null, "产出指标", "绿地养护面积", "≥375万平方米", "完成全市绿地养护"],
    [null, "产出指标", "养护合格率", "≥95%", "按养护标准考核"],
    [null, "效益指标", "数量指标", "≥30处", "新增口袋公园"],
    [null, "满意度指标", "市民满意度", "≥90%", "问卷调查"],
  ];
  const merges = ["B1:C1", "B2:C2", "C3:E3", "A3:A8", "B5:B6"];

  it("reads the goal beside its description label and each row's 一级 from the 指标类型 column", () => {
    const f = readSheet(snapshotFromGrid("表", grid, merges)).forms[0];
    expect(f.goals.map((g) => [g.cell, g.period])).toEqual([["C3", "annual"]]);
    const t = f.indicators!.tables[0];
    expect(t.flat).toBe(true);
    expect(t.rows.map((r) => [r.level1.text, r.level2.text, r.level3.text, r.values[0].text])).toEqual([
      ["产出指标", "", "绿地养护面积", "≥375万平方米"],
      ["产出指标", "", "养护合格率", "≥95%"],
      ["效益指标", "数量指标", "数量指标", "≥30处"],
      ["满意度指标", "", "市民满意度", "≥90%"],
    ]);
  });

  it("a category written where the 三级 name belongs is reported (and its place under the wrong 一级), the rest not", () => {
    const findings = checkSheet(snapshotFromGrid("表", grid, merges)).findings.filter((x) => x.severity !== "info");
    expect(findings.map((x) => `${x.rule}@${x.cell}`)).toEqual(["level-placement@C7", "level3-is-category@C7"]);
  });
});

describe("an indicator table laid sideways (广东 2021 转移支付 绩效目标表: 三级指标 | … over 年度目标值 | …)", () => {
  const grid: CellValue[][] = [
    ["绩效目标表", null, null, null],
    ["资金名称", "教育发展专项资金", "省级业务主管部门", "广东省教育厅"],
    ["年度绩效目标", "2021年推动4所新建高校开工建设。", null, null],
    ["实施周期绩效目标", "补齐粤东粤西粤北地区高等教育短板。", null, null],
    ["三级指标", "新建高校数量", "工程质量达标率", "开工率"],
    ["年度目标值", "≥4所", "=100%", "100%"],
    ["实施周期目标值", "≥7所", "=100%", "=100%"],
  ];
  const merges = ["A1:D1", "B3:D3", "B4:D4"];

  it("reads one indicator per column, a value per value row", () => {
    const f = readSheet(snapshotFromGrid("表", grid, merges)).forms[0];
    const t = f.indicators!.tables[0];
    expect(t.flat).toBe(true);
    expect(t.periods).toEqual(["annual", "implementation"]);
    expect(t.rows.map((r) => [r.level3.text, ...r.values.map((v) => `${v.period}:${v.text}@${v.cell}`)])).toEqual([
      ["新建高校数量", "annual:≥4所@B6", "implementation:≥7所@B7"],
      ["工程质量达标率", "annual:=100%@C6", "implementation:=100%@C7"],
      ["开工率", "annual:100%@D6", "implementation:=100%@D7"],
    ]);
  });

  it("judges the values: a rate without its operator", () => {
    const findings = checkSheet(snapshotFromGrid("表", grid, merges)).findings.filter((x) => x.severity !== "info");
    expect(findings.map((x) => `${x.rule}@${x.cell}`)).toEqual(["value-format@D6"]);
  });
});

describe("an indicator header with its 二级 heading left blank (忠县 2021: 一级指标 | (empty) | 三级指标 | 年度指标值)", () => {
  const grid: CellValue[][] = [
    ["项目支出绩效目标表", null, null, null, null],
    ["项目名称", "龙滩村道路建设", null, null, null],
    ["主管部门", "忠县水利局", null, null, null],
    ["年度资金总额(万元)", 372.29, null, null, null],
    ["年度绩效目标", "新建道路524米，硬化道路5719米。", null, null, null],
    ["绩效指标", "一级指标", null, "三级指标", "年度指标值"],
    [null, "产出指标", "数量指标", "新建道路长度", "=524米"],
    [null, "产出指标", "质量指标", "工程验收合格率", "=100%"],
    [null, "产出指标", "时效指标", "完工时间", "≤2021年12月31日"],
    [null, "产出指标", "成本指标", "道路建设成本", "≤372.29万元"],
    [null, "效益指标", "社会效益指标", "受益群众", "≥1200人"],
    [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
  ];
  const merges = ["A1:E1", "B2:E2", "B3:E3", "B4:E4", "B5:E5", "A6:A12"];

  it("takes the blank-headed column of 二级 names as the 二级", () => {
    const f = readSheet(snapshotFromGrid("表", grid, merges)).forms[0];
    const t = f.indicators!.tables[0];
    expect(t.rows.map((r) => [r.level1.text, r.level2.text, r.level3.text])).toEqual([
      ["产出指标", "数量指标", "新建道路长度"],
      ["产出指标", "质量指标", "工程验收合格率"],
      ["产出指标", "时效指标", "完工时间"],
      ["产出指标", "成本指标", "道路建设成本"],
      ["效益指标", "社会效益指标", "受益群众"],
      ["满意度指标", "服务对象满意度指标", "群众满意度"],
    ]);
    const findings = checkSheet(snapshotFromGrid("表", grid, merges)).findings.filter((x) => x.severity === "error");
    expect(findings.map((x) => `${x.rule}@${x.cell}`)).toEqual([]);
  });
});

describe("a transfer payment's 中央主管部门 beside its 地方主管部门 (旺苍 2021 区域绩效目标自评表)", () => {
  const grid = (central: string | null): CellValue[][] => [
    ["中央对地方转移支付区域绩效自评表", null, null, null, null, null, null],
    ["（2021年度）", null, null, null, null, null, null],
    ["转移支付（项目）名称", "基本药物制度补助资金", null, null, null, null, null],
    ["中央主管部门", central, null, null, null, null, null],
    ["地方主管部门", "旺苍县卫生健康局", null, "资金使用单位", "旺苍县卫生健康局", null, null],
    ["资金投入情况（万元）", null, null, "全年预算数（A）", "全年执行数（B）", "预算执行率（B/A）", null],
    [null, "年度资金总额", null, 2300.67, 2300.67, "100%", null],
    [null, "其中：中央补助", null, 442.43, 442.43, "100%", null],
    ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null],
    [null, "保障37个基层医疗机构实施基本药物制度。", null, null, "37个基层医疗机构全部实施基本药物制度。", null, null],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"],
    [null, "产出指标", "数量指标", "实施基本药物制度的机构数", "=37个", "37个", null],
    [null, "效益指标", "社会效益指标", "基本药物使用率", "≥90%", "92%", null],
    [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", null],
  ];
  const merges = [
    "A1:G1",
    "A2:G2",
    "B3:G3",
    "B4:G4",
    "B5:C5",
    "E5:G5",
    "A6:C6",
    "A7:A8",
    "B7:C7",
    "B8:C8",
    "A9:A10",
    "B9:D9",
    "E9:G9",
    "B10:D10",
    "E10:G10",
    "A11:A14",
  ];
  const check = (central: string | null) =>
    checkSheet(snapshotFromGrid("表", grid(central), merges)).findings.filter((x) => x.rule === "required-field");

  it("the 地方主管部门 is the form's 主管部门; an empty 中央主管部门 is asked for (warning)", () => {
    expect(readSheet(snapshotFromGrid("表", grid(null), merges)).forms[0].fields.department?.text).toBe("旺苍县卫生健康局");
    expect(check(null).map((x) => `${x.severity}@${x.cell}`)).toEqual(["warning@B4"]);
    expect(check("财政部、国家卫生健康委员会")).toEqual([]);
  });
});

describe("indicators listed in the cell beside their 一级 (荆门 2022)", () => {
  const grid: CellValue[][] = [
    ["项目名称", "全市文物保护专项经费", "预算金额", "36万元"],
    ["预算单位", "市文化和旅游局", "主管部门", "市文化和旅游局"],
    ["项目概述", "依法保护田野文物和馆藏文物。", null, null],
    ["年度绩效总目标", "产出指标", "开展文物安全巡查频次8次;编制文物宣传资料数量3个;文物保护项目验收合格率≥86%;", null],
    ["年度绩效总目标", "效益指标", "文物保护宣传覆盖人次≥20万人次;文物保护名录和数据库基本健全。", null],
    ["年度绩效总目标", "满意度指标", "群众满意度≥90%", null],
  ];
  const merges = ["A4:A6", "C4:D4", "C5:D5", "C6:D6"];

  it("reads one indicator per item, its 一级 from the label, its value the figure the item ends with", () => {
    const [f] = readSheet(snapshotFromGrid("表", grid, merges)).forms;
    const t = f.indicators!.tables[0];
    expect(t.noLevel2).toBe(true);
    expect(t.rows.map((r) => [r.level1.text, r.level3.text, r.values[0].text, r.values[0].cell])).toEqual([
      ["产出指标", "开展文物安全巡查频次", "8次", "C4"],
      ["产出指标", "编制文物宣传资料数量", "3个", "C4"],
      ["产出指标", "文物保护项目验收合格率", "≥86%", "C4"],
      ["效益指标", "文物保护宣传覆盖人次", "≥20万人次", "C5"],
      ["效益指标", "文物保护名录和数据库基本健全", "文物保护名录和数据库基本健全", "C5"],
      ["满意度指标", "群众满意度", "≥90%", "C6"],
    ]);
  });

  it("a count without its comparison is said; the framework's 一级 are judged; an item stating no figure is not a copy of its name", () => {
    const findings = checkSheet(snapshotFromGrid("表", grid, merges)).findings;
    expect(findings.filter((d) => d.rule === "value-format").map((d) => d.cell)).toEqual(["C4", "C4"]);
    expect(findings.some((d) => d.rule === "framework-coverage" && /一级指标/.test(d.message))).toBe(false);
    expect(findings.some((d) => d.messageId === "restatesName")).toBe(false);
  });

  it("without the 满意度 row, the missing 一级 is said", () => {
    const findings = checkSheet(snapshotFromGrid("表", grid.slice(0, 5), ["A4:A5", "C4:D4", "C5:D5"])).findings;
    expect(findings.some((d) => d.rule === "framework-coverage" && /满意度指标/.test(d.message))).toBe(true);
  });
});

describe("a list of projects whose indicators are written in the goal's cell under 【一级-二级】 headings (黄山 2025)", () => {
  const goal = (satisfaction: string) =>
    [
      "【总体目标】",
      "保障机房租赁延续，保障机房内设备设施运转。",
      "【产出指标-数量指标】",
      "指标1:机柜数量(≥77台)",
      "【产出指标-质量指标】",
      "指标1:视频监控在线率(≥97%)",
      "【产出指标-时效指标】",
      "指标1:故障修复时限(≤24小时)",
      "【产出指标-成本指标】",
      "指标1:机房租赁成本(≤168.17万元)",
      "【效益指标-社会效益指标】",
      "指标1:视频监控覆盖重点区域(全覆盖)",
      ...satisfaction.split("\n"),
    ].join("\n");
  const grid = (satisfaction: string): CellValue[][] => [
    ["某市公安局2025年项目绩效目标和指标", null, null, null, null],
    ["单位编码", "单位名称(项目类别/支出项目)", "年度预算安排(万元)", "项目内容", "绩效目标"],
    [null, "某市公安局", 2795.52, null, null],
    ["037001", "某市公安局", 2795.52, null, null],
    [null, "其他运转类", 168.17, null, null],
    ["037001", "市本级机房租赁服务采购项目", 168.17, "机房租赁，共77个机柜，租赁期36个月。", goal(satisfaction)],
    [null, "本级项目", 2627.35, null, null],
  ];
  const merges = ["A1:E1"];
  const ok = "【满意度指标-服务对象满意度指标】\n指标1:群众满意度(≥90%)";

  it("reads each project row as a form: its unit, budget, goal, and one indicator per line", () => {
    const forms = readSheet(snapshotFromGrid("表", grid(ok), merges)).forms;
    expect(forms).toHaveLength(1);
    const [f] = forms;
    expect(f.layout).toBe("project-list");
    expect(f.fields.projectName?.text).toBe("市本级机房租赁服务采购项目");
    expect(f.fields.department?.text).toBe("某市公安局");
    expect(f.budget.projectBudget?.amountWan).toBe(168.17);
    expect(f.goals.map((g) => g.text)).toEqual(["保障机房租赁延续，保障机房内设备设施运转。"]);
    const t = f.indicators!.tables[0];
    expect(t.rows.map((r) => [r.level1.text, r.level2.text, r.level3.text, r.values[0].text, r.values[0].cell])).toEqual([
      ["产出指标", "数量指标", "机柜数量", "≥77台", "E6"],
      ["产出指标", "质量指标", "视频监控在线率", "≥97%", "E6"],
      ["产出指标", "时效指标", "故障修复时限", "≤24小时", "E6"],
      ["产出指标", "成本指标", "机房租赁成本", "≤168.17万元", "E6"],
      ["效益指标", "社会效益指标", "视频监控覆盖重点区域", "全覆盖", "E6"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "E6"],
    ]);
  });

  it("judges the indicators: a complete list gives no error or warning, a vague value and a missing 满意度 are said", () => {
    const clean = checkSheet(snapshotFromGrid("表", grid(ok), merges)).findings;
    expect(clean.filter((d) => d.severity !== "info").map((d) => `${d.rule} ${d.message}`)).toEqual([]);
    const vague = checkSheet(
      snapshotFromGrid("表", grid("【效益指标-可持续影响指标】\n指标1:持续保障机房运转(持续保障)"), merges),
    ).findings;
    expect(vague.some((d) => d.rule === "vague-qualitative" && d.cell === "E6")).toBe(true);
    expect(vague.some((d) => d.rule === "framework-coverage" && /满意度指标/.test(d.message))).toBe(true);
  });
});

describe("an outline export: unit, project and every level in one column, depth by leading spaces (石嘴山 2020 批复表)", () => {
  const tree = (rows: Array<[number, string, CellValue?]>): CellValue[][] => [
    ["某市疾病预防控制中心2020年项目绩效目标批复表", null, null],
    ["单位:元", null, null],
    ["项目", "指标值", "绩效金额"],
    [" 某市疾病预防控制中心", null, null],
    ["  疫苗及美沙酮药物", null, 3000000],
    ...rows.map(([depth, text, value]): CellValue[] => [" ".repeat(depth) + text, value ?? null, null]),
  ];
  const complete: Array<[number, string, CellValue?]> = [
    [3, "产出指标"],
    [4, "成本指标"],
    [5, "疫苗及药物采购总成本", "≤3000000元"],
    [4, "数量指标"],
    [5, "采购供应疫苗剂次", "≥60000剂次"],
    [4, "质量指标"],
    [5, "疫苗批签发证明齐全率", "=100%"],
    [4, "时效指标"],
    [5, "疫苗提供及时率", "=100%"],
    [3, "满意度指标"],
    [4, "服务对象满意度指标"],
    [5, "服务对象满意度", "≥95%"],
    [3, "效益指标"],
    [4, "社会效益指标"],
    [5, "辖区常用疫苗供应保障率", "=100%"],
  ];

  it("reads the project under its unit, its amount in 元, and each row's level from its words and its depth", () => {
    const forms = readSheet(snapshotFromGrid("表", tree(complete), ["A1:C1"])).forms;
    expect(forms).toHaveLength(1);
    const [f] = forms;
    expect(f.layout).toBe("project-list");
    expect(f.fields.projectName?.text).toBe("疫苗及美沙酮药物");
    expect(f.fields.department?.text).toBe("某市疾病预防控制中心");
    expect(f.budget.projectBudget?.amountWan).toBe(300);
    const rows = f.indicators!.tables[0].rows;
    // 成本指标 (a 一级 of 101号 and a 二级 of 88号) is the 二级 here; 服务对象满意度 under its 二级 is a 三级.
    expect(rows.map((r) => [r.level1.text, r.level2.text, r.level3.text, r.values[0].cell])).toEqual([
      ["产出指标", "成本指标", "疫苗及药物采购总成本", "B8"],
      ["产出指标", "数量指标", "采购供应疫苗剂次", "B10"],
      ["产出指标", "质量指标", "疫苗批签发证明齐全率", "B12"],
      ["产出指标", "时效指标", "疫苗提供及时率", "B14"],
      ["满意度指标", "服务对象满意度指标", "服务对象满意度", "B17"],
      ["效益指标", "社会效益指标", "辖区常用疫苗供应保障率", "B20"],
    ]);
  });

  it("a complete tree gives no error or warning; template hints and bare percentages are said", () => {
    const clean = checkSheet(snapshotFromGrid("表", tree(complete), ["A1:C1"])).findings;
    expect(clean.filter((d) => d.severity !== "info").map((d) => `${d.rule} ${d.cell} ${d.message}`)).toEqual([]);
    const hinted = complete.map(([depth, text, value]): [number, string, CellValue?] =>
      text === "数量指标"
        ? [depth, "数量指标(必填硬性指标)"]
        : text === "采购供应疫苗剂次"
          ? [depth, "疫苗使用率", "100%"]
          : [depth, text, value],
    );
    const findings = checkSheet(snapshotFromGrid("表", tree(hinted), ["A1:C1"])).findings;
    expect(findings.some((d) => d.rule === "template-placeholder" && d.cell === "A9")).toBe(true);
    expect(findings.some((d) => d.rule === "value-format" && d.messageId === "missingOperator" && d.cell === "B10")).toBe(true);
  });

  it("without leading spaces the words still give the levels, and the project is the line above its 一级", () => {
    const flat = tree(complete).map((r) => r.map((c) => (typeof c === "string" ? c.trim() : c)));
    const [f] = readSheet(snapshotFromGrid("表", flat, ["A1:C1"])).forms;
    expect(f.fields.projectName?.text).toBe("疫苗及美沙酮药物");
    expect(f.indicators!.tables[0].rows.map((r) => r.level3.text)).toEqual([
      "疫苗及药物采购总成本",
      "采购供应疫苗剂次",
      "疫苗批签发证明齐全率",
      "疫苗提供及时率",
      "服务对象满意度",
      "辖区常用疫苗供应保障率",
    ]);
  });
});

describe("a fund's own period label (eighth session)", () => {
  it("专项实施期 / 政策实施期 name the period, as 项目实施期 does", () => {
    for (const label of ["专项实施期", "专项资金实施期", "政策实施周期", "项目实施期"])
      expect(matchLabel(label)?.target).toEqual({ kind: "field", key: "period" });
  });

  it("原州 2022: a 时效 name carrying last year's date is held to the 专项实施期 (a warning at the name)", () => {
    const g = form(
      "马铃薯种薯繁育示范推广项目绩效目标表(2022年度)",
      [
        ["项目名称", "马铃薯种薯繁育示范推广项目", "专项实施期", "2022年3月-2022年11月"],
        ["主管部门", "农业农村厅", "实施单位", "原州区农业农村局"],
        ["年度资金总额(万元)", 300],
        ["年度总体目标", "采购马铃薯原原种425万粒，免费向农户、合作社和企业发放，完成原种繁育田850亩。"],
      ],
      [
        INDICATORS[0],
        ["产出指标", "数量指标", "免费发放原原种数量", "=425万粒"],
        ["产出指标", "质量指标", "采购的原原种合格率", "≥90%"],
        ["产出指标", "时效指标", "2021年11月30日前完成资金支付", "=100%"],
        ["效益指标", "经济效益指标", "种薯亩均收入增幅", "≥5%"],
        ["满意度指标", "服务对象满意度指标", "种植农户满意度", "≥90%"],
      ],
    );
    const findings = checkSheet(snapshotFromGrid("表", g.grid, g.merges)).findings;
    const stale = findings.filter((f) => f.rule === "timeliness-within-period");
    expect(stale.map((f) => [f.cell, f.severity])).toEqual([["C9", "warning"]]);
    expect(stale[0].message).toContain("2021年11月30日");
    expect(stale[0].related).toEqual(["D2"]);
  });
});

describe("a department's 专项资金 table is a project's (eighth session)", () => {
  const header = (schedule: boolean): CellValue[][] => [
    ["专项名称", "科普专项资金", "专项属性", "延续专项 新增专项"],
    ["部门名称", "望城区科技局", "资金总额(万元)", 103],
    ["专项立项依据", "中华人民共和国科学技术普及法、全民科学素质行动计划纲要"],
    ...(schedule
      ? [
          ["专项实施进度计划", "专项实施内容", "计划开始时间", "计划完成时间"],
          ["专项实施进度计划", "1.科普惠农与社区益民行动计划", "2017年1月", "2017年12月"],
        ]
      : []),
    ["年度绩效目标", "积极开展科普宣传，全年举办大型科普活动4次以上，提升全民科学素质。"],
  ];

  it("望城 2017: its own 实施进度计划 (what the unit does, and when) outweighs the fund-like title and 专项名称", () => {
    const forms = read(form("科普专项资金绩效目标申报表", header(true)));
    expect(forms[0].layout).toBe("project-target");
  });

  it("without a schedule of its own work, a fund's 专项名称 and title still read as a transfer table", () => {
    const forms = read(form("科普专项资金绩效目标申报表", header(false)));
    expect(forms[0].layout).toBe("transfer-payment");
  });
});

describe("a kind is chosen only with what defines it (eighth session)", () => {
  const header: CellValue[][] = [
    ["项目名称", "机关大院维护(修)", "项目属性", "持续性项目"],
    ["主管部门", "市委办", "项目期限", "5年"],
    ["项目负责人", "高小平", "项目总额(万元)", 56],
    ["项目实施方案", "日常维修到位：水暖、电力线路及设施设备报修24小时内处理；全年完成供水管网改造。"],
    ["经费测算", "水暖材料2000元/批×30批=6万元；电力线路维修15000元/次×12次=18万元；其余32万元"],
    ["年度绩效目标", "全年完成维修任务，保障机关大院水电畅通、设施安全运行。"],
  ];

  it("广水 2023: a 经费测算, a 项目期限 and a plan without the policy table's title, 事前绩效评估 or two value columns is a project table", () => {
    expect(read(form("广水市部门(单位)预算项目申报表", header))[0].layout).toBe("project-target");
  });

  it("with the policy table's title the same lines make a 项目（政策）支出绩效表", () => {
    expect(read(form("项目（政策）支出绩效表", header))[0].layout).toBe("policy-table");
  });
});

describe("a list of projects with their goals in words and no indicators (eighth session)", () => {
  const grid: CellValue[][] = [
    ["大冶市2024年度衔接推进乡村振兴补助资金项目计划安排表", null, null, null, null, null, null],
    ["序号", "乡镇", "项目名称", "项目子类型", "建设内容", "计划投入资金", "预期绩效目标"],
    [
      1,
      "大箕铺镇",
      "果蔬特色产业强链示范项目",
      "种植业基地",
      "蔬菜加工厂房建设，冷链设备采购",
      3069.7,
      "建设180亩果蔬生产基地，带动就近就业120人",
    ],
    [2, "金湖街道", "稻虾共养基地提升项目", "养殖业基地", "改造稻虾田", 400, "改造稻虾田500亩，带动农户增收"],
  ];

  it("大冶 2024: 项目名称 | 项目子类型 | … | 计划投入资金 | 预期绩效目标 is read as a list, each project with its money and goal", () => {
    const forms = readSheet(snapshotFromGrid("表", grid, ["A1:G1"])).forms;
    expect(forms.map((f) => [f.layout, f.fields.projectName?.text, f.budget.projectBudget?.amountWan, f.goals[0]?.cell])).toEqual(
      [
        ["project-list", "果蔬特色产业强链示范项目", 3069.7, "G3"],
        ["project-list", "稻虾共养基地提升项目", 400, "G4"],
      ],
    );
    expect(forms.every((f) => f.indicators === null)).toBe(true);
  });

  it("its missing indicator section is only noted: the list sets goals, each project's own table sets indicators", () => {
    const findings = checkSheet(snapshotFromGrid("表", grid, ["A1:G1"])).findings.filter((f) => f.rule === "indicator-section");
    expect(findings.map((f) => f.severity)).toEqual(["info", "info"]);
  });
});

describe("项目支出明细 with its 合计 first (eighth session)", () => {
  const grid = (total: number, lines: [string, number | null][]): CellValue[][] => [
    ["财政支出项目绩效目标申报表", null, null, null],
    ["项目名称", "工会专项业务", "项目主管部门", "市总工会"],
    ["项目当年预算", "67.56万元", null, null],
    ["项目支出预算及测算依据", "项目支出明细", "金额", "测算依据及说明"],
    ["项目支出预算及测算依据", "合计", `${total} 万元`, null],
    ...lines.map(([name, amount]): CellValue[] => [
      "项目支出预算及测算依据",
      name,
      amount === null ? null : `${amount} 万元`,
      null,
    ]),
    ["年度绩效目标", "开展职工技能培训不少于4期，走访慰问困难职工不少于200人次。", null, null],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "职工技能培训期数", "≥4期"],
  ];
  const merges = ["A4:A7"];
  const details = (g: CellValue[][]) => readSheet(snapshotFromGrid("表", g, merges)).forms[0].details;

  it("广水 2020 corrected: reads the lines under the 合计, up to the next section's label", () => {
    const d = details(
      grid(67.56, [
        ["1.商品服务支出", 62],
        ["2.资本性支出:办公设备购置", 5.56],
      ]),
    );
    expect(d.total?.amountWan).toBe(67.56);
    expect(d.lines.map((x) => [x.name, x.amountWan])).toEqual([
      ["1.商品服务支出", 62],
      ["2.资本性支出:办公设备购置", 5.56],
    ]);
    const f = checkSheet(
      snapshotFromGrid(
        "表",
        grid(67.56, [
          ["1.商品服务支出", 62],
          ["2.资本性支出:办公设备购置", 5.56],
        ]),
        merges,
      ),
    );
    expect(f.findings.filter((x) => x.rule === "detail-lines-total")).toEqual([]);
  });

  it("广水 2020: a 合计 of 75.56 over lines of 72 is said", () => {
    const f = checkSheet(
      snapshotFromGrid(
        "表",
        grid(75.56, [
          ["1.商品服务支出", 72],
          ["2.资本性支出:", null],
        ]),
        merges,
      ),
    );
    expect(f.findings.filter((x) => x.rule === "detail-lines-total").map((x) => [x.cell, x.severity])).toEqual([["C5", "error"]]);
  });
});

describe("a money-unit note is never a field's value (eighth session)", () => {
  it("湖南 2018: “填报单位:” left blank beside “单位:万元” — the unit is empty, not 单位:万元", () => {
    const g = form("2023年项目支出绩效目标表", [
      ["填报单位:", null, "单位:万元", null],
      ["项目名称", "基础教育质量提升", null, null],
      ["资金总额(万元)", 112, null, null],
      ["年度目标", "推进基础教育综合改革，支持民族中小学办学。", null, null],
    ]);
    const fields = read(g)[0].fields;
    // The label is read (the unit is asked for), its value is empty — not the note beside it.
    expect(fields.department).toBeDefined();
    expect(fields.department?.text).toBe("");
  });
});

describe("a column heading's value starts in its column (eighth session)", () => {
  const grid = (goal: string | null): CellValue[][] => [
    ["某区财政支出项目绩效评价自评报告", null, null, null],
    ["项目名称", "优抚", null, null],
    ["评价方式:部门(单位)绩效自评", null, null, null],
    ["项目绩效定性目标及实施计划完成情况", null, "预期目标", "实际完成"],
    [null, null, goal, goal === null ? null : "全年发放优抚资金179.6万元，各项政策落实到位。"],
    ["项目绩效定量目标(指标)及完成情况", null, null, null],
    ["一级指标", "二级指标", "指标内容", "指标(目标)值"],
    ["产出指标", "数量指标", "优抚对象补助人数", "≥300人"],
  ];
  const merges = ["A1:D1", "A4:B5", "A6:D6"];

  it("岳阳 2016: 预期目标 | 实际完成 left empty above a section bar — the goal is empty, not the bar's text", () => {
    const f = readSheet(snapshotFromGrid("表", grid(null), merges)).forms[0];
    expect(f.goals.map((g) => [g.cell, g.text])).toEqual([["C5", ""]]);
    expect(f.fields.goalCompletion?.text).toBe("");
  });

  it("and filled in, both are read", () => {
    const f = readSheet(snapshotFromGrid("表", grid("按时足额发放重点优抚对象定期补助，全年安排优抚资金170万元。"), merges))
      .forms[0];
    expect(f.goals.map((g) => g.cell)).toEqual(["C5"]);
    expect(f.fields.goalCompletion?.cell).toBe("D5");
  });
});

describe("a line of boxes right above the form (eighth session)", () => {
  const grid = (boxes: string): CellValue[][] => [
    [boxes, null, null, null],
    ["项目名称", "岳阳县农村公路养护", null, null],
    ["评价方式:部门(单位)绩效自评", null, null, null],
    ["项目起止时间", "2020年1月起至2020年12月止", null, null],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "养护里程", "≥1200公里"],
  ];
  const unticked = (g: CellValue[][]) =>
    checkSheet(snapshotFromGrid("表", g, []))
      .findings.filter((f) => f.rule === "checkbox-selection")
      .map((f) => f.cell);

  it("岳阳 2020: 评价类型 with neither box ticked, in the row above 项目名称, is the form's own group", () => {
    expect(unticked(grid("评价类型:项目实施过程评价□项目完成结果评价□"))).toEqual(["A1"]);
    expect(unticked(grid("评价类型:项目实施过程评价□项目完成结果评价■"))).toEqual([]);
  });
});

describe("a footer line merged across the table is not an indicator row (eighth session)", () => {
  it("巴南 2022: 经办人及联系电话 and 上报时间 merged over the whole width under the indicators", () => {
    const grid: CellValue[][] = [
      ["项目支出绩效目标表", null, null, null],
      ["项目名称", "党支部书记补贴", null, null],
      ["年度资金总额(万元)", 20, null, null],
      ["年度绩效目标", "按月足额发放48名党支部书记补贴。", null, null],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "享受补贴的党支部书记人数", "=48人"],
      ["满意度指标", "服务对象满意度指标", "村(居)民满意度", "≥95%"],
      ["经办人及联系电话:王舜177****6998", null, null, null],
      ["上报时间:  2021 年10  月 26日", null, null, null],
    ];
    const f = readSheet(snapshotFromGrid("表", grid, ["A1:D1", "A8:D8", "A9:D9"])).forms[0];
    expect(f.indicators?.tables[0].rows.map((r) => r.level3.text)).toEqual(["享受补贴的党支部书记人数", "村(居)民满意度"]);
  });
});

describe("a money heading with its amount beside it and its 其中 lines on its right (eighth session)", () => {
  it("西青 2021: 项目资金(万元) | 3 | 其中:财政拨款 | 3 / 其他资金 | 0 — the project's budget is 3", () => {
    const g = form("项目支出绩效目标表", [
      ["项目名称", "基层医疗卫生机构绩效工资补助", null, null],
      ["项目资金 (万元)", 3, "其中:财政拨款", 3],
      [null, null, "其他资金", 0],
      ["绩效目标", "为中心3名在编人员足额发放绩效工资补助3万元。", null, null],
    ]);
    g.merges.push("A3:A4", "B3:B4");
    const f = read(g)[0];
    expect(f.budget.projectBudget?.amountWan).toBe(3);
    expect(f.budget.projectBudget?.cell).toBe("B3");
  });
});

describe("a value is not a label (eighth session)", () => {
  it("“二级项目” is the value of 项目等级; “二级项目名称” is the label of the project's name", () => {
    expect(matchLabel("二级项目")).toBeNull();
    expect(matchLabel("二级项目名称")?.target).toEqual({ kind: "field", key: "projectName" });
  });
});

describe("a completion written beside the goal with its label in the cell (eighth session)", () => {
  it("四川 2021: 年度总体目标 | 目标1:… | 完成情况1:… — the completion is read", () => {
    const g = form("普惠金融专项资金自评表", [
      ["专项名称", "普惠金融发展专项资金", null, null],
      ["年度总体目标", "目标1:支持农村金融组织体系建设", "完成情况1:农村金融服务覆盖面扩大到全部乡镇", null],
    ]);
    const f = read(g)[0];
    expect(f.fields.goalCompletion?.text).toBe("1:农村金融服务覆盖面扩大到全部乡镇");
    expect(f.fields.goalCompletion?.cell).toBe("C3");
  });
});

describe("a period given as its two ends under sub-labels (eighth session)", () => {
  it("广东 2021: 实施周期 | 起始年度 | 2021年 | 到期年度 | 2022年(项目周期1年)", () => {
    const g = form("绩效目标表", [
      ["项目名称", "智慧消防项目", null, null, null],
      ["实施周期", "起始年度", "2021年", "到期年度", "2022年(项目周期1年)"],
      ["2021年金额(元)", 30223400, null, null, null],
      ["年度绩效目标", "2021年12月31日前建成省级消防大数据平台1个。", null, null, null],
    ]);
    const f = read(g)[0];
    expect(f.fields.period?.text).toBe("2021年-2022年(项目周期1年)");
    expect(f.fields.period?.cell).toBe("C3");
    expect(f.implementationPeriod?.start?.year).toBe(2021);
    expect(f.implementationPeriod?.end?.year).toBe(2022);
    expect(f.fields.projectTerm?.text).toBe("1年");
  });
});

describe("money handed down from a higher level (陈仓 2023, fifteenth session)", () => {
  /** The 资金情况 block of a transfer table under a plain title: 年度资金总额, 其中:中央补助, 地方资金. */
  const header = (central: string, local: string): CellValue[][] => [
    ["项目名称", "残疾人事业发展补助资金", null],
    ["区级主管部门", "区残联", null],
    ["资金金额(万元)", "年度资金总额", 50.29],
    [null, central, 50.29],
    [null, local, 0],
    ["年度总体目标", "为农村困难残疾人进行实用技术培训不少于100人。", null],
  ];

  it("a year's money split into 中央补助 and 地方资金 is a transfer table, whatever the title", () => {
    const f = read(form("绩效目标表(一般公共预算资金)", header("其中:中央补助", "地方资金")))[0];
    expect(f.layout).toBe("transfer-payment");
    expect(f.kindEvidence?.[0].evidence).toContain("资金分为中央补助和地方资金");
  });

  it("a project's money by kind of fund (财政拨款 | 其他资金) stays a project table", () => {
    expect(read(form("绩效目标表(一般公共预算资金)", header("其中:财政拨款", "其他资金")))[0].layout).toBe("project-target");
    // One part named 中央资金 is a source of a project's money, not a split between levels (湘阴 2022).
    expect(read(form("绩效目标表(一般公共预算资金)", header("其中:中央资金", "其他资金")))[0].layout).toBe("project-target");
  });

  it("a form printing achieved values or a budget execution rate is no table of targets, transfer or project", () => {
    const evaluated: CellValue[][] = [
      ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"],
      ["产出指标", "数量指标", "实用技术培训人数", "≥100人", "120人"],
      ["产出指标", "质量指标", "培训合格率", "≥90%", "95%"],
      ["效益指标", "社会效益指标", "受助残疾人就业人数", "≥20人", "26人"],
      ["满意度指标", "服务对象满意度指标", "受助残疾人满意度", "≥90%", "96%"],
    ];
    const f = read(
      form("残疾人事业发展补助资金", [...header("其中:中央补助", "地方资金"), ["中央主管部门", "中国残联", null]], evaluated),
    )[0];
    expect(f.layout).toBe("self-evaluation");
    expect(f.kindEvidence?.map((k) => k.kind)).not.toContain("transfer-payment");
    expect(f.kindEvidence?.map((k) => k.kind)).not.toContain("project-target");
  });
});

describe("a title saying the money was handed down (邯郸 2019, fifteenth session)", () => {
  const header: CellValue[][] = [["绩效目标", "保障农村低保金的发放，保障农村低保户的基本生活。"]];

  it("…提前下达…补助预算指标绩效目标表 is a transfer table, not a project's", () => {
    const f = read(form("邯财社〔2018〕126号提前下达2019年中央财政困难群众救助补助预算指标绩效目标表", header))[0];
    expect(f.layout).toBe("transfer-payment");
  });

  it("the same table under a project's title stays a project table", () => {
    expect(read(form("2019年困难群众救助项目绩效目标表", header))[0].layout).toBe("project-target");
  });
});

describe("a table of targets titled a 绩效指标表 (fifteenth session)", () => {
  const header: CellValue[][] = [
    ["资金名称", "一般性项目经费"],
    ["总体目标", "按月及时足额发放在职村社干部的工资。"],
  ];

  it("…项目绩效指标表 names a project's targets as …项目绩效目标表 does", () => {
    expect(read(form("2023年一般性项目绩效目标表", header))[0].layout).toBe("project-target");
    expect(read(form("2023年一般性项目绩效指标表", header))[0].layout).toBe("project-target");
  });

  it("…补助资金绩效指标表 and …区域绩效指标表 name a fund's", () => {
    expect(read(form("2025年农村危房改造补助资金绩效指标表", header))[0].layout).toBe("transfer-payment");
    const named: CellValue[][] = [["项目名称", "农村危房改造补助资金"], header[1]];
    expect(read(form("中央对地方转移支付区域绩效指标表", named))[0].layout).toBe("transfer-payment");
  });
});

describe("titles publishers word their own way (fifteenth session)", () => {
  const header: CellValue[][] = [
    ["项目名称", "公共文化服务体系经费"],
    ["主管部门", "某区文化旅游局"],
    ["总体目标", "开展公益性文化活动12场，图书馆全年免费开放。"],
  ];

  it("a note in brackets inside the title (…绩效目标(申报)表, …绩效目标（批复）表) leaves it a title of its kind", () => {
    for (const title of ["项目支出绩效目标(申报)表", "项目支出绩效目标（批复）表"]) {
      const f = read(form(title, header))[0];
      expect([f.title, f.layout]).toEqual([title, "project-target"]);
    }
  });

  it("a short qualifier before 表 (…绩效目标公开表, …明细表, …设定表) names the same table", () => {
    for (const title of ["项目支出绩效目标公开表", "项目支出绩效目标明细表", "项目支出绩效目标设定表"])
      expect(read(form(title, [["资金名称", "一般性项目经费"], header[2]]))[0].layout).toBe("project-target");
  });

  it("a department's 整体绩效目标批复表 is a department's, as its 申报表 is", () => {
    const dept: CellValue[][] = [
      ["部门名称", "某区文化旅游局"],
      ["年度履职目标", "开展公益性文化活动12场。"],
    ];
    expect(read(form("2022年整体绩效目标批复表", dept))[0].layout).toBe("department-overall");
  });

  it("…绩效自评情况表 and …绩效目标完成情况表 are self-evaluations, their 预算执行 block read", () => {
    // (六安 2021's block: its heading is 项目资金(万元), no label speaks of 执行 — the title says what the form is.)
    const evaluated: CellValue[][] = [
      ...header,
      ["项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["年度资金总额", 200, 200, 179.43, 10, "89.72%", 9],
    ];
    for (const title of ["项目支出绩效自评情况表", "项目支出绩效目标完成情况表", "项目支出绩效目标运行监控表"]) {
      const f = read(form(title, evaluated))[0];
      expect(f.layout).toBe("self-evaluation");
      expect(f.scoring?.execution?.rate?.text).toBe("89.72%");
    }
  });
});

describe("an achieved column left empty (fifteenth session)", () => {
  it("a target table printing its 实际完成值 column for the year's end, empty or dashed, stays a target table", () => {
    const header: CellValue[][] = [
      ["项目名称", "残疾人事业发展补助资金"],
      ["资金金额(万元)", "年度资金总额", 50.29],
      [null, "其中:中央补助", 50.29],
      [null, "地方资金", 0],
      ["年度总体目标", "为农村困难残疾人进行实用技术培训不少于100人。"],
    ];
    const indicators: CellValue[][] = [
      ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"],
      ["产出指标", "数量指标", "实用技术培训人数", "≥100人", null],
      ["产出指标", "质量指标", "培训合格率", "≥90%", null],
      ["效益指标", "社会效益指标", "受助残疾人就业人数", "≥20人", null],
      ["满意度指标", "服务对象满意度指标", "受助残疾人满意度", "≥90%", null],
    ];
    expect(read(form("绩效目标表(一般公共预算资金)", header, indicators))[0].layout).toBe("transfer-payment");
    // (A dash in each achieved cell is no achieved value: the column is read, nothing is written in it.)
    const dashed = indicators.map((r, i) => (i === 0 ? r : [...r.slice(0, 4), i % 2 ? "/" : "—"]));
    expect(read(form("绩效目标表(一般公共预算资金)", header, dashed))[0].layout).toBe("transfer-payment");
  });
});
