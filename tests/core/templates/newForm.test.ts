/**
 * "Or create": a complete new form in each layout, header left empty, the template's indicators in.
 * The checker recognises it, finds no missing indicator, and everything it reports is a header field to
 * fill or a （待填） value.
 */
import { checkSheet } from "../../../src/core/check";
import { toA1 } from "../../../src/core/cellAddress";
import { BUILTIN_TEMPLATES } from "../../../src/core/templates/library";
import { newFormGrid, type NewFormLayout } from "../../../src/core/templates/newForm";
import { PLACEHOLDER } from "../../../src/core/templates/schema";

const HEADER_RULES = new Set(["required-field", "checkbox-selection", "goals-present"]);
const cases: [NewFormLayout, string, string][] = [
  ["policy-table", "policy-table", "old-88"],
  ["declaration-form", "declaration-form", "old-88"],
  ["core-101-table", "policy-table", "core-101"],
];

describe("newFormGrid", () => {
  it.each(cases)(
    "%s: recognised, nothing missing, only header fields and placeholders to fill (every template)",
    (layout, expectedLayout, framework) => {
      for (const t of BUILTIN_TEMPLATES) {
        const f = newFormGrid(t, layout, { sheetName: "新表" });
        const r = checkSheet(f.snapshot);
        expect([t.id, r.recognized, r.layout, r.framework]).toEqual([t.id, true, expectedLayout, framework]);
        const placeholderCells = new Set<string>();
        f.snapshot.values.forEach((row, i) =>
          row.forEach((v, j) => typeof v === "string" && v.includes(PLACEHOLDER) && placeholderCells.add(toA1(i, j))),
        );
        for (const d of r.findings) {
          const ok = HEADER_RULES.has(d.rule) || placeholderCells.has(d.cell) || d.severity === "info";
          if (!ok) expect([t.id, d.cell, d.rule, d.message]).toEqual("a header field or a placeholder");
        }
        const m = f.snapshot.merges;
        m.forEach((a, i) =>
          m.slice(i + 1).forEach((b) => {
            if (a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right)
              expect([a, b]).toEqual("no overlapping merges");
          }),
        );
      }
    },
  );

  it("101号 style: 成本指标 first, 指标性质 | 指标值 | 度量单位 split", () => {
    const f = newFormGrid(
      BUILTIN_TEMPLATES.find((t) => t.id === "it-maintenance")!,
      "core-101-table",
      { sheetName: "新表", year: 2025 },
    );
    expect(f.snapshot.values[1][0]).toBe("（2025年度）");
    const first = f.indicatorRows.first;
    expect(f.snapshot.values[first].slice(1, 7)).toEqual([
      "成本指标",
      "经济成本指标",
      "单套系统运维费",
      "≤",
      PLACEHOLDER,
      "万元/套/年",
    ]);
  });
});
