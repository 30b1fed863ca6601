/**
 * One workbook through the engine: read (bounded, see ./safeOpen and ./readWorkbookSnapshots), check each
 * sheet, turn what the engine cannot see into findings and reasons:
 * - a sheet over a cap → not recognised, reason "太大，未检查：…" with the numbers;
 * - a formula saved without its result → findings at that cell say the value was not calculated (instead of
 *   "未填写"), plus one note per recognised sheet listing such cells.
 * Runs in the main thread or in a worker (./checkWorker); the hooks let the worker pool time each sheet.
 */
import type { CheckOptions, SheetCheckResult } from "../core/check";
import type { Diagnostic } from "../core/diagnostics";
import type { FileRun } from "./checkFiles";
import { describeReadError } from "./readErrors";
import { readWorkbookSheets, type CliSheet, type UncalculatedCell } from "./readWorkbookSnapshots";
import { DEFAULT_LIMITS, type ReadLimits } from "./safeOpen";

export interface CheckOneFileOptions {
  framework?: NonNullable<CheckOptions["framework"]>;
  limits?: ReadLimits;
  /** First sheet to check (the pool resumes after a sheet that ran out of time). */
  startAt?: number;
  /** Called with the sheet count once the file is read. */
  onRead?: (sheetCount: number, names: string[]) => void;
  onSheetStart?: (index: number, name: string) => void;
  onSheetDone?: (index: number, result: SheetCheckResult) => void;
  onEngineError?: (sheet: string, error: unknown) => void;
  /**
   * Check only a workbook of at most this many cells (all sheets, after reading): a larger one comes back with
   * `handedOff` and no sheets, unchecked — the folder pool then gives it to a worker process, whose time and
   * memory caps protect the run (the pool's main process checks small workbooks itself; see ./workerPool).
   */
  maxCells?: number;
}

/** Cells of a snapshot as read (sparse cells, else the rows of `values`). */
export function snapshotCells(s: { values: readonly (readonly unknown[])[]; cells?: readonly unknown[] }): number {
  if (s.cells) return s.cells.length;
  let n = 0;
  for (const row of s.values) n += row.length;
  return n;
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > 200 ? `${t.slice(0, 200)}…` : t;
}

/** A not-checked sheet's reason as said: it says 未检查 (put first unless the reason says so already). */
export function notCheckedReason(reason: string): string {
  return reason.includes("未检查") ? reason : `未检查：${reason}`;
}

/** A sheet that was not checked, with its zh-CN reason. */
export function notChecked(name: string, reason: string): SheetCheckResult {
  return {
    name,
    recognized: false,
    reason: notCheckedReason(reason),
    forms: [],
    findings: [],
    skipped: true,
  };
}

/** Notes from reading (a merged area clipped, far stray cells left out) as findings on the sheet. */
export function addReadNotes(
  result: SheetCheckResult,
  sheet: Pick<CliSheet, "notes" | "strayNote" | "strayCells">,
): SheetCheckResult {
  const notes: Diagnostic[] = [];
  const base = {
    category: "missing" as const,
    formIndex: result.forms[0]?.index ?? 0,
    project: result.forms[0]?.project ?? "",
    group: "",
    basis: "读取工作簿时的上限（见 README“异常文件与上限”）：超出的部分没有检查",
  };
  if (sheet.strayNote && sheet.strayCells?.length) {
    notes.push({
      ...base,
      rule: "stray-cells-not-checked",
      severity: "warning",
      cell: sheet.strayCells[0],
      related: sheet.strayCells.slice(1),
      messageId: "strayCells",
      params: { count: sheet.strayCells.length },
      message: sheet.strayNote,
    });
  }
  for (const n of sheet.notes ?? []) {
    notes.push({
      ...base,
      rule: "read-trimmed",
      severity: "info",
      cell: "A1",
      related: [],
      messageId: "trimmed",
      params: {},
      message: n,
    });
  }
  if (notes.length === 0) return result;
  if (!result.recognized) {
    // Not a form: the notes go into the reason, so they are never silent.
    return { ...result, reason: [result.reason, ...notes.map((d) => d.message)].filter(Boolean).join("；") };
  }
  return { ...result, findings: [...result.findings, ...notes] };
}

