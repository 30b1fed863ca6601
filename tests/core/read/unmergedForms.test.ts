/**
 * A form written without merged cells — saved as values, converted from another format, or unmerged by hand (Excel's
 * 取消单元格合并 leaves each area's text in its top-left cell and the rest blank) — says what the merged form says: a
 * label's reach is read from the blanks around it. Where the form has no merge at all, or none in one direction, every
 * blank the merges could have left is read so; in a form with merges, only a blank cell that is itself not merged,
 * between a label and a text (or under a label while the rows beside go on) — a merged blank is a blank value.
 */
import path from "node:path";
import { readWorkbookSnapshots } from "../../../src/cli/readWorkbookSnapshots";
import { checkSheet } from "../../../src/core/check";
import { readSheet } from "../../../src/core/read/readSheet";
import { type CellRange, type CellValue, type SheetSnapshot, snapshotFromGrid } from "../../../src/core/snapshot";

/** A 县级专项资金绩效目标自评表 as 衡山 2020 lays it out (its corrected copy: nothing missing, nothing wrong). */
function selfEvaluation(): CellValue[][] {
  return [
    ["2020年度县级专项资金绩效目标自评表", null, null, null, null, null, null],
    ["专项资金名称", "县级储备粮", null, "负责人及电话", null, "旷建成", null],
    ["县级主管部门", "衡山县商务和粮食局", null, "实施单位", null, "粮食调控储备与产业发展股", null],
    ["项目资金(万元)", null, null, "全年预算数(A)", "全年执行数(B)", "执行率(B/A)", null],
    [null, "年度资金总额", null, 194.9, 194.9, "100%", null],
    [null, "其中:中央、省、市补助县级资金", null, 194.9, 194.9, "100%", null],
    [null, "其他资金", null, null, null, null, null],
    ["年度总体目标", "年初设定目标", null, null, "全年实际完成情况", null, null],
    [
      null,
      "保持县级储备粮5000吨稻谷规模，储备数量真实、质量良好。",
      null,
      null,
      "5000吨稻谷全部储备到位，质量良好。",
      null,
      null,
    ],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施"],
    [null, "产出指标", "数量指标", "储备稻谷数量", "≥5000吨", "5000吨", null],
    [null, null, "质量指标", "储备粮质量达标率", "=100%", "100%", null],
    [null, null, "时效指标", "轮换按时完成率", "=100%", "100%", null],
    [null, null, "成本指标", "储备费用", "≤194.9万元", "194.9万元", null],
    [null, "效益指标", "社会效益指标", "应急供应保障率", "≥98%", "100%", null],
    [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", null],
  ];
}
const selfEvaluationMerges = [
  "A1:G1",
  "B2:C2",
  "D2:E2",
  "F2:G2",
  "B3:C3",
  "D3:E3",
  "F3:G3",
  "A4:A7",
  "B4:C4",
  "F4:G4",
  "B5:C5",
  "F5:G5",
  "B6:C6",
  "F6:G6",
  "B7:C7",
  "F7:G7",
  "A8:A9",
  "B8:D8",
  "E8:G8",
  "B9:D9",
  "E9:G9",
  "A10:A16",
  "B11:B14",
];

const seriousOf = (grid: CellValue[][], merges: string[]) =>
  checkSheet(snapshotFromGrid("自评", grid, merges))
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => `${f.rule}|${f.cell}|${f.message}`)
    .sort();

describe("a self-evaluation written without merges", () => {
  const merged = readSheet(snapshotFromGrid("自评", selfEvaluation(), selfEvaluationMerges)).forms[0];
  const flat = readSheet(snapshotFromGrid("自评", selfEvaluation(), [])).forms[0];

  test("is read as the same kind with the same fields", () => {
    expect(flat.layout).toBe(merged.layout);
    // "实施单位 | (blank) | 粮食调控…": the blank is the label's merge, the text after it the value.
    expect(flat.fields.implementingUnit).toMatchObject({ text: "粮食调控储备与产业发展股", cell: "F3" });
    expect(flat.fields.department).toMatchObject({ text: "衡山县商务和粮食局", cell: "B3" });
  });

  test("the goal under its heading, the completion under the heading on its right past the blanks", () => {
    // "年度总体目标" written once over two rows: its heading beside it carries the goal.
    expect(flat.goals).toEqual([expect.objectContaining({ text: merged.goals[0].text, cell: "B9" })]);
    expect(flat.fields.goalCompletion).toMatchObject({ text: merged.fields.goalCompletion!.text, cell: "E9" });
  });

  test("reports what the merged form reports (here: nothing serious)", () => {
    expect(seriousOf(selfEvaluation(), selfEvaluationMerges)).toEqual([]);
    expect(seriousOf(selfEvaluation(), [])).toEqual([]);
  });

  test("an empty amount under a column of amounts is not skipped: the line's amount stays empty", () => {
    const grid = selfEvaluation();
    grid[5][3] = null; // 其中: … 全年预算数 left empty, its 执行数 written
    const form = readSheet(snapshotFromGrid("自评", grid, [])).forms[0];
    expect(form.budget.annualFiscal?.amountWan ?? null).toBeNull();
  });

  test("in a form with merges a blank beside a label is still a blank value", () => {
    const grid = selfEvaluation();
    grid[2][5] = null; // 实施单位 left empty
    const merges = selfEvaluationMerges.filter((m) => m !== "D3:E3" && m !== "F3:G3");
    const form = readSheet(snapshotFromGrid("自评", grid, merges)).forms[0];
    expect(form.fields.implementingUnit?.text ?? "").toBe("");
  });
});

