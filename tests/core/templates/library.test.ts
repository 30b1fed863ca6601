/**
 * The built-in library: ≥ 12 kinds, valid by the schema and the reviewer rules, both frameworks, and —
 * the main promise — every template written into an otherwise correct form passes our own checker with no
 * error and no warning (placeholders filled with their examples, the rest filled from the form).
 */
import { checkSheet } from "../../../src/core/check";
import { CORE_101, OLD_88 } from "../../../src/core/frameworks/data";
import { readSheet } from "../../../src/core/read/readSheet";
import { BUILTIN_TEMPLATES } from "../../../src/core/templates/library";
import { type RenderedRow, fillContextOf, renderTemplate } from "../../../src/core/templates/render";
import { PLACEHOLDER, rowProblems } from "../../../src/core/templates/schema";
import { type IndicatorRowSpec, shenmuGrid, toSnapshot, wuhaiGrid } from "../helpers/formGrids";

const specs = (rows: RenderedRow[]): IndicatorRowSpec[] => rows.map((r) => [r.level1, r.level2, r.level3, "", r.value]);
const problems = (r: ReturnType<typeof checkSheet>) =>
  r.findings.filter((f) => f.severity !== "info").map((f) => `${f.cell} ${f.rule}: ${f.message}`);

describe("built-in template library", () => {
  it("has at least 12 templates with unique ids covering the kinds named in the issue", () => {
    expect(BUILTIN_TEMPLATES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(BUILTIN_TEMPLATES.map((t) => t.id)).size).toBe(BUILTIN_TEMPLATES.length);
    const names = BUILTIN_TEMPLATES.map((t) => t.name).join("|");
    for (const k of [
      "信息系统",
      "工作经费",
      "宣传",
      "补助",
      "参保",
      "集中采购",
      "聘用",
      "制卡",
      "培训",
      "设备",
      "调研",
      "维修改造",
    ]) {
      expect(names).toContain(k);
    }
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))("%s: rows obey the reviewer rules", (_id, t) => {
    for (const r of t.rows) expect([r.name, rowProblems(r)]).toEqual([r.name, []]);
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))(
    "%s: both frameworks get every required 二级 and satisfaction",
    (_id, t) => {
      for (const fw of [OLD_88, CORE_101]) {
        const rows = renderTemplate(t, fw);
        const groups = new Set(rows.map((r) => `${r.level1}›${r.level2}`));
        for (const l1 of fw.level1) {
          for (const l2 of l1.level2) if (l2.requirement !== "optional") expect(groups).toContain(`${l1.name}›${l2.name}`);
          expect(rows.some((r) => r.level1 === l1.name)).toBe(true);
        }
        // framework order: 一级 in the framework's order
        const order = rows.map((r) => fw.level1.findIndex((l) => l.name === r.level1));
        expect([...order].sort((a, b) => a - b)).toEqual(order);
      }
      expect(renderTemplate(t, CORE_101)[0].level1).toBe("成本指标");
    },
  );

  const shenmuForm = readSheet(toSnapshot(shenmuGrid())).forms[0];
  /** A row whose figure no published table gives has no example: the test writes 1 there (the user would). */
  const filled = (rows: ReturnType<typeof renderTemplate>) =>
    rows.map((r) => (r.placeholder ? { ...r, value: r.value.replace(PLACEHOLDER, "1") } : r));
  const wuhaiForm = readSheet(toSnapshot(wuhaiGrid())).forms[0];

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))(
    "%s: inside a correct 神木 form (old-88 and 101) no error or warning",
    (_id, t) => {
      for (const fw of [OLD_88, CORE_101]) {
        const rows = filled(renderTemplate(t, fw, { context: fillContextOf(shenmuForm), useExamples: true }));
        const r = checkSheet(toSnapshot(shenmuGrid({ indicators: specs(rows) })));
        expect(r.framework).toBe(fw.id);
        expect(problems(r)).toEqual([]);
      }
    },
  );

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))("%s: inside a correct 乌海 form no error or warning", (_id, t) => {
    for (const fw of [OLD_88, CORE_101]) {
      const rows = filled(renderTemplate(t, fw, { context: fillContextOf(wuhaiForm), useExamples: true }));
      const r = checkSheet(toSnapshot(wuhaiGrid({ indicators: specs(rows) })));
      expect(r.framework).toBe(fw.id);
      expect(problems(r)).toEqual([]);
    }
  });

  it("fills the deadline from the implementation period and the cap from the budget", () => {
    const it = BUILTIN_TEMPLATES.find((t) => t.id === "work-funds")!;
    const rows = renderTemplate(it, OLD_88, { context: fillContextOf(wuhaiForm) });
    expect(rows.find((r) => r.level2 === "时效指标" && r.operator === "时限")).toMatchObject({
      value: "2021年12月31日前",
      placeholder: false,
    });
    expect(rows.find((r) => r.level2 === "成本指标")).toMatchObject({ value: "≤15万元", placeholder: false });
    const q = rows.find((r) => r.level2 === "数量指标")!;
    expect(q).toMatchObject({ value: `≥${PLACEHOLDER}家`, placeholder: true, example: "≥30家" });
  });

  it("without a form, form-filled values stay placeholders", () => {
    const rows = renderTemplate(BUILTIN_TEMPLATES[0], OLD_88);
    expect(rows.find((r) => r.operator === "时限")).toMatchObject({ value: `${PLACEHOLDER}前`, placeholder: true });
  });
});
