/**
 * Form kinds: the registry is valid data, each kind is detected from what a form has, fields a kind
 * does not carry are never asked for, lists of projects are not forms, and rows appended below the
 * 绩效指标 label's merge are still read.
 */
import { checkSheet, rulesFor } from "../../../src/core/check";
import { FORM_KINDS, formKind } from "../../../src/core/kinds";
import { FormKindRegistrySchema } from "../../../src/core/kinds/formKind";
import { FORM_KIND_DATA } from "../../../src/core/kinds/data";
import { KIND_NAMES } from "../../../src/core/names";
import { readSheet } from "../../../src/core/read/readSheet";
import { type CellValue, type SheetSnapshot, snapshotFromGrid } from "../../../src/core/snapshot";
import { shenmuGrid, SHENMU_INDICATORS, toSnapshot } from "../helpers/formGrids";
import { selfEvalGrid } from "../helpers/selfEvalGrid";
import { dense, perturbations, toSheet } from "../helpers/benignEdits";
import { readWorkbookSnapshots } from "../../../src/cli/readWorkbookSnapshots";
import path from "node:path";
import { splitGrid } from "../helpers/splitGrid";

/** A sheet of the blind corpus read without its title row (the benign-edit probe's no-title edit). */
async function withoutTitle(file: string, sheet: string): Promise<SheetSnapshot> {
  const full = path.join(__dirname, "..", "..", "fixtures", "real", "blind", file);
  const snap = (await readWorkbookSnapshots(full)).find((x) => x.name === sheet)!;
  return toSheet(perturbations["no-title"](dense(snap)));
}

describe("form-kind registry", () => {
  it("is valid data with one entry per layout id, each with a name, an example and a rule set or a reason", () => {
    expect(FormKindRegistrySchema.safeParse(FORM_KIND_DATA).success).toBe(true);
    const ids = FORM_KINDS.map((k) => k.id).sort();
    expect(ids).toEqual(
      [
        "declaration-form",
        "department-overall",
        "evaluation-result",
        "generic",
        "policy-table",
        "project-list",
        "project-target",
        "self-evaluation",
        "transfer-payment",
      ].sort(),
    );
    for (const k of FORM_KINDS) {
      expect(k.name).toMatch(/[\u4e00-\u9fff]/);
      expect(KIND_NAMES[k.id]).toBe(k.name);
    }
  });

  it("rejects a bad registry with a clear message", () => {
    const bad = [...FORM_KIND_DATA, { ...FORM_KIND_DATA[0] }];
    const r = FormKindRegistrySchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].message).toBe("表格种类的 id 重复");
  });

  it("a kind that is recognised but has no rule set runs no rule", () => {
    expect(rulesFor({ ...formKind("project-target"), id: "generic", ruleSet: null })).toHaveLength(0);
    expect(rulesFor(formKind("self-evaluation")).map((r) => r.meta.id)).toEqual(
      expect.arrayContaining(["score-within-weight", "weights-total", "actual-below-target", "execution-rate"]),
    );
    // required-field runs on 自评表 too (a printed 主管部门 left empty); the 预算明细 total is a target-table rule.
    expect(rulesFor(formKind("self-evaluation")).map((r) => r.meta.id)).not.toContain("detail-lines-total");
  });
});

describe("kind detection and required fields", () => {
  it("a 项目支出绩效目标表 of another template is project-target and is asked only for its own fields", () => {
    const r = checkSheet(toSnapshot(splitGrid()));
    expect(r.layout).toBe("project-target");
    // No 项目期限, 经费测算, 预算功能科目 … (神木/乌海-only fields) are reported missing.
    expect(r.findings.filter((d) => d.rule === "required-field")).toEqual([]);
  });

  it("the same table without 项目名称 reports only that", () => {
    const g = splitGrid();
    g.grid[1][0] = "项目编号";
    const r = checkSheet(toSnapshot(g));
    expect(r.findings.filter((d) => d.rule === "required-field").map((d) => d.message)).toEqual(["表中找不到“项目名称”一栏。"]);
  });

  it("a self-evaluation is checked with its own rules, never as a target table", () => {
    const r = checkSheet(toSnapshot(selfEvalGrid({ execution: [20, 15, 10, "100.00%", 10] })));
    expect(r.layout).toBe("self-evaluation");
    // 15 spent of 20: the rate is wrong, and the 成本指标's achieved 20万元 is more than was spent.
    expect(r.findings.map((d) => `${d.rule}@${d.cell}`)).toEqual(["execution-rate@H6", "cost-actual-within-spending@G13"]);
  });
});