describe("a self-evaluation unmerged one way only, or in one place", () => {
  const merged = readSheet(snapshotFromGrid("自评", selfEvaluation(), selfEvaluationMerges)).forms[0];
  const spans = (m: string) => {
    const [a, b] = m.split(":");
    return {
      across: a.replace(/\d+/g, "") !== b.replace(/\d+/g, ""),
      down: a.replace(/[A-Z]+/g, "") !== b.replace(/[A-Z]+/g, ""),
    };
  };
  // A converter or a hand that undid one kind of merge only: the other kind still stands.
  const downOnly = selfEvaluationMerges.filter((m) => !spans(m).across);
  const acrossOnly = selfEvaluationMerges.filter((m) => !spans(m).down);

  test.each([
    ["merges across undone (those down kept)", downOnly],
    ["merges down undone (those across kept)", acrossOnly],
  ])("%s: the same fields, goal and completion as the merged form", (_name, merges) => {
    const form = readSheet(snapshotFromGrid("自评", selfEvaluation(), merges)).forms[0];
    expect(form.layout).toBe(merged.layout);
    expect(form.fields.implementingUnit?.text).toBe(merged.fields.implementingUnit?.text);
    expect(form.fields.department?.text).toBe(merged.fields.department?.text);
    expect(form.goals.map((g) => g.text)).toEqual(merged.goals.map((g) => g.text));
    expect(form.fields.goalCompletion?.text).toBe(merged.fields.goalCompletion?.text);
    expect(seriousOf(selfEvaluation(), merges)).toEqual([]);
  });

  test("a label once merged down, unmerged alone in a merged form, still reaches over the blank under it", () => {
    // "年度总体目标" over its two rows, the merge A8:A9 undone: the goal is under the heading beside it, as before.
    const merges = selfEvaluationMerges.filter((m) => m !== "A8:A9");
    const form = readSheet(snapshotFromGrid("自评", selfEvaluation(), merges)).forms[0];
    expect(form.goals).toEqual([expect.objectContaining({ text: merged.goals[0].text, cell: "B9" })]);
    expect(seriousOf(selfEvaluation(), merges)).toEqual([]);
  });

  test("in a merged form, a label's value past a blank cell left unmerged is still its value", () => {
    // The row's merge B3:C3 undone with its text in C3 ("县级主管部门 | (blank) | 衡山县商务和粮食局 | 实施单位 …"): the
    // blank, not merged, between the label and the text is what a merge covered; the other merges still stand.
    const grid = selfEvaluation();
    grid[2] = ["县级主管部门", null, "衡山县商务和粮食局", "实施单位", null, "粮食调控储备与产业发展股", null];
    const merges = selfEvaluationMerges.filter((m) => m !== "B3:C3");
    const form = readSheet(snapshotFromGrid("自评", grid, merges)).forms[0];
    expect(form.fields.department).toMatchObject({ text: "衡山县商务和粮食局", cell: "C3" });
  });

  test("in a merged form, an empty value beside its label is the blank cell beside it, not the label", () => {
    const grid = selfEvaluation();
    grid[2][1] = null; // 县级主管部门 left empty, its value cells not merged
    const merges = selfEvaluationMerges.filter((m) => m !== "B3:C3");
    const form = readSheet(snapshotFromGrid("自评", grid, merges)).forms[0];
    expect(form.fields.department ?? { text: "", cell: "B3" }).toMatchObject({ text: "", cell: "B3" });
    const missing = checkSheet(snapshotFromGrid("自评", grid, merges)).findings.filter((f) => f.rule === "required-field");
    expect(missing.map((f) => f.cell)).toEqual(["B3"]);
  });
});

/** 黄石 2022's target table: 指标值 over last year's actual and this year's target, 满意度 across 一级 and 二级. */
function targetTable(): CellValue[][] {
  return [
    ["项目支出绩效目标表", null, null, null, null, null, null],
    ["项目名称", "主体班培训", null, null, null, null, null],
    ["主管部门", "某市委党校", null, "实施单位", "某市委党校", null, null],
    ["项目资金(万元)", "年度资金总额", 60, null, null, null, null],
    ["年度绩效目标", "2022年举办主体班培训不少于280人次。", null, null, null, null, null],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", null, "指标标准或依据"],
    [null, null, null, null, "2021年实际实现值", "预期2022年实现值", null],
    [null, "产出指标", "数量指标", "主体班培训人次", "265人次", "≥280人次", "计划标准"],
    [null, null, "质量指标", "学员结业率", "98%", "≥98%", "计划标准"],
    [null, null, "时效指标", "培训按期完成率", "100%", "=100%", "计划标准"],
    [null, null, "成本指标", "人均培训成本", "2100元/人", "≤2143元/人", "计划标准"],
    [null, "效益指标", "社会效益指标", "干部理论水平提升", "提升", "明显提升", "计划标准"],
    [null, "服务对象满意度指标", null, "学员满意度", "96%", "≥95%", "计划标准"],
    ["总分", null, null, null, null, null, null],
  ];
}
const targetMerges = [
  "A1:G1",
  "B2:G2",
  "E3:G3",
  "C4:G4",
  "B5:G5",
  "A6:A13",
  "B6:B7",
  "C6:C7",
  "D6:D7",
  "E6:F6",
  "G6:G7",
  "B8:B11",
  "B13:C13",
  "A14:G14",
];

