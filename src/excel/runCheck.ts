/**
 * The check orchestration shared by the ribbon button and the task pane:
 * read the active sheet → core checkSheet → paint the findings, and a short zh-CN summary.
 */
import type { CheckOptions, SheetCheckResult } from "../core/check";
import { loadCheckSheet } from "../core/loadCheck";
import { countBySeverity } from "../core/diagnosticOrder";
import type { Diagnostic } from "../core/diagnostics";
import type { SheetSnapshot } from "../core/snapshot";
import type { HostError, SheetHost } from "./sheetHost";

export interface CheckOutcome {
  /** The engine's result; absent when the sheet could not be read. */
  result?: SheetCheckResult;
  /** What was read (the pane needs it to know a cell's text before writing a suggestion). */
  snapshot?: SheetSnapshot;
  /** The marks on the sheet now match `result.findings`. */
  painted: boolean;
  /** Cells marked. */
  marked: number;
  /** Why reading (then there is no result) or painting failed. */
  errors: HostError[];
  /** What this Excel cannot do (no merges, no notes…), then what happened in this check (see `checkNotices`), zh-CN. */
  notices: string[];
  /** What the user must be told about this check itself (a stray cell far away, notes not added), zh-CN; also in `summary`. */
  checkNotices: string[];
  /** One zh-CN line for a notification. */
  summary: string;
}

export interface RunCheckOptions {
  /** The engine; defaults to core checkSheet. */
  check?: (snapshot: SheetSnapshot, options: CheckOptions) => SheetCheckResult;
  checkOptions?: CheckOptions;
  /** Which findings get marks in the sheet (e.g. only the severities the pane shows); default all. */
  paintFilter?: (findings: readonly Diagnostic[]) => Diagnostic[];
}

/** The one-line result shown after a check. */
export function summarize(result: SheetCheckResult | undefined, painted: boolean, errors: readonly HostError[]): string {
  if (!result) return errors[0]?.message ?? "检查失败。";
  if (!result.recognized) {
    return `“${result.name}”中未识别出绩效目标表${result.reason ? `：${result.reason}` : "。"}`;
  }
  const c = countBySeverity(result.findings);
  if (c.error + c.warning + c.info === 0) return `“${result.name}”检查完成，未发现问题。`;
  const parts: string[] = [];
  if (c.error) parts.push(`${c.error} 个错误`);
  if (c.warning) parts.push(`${c.warning} 个警告`);
  if (c.info) parts.push(`${c.info} 条提示`);
  const head = `“${result.name}”检查完成：${parts.join("、")}`;
  if (painted) return `${head}，已在表中标出。`;
  return `${head}。${errors[0]?.message ?? ""}`.trim();
}

/**
 * Runs one check. Uses the host's `readAndPaint` (2 Excel round trips) when it has one, otherwise
 * readActiveSheet + paintFindings. Never throws.
 */
export async function runCheck(host: SheetHost, options: RunCheckOptions = {}): Promise<CheckOutcome> {
  const check = options.check ?? (await loadCheckSheet());
  const analyze = (snapshot: SheetSnapshot): SheetCheckResult => check(snapshot, options.checkOptions ?? {});
  const toPaint = (findings: readonly Diagnostic[]): Diagnostic[] =>
    options.paintFilter ? options.paintFilter(findings) : [...findings];
  const notices = host.capabilities ? [...host.capabilities().notices] : [];
  const checkNotices: string[] = [];
  const errors: HostError[] = [];
  let result: SheetCheckResult | undefined;
  let snapshot: SheetSnapshot | undefined;
  let painted = false;
  let marked = 0;

  try {
    if (host.readAndPaint) {
      const r = await host.readAndPaint((snapshot) => {
        const value = analyze(snapshot);
        return { value, findings: toPaint(value.findings) };
      });
      if (!r.ok) errors.push(r.error);
      else {
        result = r.value.value;
        snapshot = r.value.snapshot;
        checkNotices.push(...(r.value.notices ?? []));
        if (r.value.paint.ok) {
          painted = true;
          marked = r.value.paint.value.marked;
        } else errors.push(r.value.paint.error);
      }
    } else {
      const read = await host.readActiveSheet();
      if (!read.ok) errors.push(read.error);
      else {
        snapshot = read.value;
        result = analyze(read.value);
        const paint = await host.paintFindings(read.value.name, toPaint(result.findings));
        if (paint.ok) {
          painted = true;
          marked = paint.value.marked;
        } else errors.push(paint.error);
      }
    }
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    errors.push({ code: "unknown", message: `检查失败：${detail}`, detail });
  }
  notices.push(...checkNotices);
  const summary = [summarize(result, painted, errors), ...(result ? checkNotices : [])].join(" ");
  return { result, snapshot, painted, marked, errors, notices, checkNotices, summary };
}
