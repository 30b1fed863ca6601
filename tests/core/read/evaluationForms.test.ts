/**
 * General reading rules found on blind sets AE–AH (seventh session), each on a small literal grid that breaks one
 * thing: a score sheet whose 分值 columns weigh every level; a 自评报告 form known by its 评价方式; a 绩效监控表; a heading
 * bar over the completion; the budget execution line as a row of the indicator table.
 */
import { checkSheet } from "../../../src/core/check";
import { readSheet } from "../../../src/core/read/readSheet";
import { type CellValue, snapshotFromGrid } from "../../../src/core/snapshot";

const pad = (rows: CellValue[][]) => {
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]);
};
const snap = (rows: CellValue[][], merges: string[] = []) => snapshotFromGrid("表", pad(rows), merges);
const keys = (rows: CellValue[][], merges: string[] = []) =>
  checkSheet(snap(rows, merges)).findings.map((f) => `${f.rule}@${f.cell}:${f.severity}`);

describe("a score sheet: 一级 | 分值 | 二级 | 分值 | 三级 | 分值 | 得分 (海南 2022)", () => {
  const sheet = (arrival: number): CellValue[][] => [
    ["服务贸易项目绩效自评表(2022年度)"],
    ["项目实施单位", "省商务厅服务贸易处", null, "主管部门", null, "省商务厅"],
    ["计划投资额(万元)", 570, null, "实际到位资金(万元)", 570],
    ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"],
    ["项目决策", 20, "项目目标", 4, "目标内容", 4, 4],
    ["项目决策", 20, "决策过程", 8, "决策依据", 3, 3],
    ["项目决策", 20, "资金分配", 8, "分配办法", 8, 8],
    ["项目管理", 25, "资金到位", 5, "到位率", 3, arrival],
    ["项目管理", 25, "资金管理", 20, "资金使用", 22, 22],
    ["项目绩效", 55, "项目产出", 15, "产出数量", 15, 15],
    ["项目绩效", 55, "项目效益", 40, "经济效益", 10, 10],
    ["项目绩效", 55, "项目效益", 40, "社会效益", 20, 20],
    ["项目绩效", 55, "项目效益", 40, "服务对象满意度", 10, 10],
    ["合计", 100, null, 100, null, 100, 97.1],
  ];

  it("an indicator's weight is the 分值 right of the 三级 column, not its 一级's", () => {
    const form = readSheet(snap(sheet(3))).forms[0];
    const row = form.indicators!.tables[0].rows.find((r) => r.level3.text === "到位率")!;
    expect(row.extras?.weight?.text).toBe("3");
  });

  it("the evaluation framework's stage groups (项目产出, 项目效益) are read, their categories are its 三级", () => {
    // Every indicator row is read (a sheet not read at all would say nothing either).
    expect(readSheet(snap(sheet(3))).forms[0].indicators!.tables[0].rows.map((r) => r.level3.text)).toEqual([
      "目标内容",
      "决策依据",
      "分配办法",
      "到位率",
      "资金使用",
      "产出数量",
      "经济效益",
      "社会效益",
      "服务对象满意度",
    ]);
    const found = keys(sheet(3));
    expect(found.filter((k) => /^(framework-coverage|level-placement|level3-is-category)@/.test(k))).toEqual([]);
  });

  it("a sheet of points only is an evaluation's score sheet, whatever its title says", () => {
    const form = readSheet(snap(sheet(3))).forms[0];
    expect(form.layout).toBe("evaluation-result");
    expect(form.kindEvidence?.[0].evidence).toContain("指标表只有分值和得分（没有目标值和完成值）");
  });

  it("a score below its 分值 where the sheet has no reason column: the missing reason is only noted", () => {
    expect(keys(sheet(2.1)).filter((k) => k.startsWith("score-matches-result"))).toEqual(["score-matches-result@G8:info"]);
  });
});

describe("a 自评报告 form known by its 评价方式 (岳阳 2018–2021)", () => {
  const cover: CellValue[][] = [
    ["岳阳楼区2021年度部门(单位)整体支出绩效评价自评报告"],
    ["部门(单位)名称", "岳阳市岳阳楼区文化馆"],
    ["预算编码", "601002"],
    ["评价方式", "部门(单位)绩效自评"],
    ["评价机构", "部门(单位)评价组"],
    ["职能职责概述", "承担政府公共文化事业，繁荣群众文化。"],
  ];
  it("is a form, and a self-evaluation", () => {
    const forms = readSheet(snap(cover)).forms;
    expect(forms).toHaveLength(1);
    expect(forms[0].layout).toBe("self-evaluation");
    expect(forms[0].fields.evaluationMethod?.text).toBe("部门(单位)绩效自评");
  });
  it("an evaluation by the finance bureau is an evaluation result", () => {
    const forms = readSheet(snap(cover.map((r) => (r[0] === "评价方式" ? ["评价方式", "财政重点绩效评价"] : r)))).forms;
    expect(forms[0].kindEvidence?.find((k) => k.kind === "evaluation-result")?.evidence).toContain(
      "评价方式写明是财政或第三方评价",
    );
  });
});

