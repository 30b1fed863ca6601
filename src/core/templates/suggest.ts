/**
 * Suggests templates for a form from its 项目名称, 项目概述, 经费测算, 预算明细 and existing 三级 names,
 * with the matched words as the reason (zh-CN).
 */
import type { PerformanceForm } from "../model/form";
import { readSheet } from "../read/readSheet";
import type { SheetSnapshot } from "../snapshot";
import type { Template } from "./schema";

export interface Suggestion {
  template: Template;
  score: number;
  /** Matched words per source ("项目名称": ["维护"]). */
  matches: { source: string; words: string[] }[];
  /** zh-CN: "项目名称含“维护”；经费测算含“系统”“维护”". */
  reason: string;
}

const SOURCES: { key: string; weight: number; text: (f: PerformanceForm) => string }[] = [
  { key: "项目名称", weight: 4, text: (f) => f.fields.projectName?.text || f.title },
  { key: "项目概述", weight: 2, text: (f) => f.fields.overview?.text ?? "" },
  {
    key: "经费测算",
    weight: 2,
    text: (f) => [f.fields.costEstimate?.text ?? "", ...f.details.lines.map((l) => l.name)].join("；"),
  },
  {
    key: "已有指标",
    weight: 1,
    text: (f) => (f.indicators?.tables ?? []).flatMap((t) => t.rows.map((r) => r.level3.text)).join("；"),
  },
];

/** Keywords of `t` found in `text`; a keyword inside a longer matched one counts once ("业务经费" ⊃ "业务"). */
function found(t: Template, text: string): string[] {
  const hits = t.keywords.filter((k) => text.includes(k));
  return hits.filter((k) => !hits.some((o) => o !== k && o.includes(k)));
}

/**
 * Below this score a template is not suggested: one two-character word in the project name (4 × 2 = 8), or the same
 * weight of matches in 概述 / 测算 — a single common word in the existing indicators is not enough. No suggestion is
 * better than a wrong one.
 */
export const MIN_SUGGESTION_SCORE = 8;

/** A suggestion scoring under 1/RELATIVE_FLOOR of the best one is left out. */
const RELATIVE_FLOOR = 3;

/** Form kinds that get no template suggestions: an evaluation reports results, it is not where targets are set. */
const NO_TEMPLATES = new Set(["self-evaluation", "evaluation-result"]);

/** Which templates a form may be offered: 部门整体 forms get 部门整体 templates, project forms the others. */
export function templateFitsForm(t: Template, form: PerformanceForm): boolean {
  if (NO_TEMPLATES.has(form.layout)) return false;
  return t.formKinds.includes(form.layout === "department-overall" ? "department" : "project");
}

/** Points a 部门整体 template gets on a 部门整体 form before any word matches (the kind itself fits). */
const DEPARTMENT_BASE = MIN_SUGGESTION_SCORE;

/** Ranks `templates` for one form (best first; only templates that fit the form's kind and reach the minimum score). */
export function suggestTemplates(form: PerformanceForm, templates: readonly Template[]): Suggestion[] {
  const out: Suggestion[] = [];
  const department = form.layout === "department-overall";
  for (const t of templates) {
    if (!templateFitsForm(t, form)) continue;
    const matches: Suggestion["matches"] = [];
    let score = 0;
    for (const s of SOURCES) {
      const words = found(t, s.text(form));
      if (words.length === 0) continue;
      matches.push({ source: s.key, words });
      score += s.weight * words.reduce((a, w) => a + Math.min(w.length, 4), 0);
    }
    // A template saved from this very project (its keyword is the whole project name) comes first.
    const project = (form.fields.projectName?.text || form.title).trim();
    if (project && t.keywords.includes(project)) score += 1000;
    if (department) score += DEPARTMENT_BASE;
    if (score < MIN_SUGGESTION_SCORE) continue;
    const reason = [
      ...(department ? ["部门整体支出表"] : []),
      ...matches.map((m) => `${m.source}含${m.words.map((w) => `“${w}”`).join("")}`),
    ].join("；");
    out.push({ template: t, score, matches, reason });
  }
  // Unit templates win ties (they were made for this unit's projects).
  out.sort((a, b) => b.score - a.score || (a.template.source === "unit" ? -1 : 0) - (b.template.source === "unit" ? -1 : 0));
  // Far weaker matches than the best are noise (a word of the 概述), not another fitting kind.
  const best = out[0]?.score ?? 0;
  return out.filter((x) => x.score * RELATIVE_FLOOR >= best);
}

export interface SheetSuggestion {
  formIndex: number;
  project: string;
  suggestions: Suggestion[];
}

/** Suggestions for every form on a sheet ([] when the sheet holds no form). */
export function suggestForSheet(snapshot: SheetSnapshot, templates: readonly Template[]): SheetSuggestion[] {
  return readSheet(snapshot).forms.map((form, formIndex) => ({
    formIndex,
    project: form.fields.projectName?.text || form.title || snapshot.name,
    suggestions: suggestTemplates(form, templates),
  }));
}
