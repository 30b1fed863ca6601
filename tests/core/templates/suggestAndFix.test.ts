/**
 * Suggestions (with the matched words), values filled from the form, a unit's own templates (JSON, zod,
 * zh-CN errors naming the bad entry), "save this table as a template", and findings → template rows.
 */
import path from "node:path";
import { checkSheet } from "../../../src/core/check";
import { OLD_88 } from "../../../src/core/frameworks/data";
import { readSheet } from "../../../src/core/read/readSheet";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import {
  BUILTIN_TEMPLATES,
  applyPlanToSnapshot,
  findTemplate,
  fillContextOf,
  fixForFinding,
  parseTemplateFile,
  renderTemplate,
  suggestForSheet,
  suggestTemplates,
  templateFromForm,
} from "../../../src/core/templates";
import { readWorkbookSnapshots } from "../../../src/cli/readWorkbookSnapshots";
import { SHENMU_INDICATORS, WUHAI_INDICATORS, replaceRow, shenmuGrid, toSnapshot, wuhaiGrid } from "../helpers/formGrids";

const SAMPLES = path.join(__dirname, "../../../assets/samples");
let shenmu: SheetSnapshot[];
let wuhai: SheetSnapshot[];
beforeAll(async () => {
  shenmu = await readWorkbookSnapshots(path.join(SAMPLES, "shenmu-2021.xlsx"));
  wuhai = await readWorkbookSnapshots(path.join(SAMPLES, "wuhai-2021.xlsx"));
});
const sheet = (list: SheetSnapshot[], name: string) => list.find((s) => s.name === name)!;

describe("suggestions", () => {
  it("神木 系统升级维护费 → 信息系统运维, reason names the words; 3套 and ≤17万元/套/年 come from 经费测算", () => {
    const [s] = suggestForSheet(sheet(shenmu, "系统升级维护费"), BUILTIN_TEMPLATES);
    expect(s.suggestions[0].template.id).toBe("it-maintenance");
    expect(s.suggestions[0].reason).toContain("项目名称含");
    expect(s.suggestions[0].reason).toContain("“维护”");
    const form = readSheet(sheet(shenmu, "系统升级维护费")).forms[0];
    const rows = renderTemplate(findTemplate("it-maintenance")!, OLD_88, { context: fillContextOf(form) });
    expect(rows.find((r) => r.level3 === "运维系统数量")).toMatchObject({ value: "=3套", placeholder: false });
    expect(rows.find((r) => r.level3 === "运维系统数量")!.filledFrom).toContain("经费测算 B9");
    expect(rows.find((r) => r.level3 === "单套系统运维费")).toMatchObject({ value: "≤17万元/套/年", placeholder: false });
    expect(rows.find((r) => r.operator === "时限")).toMatchObject({ value: "2021年12月31日前", placeholder: false });
  });

  it("乌海 医保业务经费 (running costs, no indicators) → 机构运转/日常业务经费, not the 监管 template", () => {
    const [s] = suggestForSheet(sheet(wuhai, "医保业务经费"), BUILTIN_TEMPLATES);
    expect(s.suggestions[0].template.id).toBe("office-operations");
    expect(s.suggestions[0].reason).toContain("项目名称含“业务经费”");
    expect(s.suggestions.map((x) => x.template.id)).not.toContain("work-funds");
    // Its values: only fixed standards are filled; every project-dependent figure is （待填）.
    const form = readSheet(sheet(wuhai, "医保业务经费")).forms[0];
    const rows = renderTemplate(s.suggestions[0].template, OLD_88, { context: fillContextOf(form) });
    for (const r of rows.filter((x) => !x.placeholder && !x.filledFrom))
      expect([r.level3, r.value]).toEqual([r.level3, expect.stringMatching(/^(=100%|=0次|≥9[05]%)$/)]);
  });

  it("the other sample sheets get the kind a reader would pick", () => {
    const best = (list: SheetSnapshot[], name: string) =>
      suggestForSheet(sheet(list, name), BUILTIN_TEMPLATES)[0].suggestions[0]?.template.id;
    expect(best(shenmu, "制卡费")).toBe("card-printing");
    expect(best(wuhai, "聘用人员工资")).toBe("hired-staff");
    expect(best(wuhai, "三明联盟采购平台建设运行经费")).toBe("procurement-platform");
    expect(best(wuhai, "反欺诈专项经费")).toBe("work-funds");
  });

  it("a sheet that is not a form has no suggestions", () => {
    expect(
      suggestForSheet({ name: "x", origin: { row: 0, col: 0 }, values: [["hello"]], merges: [] }, BUILTIN_TEMPLATES),
    ).toEqual([]);
  });
});