describe("a 绩效监控表 is read as the nearest kind, a self-evaluation (黄石 2019)", () => {
  it("by its title", () => {
    const rows: CellValue[][] = [
      ["黄石市项目支出绩效监控表"],
      ["项目名称", "申遗经费"],
      ["主管部门", "黄石市文化和旅游局"],
      ["项目资金(万元)", "年初预算数", "1-6月执行数", "全年预计执行数"],
      ["年度资金总额:", 220, 87.57, 220],
      ["一级指标", "二级指标", "指标名称", "指标值", "半年度指标执行情况"],
      ["产出指标", "数量指标", "举办学术交流活动场次", "≥8场", "已举办5场"],
      ["满意度指标", "服务对象满意度指标", "参观群众满意度", "≥90%", "调查中"],
    ];
    expect(readSheet(snap(rows)).forms[0].layout).toBe("self-evaluation");
  });
});

describe("a column means what its content says: 指标名称 over 质量 / 时效 / 成本 is the 二级 column (黄石 2019)", () => {
  const rows: CellValue[][] = [
    ["黄石市项目支出绩效监控表"],
    ["项目名称", "申遗经费"],
    ["主管部门", "黄石市文化和旅游局"],
    ["绩效指标", "一级指标", "指标名称", "指标值", "半年度指标执行情况", "完成目标可能性"],
    ["绩效指标", "产出指标", "质量"],
    ["绩效指标", "产出指标", "时效"],
    ["绩效指标", "产出指标", "成本", "≤220万元", "按进度执行", "确定能"],
    ["绩效指标", "效益指标", "社会效益", "≥5场", "已举办3场", "确定能"],
  ];
  const merges = ["A4:A8", "B5:B7"];
  it("reads the rows with their 二级 and no 三级", () => {
    const t = readSheet(snap(rows, merges)).forms[0].indicators!.tables[0];
    expect(t.rows.map((r) => [r.level2.text, r.level3.text])).toEqual([
      ["质量", ""],
      ["时效", ""],
      ["成本", ""],
      ["社会效益", ""],
    ]);
  });
  it("says the empty groups and the values without a name", () => {
    const found = keys(rows, merges);
    expect(found).toEqual(expect.arrayContaining(["level2-without-level3@C5:error", "level2-without-level3@C6:error"]));
    expect(found.some((k) => k.startsWith("indicator-row-complete@C7"))).toBe(true);
  });
});

describe("成安 2020: a heading bar over 年度预期目标 | 具体完成情况, and the execution line in the indicator table", () => {
  const rows: CellValue[][] = [
    ["成安县民政局2020年度预算项目绩效自评表"],
    ["项目名称:", "19名百岁老人高龄津贴", null, "实施(主管)单位", "成安县民政局"],
    ["预算数", 6.84, "执行数", 6.84, "执行率", "100%"],
    ["三、目标完成情况"],
    ["年度预期目标", null, "具体完成情况"],
    ["为全县19名百岁老人按月发放高龄津贴", null, "全年为19名百岁老人发放高龄津贴6.84万元"],
    ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "权重", "得分"],
    ["产出指标", "数量指标", "享受高龄津贴百岁老人人数", "=19人", "19人", 30, 30],
    ["产出指标", "质量指标", "符合条件申报对象覆盖率", "≥98%", "100%", 20, 20],
    ["产出指标", "时效指标", "每月审批及时完成率", "≥99%", "100%", 10, 10],
    ["产出指标", "成本指标", "高龄津贴发放标准", "=300元/人·月", "300元/人·月", 10, 10],
    ["效果指标", "社会效益指标", "补贴发放率", "=100%", "100%", 10, 10],
    ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%", "100%", 10, 10],
    ["预算执行率", "预算执行率", "预算执行率", "=100%", "100%", 10, 10],
  ];
  const merges = ["A4:G4", "A5:B5", "C5:G5", "A6:B6", "C6:G6"];
  it("the completion is the text under 具体完成情况, not an empty field beside the bar", () => {
    const form = readSheet(snap(rows, merges)).forms[0];
    expect(form.fields.goalCompletion?.text).toBe("全年为19名百岁老人发放高龄津贴6.84万元");
  });
  it("the same inside an empty margin (a used range with blank rows and columns around the form)", () => {
    // The bar spans the form, not the used range: two blank rows and a blank column before it, three columns after.
    const width = Math.max(...rows.map((r) => r.length));
    const framed: CellValue[][] = [[], [], ...rows.map((r) => [null, ...r, ...Array(width - r.length + 3).fill(null)])];
    const moved = merges.map((m) =>
      m.replace(/([A-Z])(\d+)/g, (_, c: string, r: string) => `${String.fromCharCode(c.charCodeAt(0) + 1)}${Number(r) + 2}`),
    );
    const form = readSheet(snap(framed, moved)).forms[0];
    expect(form.fields.goalCompletion?.text).toBe("全年为19名百岁老人发放高龄津贴6.84万元");
  });
  it("no finding on the bar, the execution row or a subsidy's payout rate under 社会效益", () => {
    // The rows, the execution row among them, are read (a table not read would draw none of these findings either).
    const rowsRead = readSheet(snap(rows, merges)).forms[0].indicators!.tables[0].rows;
    expect(rowsRead.map((r) => r.level2.text)).toEqual(expect.arrayContaining(["社会效益指标", "预算执行率"]));
    expect(
      keys(rows, merges).filter((k) => /^(required-field|level-placement|level2-without-level3|input-as-output)@/.test(k)),
    ).toEqual([]);
  });
});

