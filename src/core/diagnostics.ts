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
  /** What the finding rests on (zh-CN): the document and clause, the platform check or the return reason. */
  basis: z.string(),
  /** Indicator context for grouping in the pane: "产出指标 › 数量指标". Empty for header findings. */
  group: z.string(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

// formatMessage and compareDiagnostics live in ./diagnosticOrder (no zod there); re-exported here.
export { compareDiagnostics, formatMessage } from "./diagnosticOrder";
