/**
 * The small interface through which the task pane and ribbon commands talk to Excel.
 * The real implementation (Office.js) lives in src/excel/; tests and the browser playground
 * use the same implementation over an in-memory fake of the Excel JS API.
 */
import type { Diagnostic } from "../core/diagnostics";
import type { SheetSnapshot } from "../core/snapshot";

/** Why an operation did not happen; `message` is zh-CN and shown to the user as is. */
export type HostErrorCode =
  | "cell-edit-mode"
  | "sheet-protected"
  | "unsupported-host"
  | "no-active-sheet"
  | "cell-not-empty"
  | "cell-changed"
  | "request-too-large"
  | "unknown";

export interface HostError {
  code: HostErrorCode;
  message: string;
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
}
