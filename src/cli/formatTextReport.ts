/**
 * The zh-CN text report of a run: per file, per sheet (layout, framework, counts, one line per finding),
 * findings grouped by 绩效表 when several are stacked on one sheet, and a final summary line.
 */
import type { SheetCheckResult } from "../core/check";
import type { Diagnostic, Severity } from "../core/diagnostics";
import { shownFindings, type CheckRun } from "./checkFiles";
import { notCheckedReason } from "./checkOneFile";
import { sanitizeStrings } from "./terminalText";

export interface TextReportOptions {
  /** Minimum severity shown (default "info"). */
  minSeverity?: Severity;
  /** ANSI colours (default false). */
  color?: boolean;
}

import { CATEGORY_NAMES, FRAMEWORK_NAMES, KIND_NAMES as LAYOUT_NAMES, SEVERITY_NAMES } from "../core/names";

/** Display names come from the engine's one vocabulary (src/core/names.ts); re-exported for the reports. */
export { CATEGORY_NAMES, FRAMEWORK_NAMES, LAYOUT_NAMES, SEVERITY_NAMES };

type Counts = Record<Severity, number>;

interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  severity(sev: Severity, s: string): string;
}

function painter(color: boolean): Paint {
  const wrap = (open: number, close: number) => (s: string) => (color ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  const red = wrap(31, 39);
  const yellow = wrap(33, 39);
  const cyan = wrap(36, 39);
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    severity: (sev, s) => (sev === "error" ? red(s) : sev === "warning" ? yellow(s) : cyan(s)),
  };
}

function countFindings(findings: readonly Diagnostic[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0 };
  for (const d of findings) if (d.severity in c) c[d.severity]++;
  return c;
}

function countsText(c: Counts, p: Paint): string {
  return (["error", "warning", "info"] as const)
    .map((sev) => {
      const s = `${SEVERITY_NAMES[sev]} ${c[sev]}`;
      return c[sev] > 0 ? p.severity(sev, s) : s;
    })
    .join("  ");
}

function layoutName(id: string | undefined): string | undefined {
  return id === undefined ? undefined : (LAYOUT_NAMES[id] ?? id);
}

function frameworkName(id: string | undefined): string | undefined {
  return id === undefined ? undefined : (FRAMEWORK_NAMES[id] ?? id);
}

function describeForm(layout: string | undefined, framework: string | undefined): string[] {
  const parts: string[] = [];
  const l = layoutName(layout);
  const f = frameworkName(framework);
  if (l) parts.push(`版式：${l}`);
  if (f) parts.push(`指标体系：${f}`);
  return parts;
}

function findingLines(findings: readonly Diagnostic[], indent: string, p: Paint): string[] {
  const width = Math.max(4, ...findings.map((d) => d.cell.length));
  const lines: string[] = [];
  for (const d of findings) {
    const sev = SEVERITY_NAMES[d.severity] ?? d.severity;
    const cat = CATEGORY_NAMES[d.category] ?? d.category;
    const related = d.related && d.related.length > 0 ? p.dim(`（相关：${d.related.join("、")}）`) : "";
    lines.push(`${indent}${p.bold(d.cell.padEnd(width))}  ${p.severity(d.severity, sev)}  ${cat}  ${d.message}${related}`);
    const pad = `${indent}${" ".repeat(width)}  `;
    if (d.suggestion) lines.push(`${pad}建议：${d.suggestion}`);
    if (d.fix && d.fix !== d.suggestion) lines.push(`${pad}${d.suggestion ? "说明" : "建议"}：${d.fix}`);
    if (d.basis) lines.push(p.dim(`${pad}依据：${d.basis}`));
  }
  return lines;
}

/** The line shown when nothing is listed: no findings at all, or only findings below the minimum severity. */
function nothingShown(hidden: number, p: Paint): string {
  return p.dim(hidden > 0 ? `没有达到所选级别的问题（另有 ${hidden} 条较低级别的结果未显示）` : "未发现问题");
}

