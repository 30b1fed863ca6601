/**
 * Checks .xlsx files and folders with the core engine.
 *
 * - `expandPaths`: files/folders → the workbooks to check (folders recursively, *.xlsx only, no "~$" lock files, sorted).
 * - `runChecks`: the full run, keeping the engine's SheetCheckResult (forms, project of each finding…) for the text report.
 * - `toJsonReport` / `checkFiles`: the plain JSON result of the CLI (`--format json`), exactly:
 *   {"files":[{"file","error"?,"sheets":[{"name","recognized","reason"?,"layout"?,"framework"?,"findings":[…]}]}]}
 * A file that cannot be read gets a zh-CN `error` and no sheets; the other files are still checked.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CheckOptions, FormSummary, SheetCheckResult } from "../core/check";
import { sortDiagnostics } from "../core/diagnosticOrder";
import type { Category, Diagnostic, Severity } from "../core/diagnostics";
import { checkOneFile } from "./checkOneFile";
import { describeReadError } from "./readErrors";
import { DEFAULT_LIMITS, type ReadLimits } from "./safeOpen";
import { checkFilesInPool } from "./workerPool";

export { describeReadError } from "./readErrors";

/* ------------------------------------------------------------------ JSON shape */

export interface FindingReport {
  rule: string;
  severity: Severity;
  category: Category;
  cell: string;
  related: string[];
  message: string;
  suggestion?: string;
  /** What the finding rests on: the document and clause, the platform check or the return reason. */
  basis: string;
}

/** How one form on the sheet was read: its kind with every kind's evidence, and the target columns chosen. */
export interface FormReadingReport {
  project: string;
  layout: string;
  anchorCell: string;
  kindEvidence: { kind: string; score: number; evidence: string[] }[];
  valueColumns?: { period: string; cell: string; header: string; reason: string }[];
}

export interface SheetReport {
  name: string;
  recognized: boolean;
  reason?: string;
  layout?: string;
  framework?: string;
  /** Per form: why it was read as its kind (`kindEvidence`) and which value columns were taken. */
  reading?: FormReadingReport[];
  /** True when the sheet was not checked at all (too large, timed out, unreadable): the run then exits 1. */
  skipped?: boolean;
  findings: FindingReport[];
}

export interface FileReport {
  file: string;
  error?: string;
  sheets: SheetReport[];
}

export interface CheckFilesResult {
  files: FileReport[];
}

/* ------------------------------------------------------------------ options / run */

export type FrameworkChoice = NonNullable<CheckOptions["framework"]>;

export interface CheckFilesOptions {
  /** "auto" (default), "old-88" or "core-101". */
  framework?: FrameworkChoice;
  /** Minimum severity kept in the report (default "info": everything). */
  minSeverity?: Severity;
  /** Called when the engine throws on a sheet (the sheet is then reported as not recognised). */
  onEngineError?: (file: string, sheet: string, error: unknown) => void;
  /** Progress: called before each workbook is read and after it is checked (index 0-based). */
  onFileStart?: (file: string, index: number, total: number) => void;
  onFileDone?: (file: string, index: number, total: number) => void;
  /** When aborted, the run stops before the next workbook and is marked `stopped`. */
  signal?: AbortSignal;
  /**
   * Parallel workers (child processes, see ./workerPool) for several files (default: all cores,
   * `os.availableParallelism()`); 1 = in this thread.
   * Fewer than MIN_FILES_FOR_WORKERS files are checked in this thread. Output order never depends on it.
   */
  jobs?: number;
  /** Per-file/sheet caps (file size, decompressed size, cells, text, area, time per sheet in workers). */
  limits?: ReadLimits;
}

/** One file of a run: the engine's results, unfiltered. */
export interface FileRun {
  file: string;
  error?: string;
  sheets: SheetCheckResult[];
}

export interface CheckRun {
  files: FileRun[];
  /** Set when `signal` stopped the run early: how many of how many workbooks were checked. */
  stopped?: { done: number; total: number };
}

/** A path to check, or a zh-CN error for an argument that gives nothing to check. */
export interface ExpandedPath {
  file: string;
  error?: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** True when `severity` is at least as severe as `min`. */
export function meetsSeverity(severity: Severity, min: Severity = "info"): boolean {
  return SEVERITY_RANK[severity] <= SEVERITY_RANK[min];
}

/** Files and folders → workbooks to check, in argument order (each folder's files sorted); duplicates dropped. */
export async function expandPaths(inputs: readonly string[]): Promise<ExpandedPath[]> {
  const out: ExpandedPath[] = [];
  const seen = new Set<string>();
  const add = (entry: ExpandedPath) => {
    const key = path.resolve(entry.file);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(entry);
  };

  for (const input of inputs) {
    let stat: import("node:fs").Stats;
    try {
      stat = await fs.stat(input);
    } catch (err) {
      add({ file: input, error: describeReadError(err, input) });
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      await walk(input, found);
      found.sort(comparePaths);
      if (found.length === 0) add({ file: input, error: "文件夹中没有找到 .xlsx 文件" });
      for (const file of found) add({ file });
    } else {
      // A file named explicitly is checked whatever its extension (a non-.xlsx file gets a read error).
      add({ file: input });
    }
  }
  return out;
}

/** True for "*.xlsx" that is not an Excel lock file ("~$*.xlsx"). */
export function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith("~$");
}

