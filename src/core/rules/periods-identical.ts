import type { IndicatorValue } from "../model/form";
import type { Rule } from "./support/rule";
import { returnReason, SOURCES } from "../basis";

const norm = (s: string) => s.replace(/[\s\u3000]+/g, "").replace(/＝/g, "=");

interface Pair {
  name: string;
  implementation: IndicatorValue;
  annual: IndicatorValue;
}

/** A value that should differ between a multi-year period and one year: a count, an amount, a date (not a rate). */
function periodBound(v: IndicatorValue): boolean {
  const p = v.parsed;
  return p.kind === "deadline" || (p.kind === "quantitative" && p.unit?.kind !== "percent");
}

/**
 * On a multi-year project the 实施期（中长期）and 年度 indicator blocks are identical — the annual targets copy the
 * long-term ones (长期目标与年度目标混淆). Rates may well be the same in both; counts, amounts and dates may not.
 */
export const periodsIdentical: Rule = {
  meta: {
    id: "periods-identical",
    severity: "warning",
    category: "inconsistent",
    basis: returnReason("长期目标与年度目标混淆，把长期目标照搬为年度目标", SOURCES.returnReasonsS6),
    description: "长期（跨年度）项目的年度指标不应与实施期（中长期）指标完全相同。",
    messages: {
      identical:
        "本项目跨年度，但实施期（中长期）与年度的 {count} 项指标值完全相同（如“{name}”都是“{value}”）：年度指标应是本年度要完成的部分。",
    },
  },
  check({ facts, report }) {
    if (!facts.multiYear) return;
    const pairs: Pair[] = [];
    // One table with both value columns, or two halves side by side: pair by sheet row.
    const byRow = new Map<number, Partial<Pair>>();
    for (const i of facts.indicators) {
      if (i.filler || i.empty) continue;
      for (const v of i.row.values) {
        if (v.text === "") continue;
        const entry = byRow.get(i.row.row) ?? {};
        entry[v.period] = v;
        if (v.period === "annual" || !entry.name) entry.name = i.name;
        byRow.set(i.row.row, entry);
      }
    }
    for (const e of byRow.values()) if (e.implementation && e.annual) pairs.push(e as Pair);
    // Stacked blocks (宁乡): a table of 实施期 values, then one of 年度 values, paired by position.
    const tables = facts.form.indicators?.tables ?? [];
    const implTable = tables.findIndex((t) => t.periods.length === 1 && t.periods[0] === "implementation");
    const annualTable = tables.findIndex((t) => t.periods.length === 1 && t.periods[0] === "annual");
    if (pairs.length === 0 && implTable >= 0 && annualTable >= 0) {
      const rowsOf = (k: number) => facts.indicators.filter((i) => i.tableIndex === k && !i.empty && !i.filler && i.name !== "");
      const a = rowsOf(implTable);
      const b = rowsOf(annualTable);
      if (a.length !== b.length) return;
      for (let k = 0; k < a.length; k++) {
        const va = a[k].row.values.find((v) => v.text !== "");
        const vb = b[k].row.values.find((v) => v.text !== "");
        if (!va || !vb || norm(a[k].name) !== norm(b[k].name)) return;
        pairs.push({ name: b[k].name, implementation: va, annual: vb });
      }
    }
    if (pairs.length < 2 || !pairs.every((p) => norm(p.implementation.text) === norm(p.annual.text))) return;
    const bound = pairs.find((p) => periodBound(p.annual));
    if (!bound) return;
    report({
      messageId: "identical",
      cell: pairs[0].annual.cell,
      related: pairs.slice(0, 20).flatMap((p) => [p.implementation.cell, p.annual.cell]),
      params: { count: pairs.length, name: bound.name, value: bound.annual.text },
      fix: "按本年度计划改写年度指标值（数量、金额、完成时间），或改写实施期指标为整个实施期的目标。",
    });
  },
};