function sheetLines(sheet: SheetCheckResult, min: Severity, p: Paint): { lines: string[]; counts: Counts } {
  const lines: string[] = [];
  const title = `工作表「${sheet.name}」`;
  if (!sheet.recognized) {
    // A sheet not checked (too large, timed out, two forms side by side) says so first: it is never a pass.
    const said = sheet.skipped
      ? notCheckedReason(sheet.reason ?? "")
      : p.dim(`未识别为绩效表：${sheet.reason ?? "未找到绩效表"}`);
    lines.push(`  ${p.bold(title)}  ${said}`);
    // Cross-project checks (--across) may still point into it, e.g. a 部门整体/汇总 table.
    const crossShown = shownFindings(sheet.findings ?? [], min);
    if (crossShown.length > 0) lines.push(...findingLines(crossShown, "    ", p));
    return { lines, counts: countFindings(crossShown) };
  }
  const shown = shownFindings(sheet.findings, min);
  const counts = countFindings(shown);
  const forms = sheet.forms ?? [];

  if (forms.length <= 1) {
    const head = [p.bold(title), ...describeForm(sheet.layout ?? forms[0]?.layout, sheet.framework ?? forms[0]?.framework)];
    lines.push(`  ${head.join("  ")}  ${countsText(counts, p)}`);
    if (shown.length === 0) lines.push(`    ${nothingShown(sheet.findings.length, p)}`);
    else lines.push(...findingLines(shown, "    ", p));
    return { lines, counts };
  }

  // Several forms stacked on one sheet: one block per form (by formIndex, labelled with its project).
  lines.push(`  ${p.bold(title)}  共 ${forms.length} 张绩效表  ${countsText(counts, p)}`);
  const known = new Set(forms.map((f) => f.index));
  for (const form of forms) {
    const own = shown.filter((d) => d.formIndex === form.index);
    const name = form.project || own[0]?.project || "（未填项目名称）";
    const head = [p.bold(`表 ${form.index + 1}「${name}」`), ...describeForm(form.layout, form.framework)];
    if (form.anchorCell) head.push(`位置：${form.anchorCell}`);
    lines.push(`    ${head.join("  ")}  ${countsText(countFindings(own), p)}`);
    const hidden = sheet.findings.filter((d) => d.formIndex === form.index).length - own.length;
    if (own.length === 0) lines.push(`      ${nothingShown(hidden, p)}`);
    else lines.push(...findingLines(own, "      ", p));
  }
  const orphans = shown.filter((d) => !known.has(d.formIndex));
  if (orphans.length > 0) {
    const byProject = new Map<string, Diagnostic[]>();
    for (const d of orphans) {
      const key = d.project || "（其他）";
      byProject.set(key, [...(byProject.get(key) ?? []), d]);
    }
    for (const [project, list] of byProject) {
      lines.push(`    ${p.bold(`「${project}」`)}  ${countsText(countFindings(list), p)}`);
      lines.push(...findingLines(list, "      ", p));
    }
  }
  return { lines, counts };
}

/** Formats a run as the zh-CN text report (ends with a newline). */
export function formatTextReport(untrusted: CheckRun, options: TextReportOptions = {}): string {
  // Workbook text (cell text in messages, sheet and file names) must not drive the terminal or forge lines.
  const run = sanitizeStrings(untrusted);
  const min = options.minSeverity ?? "info";
  const p = painter(options.color ?? false);
  const lines: string[] = [];
  const total: Counts = { error: 0, warning: 0, info: 0 };
  let sheetCount = 0;
  let recognizedCount = 0;
  let formCount = 0;
  let unreadable = 0;

  for (const file of run.files) {
    lines.push(p.bold(`文件：${file.file}`));
    if (file.error !== undefined) {
      unreadable++;
      lines.push(`  ${p.severity("error", file.error)}`);
      lines.push("");
      continue;
    }
    if (file.sheets.length === 0) lines.push(`  ${p.dim("（工作簿中没有工作表）")}`);
    for (const sheet of file.sheets) {
      sheetCount++;
      if (sheet.recognized) {
        recognizedCount++;
        formCount += Math.max(1, sheet.forms?.length ?? 0);
      }
      const { lines: sl, counts } = sheetLines(sheet, min, p);
      lines.push(...sl);
      total.error += counts.error;
      total.warning += counts.warning;
      total.info += counts.info;
    }
    lines.push("");
  }

  const checked = run.files.length - unreadable;
  // Sheets not checked are said apart from those not recognised: they are never a pass.
  const notChecked = run.files.reduce((n, f) => n + f.sheets.filter((s) => s.skipped).length, 0);
  const unrecognised = sheetCount - recognizedCount - notChecked;
  let summary =
    `合计：${checked} 个文件，${sheetCount} 个工作表（识别出 ${formCount} 张绩效表，` +
    `${unrecognised} 个工作表未识别${notChecked > 0 ? `，${p.severity("error", `${notChecked} 个未检查`)}` : ""}）；${countsText(total, p)}`;
  if (unreadable > 0) summary += `；${p.severity("error", `${unreadable} 个文件无法读取`)}`;
  if (min !== "info") summary += `（仅显示${SEVERITY_NAMES[min]}${min === "error" ? "" : "及以上"}）`;
  lines.push(summary);
  return `${lines.join("\n")}\n`;
}