describe("lists of projects", () => {
  const list = (withIndicators: boolean): CellValue[][] => [
    [
      "序号",
      "项目名称",
      "主管部门",
      "项目预算（万元）",
      "备注",
      ...(withIndicators ? ["一级指标", "二级指标", "三级指标", "指标值"] : []),
    ],
    [1, "系统运维费", "医保局", 50, "", ...(withIndicators ? ["产出指标", "数量指标", "运维系统数量", "=3套"] : [])],
    [2, "制卡费", "医保局", 10, "", ...(withIndicators ? ["产出指标", "数量指标", "制卡数量", "≥2000张"] : [])],
    [3, "宣传费", "医保局", 5, "", ...(withIndicators ? ["满意度指标", "服务对象满意度指标", "群众满意度", "≥95%"] : [])],
  ];

  it("a plain list of projects (序号 | 项目名称 | 主管部门 | 项目预算 | 备注) is not a form and says why", () => {
    const r = checkSheet(snapshotFromGrid("清单", list(false), []));
    expect(r.recognized).toBe(false);
    expect(r.reason).toContain("项目清单");
    expect(r.findings).toEqual([]);
  });

  it("a list with indicator columns is read one form per project", () => {
    const reading = readSheet(snapshotFromGrid("清单", list(true), []));
    expect(
      reading.forms.map((f) => [
        f.layout,
        f.fields.projectName?.text,
        f.budget.projectBudget?.amountWan,
        f.indicators?.tables[0].rows.length,
      ]),
    ).toEqual([
      ["project-list", "系统运维费", 50, 1],
      ["project-list", "制卡费", 10, 1],
      ["project-list", "宣传费", 5, 1],
    ]);
  });
});

describe("rows appended below the 绩效指标 label's merge", () => {
  it("are still read and checked", () => {
    const g = shenmuGrid();
    // Append one indicator row under the last one, outside the A-column "绩效指标" merge.
    const last = g.grid.length;
    const row: CellValue[] = new Array<CellValue>(7).fill(null);
    row[1] = "满意度指标";
    row[2] = "服务对象满意度指标";
    row[3] = "参保单位满意度";
    row[5] = "=100%";
    g.grid.push(row);
    const form = readSheet(toSnapshot(g)).forms[0];
    const rows = form.indicators!.tables[0].rows;
    expect(rows).toHaveLength(SHENMU_INDICATORS.length + 1);
    expect(rows[rows.length - 1].level3.text).toBe("参保单位满意度");
    const r = checkSheet(toSnapshot(g));
    expect(r.findings.some((d) => d.rule === "satisfaction-target" && d.cell === `F${last + 1}`)).toBe(true);
  });

  it("are read when the copied row repeats the section label (probe 3: A35 = 绩效指标)", () => {
    const g = shenmuGrid();
    const row: CellValue[] = new Array<CellValue>(7).fill(null);
    const label = g.grid.find((r) => r[0] === "绩效指标")?.[0] ?? null;
    expect(label).toBe("绩效指标");
    row[0] = label;
    row[1] = "产出指标";
    row[2] = "数量指标";
    row[3] = "巡检次数";
    row[5] = "≤5次";
    g.grid.push(row);
    const rows = readSheet(toSnapshot(g)).forms[0].indicators!.tables[0].rows;
    expect(rows).toHaveLength(SHENMU_INDICATORS.length + 1);
    expect(rows[rows.length - 1].level3.text).toBe("巡检次数");
  });

  it("still end at a different label in the label column", () => {
    const g = shenmuGrid();
    const row: CellValue[] = new Array<CellValue>(7).fill(null);
    row[0] = "备注说明";
    row[1] = "产出指标";
    row[2] = "数量指标";
    row[3] = "巡检次数";
    row[5] = "≤5次";
    g.grid.push(row);
    expect(readSheet(toSnapshot(g)).forms[0].indicators!.tables[0].rows).toHaveLength(SHENMU_INDICATORS.length);
  });
});

describe("short indicator headings", () => {
  it("a table headed 一级 | 二级 | 三级 | 指标值 is read like 一级指标 …", () => {
    const g = splitGrid();
    g.grid[4] = ["一级", "二级", "三级", "指标性质", "指标值", "度量单位"];
    const r = checkSheet(toSnapshot(g));
    expect(r.layout).toBe("project-target");
    expect(readSheet(toSnapshot(g)).forms[0].indicators!.tables[0].rows).toHaveLength(6);
    expect(r.findings.filter((d) => d.severity !== "info")).toEqual([]);
  });
});