async function walk(dir: string, found: string[]): Promise<void> {
  let entries: import("node:fs").Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      await walk(full, found);
    } else if (isWorkbookName(entry.name)) {
      // Regular files, links, and also FIFOs/sockets/devices so that they get their own "not a regular file" error.
      found.push(full);
    }
  }
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Files at least this large (bytes on disk) are checked in a worker thread even alone. */
export const LARGE_FILE_BYTES = 4 * 1024 * 1024;

/** Whether some file is large, the bytes of all of them, and of each. */
async function fileSizes(files: readonly string[]): Promise<{ large: boolean; totalBytes: number; sizes: Map<string, number> }> {
  let large = false;
  let totalBytes = 0;
  const sizes = new Map<string, number>();
  // All at once: one after another, each stat waited for the last (48 workbooks: ≈20–35 ms before any check began).
  const stats = await Promise.all(files.map((f) => fs.stat(f).catch(() => null)));
  files.forEach((f, i) => {
    const st = stats[i];
    if (!st) return;
    totalBytes += st.size;
    sizes.set(f, st.size);
    if (st.size >= LARGE_FILE_BYTES) large = true;
  });
  return { large, totalBytes, sizes };
}

/**
 * In folder mode the main process checks workbooks of at most this size itself (as one of the --jobs) when they
 * hold at most INLINE_MAX_CELLS cells once read; larger ones go to worker processes (time and memory caps).
 */
export const INLINE_MAX_BYTES = 1024 * 1024;
export const INLINE_MAX_CELLS = 50_000;

/**
 * Without --jobs, workers are used only when there is enough to do. In folder mode the main process checks small
 * workbooks itself (as one of the jobs); in a folder of small workbooks its helpers are worker threads and the
 * process runs without the optimising compiler (./workerPool). Measured on 2 cores under load (medians of 6 runs in
 * turn, CPU of the whole process): 16 workbooks (≈210 KB) 0.65 s CPU with a thread against 0.59 s in one process;
 * 32 (≈420 KB) 0.80 against 0.82; 48 (632 KB, the bench folder) 0.98 against 1.00 — the thread's start-up (≈90 ms
 * of CPU) is repaid from about 30 small workbooks on, and on a free core the run is then faster. From 512 KB of
 * workbooks, all cores; below, one process. An explicit --jobs N is always honoured.
 */
export const PARALLEL_MIN_BYTES = 512 * 1024;

/** Fewest files for which `runChecks` uses worker threads (when jobs > 1). */
export const MIN_FILES_FOR_WORKERS = 4;

/** Heap cap of one worker process (MB), as the pool sets it. */
export const WORKER_HEAP_MB = 2048;

/**
 * The most workers worth starting: no more than the cores (more only wait for them and multiply memory: 256 workers
 * on 2 cores took 21 GB and ran 17× slower) and no more than the free memory holds at the workers' heap cap
 * (at least one). Returns the number and, when `requested` was lowered, a zh-CN note saying why.
 */
export function capJobs(
  requested: number,
  cores = os.availableParallelism(),
  freeBytes = os.freemem(),
): { jobs: number; note?: string } {
  const byMemory = Math.max(1, Math.floor(freeBytes / (WORKER_HEAP_MB * 1024 * 1024)));
  const jobs = Math.max(1, Math.min(requested, cores, byMemory));
  if (jobs >= requested) return { jobs };
  const why =
    jobs === cores
      ? `本机 ${cores} 个 CPU 核`
      : `可用内存约 ${Math.round(freeBytes / 1024 ** 3)} GB，每个进程最多用 ${WORKER_HEAP_MB / 1024} GB`;
  return { jobs, note: `--jobs ${requested} 超过${why}能同时运行的数量，改为 ${jobs}` };
}