describe("labels by their words (永兴 2017, 泸县 2024)", () => {
  it("a goal named with the thing it is for first: 专项长期绩效目标, 专项年度绩效目标", () => {
    const rows: CellValue[][] = [
      ["专项资金绩效目标表"],
      ["专项名称", "重大动物疫病防控", "资金总额(万元)", 50],
      ["部门名称", "永兴县畜牧兽医水产局"],
      ["专项长期绩效目标", "2020年前生猪、羊、牛、家禽死亡率分别控制在4%、3%、2%、8%以下"],
      ["专项年度绩效目标", "生猪、牛、羊、家禽死亡率在现有基础上分别下降1%"],
      ["一级指标", "二级指标", "指标内容", "指标值"],
      ["产出指标", "数量指标", "流行病学调查监测样品数", "≥3000份"],
      ["满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"],
    ];
    const goals = readSheet(snap(rows)).forms[0].goals;
    expect(goals.map((g) => g.period).sort()).toEqual(["annual", "implementation"]);
  });
  it("预算支出总额 heading its figure below; a money word opening a task's name is no amount", () => {
    const rows: CellValue[][] = [
      ["2024年县级部门整体支出绩效目标申报表"],
      ["预算部门:泸县文化广电旅游局"],
      ["总体资金情况(万元)", "预算支出总额", "基本支出", null, "项目支出"],
      [null, null, "合计", "财政拨款", "合计"],
      [null, 1695.55, 1478.75, 1478.75, 216.8],
      ["年度主要任务", "任务名称", null, "主要内容"],
      [null, "基本支出:人员类、公用经费等运转类支出", null, "保障部门正常运转"],
      ["年度部门整体支出绩效目标", "保障部门正常运转；全年开展文化惠民演出不少于100场"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "文化惠民演出场次", "≥100场"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ];
    const merges = ["A3:A5", "B3:B4", "C3:D3"];
    const form = readSheet(snap(rows, merges)).forms[0];
    expect(form.budget.annualTotal?.amountWan).toBe(1695.55);
    expect(keys(rows, merges).filter((k) => /^(required-field@A1|money-unreadable)/.test(k))).toEqual([]);
  });
});

describe("a flat list at the sheet's edge: 指标类型 | 指标名称 | 绩效目标 | 绩效标准 (海口 2016)", () => {
  const rows = (standards: (string | null)[]): CellValue[][] => [
    ["项目绩效目标表"],
    ["项目名称:档案征集编研"],
    ["指标类型", "指标名称", "绩效目标", "绩效标准"],
    ["产出指标", "编印公报期数", "全年编印公报12期", standards[0]],
    ["产出指标", "档案图片展展出图片数", "举办档案图片展1次", standards[1]],
    ["成效指标", "档案查阅利用者满意度", "查阅利用者对档案服务满意", standards[2]],
  ];
  it("reads each row's measure from 绩效标准, and 绩效目标 is no goal field", () => {
    const form = readSheet(snap(rows(["=12期", "≥200幅", "≥90%"]))).forms[0];
    expect(form.goals).toEqual([]);
    expect(form.indicators?.tables[0].rows.map((r) => [r.level3.text, r.values[0].text])).toEqual([
      ["编印公报期数", "=12期"],
      ["档案图片展展出图片数", "≥200幅"],
      ["档案查阅利用者满意度", "≥90%"],
    ]);
  });
  it("an empty 绩效标准 column leaves every row without its value", () => {
    const found = keys(rows([null, null, null]));
    expect(found.filter((k) => k.startsWith("indicator-row-complete"))).toEqual([
      "indicator-row-complete@D4:error",
      "indicator-row-complete@D5:error",
      "indicator-row-complete@D6:error",
    ]);
  });
});

describe("大英 2020: an indicator table cut out of a self-evaluation, its result under 实施进度", () => {
  it("is a self-evaluation and 实施进度 is the achieved column", () => {
    const rows: CellValue[][] = [
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "实施进度"],
      ["绩效指标", "产出指标", "数量指标", "宣传次数", "≥2次", "已完成100%"],
      ["绩效指标", "产出指标", "成本指标", "宣传成本", "≤10万元", "已完成100%"],
      ["绩效指标", "满意度指标", "满意度指标", "群众满意度", "≥90%", "已完成100%"],
    ];
    const form = readSheet(snap(rows, ["A1:A4"])).forms[0];
    expect(form.layout).toBe("self-evaluation");
    expect(form.indicators?.tables[0].rows[0].extras?.actual?.text).toBe("已完成100%");
  });
});
