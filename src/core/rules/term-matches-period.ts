import type { Rule } from "./support/rule";
import { formBasis } from "../basis";
import { memo } from "../text/normalize";

/** The first and last year named in a text ("中长期目标（2021年—2023年）" → [2021, 2023]), when it names two; memoised by text. */
const yearSpan = memo((text: string): readonly [number, number] | null => {
  const ys = [...text.matchAll(/(?<!\d)(20\d{2})(?!\d)/g)].map((m) => Number(m[1]));
  if (ys.length < 2) return null;
  return [Math.min(...ys), Math.max(...ys)];
});

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
      periodTerm: "项目期限写的是“{term}”，项目实施起止时间“{period}”却有 {months} 个月：期限与起止时间自相矛盾。",
      statedYear: "表头写的是 {year} 年度，项目实施起止时间却在 {start} 年：年度前后矛盾。",
    },
  },
  check({ facts, report }) {
    const form = facts.form;
    // A one-year project whose whole period lies in another year than the form's (奉节 2025: "(2023年度)" over
    // 建设周期 2025年1月1日–12月31日).
    const stated = form.statedYear;
    const p0 = form.implementationPeriod;
    if (stated && p0?.start && p0.end && p0.start.year === p0.end.year && p0.start.year !== stated.year)
      report({
        messageId: "statedYear",
        cell: stated.cell,
        related: [form.fields.period?.cell ?? stated.cell],
        params: { year: stated.year, start: p0.start.year },
        fix: "把表头年度与项目实施起止时间改成同一年。",
      });
    // The term against the period's own length (广东 2021: 起始年度 2021年, 到期年度 2022年, "项目周期1年"): dates longer than
    // the whole term contradict it (a month allowed); dates shorter may be this year's part of a longer project.
    const termText = form.fields.projectTerm?.text.trim() ?? "";
    const years = /^(\d{1,2})\s*年$/.exec(termText);
    if (years && p0?.start && p0.end) {
      const months = (p0.end.year - p0.start.year) * 12 + (p0.end.month - p0.start.month) + 1;
      if (months > 12 * Number(years[1]) + 1)
        report({
          messageId: "periodTerm",
          cell: form.fields.projectTerm!.cell,
          related: [form.fields.period?.cell ?? form.fields.projectTerm!.cell],
          params: { term: termText, period: form.fields.period?.text.trim() ?? "", months },
          severity: "warning",
          fix: "核对项目期限与起止时间，改正写错的一处。",
        });
    }
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
