/**
 * The fix of a "missing" finding as template rows: framework-coverage (一级/二级 absent),
 * level2-without-level3 (a 二级 without 三级) and indicator-section (no indicators at all) map to the
 * rows of a template for exactly that group, and to an insertion plan limited to it.
 * Rule files are not touched: this reads the diagnostic's rule id and params.
 */
import type { Diagnostic } from "../diagnostics";
import { chooseFramework } from "../frameworks/classifyIndicator";
import { readSheet } from "../read/readSheet";
import type { SheetSnapshot } from "../snapshot";
import { type PlanResult, planInsertion } from "./plan";
import { fillContextOf, type RenderedRow, renderTemplate } from "./render";
import type { Template } from "./schema";
import { suggestTemplates } from "./suggest";

export const FIXABLE_RULES = ["framework-coverage", "level2-without-level3", "indicator-section"] as const;

export interface FindingFix {
  template: Template;
  /** Groups the fix fills ("产出指标 › 数量指标", or "效益指标" for a whole 一级); [] = the whole template. */
  groups: string[];
  rows: RenderedRow[];
  /** zh-CN one-liner for the pane / report. */
  label: string;
  plan: PlanResult;
}

/** Template rows (and a plan) fixing one finding, from the given template or the best suggested one. */
export function fixForFinding(
  snapshot: SheetSnapshot,
  finding: Diagnostic,
  templates: readonly Template[],
  templateId?: string,
): FindingFix | null {
  if (!(FIXABLE_RULES as readonly string[]).includes(finding.rule)) return null;
  if (finding.rule === "level2-without-level3" && finding.severity === "info") return null;
  const form = readSheet(snapshot).forms[finding.formIndex];
  if (!form) return null;
  const template =
    (templateId ? templates.find((t) => t.id === templateId) : undefined) ??
    suggestTemplates(form, templates)[0]?.template ??
    templates[0];
  if (!template) return null;
  const framework = chooseFramework(form);
  const all = renderTemplate(template, framework, { context: fillContextOf(form, framework) });
  const p = finding.params;
  let groups: string[] = [];
  if (finding.rule === "framework-coverage") {
    if (finding.messageId === "level2Absent") groups = [`${p.level1} › ${p.level2}`];
    else groups = [String(p.level1)];
  } else if (finding.rule === "level2-without-level3") {
    const row =
      all.find((r) => r.level2 === p.level2) ?? all.find((r) => String(p.level2).includes(r.level2.replace(/指标$/, "")));
    groups = row ? [`${row.level1} › ${row.level2}`] : [];
    if (groups.length === 0) return null;
  }
  const inGroups = (r: RenderedRow) =>
    groups.length === 0 || groups.includes(r.level1) || groups.includes(`${r.level1} › ${r.level2}`);
  const rows = all.filter(inGroups);
  if (rows.length === 0) return null;
  const label = `插入模板“${template.name}”的 ${rows.length} 行：${rows.map((r) => r.level3).join("、")}`;
  return {
    template,
    groups,
    rows,
    label,
    plan: planInsertion(snapshot, template, { formIndex: finding.formIndex, ...(groups.length ? { groups } : {}) }),
  };
}
