/**
 * Templates that fit (issue 14 item 3): at least 30 kinds, every row with its published source (publisher, year);
 * suggestions only above a minimum score and only for the form's kind (部门整体 → 部门整体 templates, 自评表 → none);
 * project-dependent values are （待填） and every placeholder left in a sheet is flagged by template-placeholder.
 */
import path from "node:path";
import { checkSheet } from "../../../src/core/check";
import { readSheet } from "../../../src/core/read/readSheet";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { BUILTIN_TEMPLATES, suggestForSheet } from "../../../src/core/templates";
import { newFormGrid } from "../../../src/core/templates/newForm";
import { isFixedStandard, PLACEHOLDER } from "../../../src/core/templates/schema";
import { MIN_SUGGESTION_SCORE } from "../../../src/core/templates/suggest";
import { readWorkbookSnapshots } from "../../../src/cli/readWorkbookSnapshots";
import { snapshotFromGrid } from "../../../src/core/snapshot";

const ROOT = path.join(__dirname, "../../..");
const read = async (f: string) => readWorkbookSnapshots(path.join(ROOT, f));

describe("the library", () => {
  it("has at least 30 kinds, incl. 部门整体 and 101号 成本 rows (经济/社会/生态环境成本)", () => {
    expect(BUILTIN_TEMPLATES.length).toBeGreaterThanOrEqual(30);
    expect(BUILTIN_TEMPLATES.filter((t) => t.formKinds.includes("department")).length).toBeGreaterThanOrEqual(2);
    const level2 = new Set(BUILTIN_TEMPLATES.flatMap((t) => t.rows.map((r) => r.level2)));
    for (const l of ["经济成本指标", "社会成本指标", "生态环境成本指标"]) expect(level2).toContain(l);
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))("%s: every row has a source with publisher and year", (_id, t) => {
    expect(t.sources.length).toBeGreaterThan(0);
    for (const r of t.rows) {
      const s = r.source ?? t.sources[0];
      expect(s.publisher.length).toBeGreaterThan(1);
      expect(s.year === null || (s.year >= 2010 && s.year <= 2026)).toBe(true);
    }
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))("%s: only fixed standards are filled in", (_id, t) => {
    for (const r of t.rows.filter((x) => ["≥", "≤", "="].includes(x.operator)))
      expect([r.name, isFixedStandard(r)]).toEqual([r.name, true]);
  });
});

describe("suggestions fit the form", () => {
  let ningde: SheetSnapshot;
  let zhongjiang: SheetSnapshot;
  let nankai: SheetSnapshot;
  beforeAll(async () => {
    [ningde] = await read("tests/fixtures/real/ningde-2019.xlsx");
    [zhongjiang] = await read("tests/fixtures/real/zhongjiang-2022.xlsx");
    [nankai] = await read("tests/fixtures/real/nankai-2018.xlsx");
  });

  it("a 部门整体 sheet (宁德) gets 部门整体 templates only", () => {
    const [s] = suggestForSheet(ningde, BUILTIN_TEMPLATES);
    expect(s.suggestions.length).toBeGreaterThan(0);
    expect(s.suggestions.every((x) => x.template.formKinds.includes("department"))).toBe(true);
    expect(s.suggestions[0].reason).toContain("部门整体");
  });

  it("a 自评表 (中江) and an evaluation result (南开) get none", () => {
    expect(suggestForSheet(zhongjiang, BUILTIN_TEMPLATES)[0].suggestions).toEqual([]);
    expect(suggestForSheet(nankai, BUILTIN_TEMPLATES)[0].suggestions).toEqual([]);
  });

  it("project forms never get 部门整体 templates, and every suggestion reaches the minimum score", async () => {
    for (const f of [
      "assets/samples/shenmu-2021.xlsx",
      "assets/samples/wuhai-2021.xlsx",
      "tests/fixtures/real/zhaohua-2021.xlsx",
    ]) {
      for (const snap of await read(f)) {
        for (const s of suggestForSheet(snap, BUILTIN_TEMPLATES)) {
          for (const x of s.suggestions) {
            expect(x.template.formKinds).toContain("project");
            expect(x.score).toBeGreaterThanOrEqual(MIN_SUGGESTION_SCORE);
          }
        }
      }
    }
  });

  it("村组干部报酬: the 村干部 template first, never 信息系统运维", () => {
    const grid = [
      ["项目支出绩效目标表"],
      ["项目名称", "村组干部报酬", "主管部门", "某镇人民政府"],
      ["项目实施起止时间", "2024.01-2024.12", "项目预算（万元）", 120],
      ["项目概述", "保障全镇村组干部报酬按月发放，维护村级组织正常运转，完善信息系统登记"],
      ["年度目标", "按月足额发放村组干部报酬"],
    ];
    const [s] = suggestForSheet(snapshotFromGrid("村", grid), BUILTIN_TEMPLATES);
    expect(s.suggestions[0]?.template.id).toBe("village-cadre-pay");
    expect(s.suggestions.map((x) => x.template.id)).not.toContain("it-maintenance");
  });

  it("a form whose words match nothing well gets no suggestion rather than a wrong one", () => {
    const grid = [
      ["项目支出绩效目标表"],
      ["项目名称", "甲乙丙丁", "主管部门", "某单位"],
      ["项目实施起止时间", "2024.01-2024.12", "项目预算（万元）", 10],
      ["项目概述", "系统"],
    ];
    expect(suggestForSheet(snapshotFromGrid("x", grid), BUILTIN_TEMPLATES)[0].suggestions).toEqual([]);
  });
});

describe("every placeholder left in a sheet is flagged", () => {
  it.each(["policy-table", "declaration-form", "core-101-table"] as const)(
    "%s: after 在新工作表中新建, each （待填） cell has a template-placeholder finding (incl. （待填）前 and the 101 cost row)",
    (layout) => {
      for (const t of BUILTIN_TEMPLATES) {
        const snap = newFormGrid(t, layout, { sheetName: "新建" }).snapshot;
        const reading = readSheet(snap).forms[0];
        const holes = (reading.indicators?.tables ?? []).flatMap((tb) =>
          tb.rows.flatMap((r) => r.values.filter((v) => v.text.includes(PLACEHOLDER)).map((v) => v.cell)),
        );
        const flagged = new Set(
          checkSheet(snap)
            .findings.filter((d) => d.rule === "template-placeholder")
            .map((d) => d.cell),
        );
        for (const h of holes) expect([t.id, layout, h, flagged.has(h)]).toEqual([t.id, layout, h, true]);
        if (t.rows.some((r) => r.value === null)) expect(holes.length).toBeGreaterThan(0);
      }
    },
  );
});
