import type { IndicatorValue } from "../model/form";
import type { IndicatorFact } from "./support/formFacts";
import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

/** 实施期 and 年度 values of one sheet row: one table with two value columns, or two halves side by side. */
function valuesByRow(facts: readonly IndicatorFact[]) {
  const rows = new Map<number, { implementation?: IndicatorValue; annual?: IndicatorValue; fact: IndicatorFact }>();
  for (const f of facts) {
    for (const v of f.row.values) {
      if (v.text === "") continue;
      const entry = rows.get(f.row.row) ?? { fact: f };
      entry[v.period] = v;
      if (v.period === "annual") entry.fact = f;
      rows.set(f.row.row, entry);
    }
  }
  return [...rows.values()];
}

/** A 年度 target should not exceed the 实施期 target of the same indicator (same unit). */
export const periodValuesConsistent: Rule = {
  meta: {
    id: "period-values-consistent",
    severity: "warning",
    category: "inconsistent",
    basis: formBasis("实施期目标涵盖年度目标，年度目标不应高于实施期目标"),
    description: "同一指标的年度目标值不应超过实施期（中长期）目标值。",
    messages: {
      annualAbove: "“{name}”的年度目标 {annual} 高于实施期目标 {implementation}。",
    },
  },
  check({ facts, report }) {
    for (const { implementation: impl, annual, fact: i } of valuesByRow(facts.indicators)) {
      if (!impl || !annual) continue;
      const a = annual.parsed;
      const b = impl.parsed;
      if (a.kind !== "quantitative" || b.kind !== "quantitative") continue;
      if ((a.unit?.text ?? "") !== (b.unit?.text ?? "")) continue;
      if (a.operator === "≤" || a.operator === "＜" || i.kind === "cost") continue;
      if (a.number > b.number) {
        report({
          messageId: "annualAbove",
          cell: annual.cell,
          related: [impl.cell],
          params: { name: i.name, annual: annual.text, implementation: impl.text },
          group: i.group,
        });
      }
    }
  },
};
