/**
 * Diagnostics: what a rule reports. Rules declare their messages by id (ESLint style);
 * a diagnostic carries the message id and its parameters plus the rendered zh-CN text.
 */
import { z } from "zod";

export const SeveritySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof SeveritySchema>;

export const CategorySchema = z.enum(["missing", "inconsistent", "format"]);
export type Category = z.infer<typeof CategorySchema>;

export type MessageParams = Record<string, string | number>;

export const DiagnosticSchema = z.object({
  rule: z.string(),
  severity: SeveritySchema,
  category: CategorySchema,
  /** A1 address of the cell to highlight first. */
  cell: z.string(),
  /** Other cells involved (A1). */
  related: z.array(z.string()),
  messageId: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** Rendered zh-CN message. */
  message: z.string(),
  /** A concrete replacement value for `cell` (e.g. "＝1850人"), when one exists. */
  suggestion: z.string().optional(),
  /** Plain-language fix advice, when there is no single value to write. */
  fix: z.string().optional(),
  /** Index of the form on the sheet (several forms may be stacked) and its project name. */
  formIndex: z.number(),
  project: z.string(),
  /** Indicator context for grouping in the pane: "产出指标 › 数量指标". Empty for header findings. */
  group: z.string(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

/** Replaces {name} placeholders with params. Unknown placeholders are left as written. */
export function formatMessage(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : whole,
  );
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Orders diagnostics by form, then row/column of their cell, then severity. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.formIndex !== b.formIndex) return a.formIndex - b.formIndex;
  const pa = cellOrder(a.cell);
  const pb = cellOrder(b.cell);
  if (pa !== pb) return pa - pb;
  if (a.severity !== b.severity) return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  return a.rule.localeCompare(b.rule);
}

function cellOrder(a1: string): number {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) return 0;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return Number(m[2]) * 1000 + col;
}
