/**
 * 检查全部工作表: every sheet of the workbook in one pass — 1 sync to list the sheets, then per sheet 1 sync to read
 * (values, merges and this add-in's marks together) and 1 to paint, so ≤ 2 syncs per sheet. Progress is reported
 * before each sheet; a stop request is honoured between sheets, and what was already checked is kept (and stays
 * marked). Shared by the pane and the ribbon. Never throws.
 */
import type { CheckOptions, SheetCheckResult } from "../core/check";
import { loadCheckSheet } from "../core/loadCheck";
import { countBySeverity } from "../core/diagnosticOrder";
import type { Diagnostic } from "../core/diagnostics";
import type { SheetSnapshot } from "../core/snapshot";
import type { RunCheckOptions } from "./runCheck";
import type { HostError, SheetHost } from "./sheetHost";

export interface SheetOutcome {
  name: string;
  /** Absent when the sheet could not be read. */
  result?: SheetCheckResult;
  snapshot?: SheetSnapshot;
  painted: boolean;
  marked: number;
  counts: { error: number; warning: number; info: number };
  errors: HostError[];
  notices: string[];
}

export interface WorkbookOutcome {
  /** The sheets checked, in tab order (fewer than `total` when stopped). */
  sheets: SheetOutcome[];
  total: number;
  /** Stopped by the user before the last sheet. */
  cancelled: boolean;
  /** Why the pass could not start (no sheet list). */
  errors: HostError[];
  /** Hidden (and very hidden) sheets, not checked, in tab order. */
  hidden: string[];
  /** zh-CN notes for the user about the pass (hidden sheets skipped…); empty when none. */
  notices: string[];
  /** One zh-CN line. */
  summary: string;
}

export interface CheckAllProgress {
  /** 1-based number of the sheet about to be checked. */
  index: number;
  total: number;
  name: string;
}

export interface CheckAllOptions extends RunCheckOptions {
  onProgress?: (progress: CheckAllProgress) => void;
  /** Asked before each sheet after the first; true stops the pass there. */
  shouldStop?: () => boolean;
  /** Awaited before each sheet (the pane yields to the page here, so progress paints and 取消 can be clicked). */
  pause?: () => Promise<void>;
}

export const hiddenSheetsNotice = (names: readonly string[]) =>
  `${names.length} 张隐藏的工作表未检查（${names.join("、")}）。如需检查，请先取消隐藏。`;

export const UNSUPPORTED_CHECK_ALL = "此环境不支持检查全部工作表。";

export function summarizeWorkbook(sheets: readonly SheetOutcome[], total: number, cancelled: boolean): string {
  const c = { error: 0, warning: 0, info: 0 };
  let unread = 0;
  let notChecked = 0;
  for (const s of sheets) {
    if (!s.result) unread++;
    else if (s.result.skipped) notChecked++;
    c.error += s.counts.error;
    c.warning += s.counts.warning;
    c.info += s.counts.info;
  }
  const parts: string[] = [];
  if (c.error) parts.push(`${c.error} 个错误`);
  if (c.warning) parts.push(`${c.warning} 个警告`);
  if (c.info) parts.push(`${c.info} 条提示`);
  const checked = sheets.length - notChecked;
  let text = `已检查 ${checked}/${total} 张工作表：${parts.length ? parts.join("、") : checked ? "未发现问题" : "没有结果"}`;
  if (unread) text += `；${unread} 张无法读取`;
  // A sheet not checked (too large…) is never part of "未发现问题".
  if (notChecked) text += `；${notChecked} 张未检查`;
  text += cancelled ? "。已取消，其余工作表未检查。" : "。";
  return text;
}

export async function runCheckAll(host: SheetHost, options: CheckAllOptions = {}): Promise<WorkbookOutcome> {
  if (!host.listSheets || !host.readAndPaintSheet) {
    const error: HostError = { code: "unsupported-host", message: UNSUPPORTED_CHECK_ALL };
    return { sheets: [], total: 0, cancelled: false, errors: [error], hidden: [], notices: [], summary: error.message };
  }
  const check = options.check ?? (await loadCheckSheet());
  const checkOptions: CheckOptions = options.checkOptions ?? {};
  const toPaint = (findings: readonly Diagnostic[]): Diagnostic[] =>
    options.paintFilter ? options.paintFilter(findings) : [...findings];
  let names: string[];
  let hidden: string[];
  const stopped = (error: HostError): WorkbookOutcome => ({
    sheets: [],
    total: 0,
    cancelled: false,
    errors: [error],
    hidden: [],
    notices: [],
    summary: error.message,
  });
  try {
    // Hidden sheets are listed with the others (Excel.SheetVisibility): skipped, with a notice (audit 3 N12).
    const listed = host.listSheetsWithVisibility ? await host.listSheetsWithVisibility() : await host.listSheets();
    if (!listed.ok) return stopped(listed.error);
    const all = listed.value.map((x) => (typeof x === "string" ? { name: x, visible: true } : x));
    names = all.filter((x) => x.visible).map((x) => x.name);
    hidden = all.filter((x) => !x.visible).map((x) => x.name);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return stopped({ code: "unknown", message: `检查失败：${detail}`, detail });
  }

  const sheets: SheetOutcome[] = [];
  let cancelled = false;
  for (let i = 0; i < names.length; i++) {
    if (i > 0 && options.shouldStop?.()) {
      cancelled = true;
      break;
    }
    const name = names[i];
    try {
      options.onProgress?.({ index: i + 1, total: names.length, name });
    } catch {
      // progress display is best effort
    }
    if (options.pause) {
      // Let the page paint "sheet i of n" and take a click on 取消 before the work of this sheet.
      await options.pause().catch(() => undefined);
      if (options.shouldStop?.()) {
        cancelled = true;
        break;
      }
    }
    const outcome: SheetOutcome = {
      name,
      painted: false,
      marked: 0,
      counts: { error: 0, warning: 0, info: 0 },
      errors: [],
      notices: [],
    };
    try {
      const r = await host.readAndPaintSheet(name, (snapshot) => {
        const value = check(snapshot, checkOptions);
        return { value, findings: toPaint(value.findings) };
      });
      if (!r.ok) outcome.errors.push(r.error);
      else {
        outcome.result = r.value.value;
        outcome.snapshot = r.value.snapshot;
        outcome.counts = countBySeverity(r.value.value.findings);
        outcome.notices.push(...(r.value.notices ?? []));
        if (r.value.paint.ok) {
          outcome.painted = true;
          outcome.marked = r.value.paint.value.marked;
        } else outcome.errors.push(r.value.paint.error);
      }
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      outcome.errors.push({ code: "unknown", message: `检查失败：${detail}`, detail });
    }
    sheets.push(outcome);
  }
  return {
    sheets,
    total: names.length,
    cancelled,
    errors: [],
    hidden,
    notices: hidden.length > 0 ? [hiddenSheetsNotice(hidden)] : [],
    summary: summarizeWorkbook(sheets, names.length, cancelled),
  };
}
