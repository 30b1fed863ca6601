/**
 * The small interface through which the task pane and ribbon commands talk to Excel.
 * The real implementation (Office.js) lives in src/excel/; tests and the browser playground
 * use the same implementation over an in-memory fake of the Excel JS API.
 */
import type { Diagnostic } from "../core/diagnostics";
import type { SheetSnapshot } from "../core/snapshot";
import type { PlanResult } from "../core/templates/plan";
import type { NewForm } from "../core/templates/newForm";
import type { CreateFormOutcome } from "./createForm";
import type { InsertOutcome, InsertionRecord } from "./insertTemplate";

/** Why an operation did not happen; `message` is zh-CN and shown to the user as is. */
export type HostErrorCode =
  | "cell-edit-mode"
  | "sheet-protected"
  | "unsupported-host"
  | "no-active-sheet"
  | "cell-not-empty"
  | "cell-changed"
  | "request-too-large"
  /** This add-in's marks changed since they were read (e.g. the user deleted a rule): check again. */
  | "marks-changed"
  | "unknown";

export interface HostError {
  code: HostErrorCode;
  message: string;
  /** The underlying exception text, for "unknown" errors. */
  detail?: string;
}

export type HostResult<T> = { ok: true; value: T } | { ok: false; error: HostError };

export interface SheetHost {
  /** Used range values + merged areas of the active sheet, in one batch. */
  readActiveSheet(): Promise<HostResult<SheetSnapshot>>;
  /** Replaces this add-in's marks on the sheet with marks for `findings`, in one batch. */
  paintFindings(sheetName: string, findings: readonly Diagnostic[]): Promise<HostResult<{ marked: number }>>;
  /** Removes every mark this add-in made on the sheet (or on all sheets when omitted). */
  clearMarks(sheetName?: string): Promise<HostResult<{ cleared: number }>>;
  /** Activates the sheet and selects the cell (A1). */
  selectCell(sheetName: string, a1: string): Promise<HostResult<void>>;
  /**
   * Writes `value` into one cell, but only if the cell still holds `expected` (the text the
   * suggestion was computed from); never overwrites anything else.
   */
  writeCell(sheetName: string, a1: string, value: string, expected: string): Promise<HostResult<void>>;
  /** Calls `handler` when the user edits the sheet (not for this add-in's own writes). Returns an unsubscribe function. */
  onUserEdit(sheetName: string, handler: () => void): Promise<() => void>;

  // Optional members (added after the first version; callers must fall back when absent).
  /** Requirement-set support of the running Excel (cheap, no Excel round trip). */
  capabilities?(): HostCapabilities;
  /**
   * Reads the active sheet, lets `analyze` turn the snapshot into findings, and paints them, inside one
   * Excel batch: 1 context.sync to read + 1 to paint (what a ribbon click costs). Prefer it over
   * readActiveSheet + paintFindings, which cannot share the first read and need one sync more.
   */
  readAndPaint?<T>(
    analyze: (snapshot: SheetSnapshot) => { value: T; findings: readonly Diagnostic[] },
  ): Promise<HostResult<ReadAndPaintResult<T>>>;
  /** Names of the workbook's sheets, in tab order (1 sync). */
  listSheets?(): Promise<HostResult<string[]>>;
  /**
   * {@link listSheets} with each sheet's visibility (hidden and very hidden sheets are `visible: false`), 1 sync.
   * Added in issue 15; optional — 检查全部工作表 uses it to skip hidden sheets, else checks every listed sheet.
   */
  listSheetsWithVisibility?(): Promise<HostResult<{ name: string; visible: boolean }[]>>;
  /** {@link readAndPaint} for a named sheet (it is not activated): 1 sync to read + 1 to paint. */
  readAndPaintSheet?<T>(
    sheetName: string,
    analyze: (snapshot: SheetSnapshot) => { value: T; findings: readonly Diagnostic[] },
  ): Promise<HostResult<ReadAndPaintResult<T>>>;
  /**
   * 导出结果: writes `findings` of `sheetName` to a new sheet (检查结果, or 检查结果 (2) … when taken),
   * each 单元格 linked to its cell; never changes an existing sheet. 2 context.sync.
   */
  exportFindings?(sheetName: string, findings: readonly Diagnostic[]): Promise<HostResult<{ sheet: string; rows: number }>>;
  /**
   * 导出结果 after 检查全部工作表: {@link exportFindings} for the findings of several sheets, in the order given, on ONE
   * new sheet (工作表 column names each finding's sheet). 2 context.sync. Added in issue 15; optional — without it the
   * pane exports only the open sheet's findings and says so.
   */
  exportWorkbookFindings?(
    groups: readonly { sheet: string; findings: readonly Diagnostic[] }[],
  ): Promise<HostResult<{ sheet: string; rows: number }>>;
  /**
   * Reads the active sheet, plans with `makePlan` and inserts the template rows in one batch (2 syncs);
   * refuses when the sheet differs from `expected` (the snapshot the preview was made from). Issue 7.
   */
  insertTemplate?(
    makePlan: (snapshot: SheetSnapshot) => PlanResult,
    expected?: SheetSnapshot,
  ): Promise<HostResult<InsertOutcome>>;
  /** The add-in-level 撤销插入: puts the sheet back exactly, unless the inserted cells were edited since. */
  undoInsertTemplate?(record: InsertionRecord): Promise<HostResult<void>>;
  /**
   * 在新工作表中新建: adds a new sheet (新建绩效表, or 新建绩效表 (2) … when taken), writes the form `build` makes for
   * that name (values, merges, formats) in one batch and activates it; never changes an existing sheet, and takes
   * the new sheet away again when the batch fails. 2 context.sync (+1 on failure). See createForm.ts.
   */
  createForm?(build: (sheetName: string) => NewForm): Promise<HostResult<CreateFormOutcome>>;
}

/**
 * What this Excel can do beyond the add-in's minimum (ExcelApi 1.7); detected at run time.
 * Returned by {@link SheetHost.capabilities} so the pane can say what is degraded.
 */
export interface HostCapabilities {
  /** ExcelApi 1.7 or later: the add-in can run at all. */
  supported: boolean;
  /** Merged areas can be read (ExcelApi 1.13); without it the snapshot has no merges. */
  merges: boolean;
  /** Messages are attached to cells as notes (ExcelApi 1.18); without it only highlights are painted. */
  notes: boolean;
  /** zh-CN sentences describing what is degraded on this Excel (empty when nothing is). */
  notices: string[];
}

/** Outcome of {@link SheetHost.readAndPaint}: the snapshot read, what `analyze` returned, and how painting went. */
export interface ReadAndPaintResult<T> {
  snapshot: SheetSnapshot;
  value: T;
  /** `ok: false` (e.g. "sheet-protected") when the marks could not be painted; the analysis is still valid. */
  paint: HostResult<{ marked: number }>;
  /** zh-CN notes about this read/paint (part of a far-stretching sheet read, notes skipped…); absent when none. */
  notices?: string[];
}