describe("an indicator table written without merges", () => {
  const flat = readSheet(snapshotFromGrid("目标表", targetTable(), [])).forms[0];
  const merged = readSheet(snapshotFromGrid("目标表", targetTable(), targetMerges)).forms[0];
  const rows = (f: typeof flat) =>
    f.indicators!.tables.flatMap((t) =>
      t.rows.map((r) => `${r.level1.text}|${r.level2.text}|${r.level3.text}|${r.values.map((v) => v.text).join(",")}`),
    );

  test("a heading row with blanks under the level headings is the header's second row, not an indicator", () => {
    expect(rows(flat)[0]).toBe("产出指标|数量指标|主体班培训人次|≥280人次");
  });

  test("指标值 reaches over the blank heading beside it: this year's target is the value, not last year's actual", () => {
    expect(flat.indicators!.tables[0].rows[0].values[0]).toMatchObject({ text: "≥280人次", cell: "F8" });
  });

  test("a new 一级 name with an empty 二级 cell names the 二级 too, as its merge across both did", () => {
    expect(rows(flat).at(-1)).toBe("服务对象满意度指标|服务对象满意度指标|学员满意度|≥95%");
  });

  test("reads the same rows as the merged table, and reports the same", () => {
    expect(rows(flat)).toEqual(rows(merged));
    expect(seriousOf(targetTable(), [])).toEqual(seriousOf(targetTable(), targetMerges));
  });

  test("in a table with merges, an empty 二级 cell under a new 一级 is still reported", () => {
    const grid = targetTable();
    grid[11][2] = null; // 效益指标 | (blank) | 干部理论水平提升: the 二级 left out
    const found = checkSheet(snapshotFromGrid("目标表", grid, targetMerges)).findings;
    expect(found.some((f) => f.rule === "blank-level-cell" && f.cell === "C12")).toBe(true);
  });

  test("in a table with merges, a 一级 that is also its group's 二级 name names it, its merge across both undone", () => {
    // The 满意度 group has one 二级: "服务对象满意度指标 | (blank)" says it, merged across both or not.
    const merges = targetMerges.filter((m) => m !== "B13:C13");
    const form = readSheet(snapshotFromGrid("目标表", targetTable(), merges)).forms[0];
    expect(rows(form)).toEqual(rows(merged));
    const found = checkSheet(snapshotFromGrid("目标表", targetTable(), merges)).findings;
    expect(found.filter((f) => f.rule === "blank-level-cell")).toEqual([]);
  });
});