describe("a unit's own templates (JSON)", () => {
  const good = {
    templates: [
      {
        id: "my-audit",
        name: "本单位稽核经费",
        kinds: ["稽核"],
        keywords: ["稽核"],
        rows: [
          { level2: "数量指标", name: "稽核人次", operator: "≥", value: "120", unit: "人次", explanation: "全年外调稽核人次。" },
          {
            level2: "经济成本指标",
            name: "稽核经费",
            operator: "≤",
            value: null,
            unit: "万元",
            explanation: "不超过预算。",
            fill: "budget",
          },
        ],
      },
    ],
  };

  it("parses a valid file (101 二级 names accepted) and suggests it first on a tie", () => {
    const r = parseTemplateFile(JSON.stringify(good));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.templates[0]).toMatchObject({ id: "my-audit", source: "unit" });
    const form = readSheet(toSnapshot(wuhaiGrid({ fields: { 项目名称: "稽核经费" } }))).forms[0];
    expect(suggestTemplates(form, [...r.templates, ...BUILTIN_TEMPLATES])[0].template.id).toBe("my-audit");
  });

  it("rejects bad entries with zh-CN messages naming the template and row", () => {
    const bad = structuredClone(good) as { templates: Record<string, unknown>[] };
    (bad.templates[0].rows as Record<string, unknown>[])[1].operator = "大于";
    const r = parseTemplateFile(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^第 1 个模板（my-audit：本单位稽核经费） 第 2 行 字段“operator”：取值不对/);
  });

  it("rejects unknown 二级, rates above 100%, duplicates, bad JSON", () => {
    const bad = structuredClone(good) as { templates: { rows: Record<string, unknown>[] }[] };
    bad.templates[0].rows[0].level2 = "投入指标";
    bad.templates[0].rows.push({ level2: "质量指标", name: "合格率", operator: "≥", value: "120", unit: "%", explanation: "x" });
    bad.templates.push(structuredClone(good.templates[0]) as never);
    const r = parseTemplateFile(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      "第 1 个模板（my-audit：本单位稽核经费） 第 1 行“稽核人次”：二级指标“投入指标”不在任何指标体系中",
      "第 1 个模板（my-audit：本单位稽核经费） 第 3 行“合格率”：指标值“120%”超过 100%",
      "第 2 个模板（my-audit）：模板编号重复",
    ]);
    const j = parseTemplateFile("{ templates: ");
    expect(j.ok).toBe(false);
    if (!j.ok) expect(j.errors[0]).toMatch(/^模板文件不是有效的 JSON/);
    const empty = parseTemplateFile({ templates: [] });
    expect(empty.ok ? [] : empty.errors).toEqual(["字段“templates”：文件里没有模板"]);
  });
});

