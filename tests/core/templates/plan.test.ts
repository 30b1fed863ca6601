/**
 * Concrete insertion plans (expected cells worked out by hand from the grids in tests/core/helpers/formGrids.ts).
 */
import { checkSheet } from "../../../src/core/check";
import { rangeToA1 } from "../../../src/core/cellAddress";
import { findTemplate } from "../../../src/core/templates/library";
import { applyPlanToSnapshot, planInsertion } from "../../../src/core/templates/plan";
import { SHENMU_INDICATORS, WUHAI_INDICATORS, replaceRow, shenmuGrid, toSnapshot, wuhaiGrid } from "../helpers/formGrids";

const MISSING = new Set(["framework-coverage", "level2-without-level3", "indicator-section"]);
const it_ = findTemplate("it-maintenance")!;

describe("planInsertion (examples)", () => {
  it("神木 without 质量指标: two rows after 数量 (row 25), 产出 merge B25:B29 → B25:B31, new 质量 merge C26:C27", () => {
    const snap = toSnapshot(shenmuGrid({ indicators: replaceRow(SHENMU_INDICATORS, 1, null) }));
    const r = planInsertion(snap, it_);
    if (!r.ok) throw new Error(r.reason);
    const p = r.plan;
    expect(p.inserts).toEqual([{ at: 25, count: 2, styleRow: 24 }]); // before old row 26 (0-based 25)
    // 产出 (数量, 时效×2, 成本×2) is B25:B29 and grows by the two rows; the 绩效指标 label A24:A32 spans the
    // insertion point, so it grows by itself (as in Excel) and is not listed.
    expect(p.resized.map((x) => `${rangeToA1(x.from)}→${rangeToA1(x.to)}`)).toEqual(["B25:B29→B25:B31"]);
    expect(p.created.map(rangeToA1)).toEqual(["C26:C27"]);
    expect(p.rows.map((x) => [x.cell, x.level3, x.value])).toEqual([
      ["D26", "系统可用率", "≥（待填）%"],
      ["D27", "运维服务验收合格率", "=100%"],
    ]);
    const after = applyPlanToSnapshot(snap, p);
    // Only the placeholder left to fill is reported (issue 14: every placeholder left in a sheet is flagged).
    expect(
      checkSheet(after)
        .findings.filter((f) => f.severity !== "info")
        .map((f) => `${f.cell} ${f.rule}`),
    ).toEqual(["F26 template-placeholder"]);
  });

  it("a 满意度 row written under 效益 (no real 效益 row): the benefit rows go into the 效益 block, merges stay disjoint", () => {
    const rows = WUHAI_INDICATORS.filter((r) => r[0] !== "效益指标").map((r) =>
      r[0] === "满意度指标" ? (["效益指标", ...r.slice(1)] as typeof r) : r,
    );
    const snap = toSnapshot(wuhaiGrid({ indicators: rows }));
    const r = planInsertion(snap, findTemplate("work-funds")!);
    if (!r.ok) throw new Error(r.reason);
    const after = applyPlanToSnapshot(snap, r.plan);
    expect(r.plan.rows.map((x) => x.level2)).toEqual(["经济效益指标", "社会效益指标"]);
    expect(checkSheet(after).findings.filter((f) => MISSING.has(f.rule))).toEqual([]);
    const m = after.merges;
    m.forEach((a, i) =>
      m
        .slice(i + 1)
        .forEach((b) => expect(a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right).toBe(false)),
    );
  });

  it("refuses (changing nothing) when the 三级 column is not recognisable", () => {
    const g = shenmuGrid({ indicators: replaceRow(SHENMU_INDICATORS, 0, null), cells: { D24: "说明" } });
    const r = planInsertion(toSnapshot(g), it_);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain("三级指标");
  });

  it("a complete table needs nothing", () => {
    const r = planInsertion(toSnapshot(shenmuGrid()), it_);
    expect(r.ok && [r.plan.rows.length, r.plan.insertedRows, r.plan.writes.length]).toEqual([0, 0, 0]);
  });
});