describe("a total line under an unmerged table with its section label", () => {
  /** 上饶 2021's self-evaluation table: the section label in A, a 总分 line under the table in the same column. */
  const grid: CellValue[][] = [
    ["项目支出绩效自评表", null, null, null, null, null, null, null],
    ["项目名称", "司法业务经费", null, null, null, null, null, null],
    ["年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    [null, "产出指标(50分)", "数量指标", "普法宣传活动场次", "≥50场", "62场", 30, 30],
    [null, null, "质量指标", "社区矫正对象脱管率", "≤0.5%", "0%", 20, 20],
    [null, "效益指标(40分)", "社会效益指标", "法治宣传教育覆盖率", "≥90%", "92%", 40, 40],
    [null, "满意度指标(10分)", "服务对象满意度指标", "受援人满意度", "≥95%", "97%", 10, 10],
    ["总分", null, null, null, null, null, 100, 100],
  ];
  const merges = ["A1:H1", "B2:H2", "A3:A7", "B4:B5", "A8:F8"];

  test("总分 in the section label's column is the table's total line, not an indicator of the last group", () => {
    const form = readSheet(snapshotFromGrid("自评", grid, [])).forms[0];
    expect(form.indicators!.tables[0].rows.at(-1)!.level3.text).toBe("受援人满意度");
    expect(seriousOf(grid, []).filter((f) => f.startsWith("weights-total"))).toEqual([]);
    expect(seriousOf(grid, [])).toEqual(seriousOf(grid, merges));
  });
});

describe("a completion label over two rows, its headings beside it past a blank", () => {
  /** 天长 2022: 年度总体目标完成情况 (merged over two columns and two rows) beside 预期目标 | 实际完成情况. */
  const grid: CellValue[][] = [
    ["项目支出绩效自评表", null, null, null, null, null],
    ["项目名称", null, "水旱灾害防御经费", null, null, null],
    ["年度总体目标完成情况", null, "预期目标", null, "实际完成情况", null],
    [null, null, "完成中型灌区节水改造项目1个。", null, "完成中型灌区节水改造项目1个，验收合格。", null],
  ];
  const merges = ["A1:F1", "A2:B2", "C2:F2", "A3:B4", "C3:D3", "E3:F3", "C4:D4", "E4:F4"];

  test("the completion is under its own heading, as in the merged form", () => {
    for (const m of [merges, []]) {
      const f = readSheet(snapshotFromGrid("自评", grid, m)).forms[0];
      expect(f.fields.goalCompletion).toMatchObject({ text: "完成中型灌区节水改造项目1个，验收合格。", cell: "E4" });
    }
  });
});

describe("a money section written without merges", () => {
  /** 岳阳楼区 2017's 项目资金情况: a small table of years beside the section label, its 合计 on the next line. */
  const grid: CellValue[][] = [
    ["项目支出预算绩效目标申报表", null, null, null, null],
    ["项目基本情况", "项目名称", "流动人口公卫经费", null, null],
    [null, "主管部门", "某区卫计局", "项目起止时间", "2017年1月至2017年12月"],
    ["项目资金情况", "项目资金申请(万元)", "项 目", "上年度安排资金", "本年度申请资金"],
    [null, null, "合 计", 38, 40],
    [null, null, "区级资金", 38, 40],
    [null, null, "市级资金", null, null],
    ["年度绩效目标", "完成全区流动人口基本公共卫生服务。", null, null, null],
  ];
  const merges = ["A1:E1", "A2:A3", "C2:E2", "A4:A7", "B4:B7"];

  test("its 合计 line is the total, this year's column, as in the merged form", () => {
    const flat = readSheet(snapshotFromGrid("申报表", grid, [])).forms[0];
    const merged = readSheet(snapshotFromGrid("申报表", grid, merges)).forms[0];
    expect(merged.budget.fundTotal).toMatchObject({ amountWan: 40, cell: "E5" });
    expect(flat.budget.fundTotal).toMatchObject({ amountWan: 40, cell: "E5" });
  });
});

/** A unit's list of projects (after 井研 2023 and 六安 2021): each project's name, budget and goal merged down over its lines. */
function projectList(): CellValue[][] {
  return [
    ["某单位2024年部门预算项目绩效目标表", null, null, null, null, null, null, null],
    ["序号", "项目名称", "预算数(万元)", "年度目标", "绩效指标", null, null, null],
    [null, null, null, null, "一级指标", "二级指标", "三级指标", "指标值"],
    ["合 计", null, 60, null, null, null, null, null],
    [1, "系统运维费", 50, "保障医保系统全年稳定运行", "产出指标", "数量指标", "运维系统数量", "=3套"],
    [null, null, null, null, null, "时效指标", "故障修复时限", "≤24小时"],
    [null, null, null, null, "满意度指标", "服务对象满意度指标", "系统使用人员满意度", "≥95%"],
    [2, "制卡费", 10, "全年完成社保卡制卡2000张", "产出指标", "数量指标", "制卡数量", "≥2000张"],
    [null, null, null, null, null, "质量指标", "制卡合格率", "≥99%"],
    [null, null, null, null, "满意度指标", "服务对象满意度指标", "参保群众满意度", "≥95%"],
  ];
}
const projectListMerges = [
  "A1:H1",
  "A2:A3",
  "B2:B3",
  "C2:C3",
  "D2:D3",
  "E2:H2",
  "A4:B4",
  "A5:A7",
  "B5:B7",
  "C5:C7",
  "D5:D7",
  "E5:E6",
  "A8:A10",
  "B8:B10",
  "C8:C10",
  "D8:D10",
  "E8:E9",
];

describe("a list of projects written without merges", () => {
  const projects = (merges: string[]) =>
    readSheet(snapshotFromGrid("清单", projectList(), merges)).forms.map(
      (f) =>
        `${f.layout}|${f.fields.projectName?.text}|${f.budget.projectBudget?.amountWan}|${f.goals[0]?.text}|` +
        (
          f.indicators?.tables.flatMap((t) =>
            t.rows.map((r) => `${r.level1.text}>${r.level2.text}>${r.level3.text}=${r.values[0]?.text}`),
          ) ?? []
        ).join(";"),
    );

  test("the merged list: two projects, each with its three lines", () => {
    expect(projects(projectListMerges)).toEqual([
      "project-list|系统运维费|50|保障医保系统全年稳定运行|产出指标>数量指标>运维系统数量==3套;产出指标>时效指标>故障修复时限=≤24小时;满意度指标>服务对象满意度指标>系统使用人员满意度=≥95%",
      "project-list|制卡费|10|全年完成社保卡制卡2000张|产出指标>数量指标>制卡数量=≥2000张;产出指标>质量指标>制卡合格率=≥99%;满意度指标>服务对象满意度指标>参保群众满意度=≥95%",
    ]);
  });

  test.each([
    ["every merge undone", [] as string[]],
    ["the merges down undone", projectListMerges.filter((m) => /^([A-Z]+)\d+:\1\d+$/.test(m) === false)],
  ])(
    "%s: the heading reaches over its sub-headings, past the 合计 line, each name over its lines — the same projects",
    (_name, merges) => {
      expect(projects(merges)).toEqual(projects(projectListMerges));
      expect(seriousOf(projectList(), merges)).toEqual(seriousOf(projectList(), projectListMerges));
    },
  );
});

describe("a flat list under its section label written without merges", () => {
  // 五桂 2023: 绩效指标 (once merged down over the list) | 指标 | 指标权重 | 计量单位 | 指标性质 | 指标值.
  const grid: CellValue[][] = [
    ["一般性项目绩效目标表", null, null, null, null, null],
    ["项目名称", "村社干部补助", null, null, null, null],
    ["年度资金总额", 9.31, null, null, null, null],
    ["年度目标", "按时足额发放在职村社干部补助。", null, null, null, null],
    ["绩效指标", "指标", "指标权重", "计量单位", "指标性质", "指标值"],
    [null, "发放人数", 30, "人", "≥", 100],
    [null, "按月发放", 30, "次", "=", 12],
    [null, "发放金额", 20, "万元", "≤", 9.31],
    [null, "村社干部满意度", 20, "%", "≥", 95],
  ];
  const merges = ["A1:F1", "B2:F2", "B3:F3", "B4:F4", "A5:A9"];
  const rowsOf = (m: string[]) =>
    readSheet(snapshotFromGrid("目标表", grid, m)).forms[0].indicators?.tables.flatMap((t) => t.rows.map((r) => r.level3.text));

  test("the section label reaches down over the blanks under it: every line is read", () => {
    expect(rowsOf(merges)).toEqual(["发放人数", "按月发放", "发放金额", "村社干部满意度"]);
    expect(rowsOf([])).toEqual(rowsOf(merges));
  });
});

describe("more of a form written without merges", () => {
  const read = (grid: CellValue[][], merges: string[]) => readSheet(snapshotFromGrid("表", grid, merges)).forms[0];
  const names = (grid: CellValue[][], merges: string[]) =>
    read(grid, merges).indicators?.tables.flatMap((t) =>
      t.rows.map((r) => `${r.level1.text}>${r.level2.text}>${r.level3.text}=${r.values[0]?.text ?? ""}`),
    );

  test("a section label printed again over the table's second block (衡山 2020) still continues the table", () => {
    const grid: CellValue[][] = [
      ["项目支出绩效目标表", null, null, null, null],
      ["项目名称", "县级储备粮", null, null, null],
      ["年度资金总额", 194.9, null, null, null],
      ["年度目标", "保持县级储备粮规模。", null, null, null],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      [null, "产出指标", "数量指标", "储备稻谷数量", "≥5000吨"],
      [null, null, "时效指标", "轮换按时完成率", "=100%"],
      ["绩效指标", "效益指标", "社会效益指标", "应急供应保障率", "≥98%"],
      [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ];
    const merges = ["A1:E1", "B2:E2", "B3:E3", "B4:E4", "A5:A7", "B6:B7", "A8:A9"];
    expect(names(grid, [])).toEqual(names(grid, merges));
    expect(names(grid, [])).toHaveLength(4);
  });

  test("a 二级 alone on its line after a blank row (its 三级 left empty) does not end the table", () => {
    const grid: CellValue[][] = [
      ["项目支出绩效目标表", null, null, null],
      ["项目名称", "市民中心运行维护费", null, null],
      ["年度资金总额", 150, null, null],
      ["年度目标", "保障市民中心正常运行。", null, null],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "维修维护项次", "≥50项次"],
      [null, null, null, null],
      [null, "时效指标", null, null],
      [null, null, null, null],
      [null, "成本指标", "运行维护费", "≤150万元"],
      ["效益指标", "社会效益指标", "大厅运行正常率", "=100%"],
      ["满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%"],
    ];
    const merges = ["A1:D1", "B2:D2", "B3:D3", "B4:D4", "A6:A10", "B6:B7", "B8:B9"];
    expect(names(grid, [])).toEqual(names(grid, merges));
    expect(names(grid, [])?.at(-1)).toBe("满意度指标>服务对象满意度指标>办事群众满意度=≥95%");
  });

  test("indicators written as lines under their 一级 (南岳 2017) are read with the 一级 written once", () => {
    const grid: CellValue[][] = [
      ["部门整体支出绩效目标申报表", null, null],
      ["部门名称", "某中学", null],
      ["整体绩效目标", "保障教育教学正常运行。", null],
      ["部门整体支出年度绩效指标", "产出指标", "质量指标:毕业生合格率100%"],
      [null, null, "时效指标:按时完成教学任务"],
      [null, "效益指标", "社会效益指标:教学秩序良好"],
      [null, null, "服务对象满意度指标:家长满意度95%以上"],
    ];
    const merges = ["A1:C1", "B2:C2", "B3:C3", "A4:A7", "B4:B5", "B6:B7"];
    expect(names(grid, [])).toEqual(names(grid, merges));
    expect(names(grid, [])).toHaveLength(4);
  });

  test("a heading bar alone on its row is a section, its goal under the label below it (浮梁 2026)", () => {
    const grid: CellValue[][] = [
      ["部门整体绩效目标", null, null, null],
      ["部门名称:", "某县林业局", null, null],
      ["年度绩效目标", null, null, null],
      ["年度绩效总目标", "完成造林1000亩，森林火灾受害率控制在0.9‰以内。", null, null],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "造林面积", "≥1000亩"],
      ["效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ];
    const merges = ["A1:D1", "B2:D2", "A3:D3", "B4:D4"];
    expect(read(grid, []).goals.map((g) => g.text)).toEqual(read(grid, merges).goals.map((g) => g.text));
    expect(read(grid, []).goals[0]?.text).toBe("完成造林1000亩，森林火灾受害率控制在0.9‰以内。");
    // A label alone on its row beside a merged blank is a field left empty, not a bar (百色 2023: 项目属性 | B5:H5 empty).
    const withEmptyField = [...grid.slice(0, 2), ["项目属性", null, null, null], ...grid.slice(2)];
    const shifted = ["A1:D1", "B2:D2", "B3:D3", "A4:D4", "B5:D5"];
    expect(read(withEmptyField, shifted).fields.projectAttribute).toMatchObject({ text: "", cell: "B3" });
    // So with a spacer column between the label and its merged blank (the cell right beside it is not merged, a cell
    // further along the row is): not a bar either.
    const spaced = withEmptyField.map((r) => [r[0], null, ...r.slice(1)]);
    const spacedMerges = ["A1:E1", "C2:E2", "C3:E3", "A4:E4", "C5:E5"];
    expect(read(spaced, spacedMerges).fields.projectAttribute).toMatchObject({ text: "" });
    expect(read(spaced, spacedMerges).goals[0]?.text).toBe("完成造林1000亩，森林火灾受害率控制在0.9‰以内。");
  });

  test("预期指标值 over 符号 | (blank) | 单位 reaches over the blank sub-heading between (成安 2020)", async () => {
    const file = path.join(__dirname, "..", "..", "fixtures", "real", "blind", "ag-chenganmz-2020.xlsx");
    const sheet = (await readWorkbookSnapshots(file)).find((x) => x.name === "百岁老人高龄津贴")!;
    const grid = denseOf(sheet);
    const rows = (merges: CellRange[]) =>
      readSheet({ name: sheet.name, origin: { row: 0, col: 0 }, values: grid, merges }).forms[0].indicators?.tables.flatMap((t) =>
        t.rows.map((r) => `${r.level3.text}=${r.values.map((v) => v.text).join("|")}`),
      );
    // Read as the merged sheet reads it — never the 符号 column alone (">=") taken for the target.
    expect(rows([])).toEqual(rows(sheet.merges));
    expect(rows(sheet.merges)?.length).toBe(5);
  });
});

describe("total lines of a form written without merges (twelfth session)", () => {
  /** 鄂州 2019's self-evaluation: an empty column left of the table, and a 总分 bar A:F under it. */
  const selfEval: CellValue[][] = [
    ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
    ["项目名称", "购买第三方服务", null, null, null, null, null, null, null],
    ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null],
    [null, "为不少于100人次服务对象提供专业服务。", null, null, null, "全年提供第三方服务100人次。", null, null, null],
    [null, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    [null, "产出指标", "数量指标", "提供第三方服务人次", "≥100人次", "100人次", 25, 25, null],
    [null, null, "质量指标", "服务达标率", "≥80%", "80%", 25, 25, null],
    [null, "效益指标", "社会效益指标", "第三方服务成果采纳率", "≥80%", "85%", 25, 25, null],
    [null, "满意度指标", "服务对象满意度指标", "受益群体满意度", "≥90%", "90%", 25, 25, null],
    ["总分", null, null, null, null, null, 100, 100, null],
  ];
  const selfEvalMerges = ["A1:I1", "B2:I2", "A3:A4", "B3:E3", "F3:I3", "B4:E4", "F4:I4", "A5:A9", "B6:B7", "A10:F10"];

  test("总分 left of the table, its bar unmerged, is the table's total line, not a row of the last group", () => {
    const form = readSheet(snapshotFromGrid("自评", selfEval, [])).forms[0];
    expect(form.indicators!.tables[0].rows.map((r) => r.level3.text)).toEqual([
      "提供第三方服务人次",
      "服务达标率",
      "第三方服务成果采纳率",
      "受益群体满意度",
    ]);
    expect(seriousOf(selfEval, [])).toEqual(seriousOf(selfEval, selfEvalMerges));
  });

  /** 黄冈 2023's 部门整体 form: 近两年收支金额 over the years 2021 | 2022, a 合计 line under each block. */
  const money: CellValue[][] = [
    ["部门整体绩效目标申报表", null, null, null, null, null, null],
    ["部门(单位)名称", "某社会福利中心", null, null, null, null, null],
    ["部门总体资金情况", "总体资金情况", null, "当年金额", "占比", "近两年收支金额", null],
    [null, null, null, null, null, 2021, 2022],
    [null, "收入构成", "财政拨款", 1780.51, "100%", 473.7, 1213.73],
    [null, null, "其他资金", 0, 0, 0, 0],
    [null, null, "合计", 1780.51, "100%", 473.7, 1213.73],
  ];
  const moneyMerges = ["A1:G1", "B2:G2", "A3:A7", "B3:C4", "D3:D4", "E3:E4", "F3:G3", "B5:B7"];

  test("a row of years under a blank label heads the columns: it is not a line of the 合计", () => {
    const totals = (merges: string[]) =>
      checkSheet(snapshotFromGrid("部门整体", money, merges)).findings.filter((f) => f.rule === "total-adds-up");
    expect(totals([])).toEqual([]);
    expect(totals(moneyMerges)).toEqual([]);
    // The 合计 is still read, over the lines only: a wrong one is said, with the lines' sum (not the year's).
    const wrong = money.map((r, i) => (i === 6 ? [...r.slice(0, 6), 1300] : r));
    for (const m of [moneyMerges, []]) {
      const said = checkSheet(snapshotFromGrid("部门整体", wrong, m)).findings.filter((f) => f.rule === "total-adds-up");
      expect(said.map((f) => f.cell)).toEqual(["G7"]);
      expect(said[0].message).toContain("1213.73");
    }
  });
});

describe("empty fields of a form written without merges (twelfth session)", () => {
  const field = (grid: CellValue[][], merges: string[], key: string) =>
    (readSheet(snapshotFromGrid("表", grid, merges)).forms[0].fields as Record<string, { text: string } | undefined>)[key];

  test("a field at the end of its row over a row of column headings is empty, not the heading under it (鄂州 2021)", () => {
    const grid: CellValue[][] = [
      ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
      ["项目名称", "市民中心运行维护费", null, null, null, null, null, null, null],
      ["主管部门", null, null, null, "实施单位", null, null, null, null],
      ["项目资金(万元)", null, null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      [null, "年度资金总额", null, "150万", "150万", "125.25万", 10, "83.5%", 8],
      ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null],
      [null, "保障市民中心正常运行。", null, null, null, "市民中心全年正常运行。", null, null, null],
      [null, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", null],
      [null, "产出指标", "数量指标", "维护面积", "≥5万平方米", "5万平方米", 50, 50, null],
      [null, "满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90%", "95%", 40, 40, null],
    ];
    const merges = ["A1:I1", "B2:I2", "B3:D3", "F3:I3", "A4:A5", "B4:C4", "B5:C5", "A6:A10", "B6:E6", "F6:I6", "B7:E7", "F7:I7"];
    expect(field(grid, merges, "implementingUnit")).toMatchObject({ text: "" });
    expect(field(grid, [], "implementingUnit")).toMatchObject({ text: "" });
  });

  test("a name field alone on its row is a field left empty, not a heading bar over the rows below (岳阳楼区 2016)", () => {
    const grid: CellValue[][] = [
      ["项目支出绩效自评报告", null, null, null],
      ["项目名称", "代表之家", null, null],
      ["项目单位", "岳阳楼区人大办", null, null],
      ["主管部门", null, null, null],
      ["项目属性", null, null, null],
      ["年度绩效目标", "完成代表之家建设12个。", null, null],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "代表之家建设个数", "=12个"],
      ["满意度指标", "服务对象满意度指标", "人大代表满意度", "≥90%"],
    ];
    const merges = ["A1:D1", "B2:D2", "B3:D3", "B4:D4", "B5:D5", "B6:D6"];
    for (const key of ["department", "projectAttribute"]) {
      expect(field(grid, merges, key)).toMatchObject({ text: "" });
      expect(field(grid, [], key)).toMatchObject({ text: "" });
    }
  });

  test("a field over rows of fields is not given the figure of a label further down (盛登山 2022)", () => {
    const grid: CellValue[][] = [
      ["项目支出绩效目标表", null, null, null, null, null],
      ["项目名称", "某项目", null, null, null, null],
      ["项目口径", "长期", null, "项目属性", null, null],
      ["项目分类", "一般", null, null, null, null],
      ["资金情况(万元)", "年度资金总额:", null, 20, null, null],
      ["年度绩效目标", "完成某项工作。", null, null, null, null],
      ["一级指标", "二级指标", "三级指标", "指标值", null, null],
      ["产出指标", "数量指标", "完成工作数量", "=2项", null, null],
    ];
    const merges = ["A1:F1", "B2:F2", "B3:C3", "E3:F3", "B4:C4", "D4:F4", "B5:C5", "D5:F5", "B6:F6"];
    expect(field(grid, merges, "projectAttribute")).toMatchObject({ text: "" });
    expect(field(grid, [], "projectAttribute")).toMatchObject({ text: "" });
  });
});

describe("fields and totals of a form written without merges (twelfth session, continued)", () => {
  test("a label with its value in its own cell above (自评总分:95) heads no column: the field reaches past the blank (广水 2021)", () => {
    const grid: CellValue[][] = [
      ["广水市财政预算支出项目绩效目标自评表", null, null, null, null, null, null, null, null],
      ["填报日期:2022年8月10日", null, null, "单位领导审签:", null, null, "自评总分:95", null, null],
      ["项目名称", "乡村道路建设养护项目", null, null, null, "项目主管单位", null, "广水市交通运输局", null],
      ["项目实施单位", "广水市交通运输局", null, null, null, "项目负责人", null, "孙章勇", null],
      ["年度绩效目标", "完成乡村道路养护200公里。", null, null, null, null, null, null, null],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", null, null, null, null],
      ["产出指标", "数量指标", "道路养护里程", "≥200公里", "205公里", null, null, null, null],
    ];
    const merges = ["A1:I1", "A2:C2", "D2:F2", "G2:I2", "B3:E3", "F3:G3", "H3:I3", "B4:E4", "F4:G4", "H4:I4", "B5:I5"];
    for (const m of [merges, []])
      expect(readSheet(snapshotFromGrid("自评", grid, m)).forms[0].fields.department).toMatchObject({
        text: "广水市交通运输局",
        cell: "H3",
      });
  });

  test("其中 lines end where the next section's label starts under the blanks of the total's section (安居 2021)", () => {
    const grid: CellValue[][] = [
      ["中央对地方转移支付区域绩效自评表", null, null, null, null, null, null],
      ["转移支付名称", "食品监管补助资金", null, null, null, null, "自评得分"],
      ["预算执行情况", "预算数:", 2.38, "执行数:", 2.38, null, 20],
      [null, "其中:中央补助", 2.38, "其中:中央补助", 2.38, null, null],
      [null, "地方资金/其他", null, "地方资金/其他", null, null, null],
      ["年度目标完成情况", "预期目标", null, "目标实际完成情况", null, null, 50],
      [null, "深入开展食品风险隐患排查整治。", null, "已开展食品风险隐患排查整治。", null, null, null],
      [null, "加大违法行为打击力度。", null, "查处违法案件12件。", null, null, 5],
    ];
    const merges = ["A1:G1", "B2:F2", "A3:A5", "E3:F3", "G3:G5", "E4:F4", "E5:F5", "A6:A8", "B6:C6", "D6:F6", "G6:G8"];
    const totals = (g: CellValue[][], m: string[]) =>
      checkSheet(snapshotFromGrid("自评", g, m))
        .findings.filter((f) => f.rule === "total-adds-up")
        .map((f) => f.cell);
    expect(totals(grid, merges)).toEqual([]);
    expect(totals(grid, [])).toEqual([]);
  });
});

describe("goals and completions of a form written without merges (twelfth session)", () => {
  const read = (grid: CellValue[][], merges: string[]) => readSheet(snapshotFromGrid("自评", grid, merges)).forms[0];

  test("the completion written in its own cell beside the goal, past the blanks of the goal's merge (四川 2021)", () => {
    const grid: CellValue[][] = [
      ["普惠金融发展专项资金绩效自评表", null, null, null, null, null, null, null],
      ["专项名称", "普惠金融发展专项资金", null, null, null, null, null, null],
      [
        "年度总体目标",
        "目标1:支持农村金融组织体系建设。",
        null,
        null,
        "完成情况1:已支持农村金融组织体系建设。",
        null,
        null,
        null,
      ],
      ["绩效目标完成情况", "一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "得分"],
      [null, "产出指标", "数量指标", "创业担保贷款发放额增长率", "≥10%", "15%", "50%", 50],
      [null, "满意度指标", "服务对象满意度指标", "受益对象满意度", "≥90%", "95%", "50%", 50],
    ];
    const merges = ["A1:H1", "B2:H2", "B3:D3", "E3:H3", "A4:A6"];
    for (const m of [merges, []])
      expect(read(grid, m).fields.goalCompletion).toMatchObject({ text: "1:已支持农村金融组织体系建设。", cell: "E3" });
  });

  /** 宣城 2021 / 普陀 2022: the money lines, then 年度总体目标 | 预期目标 | · | · | 实际完成情况 over the texts. */
  const form = (goal: string | null): CellValue[][] => [
    ["项目支出绩效自评表", null, null, null, null, null, null],
    ["项目名称", null, "防震减灾综合保障", null, null, null, null],
    ["项目资金(万元)", null, "年度资金总额", 120, 120, 116, "96.7%"],
    [null, null, "其他资金", 0, 0, 0, null],
    ["年度总体目标", null, "预期目标", null, null, "实际完成情况", null],
    [null, null, goal, null, null, "全年完成地震监测站点维护12个。", null],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"],
    [null, "产出指标", "数量指标", "监测站点维护数", "=12个", "12个", 50],
    [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", 50],
  ];
  const merges = ["A1:G1", "A2:B2", "C2:G2", "A3:B4", "A5:B6", "C5:E5", "F5:G5", "C6:E6", "F6:G6", "A7:A9"];

  test("a row of headings is no slot of the amounts above it: the completion is under its heading (宣城 2021)", () => {
    for (const m of [merges, []]) {
      const f = read(form("全年维护地震监测站点12个。"), m);
      expect(f.goals.map((g) => [g.text, g.cell])).toEqual([["全年维护地震监测站点12个。", "C6"]]);
      expect(f.fields.goalCompletion).toMatchObject({ text: "全年完成地震监测站点维护12个。", cell: "F6" });
    }
  });

  test("预期目标 left empty beside 实际完成情况 is an empty goal, not the completion (普陀 2022)", () => {
    for (const m of [merges, []]) expect(read(form(null), m).goals.map((g) => [g.text, g.cell])).toEqual([["", "C6"]]);
  });
});

describe("an indicator header over two rows written without merges down (阳泉 2015)", () => {
  const grid: CellValue[][] = [
    ["市级部门预算项目支出绩效目标申报表", null, null, null, null, null],
    ["项目名称", "办公楼更换消防标示牌", null, null, null, null],
    ["绩效指标", "指标名称", null, "上年度实际水平", "本年度计划水平", "指标内容/计算公式"],
    [null, "二级指标", "三级指标", null, null, null],
    [null, "目标完成程度", "更换标示牌数量", "200块", "≥300块", "实际更换数"],
    [null, null, "验收合格率", "95%", "≥98%", "合格数÷总数"],
    [null, "项目实施效益", "消防检查通过率", "100%", "=100%", "通过次数÷检查次数"],
  ];
  const merges = ["A1:F1", "B2:F2", "A3:A7", "B3:C3", "D3:D4", "E3:E4", "F3:F4", "B5:B6"];
  const values = (m: string[]) =>
    readSheet(snapshotFromGrid("申报表", grid, m)).forms[0].indicators?.tables.flatMap((t) =>
      t.rows.map((r) => `${r.level3.text}=${r.values.map((v) => `${v.cell}:${v.text}`).join("|")}`),
    );

  test("the headings of the row above over the blanks are the columns' headings: this year's target is the value", () => {
    expect(values(merges)).toEqual(["更换标示牌数量=E5:≥300块", "验收合格率=E6:≥98%", "消防检查通过率=E7:=100%"]);
    expect(values([])).toEqual(values(merges));
  });
});

describe("two amounts on one line written without merges (阳泉 2021)", () => {
  const grid: CellValue[][] = [
    ["项目支出绩效目标表", null, null, null, null, null, null, null],
    ["项目名称", "四好农村路工作经费", null, null, null, null, null, null],
    ["项目属性", "延续性项目", null, null, "项目期限", "3年", null, null],
    ["项目预算资金(万元)", "中期预算资金总额", null, null, "年度预算资金总额", 25, null, null],
    ["年度绩效目标", "完成农村公路勘察设计审批12项。", null, null, null, null, null, null],
    ["一级指标", "二级指标", null, null, "三级指标", "指标值", null, null],
    ["产出指标", "数量指标", null, null, "审批项目数", "=12项", null, null],
  ];
  const merges = ["A1:H1", "B2:H2", "B3:D3", "F3:H3", "C4:D4", "F4:H4", "B5:H5", "B6:D6", "B7:D7", "F6:H6", "F7:H7"];

  test("the first amount left blank beside the next line's label is an empty amount, not a heading over lines", () => {
    for (const m of [merges, []]) {
      const f = readSheet(snapshotFromGrid("目标表", grid, m)).forms[0];
      expect(f.budget.implementationTotal).toMatchObject({ amountWan: null, cell: "C4" });
      expect(f.budget.annualTotal).toMatchObject({ amountWan: 25, cell: "F4" });
    }
  });
});

describe("a label over two lines of options written without merges (黄石 2019)", () => {
  const grid: CellValue[][] = [
    ["项目支出绩效运行监控表", null, null, null],
    ["项目名称", "申遗经费", null, null],
    ["项目类型", "1、常年性项目 □ √ 2、延续性项目 □ 3、一次性项目 □", null, null],
    [null, "1、部门预算项目 □ 2、省直专项 □ 3、省对下转移支付项目 □", null, null],
    ["年度绩效目标", "完成申遗文本编制。", null, null],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "申遗文本数量", "=1套"],
  ];
  const merges = ["A1:D1", "B2:D2", "A3:A4", "B3:D3", "B4:D4", "B5:D5"];

  test("the second line's options are the label's: left unticked, they are still said", () => {
    const said = (m: string[]) =>
      checkSheet(snapshotFromGrid("监控表", grid, m))
        .findings.filter((f) => f.rule === "checkbox-selection")
        .map((f) => f.cell);
    expect(said(merges)).toEqual(["B4"]);
    expect(said([])).toEqual(said(merges));
  });
});

describe("an empty goal over a blank row, a bar under it, written without merges (岳阳 南湖 2016)", () => {
  const grid: CellValue[][] = [
    ["项目支出绩效自评报告", null, null, null, null, null],
    ["项目名称", "优抚", null, null, null, null],
    ["项目绩效定性目标及完成情况", "预期目标", null, null, "实际完成", null],
    [null, null, null, null, null, null],
    ["项目绩效定量目标(指标)及完成情况", null, null, null, null, null],
    ["一级指标", "二级指标", "指标内容", "指标(目标)值", "实际完成值", null],
    ["产出指标", "数量指标", "优抚对象人数", "=120人", "120人", null],
  ];
  const merges = ["A1:F1", "B2:F2", "A3:A4", "B3:D3", "E3:F3", "B4:D4", "E4:F4", "A5:F5", "E6:F6", "E7:F7"];

  test("the goal is the blank under its heading, not the completion's heading beside it", () => {
    for (const m of [merges, []]) {
      const f = readSheet(snapshotFromGrid("自评", grid, m)).forms[0];
      expect(f.goals.map((g) => [g.text, g.cell])).toEqual([["", "B4"]]);
    }
  });
});

/** A snapshot's cells as rows from A1 (sparse or dense as read). */
function denseOf(s: SheetSnapshot): CellValue[][] {
  const rows: CellValue[][] = [];
  const put = (r: number, c: number, v: CellValue) => ((rows[r] ??= [])[c] = v);
  if (s.cells) for (const c of s.cells) put(c.row, c.col, c.value);
  else s.values.forEach((r, i) => r.forEach((v, j) => put(s.origin.row + i, s.origin.col + j, v)));
  for (let i = 0; i < rows.length; i++) rows[i] = Array.from(rows[i] ?? [], (v) => v ?? null);
  return rows;
}
