/**
 * The engine's entry point: a sheet snapshot in, findings out. Never throws on bad input.
 * (Temporary placeholder while the reader and rules are being written; see issue 2.)
 */
import type { Diagnostic } from "./diagnostics";
import type { FrameworkId } from "./frameworks/framework";
import type { LayoutId } from "./model/form";
import type { SheetSnapshot } from "./snapshot";

export interface CheckOptions {
  /** "auto" (default) detects the framework per table from its 二级 labels. */
  framework?: FrameworkId | "auto";
}

/** One 绩效表 found on the sheet. */
export interface FormSummary {
  index: number;
  project: string;
  layout: LayoutId;
  framework: FrameworkId;
  anchorCell: string;
  /** First/last sheet row (0-based). */
  rowSpan: { top: number; bottom: number };
  counts: { error: number; warning: number; info: number };
}

export interface SheetCheckResult {
  name: string;
  recognized: boolean;
  /** zh-CN reason when not recognised. */
  reason?: string;
  layout?: LayoutId;
  framework?: FrameworkId;
  forms: FormSummary[];
  findings: Diagnostic[];
}

export function checkSheet(snapshot: SheetSnapshot, _options: CheckOptions = {}): SheetCheckResult {
  return { name: snapshot.name, recognized: false, reason: "尚未实现", forms: [], findings: [] };
}