/** Checks one workbook; never throws (an unreadable file gets `error`). */
export async function checkOneFile(file: string, options: CheckOneFileOptions = {}): Promise<FileRun & { handedOff?: boolean }> {
  const framework = options.framework ?? "auto";
  let sheets;
  try {
    sheets = await readWorkbookSheets(file, options.limits ?? DEFAULT_LIMITS);
  } catch (err) {
    return { file, error: describeReadError(err, file), sheets: [] };
  }
  if (options.maxCells !== undefined) {
    let cells = 0;
    for (const s of sheets) cells += snapshotCells(s.snapshot);
    if (cells > options.maxCells) return { file, sheets: [], handedOff: true };
  }
  // The engine loads with the first file read, not with this module: a folder run's parent process only merges
  // what its workers report and never needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { checkSheet } = require("../core/check") as typeof import("../core/check");
  options.onRead?.(
    sheets.length,
    sheets.map((s) => s.snapshot.name),
  );
  const results: SheetCheckResult[] = [];
  for (let i = options.startAt ?? 0; i < sheets.length; i++) {
    const sheet = sheets[i];
    const name = sheet.snapshot.name;
    options.onSheetStart?.(i, name);
    let result: SheetCheckResult;
    if (sheet.tooBig) {
      result = notChecked(name, sheet.tooBig);
    } else {
      try {
        result = addReadNotes(explainUncalculated(checkSheet(sheet.snapshot, { framework }), sheet.uncalculated), sheet);
      } catch (err) {
        options.onEngineError?.(name, err);
        const detail = err instanceof Error ? err.message : String(err);
        result = notChecked(name, `未检查：检查时出错：${oneLine(detail)}`);
      }
    }
    sheets[i] = { snapshot: { name, origin: { row: 0, col: 0 }, values: [], merges: [] }, uncalculated: [] }; // free early
    options.onSheetDone?.(i, result);
    results.push(result);
  }
  return { file, sheets: results };
}

const NOT_CALCULATED = "formula-not-calculated";

/** Not a finding about the table's content: the file holds a formula without its result. */
const NOT_CALCULATED_BASIS = "读取限制：文件中没有保存公式的计算结果，依赖该值的检查无法进行";

/** Findings at formula cells without a cached result say so, instead of "未填写" or a wrong mismatch. */
export function explainUncalculated(result: SheetCheckResult, uncalculated: readonly UncalculatedCell[]): SheetCheckResult {
  if (uncalculated.length === 0 || !result.recognized) return result;
  const byCell = new Map(uncalculated.map((u) => [u.cell, u]));
  const findings: Diagnostic[] = result.findings.map((d) => {
    const u = byCell.get(d.cell) ?? d.related.map((c) => byCell.get(c)).find((x) => x !== undefined);
    if (!u) return d;
    const { suggestion: _dropped, ...rest } = d;
    void _dropped;
    return {
      ...rest,
      rule: NOT_CALCULATED,
      messageId: "notCalculated",
      severity: "warning",
      category: "missing",
      params: { cell: u.cell, formula: u.formula },
      basis: NOT_CALCULATED_BASIS,
      message:
        `${u.cell} 是公式（=${oneLine(u.formula)}），文件中没有保存计算结果，无法检查这个值` +
        `（原检查：${d.message}）。请在 Excel 中打开、重新计算（F9）并保存后再检查`,
    };
  });
  const first = uncalculated[0];
  const listed = uncalculated
    .slice(0, 5)
    .map((u) => u.cell)
    .join("、");
  findings.push({
    rule: NOT_CALCULATED,
    severity: "info",
    category: "missing",
    cell: first.cell,
    related: uncalculated.slice(1, 20).map((u) => u.cell),
    messageId: "sheetNotCalculated",
    params: { count: uncalculated.length },
    message:
      `工作表中有 ${uncalculated.length} 个公式没有计算结果（${listed}${uncalculated.length > 5 ? " 等" : ""}），` +
      `依赖这些值的检查可能不完整；请在 Excel 中重新计算并保存后再检查`,
    formIndex: result.forms[0]?.index ?? 0,
    project: result.forms[0]?.project ?? "",
    group: "",
    basis: NOT_CALCULATED_BASIS,
  });
  return { ...result, findings };
}
