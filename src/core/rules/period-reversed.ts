import { formBasis } from "../basis";
import type { DateParts } from "../model/form";
import type { Rule } from "./support/rule";

/** Compares two dates as far as both are written (a missing day compares equal). */
function compare(a: DateParts, b: DateParts): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.month !== b.month) return a.month - b.month;
  if (a.day === null || b.day === null) return 0;
  return a.day - b.day;
}

const show = (d: DateParts) => `${d.year}年${d.month}月${d.day !== null ? `${d.day}日` : ""}`;

/**
 * 项目实施起止时间 whose end comes before its start ("2021.12.31-2021.01.01"): the period cannot be what was meant,
 * and every check against it (时效 targets, 实施期 years, budget year) would be wrong. First probe §1.3.
 */
export const periodReversed: Rule = {
  meta: {
    id: "period-reversed",
    basis: formBasis("项目实施起止时间的结束日期不能早于开始日期"),
    severity: "error",
    category: "inconsistent",
    ruleSets: ["target", "self-evaluation"],
    description: "项目实施起止时间的结束日期不能早于开始日期。",
    messages: {
      reversed: "“{label}”写的是“{text}”：结束（{end}）早于开始（{start}），起止可能写反了。",
    },
  },
  check({ facts, report }) {
    const f = facts.form.fields.period;
    const p = facts.form.implementationPeriod;
    if (!f || !p?.start || !p.end || compare(p.end, p.start) >= 0) return;
    report({
      messageId: "reversed",
      cell: f.cell,
      related: f.labelCell ? [f.labelCell] : [],
      params: { label: f.label || "项目实施起止时间", text: f.text, start: show(p.start), end: show(p.end) },
      fix: `核对 ${f.cell} 的起止日期，先写开始、后写结束（如“${show(p.end)}-${show(p.start)}”）。`,
    });
  },
};
