/**
 * What the reviewer reports (xlsx, html, csv) show, built once from a check run:
 * - summary: one row per file and form (or per sheet when it holds no form, or per unreadable file);
 * - findings: one row per finding (at least the chosen severity), in file/sheet/cell order;
 * - meta: what was checked, when, with which version and options.
 */
import path from "node:path";
import type { Category, Diagnostic, Severity } from "../../core/diagnostics";
import { type CheckRun, shownFindings } from "../checkFiles";
import { CATEGORY_NAMES, FRAMEWORK_NAMES, LAYOUT_NAMES, SEVERITY_NAMES } from "../formatTextReport";

export { CATEGORY_NAMES, SEVERITY_NAMES };
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
export const CATEGORIES: readonly Category[] = ["missing", "inconsistent", "format"];

export type Counts = Record<Severity | Category, number>;

export interface SummaryRow {
  file: string;
  sheet: string;
  unit: string;
  project: string;
  /** zh-CN layout name, "未识别", "未检查" or "无法读取". */
  kind: string;
  framework: string;
  counts: Counts;
  /** Why a sheet was not recognised or a file could not be read. */
  note: string;
}

export interface FindingRow {
  file: string;
  sheet: string;
  project: string;
  cell: string;
  related: string[];
  severity: Severity;
  category: Category;
  rule: string;
  message: string;
  /** The suggested value ("建议：＝3套") or the fix advice, whichever the finding has. */
  suggestion: string;
  /** What the finding rests on (document and clause, platform check, return reason). */
  basis: string;
  /** True for cross-project findings (rule across-*). */
  across: boolean;
}

/** The columns of a list of findings (csv; the xlsx 问题清单 between its 序号 and 处理情况), in order. */
export const FINDING_COLUMNS = [
  "文件",
  "工作表",
  "项目",
  "单元格",
  "严重程度",
  "类别",
  "规则",
  "说明",
  "建议",
  "依据",
  "相关单元格",
] as const;

/** A finding's texts under FINDING_COLUMNS, in the same order. */
export function findingTexts(f: FindingRow): string[] {
  return [
    f.file,
    f.sheet,
    f.project,
    f.cell,
    SEVERITY_NAMES[f.severity],
    CATEGORY_NAMES[f.category],
    f.rule,
    f.message,
    f.suggestion,
    f.basis,
    f.related.join(" "),
  ];
}

export interface ReportMeta {
  title: string;
  generatedAt: Date;
  version: string;
  /** The options as a reviewer would read them: [name, value]. */
  options: Array<[string, string]>;
  paths: string[];
  fileCount: number;
  sheetCount: number;
  formCount: number;
  unreadable: number;
}

export interface ReportData {
  meta: ReportMeta;
  summary: SummaryRow[];
  findings: FindingRow[];
  totals: Counts;
}

export interface ReportOptions {
  version: string;
  generatedAt?: Date;
  minSeverity?: Severity;
  framework?: string;
  across?: string;
  paths?: string[];
}

export function emptyCounts(): Counts {
  return { error: 0, warning: 0, info: 0, missing: 0, inconsistent: 0, format: 0 };
}

function count(into: Counts, f: { severity: Severity; category: Category }): void {
  into[f.severity] += 1;
  into[f.category] += 1;
}

/** File name as shown in reports: relative to the working folder when inside it, else as given. */
export function displayFile(file: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, path.resolve(file));
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel.split(path.sep).join("/") : file;
}

export function buildReportData(run: CheckRun, options: ReportOptions): ReportData {
  const min = options.minSeverity ?? "info";
  const summary: SummaryRow[] = [];
  const findings: FindingRow[] = [];
  const totals = emptyCounts();
  let sheetCount = 0;
  let formCount = 0;
  let unreadable = 0;
  for (const f of run.files) {
    const file = displayFile(f.file);
    if (f.error !== undefined) {
      unreadable++;
      summary.push({
        file,
        sheet: "",
        unit: "",
        project: "",
        kind: "无法读取",
        framework: "",
        counts: emptyCounts(),
        note: f.error,
      });
      continue;
    }
    for (const s of f.sheets) {
      sheetCount++;
      const shown = shownFindings(s.findings ?? [], min);
      if (!s.recognized || s.forms.length === 0) {
        const counts = emptyCounts();
        shown.forEach((d) => count(counts, d));
        // A sheet not checked (too large, timed out, two forms side by side) is never a pass: said so, not 未识别.
        const kind = s.skipped ? "未检查" : "未识别";
        summary.push({ file, sheet: s.name, unit: "", project: "", kind, framework: "", counts, note: s.reason ?? "" });
      } else {
        for (const form of s.forms) {
          formCount++;
          const counts = emptyCounts();
          shown.filter((d) => d.formIndex === form.index).forEach((d) => count(counts, d));
          summary.push({
            file,
            sheet: s.name,
            unit: form.unit ?? "",
            project: form.project,
            kind: LAYOUT_NAMES[form.layout] ?? form.layout,
            framework: FRAMEWORK_NAMES[form.framework] ?? form.framework,
            counts,
            note: s.forms.length > 1 ? `本工作表第${form.index + 1}张表（共${s.forms.length}张）` : "",
          });
        }
      }
      for (const d of shown) {
        count(totals, d);
        findings.push(findingRow(file, s.name, d));
      }
    }
  }
  const opts: Array<[string, string]> = [
    ["指标体系 --framework", options.framework ?? "auto"],
    ["最低严重程度 --severity", `${min}（${SEVERITY_NAMES[min]}）`],
    ["跨项目检查 --across", options.across ?? "未启用"],
  ];
  return {
    meta: {
      title: "绩效表检查结果",
      generatedAt: options.generatedAt ?? new Date(),
      version: options.version,
      options: opts,
      paths: options.paths ?? [],
      fileCount: run.files.length,
      sheetCount,
      formCount,
      unreadable,
    },
    summary,
    findings,
    totals,
  };
}

function findingRow(file: string, sheet: string, d: Diagnostic): FindingRow {
  return {
    file,
    sheet,
    project: d.project,
    cell: d.cell,
    related: [...d.related],
    severity: d.severity,
    category: d.category,
    rule: d.rule,
    message: d.message,
    suggestion: d.suggestion !== undefined ? `建议：${d.suggestion}` : (d.fix ?? ""),
    basis: d.basis ?? "",
    across: d.rule.startsWith("across-"),
  };
}

/** "2026-12-02 10:15:03" in local time. */
export function formatTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
