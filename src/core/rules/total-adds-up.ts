import type { TotalLine } from "../model/form";
import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

/** The figure at `decimals` places, without trailing zeros ("662.880" → "662.88"). */
function shown(x: number, decimals: number): string {
  return String(Number(x.toFixed(Math.min(Math.max(decimals, 0), 6))));
}

/**
 * Every total the form prints equals the sum of its parts — in whichever side table it stands (成本构成 with its
 * 实际执行数 columns, 近两年收支金额, a fund's 中央/市级/本级 lines). Totals that another rule owns are left to it: the
 * budget lines (funding-consistency), the 预算明细 total (detail-lines-total), weights and scores (weights-total,
 * score-total), and indicator rows of the form's own indicator table (breakdown-sum).
 * Which cells make a total's parts is read from the layout alone, so the rule reports warnings.
 */
export const totalAddsUp: Rule = {
  meta: {
    id: "total-adds-up",
    severity: "warning",
    category: "inconsistent",
    ruleSets: ["target", "self-evaluation"],
    basis: formBasis("表内的合计（总额）等于各分项之和"),
    description: "表中印有“合计”“总额（其中……）”的地方，合计数应等于各分项之和；合计不能写成百分比。",
    messages: {
      sum: "“{label}”写的是 {total}，但{where}{count} 项相加是 {sum}（{parts}），相差 {diff}。",
      percentTotal: "“{label}”的各分项是金额（数字），合计却写成了百分比“{total}”；按分项应为 {sum}。",
    },
  },
  check({ facts, report }) {
    const form = facts.form;
    const totals = form.totals ?? [];
    if (totals.length === 0) return;
    const owned = ownedCells(facts);
    for (const t of totals) {
      if (owned.has(t.cell) || t.parts.some((p) => owned.has(p.cell))) continue;
      const filled = t.parts.filter((p) => p.value !== null);
      const partsPercent = filled.some((p) => p.percent);
      const allPercent = filled.every((p) => p.percent || p.value === 0);
      const sum = filled.reduce((a, p) => a + (p.value ?? 0), 0);
      const related = t.parts.map((p) => p.cell);
      if (t.percent && !partsPercent) {
        // Parts are amounts, the total a percentage (占比 written in the 合计 line of an amount column).
        if (filled.every((p) => p.value === 0)) continue;
        report({
          messageId: "percentTotal",
          cell: t.cell,
          related,
          params: { label: t.label, total: t.text, sum: shown(sum, t.decimals) },
          suggestion: shown(sum, t.decimals),
        });
        continue;
      }
      if (t.percent !== partsPercent && !(t.percent && allPercent)) continue; // mixed: not one column of one measure
      // Figures written with decimals may each be rounded (33.33 × 3 against 100.00); whole figures are taken as exact.
      const tolerance = t.decimals === 0 ? 0.5 : 0.5 * 10 ** -t.decimals * filled.length;
      const diff = Math.abs(sum - t.value);
      if (diff <= tolerance) continue;
      report({
        messageId: "sum",
        cell: t.cell,
        related,
        params: {
          label: t.label,
          total: t.text,
          where: t.direction === "above" ? "上面" : "下面“其中”的",
          count: filled.length,
          sum: shown(sum, t.decimals),
          parts: partsText(t),
          diff: shown(diff, t.decimals),
        },
        fix: "核对合计数和各分项，改正算错或抄错的那一个。",
      });
    }
  },
};

function partsText(t: TotalLine): string {
  const list = t.parts.filter((p) => p.value !== null).map((p) => p.text);
  return list.length <= 6 ? list.join("+") : `${list.slice(0, 5).join("+")}+…`;
}

/** Cells whose sums other rules judge (see the rule's comment). */
function ownedCells(facts: Parameters<Rule["check"]>[0]["facts"]): Set<string> {
  const f = facts.form;
  const out = new Set<string>();
  for (const m of Object.values(f.budget)) if (m) out.add(m.cell);
  if (f.details.total) out.add(f.details.total.cell);
  for (const l of f.details.lines) out.add(l.amountCell);
  for (const l of f.spendingLines ?? []) out.add(l.amountCell);
  const s = f.scoring;
  if (s) {
    for (const m of s.summaries) {
      if (m.weight) out.add(m.weight.cell);
      if (m.score) out.add(m.score.cell);
    }
    for (const p of s.sectionPoints) out.add(p.cell);
    // The execution block's total is read there, but not its 其中 lines: the executed column's breakdown is judged
    // here (朝天 2023: 年度资金总额 executed 1157.97, its only source 1157.9). Rates do not add up: they stay out.
    const cells = s.execution?.cells ?? {};
    for (const [k, c] of Object.entries(cells)) if (c && k !== "executed") out.add(c);
  }
  (f.indicators?.tables ?? []).forEach((t, i) => {
    if (facts.foreignTables.has(i)) return;
    for (const r of t.rows) {
      for (const v of r.values) out.add(v.cell);
      for (const x of Object.values(r.extras ?? {})) if (x) out.add(x.cell);
    }
  });
  return out;
}
