import type { Rule } from "./support/rule";
import { formBasis } from "../basis";

/** The first and last year named in a text ("中长期目标（2021年—2023年）" → [2021, 2023]), when it names two. */
function yearSpan(text: string): [number, number] | null {
  const ys = [...text.matchAll(/(?<!\d)(20\d{2})(?!\d)/g)].map((m) => Number(m[1]));
  if (ys.length < 2) return null;
  return [Math.min(...ys), Math.max(...ys)];
}

/** A 项目期 that contradicts the years of the 中期（实施期）block: 起止 2021–2021 but 中长期目标（2021年—2023年）. */
export const termMatchesPeriod: Rule = {
  meta: {
    id: "term-matches-period",
    severity: "warning",
    category: "inconsistent",
    basis: formBasis("中期（实施期）目标所写的年份要与项目实施起止时间、项目期限一致"),
    description: "中期（实施期）目标标明的年份要与项目实施起止时间和项目期限一致。",
    messages: {
      years: "“{header}”写的是 {from}–{to} 年，项目实施起止时间却是 {start}–{end} 年。",
      term: "“{header}”写的是 {from}–{to} 年（{count} 年），项目期限却写“{term}”。",
    },
  },
  check({ facts, report }) {
    const form = facts.form;
    for (const g of form.goals) {
      if (g.period !== "implementation") continue;
      const span = yearSpan(g.header);
      if (!span) continue;
      const header = g.header.replace(/\s+/g, "");
      const p = form.implementationPeriod;
      if (p?.start && p?.end && (p.start.year !== span[0] || p.end.year !== span[1])) {
        report({
          messageId: "years",
          cell: g.headerCell,
          related: [form.fields.period?.cell ?? g.headerCell],
          params: { header, from: span[0], to: span[1], start: p.start.year, end: p.end.year },
        });
        continue;
      }
      const term = form.fields.projectTerm?.text.trim() ?? "";
      const n = /^(\d{1,2})\s*年$/.exec(term);
      const count = span[1] - span[0] + 1;
      if (n && Number(n[1]) !== count)
        report({
          messageId: "term",
          cell: g.headerCell,
          related: [form.fields.projectTerm!.cell],
          params: { header, from: span[0], to: span[1], count, term },
        });
    }
  },
};