describe("levels written one column to the left (鄂州 2022: no 三级 column)", () => {
  const grid = (level1: string[]) => {
    const g = splitGrid();
    g.grid[4] = ["一级指标", "二级指标", "指标说明", "指标性质", "指标值", "度量单位"];
    const names = ["维修次数", "验收合格率", "完成时间", "维修经费", "群众受益率", "群众满意度"];
    g.grid.splice(5, 6, ...names.map((n, i) => [level1[i], n, `反映${n}`, "≥", 10 + i, "次"]));
    return g;
  };

  it("reads the 一级 column as 二级 and the 二级 column as 三级, says so once and reports no error", () => {
    const g = grid(["数量指标", "质量指标", "时效指标", "成本指标", "社会效益指标", "服务对象满意度指标"]);
    const rows = readSheet(toSnapshot(g)).forms[0].indicators!.tables[0].rows;
    expect(rows.map((r) => [r.level2.text, r.level3.text])).toEqual([
      ["数量指标", "维修次数"],
      ["质量指标", "验收合格率"],
      ["时效指标", "完成时间"],
      ["成本指标", "维修经费"],
      ["社会效益指标", "群众受益率"],
      ["服务对象满意度指标", "群众满意度"],
    ]);
    const r = checkSheet(toSnapshot(g));
    expect(r.findings.filter((d) => d.rule === "reading-uncertain")).toHaveLength(1);
    expect(r.findings.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("leaves a table whose 一级 column holds 一级 names as it is", () => {
    const g = grid(["产出指标", "产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"]);
    const rows = readSheet(toSnapshot(g)).forms[0].indicators!.tables[0].rows;
    expect(rows[0].level1.text).toBe("产出指标");
    expect(rows[0].level2.text).toBe("维修次数");
  });
});

describe("a form whose title is left out", () => {
  test("a 部门整体 form (巴南 2022 一品街道) is still a form: it starts with its labels, and its evidence says which", () => {
    const grid: CellValue[][] = [
      [null, null, null, null, null, "单位:万元"],
      ["部门(单位)名称", "某区人民政府某街道", null, null, "区级支出预算总量", 3724.39],
      ["当年整体绩效目标", "2022年街道预算收支平衡，保障街道正常运转。", null, null, null, null],
      ["绩效指标", "指标名称", "指标权重", "计量单位", "指标性质", "指标值"],
      [null, "预算执行率", 10, "%", "=", 100],
      [null, "社区服务群众满意度", 10, "%", "≥", 90],
    ];
    const forms = readSheet(snapshotFromGrid("表", grid, ["B2:D2", "B3:F3", "A4:A6"])).forms;
    expect(forms.map((f) => f.layout)).toEqual(["department-overall"]);
  });

  test("a form over a list of its projects (黄冈 2023 without its title): the form starts with its own labels", async () => {
    const untitled = await withoutTitle("s-huanggangfl-2023.xlsx", "部门整体绩效目标（修正）");
    expect(readSheet(untitled).forms.map((f) => [f.layout, f.fields.department?.text])).toEqual([
      ["department-overall", "黄冈市社会福利中心"],
    ]);
  });

  test("a field line over a section is no list's heading (阳泉 2015 without its title: 项目名称 | … | 项目负责人 | …)", async () => {
    const untitled = await withoutTitle("ar-yangquan-2015.xlsx", "项目支出绩效目标申报表（修正）");
    expect(readSheet(untitled).forms.map((f) => f.fields.projectName?.text)).toEqual(["市级机关办公楼更换消防标示牌资金"]);
  });

  test("a target table with a 项目资金来源 line but no 预算明细 and one period is no 申报表 (湘阴 2022 without its title)", async () => {
    const untitled = await withoutTitle("l-xiangyin-2022.xlsx", "幼儿园公用经费（修正）");
    expect(readSheet(untitled).forms.map((f) => f.layout)).toEqual(["project-target"]);
  });

  test("a department's 专项 with its own 实施进度计划 is a project's table, not a transfer (望城 2018 without its title)", async () => {
    const untitled = await withoutTitle("an-wangchengcl-2018.xlsx", "专项资金绩效目标申报表（修正）");
    expect(readSheet(untitled).forms.map((f) => f.layout)).toEqual(["project-target"]);
  });

  test("a line holding a field and its value in one cell right above the form's first label is the form's (福建 2017)", () => {
    const grid: CellValue[][] = [
      ["主管部门名称:某省台湾同胞联谊会", null, null, null],
      ["专项名称", "台胞扶贫济困生活补贴", null, null],
      ["年度绩效目标", "为困难台胞发放生活补贴。", null, null],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "补助困难台胞人数", "≥400人"],
    ];
    const [form] = readSheet(snapshotFromGrid("表", grid, ["A1:D1", "B2:D2", "B3:D3"])).forms;
    expect(form.fields.department?.text).toBe("某省台湾同胞联谊会");
    expect(form.rowSpan.top).toBe(0);
  });

  test("a 预算执行 block's headings (全年执行数 | 执行率) speak for a self-evaluation with no title (西青 2021 without it)", async () => {
    const untitled = await withoutTitle("at-xiqingcl-2021.xlsx", "项目支出绩效自评表");
    const [form] = readSheet(untitled).forms;
    expect(form.layout).toBe("self-evaluation");
    expect(form.scoring?.execution?.executed?.text).toBe("3");
  });

  test("a department named by its place in the evaluation (评价部门名称) heads a 整体 self-evaluation with no title (蚕茶 2021)", async () => {
    const untitled = await withoutTitle("at-canchawsy-2021.xlsx", "整体支出绩效自评表（修正）");
    expect(readSheet(untitled).forms.map((f) => [f.layout, f.fields.department?.text])).toEqual([
      ["self-evaluation", "南昌县黄马乡蚕茶卫生院"],
    ]);
  });
});