/** Checks every sheet of every workbook; never throws for a bad file or a failing sheet. */
export async function runChecks(inputs: readonly string[], options: CheckFilesOptions = {}): Promise<CheckRun> {
  const framework = options.framework ?? "auto";
  const limits = options.limits ?? DEFAULT_LIMITS;
  const entries = await expandPaths(inputs);
  const readable = entries.filter((e) => e.error === undefined).map((e) => e.file);
  const jobs = capJobs(Math.max(1, Math.floor(options.jobs ?? os.availableParallelism()))).jobs;
  const byFile = new Map<string, FileRun>();
  const total = entries.length;
  // Unreadable arguments count as done at once (they have their error already).
  let doneCount = entries.length - readable.length;
  // Workers pay for their start-up from about 30 small workbooks (PARALLEL_MIN_BYTES) on; below that one process is faster.
  // A large file always goes to a worker process: its heap limit turns an out-of-memory into that file's error instead
  // of ending the process (exceljs needs ~25× the sheet XML in memory).
  const { large, totalBytes, sizes } = await fileSizes(readable);
  const enoughWork = options.jobs !== undefined || totalBytes >= PARALLEL_MIN_BYTES;
  if ((readable.length >= MIN_FILES_FOR_WORKERS && jobs > 1 && enoughWork) || large) {
    const runs = await checkFilesInPool(readable, {
      jobs: Math.min(jobs, readable.length),
      framework,
      limits,
      inline: { maxBytes: INLINE_MAX_BYTES, maxCells: INLINE_MAX_CELLS, sizes },
      signal: options.signal,
      onFileStart: (file) => options.onFileStart?.(file, doneCount, total),
      onFileDone: (file) => options.onFileDone?.(file, doneCount++, total),
      onEngineError: (file, sheet, detail) => options.onEngineError?.(file, sheet, new Error(detail)),
    });
    runs.forEach((r) => {
      if (!r.notStarted) byFile.set(r.file, r);
    });
  } else {
    for (const file of readable) {
      if (options.signal?.aborted) break;
      options.onFileStart?.(file, doneCount, total);
      byFile.set(
        file,
        await checkOneFile(file, { framework, limits, onEngineError: (sheet, err) => options.onEngineError?.(file, sheet, err) }),
      );
      options.onFileDone?.(file, doneCount++, total);
    }
  }
  if (options.signal?.aborted && byFile.size < readable.length) {
    // Stopped (Ctrl+C): the workbooks checked so far, in order; nothing after the first one left out.
    const files: FileRun[] = [];
    for (const e of entries) {
      if (e.error !== undefined) files.push({ file: e.file, error: e.error, sheets: [] });
      else if (byFile.has(e.file)) files.push(byFile.get(e.file)!);
      else break;
    }
    return { files, stopped: { done: files.length, total } };
  }
  const files = entries.map((e): FileRun =>
    e.error !== undefined ? { file: e.file, error: e.error, sheets: [] } : (byFile.get(e.file) ?? { file: e.file, sheets: [] }),
  );
  return { files };
}

/** The run as the CLI's JSON result, keeping findings of at least `minSeverity`. */
export function toJsonReport(run: CheckRun, options: { minSeverity?: Severity } = {}): CheckFilesResult {
  const min = options.minSeverity ?? "info";
  return {
    files: run.files.map((f): FileReport => ({
      file: f.file,
      ...(f.error !== undefined ? { error: f.error } : {}),
      sheets: f.sheets.map((s) => sheetReport(s, min)),
    })),
  };
}

function sheetReport(s: SheetCheckResult, min: Severity): SheetReport {
  return {
    name: s.name,
    recognized: s.recognized,
    ...(s.reason !== undefined ? { reason: s.reason } : {}),
    ...(s.layout !== undefined ? { layout: s.layout } : {}),
    ...(s.framework !== undefined ? { framework: s.framework } : {}),
    ...((s.forms ?? []).length > 0 ? { reading: (s.forms ?? []).map(formReading) } : {}),
    ...(s.skipped ? { skipped: true } : {}),
    findings: shownFindings(s.findings ?? [], min).map(findingReport),
  };
}

function formReading(f: FormSummary): FormReadingReport {
  const r: FormReadingReport = {
    project: f.project,
    layout: f.layout,
    anchorCell: f.anchorCell,
    kindEvidence: (f.kindEvidence ?? []).map((e) => ({ kind: e.kind, score: e.score, evidence: [...e.evidence] })),
  };
  if (f.valueColumns && f.valueColumns.length > 0) r.valueColumns = f.valueColumns.map((v) => ({ ...v }));
  return r;
}

function findingReport(d: Diagnostic): FindingReport {
  const f: FindingReport = {
    rule: d.rule,
    severity: d.severity,
    category: d.category,
    cell: d.cell,
    related: Array.isArray(d.related) ? [...d.related] : [],
    message: d.message,
    basis: d.basis,
  };
  if (d.suggestion !== undefined) f.suggestion = d.suggestion;
  return f;
}

/** The findings at or above `min`, in sheet order (form, row, column, severity). */
export function shownFindings(findings: readonly Diagnostic[], min: Severity = "info"): Diagnostic[] {
  return sortDiagnostics(findings.filter((d) => meetsSeverity(d.severity, min)));
}

/** Checks files/folders and returns the plain JSON result. */
export async function checkFiles(inputs: readonly string[], options: CheckFilesOptions = {}): Promise<CheckFilesResult> {
  return toJsonReport(await runChecks(inputs, options), options);
}

/** True when the run has a file error, a sheet not checked ("未检查") or an error finding (→ exit code 1). */
export function hasErrors(run: CheckRun | CheckFilesResult): boolean {
  return run.files.some(
    (f) =>
      f.error !== undefined ||
      f.sheets.some(
        (s) => s.skipped === true || (s.findings as Array<{ severity: Severity }>).some((d) => d.severity === "error"),
      ),
  );
}