describe("save this table as a template", () => {
  it("a correct form becomes a template that round-trips into the same rows", () => {
    const form = readSheet(toSnapshot(shenmuGrid())).forms[0];
    const r = templateFromForm(form, { id: "sys-2021", name: "系统升级维护（2021年批复）" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.template.rows.map((x) => [x.level2, x.name, x.operator, x.value, x.unit])).toEqual([
      ["数量指标", "运维系统数量", "=", "3", "套"],
      ["质量指标", "系统维护验收合格率", "=", "100", "%"],
      ["时效指标", "故障修复时限", "≤", "24", "小时"],
      ["时效指标", "年度维护完成时间", "时限", "2021.12.31前", ""],
      ["成本指标", "系统维护费", "≤", "48", "万元"],
      ["成本指标", "巡检服务费", "≤", "2", "万元"],
      ["社会效益指标", "医保结算系统可用率", "≥", "99", "%"],
      ["可持续影响指标", "数据安全事故次数", "=", "0", "次"],
      ["服务对象满意度指标", "系统使用人员满意度", "≥", "95", "%"],
    ]);
    // It serialises as a unit file and parses back.
    const back = parseTemplateFile({ templates: [r.template] });
    expect(back.ok).toBe(true);
    // Rendered into an empty copy of the form, the checker is silent again.
    const rows = renderTemplate(r.template, OLD_88).map(
      (x) => [x.level1, x.level2, x.level3, "", x.value] as [string, string, string, string, string],
    );
    expect(checkSheet(toSnapshot(shenmuGrid({ indicators: rows }))).findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("a form without indicators cannot be saved", () => {
    const form = readSheet(toSnapshot(shenmuGrid({ indicatorBlock: false }))).forms[0];
    expect(templateFromForm(form, { id: "x", name: "x" })).toEqual({
      ok: false,
      reason: "这张表没有可保存的指标（需要有三级指标名称和指标值）。",
    });
  });
});

describe("missing findings offer template rows as their fix", () => {
  it("framework-coverage (数量指标 absent) → only the 数量 rows, and the plan fixes just that", () => {
    const snap = toSnapshot(shenmuGrid({ indicators: replaceRow(SHENMU_INDICATORS, 0, null) }));
    const f = checkSheet(snap).findings.find((x) => x.rule === "framework-coverage")!;
    const fix = fixForFinding(snap, f, BUILTIN_TEMPLATES)!;
    expect(fix.template.id).toBe("it-maintenance");
    expect(fix.groups).toEqual(["产出指标 › 数量指标"]);
    expect(fix.rows.map((r) => r.level3)).toEqual(["运维系统数量", "系统巡检次数"]);
    expect(fix.plan.ok).toBe(true);
    if (!fix.plan.ok) return;
    expect(fix.plan.plan.rows.map((r) => [r.cell, r.level3])).toEqual([
      ["D25", "运维系统数量"],
      ["D26", "系统巡检次数"],
    ]);
    const after = checkSheet(applyPlanToSnapshot(snap, fix.plan.plan));
    expect(after.findings.filter((x) => x.rule === "framework-coverage")).toEqual([]);
  });

  it("level2-without-level3 (乌海 empty 数量 row) → fills that row in place", () => {
    const snap = toSnapshot(wuhaiGrid({ indicators: replaceRow(WUHAI_INDICATORS, 0, ["产出指标", "数量指标", "", "", ""]) }));
    const f = checkSheet(snap).findings.find((x) => x.rule === "level2-without-level3")!;
    expect(f.cell).toBe("G22");
    const fix = fixForFinding(snap, f, BUILTIN_TEMPLATES, "work-funds")!;
    expect(fix.plan.ok && fix.plan.plan.rows.map((r) => [r.cell, r.inPlace])).toEqual([
      ["G22", true],
      ["G23", false],
    ]);
  });

  it("indicator-section → the whole template; other rules → no template fix", () => {
    const snap = toSnapshot(shenmuGrid({ indicatorBlock: false }));
    const findings = checkSheet(snap).findings;
    const f = findings.find((x) => x.rule === "indicator-section")!;
    const fix = fixForFinding(snap, f, BUILTIN_TEMPLATES)!;
    expect(fix.groups).toEqual([]);
    expect(fix.rows.length).toBe(findTemplate(fix.template.id)!.rows.length);
    const other = checkSheet(toSnapshot(shenmuGrid({ fields: { 项目预算: 60 } }))).findings[0];
    expect(fixForFinding(snap, other, BUILTIN_TEMPLATES)).toBeNull();
  });
});
