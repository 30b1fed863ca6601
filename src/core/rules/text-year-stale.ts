import type { Rule } from "./support/rule";
import { formKind } from "../kinds";
import { returnReason, SOURCES } from "../basis";
import { memo } from "../text/normalize";

/** "2018年度", "2019年" — a year named in a text, unless it starts a span or a count (2018年以来, 截至2019年, 2018-2020年). */
const YEAR = /(20\d{2})\s*年(?:度)?/g;
const SPAN_AFTER = /^\s*(年度?)?\s*(以来|至今|起|开始|底以来|[-—~～至到])/;
const SPAN_BEFORE = /(自|从|截至|截止|截止到|截至到|[-—~～至到])\s*$/;

/** The years a text names on their own (not a span's ends, not a document's), in order; memoised by text. */
const namedYears = memo((text: string): readonly { y: number; at: number; len: number }[] => {
  const years: { y: number; at: number; len: number }[] = [];
  for (const m of text.matchAll(YEAR)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 4), at);
    const after = text.slice(at + m[0].length, at + m[0].length + 4);
    if (SPAN_BEFORE.test(before) || SPAN_AFTER.test(after)) continue;
    // A document's name (《…2020年度…方案》, 关于印发…2020年度…实施方案的通知): the year is the document's.
    const lead = text.slice(Math.max(0, at - 30), at);
    // (A document named and closed before the year — "根据《…通知》在2022年12月31日前" — leaves the year to the text.)
    if (/《[^》]*$/.test(lead) || /(关于|印发|根据|依据|按照)[^，。；,;》]*$/.test(lead)) continue;
    years.push({ y: Number(m[1]), at, len: m[0].length });
  }
  return years;
});

/**
 * The year's goal, its completion or the 实施内容 of a form of year Y that speaks only of a year two or more before
 * (南充 2023: "协助完成…对我市2018年度新一轮退耕还林检查验收"): probably last years' text kept. Said once per form,
 * as a remark — a text may rightly name an old year (a project of 2018 audited now).
 */
export const textYearStale: Rule = {
  meta: {
    id: "text-year-stale",
    severity: "info",
    category: "inconsistent",
    ruleSets: ["target", "self-evaluation"],
    basis: returnReason("绩效目标照搬往年，与本年度工作不对应", SOURCES.returnReasonsS6),
    description: "年度目标、完成情况等文字只提到两年以前的年份（自评表的年度目标只提到上一年也算），可能沿用了往年的文字。",
    messages: {
      oldYear:
        "这是 {year} 年度的表，“{label}”却只提到 {old} 年（“{quote}”）：是否沿用了往年的文字？请改写为本年度的目标和完成情况。",
    },
  },
  check({ facts, report }) {
    const form = facts.form;
    const year = form.statedYear?.year ?? form.implementationPeriod?.start?.year;
    if (!year) return;
    // A self-evaluation of year Y judges Y's goal: a goal that names only Y−1 is last year's (大英 2023 自评表: "2022年医疗
    // 保障局计划使用财政资金45万元…"). A target table is written the year before, so there Y−1 is still about now.
    const selfEvaluation = formKind(form.layout).ruleSet === "self-evaluation";
    const texts = [
      ...form.goals
        .filter((g) => g.period === "annual")
        .map((g) => ({ label: "年度目标", text: g.text, cell: g.cell, recent: selfEvaluation ? year : year - 1 })),
      ...(["goalCompletion", "overview"] as const).flatMap((k) => {
        const f = form.fields[k];
        return f
          ? [{ label: f.label ?? (k === "overview" ? "项目概况" : "完成情况"), text: f.text, cell: f.cell, recent: year - 1 }]
          : [];
      }),
    ];
    const hits: { label: string; cell: string; old: number; quote: string }[] = [];
    for (const t of texts) {
      const years = namedYears(t.text);
      // Any mention of this year or the last one: the text is about now.
      if (years.length === 0 || years.some((x) => x.y >= t.recent)) continue;
      const first = years[0];
      const quote = t.text.slice(Math.max(0, first.at - 12), first.at + first.len + 12).replace(/\s+/g, "");
      hits.push({ label: t.label, cell: t.cell, old: first.y, quote });
    }
    const unique = hits.filter((h, i) => hits.findIndex((x) => x.cell === h.cell) === i);
    if (unique.length === 0) return;
    const [h, ...rest] = unique;
    report({
      messageId: "oldYear",
      cell: h.cell,
      related: rest.map((x) => x.cell),
      params: { year, label: h.label, old: h.old, quote: h.quote },
      fix: "按本年度实际安排改写目标和完成情况；确需提到往年的，写明与本年度工作的关系。",
    });
  },
};
