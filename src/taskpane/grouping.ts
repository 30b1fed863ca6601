/**
 * Groups findings for display: by table (formIndex/project), then by indicator group
 * (`group`; empty = 表头/基本信息). Order follows compareDiagnostics, so tables appear top to
 * bottom and groups in the order their first finding appears on the sheet.
 */
import { compareDiagnostics } from "../core/diagnosticOrder";
import type { Diagnostic, Severity } from "../core/diagnostics";

export interface KeyedFinding {
  /** Stable within one check result: rule, cell and message id (plus a counter for duplicates). */
  key: string;
  finding: Diagnostic;
}

export interface FindingGroup {
  /** "" for header / basic-information findings. */
  group: string;
  items: KeyedFinding[];
}

export interface ProjectSection {
  formIndex: number;
  project: string;
  groups: FindingGroup[];
  count: number;
}

export type SeverityFilter = Record<Severity, boolean>;

export const ALL_SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Sorts findings and gives each a key that survives re-renders. */
export function keyFindings(findings: readonly Diagnostic[]): KeyedFinding[] {
  const seen = new Map<string, number>();
  return [...findings].sort(compareDiagnostics).map((finding) => {
    const base = `${finding.formIndex}|${finding.rule}|${finding.cell}|${finding.messageId}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { key: n === 0 ? base : `${base}#${n}`, finding };
  });
}

export function filterBySeverity<T extends { severity: Severity }>(items: readonly T[], filter: SeverityFilter): T[] {
  return items.filter((d) => filter[d.severity]);
}

export function groupFindings(items: readonly KeyedFinding[]): ProjectSection[] {
  const sections: ProjectSection[] = [];
  const byForm = new Map<number, ProjectSection>();
  for (const item of items) {
    const { formIndex, project, group } = item.finding;
    let section = byForm.get(formIndex);
    if (!section) {
      section = { formIndex, project, groups: [], count: 0 };
      byForm.set(formIndex, section);
      sections.push(section);
    }
    if (!section.project && project) section.project = project;
    let g = section.groups.find((x) => x.group === group);
    if (!g) {
      g = { group, items: [] };
      // Header findings first, then indicator groups in sheet order.
      if (group === "") section.groups.unshift(g);
      else section.groups.push(g);
    }
    g.items.push(item);
    section.count += 1;
  }
  return sections;
}

export { countBySeverity } from "../core/diagnosticOrder";
