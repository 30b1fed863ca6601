/**
 * An in-memory fake of exactly the Excel JavaScript API members that src/excel uses, with Office's load/sync
 * semantics, as strict as the documentation (each behaviour names its source where it is implemented):
 *
 * - Every object is a proxy. Reading a property before `load()` + `await context.sync()` throws
 *   (code "PropertyNotLoaded"), as Office does. `isNullObject` likewise needs a sync.
 * - Writes and method calls are queued and applied, in order, at `context.sync()`. A failing operation rejects the
 *   sync; the operations before it stay applied, the ones after it are dropped (Office batches are not
 *   transactions) and its label is the error's `debugInfo.errorLocation`. Loaded values are delivered only when the
 *   whole sync succeeds.
 * - `syncCount` counts every `context.sync()` call (including rejected ones); `syncLog` has the queued operation
 *   labels of each one; `discardedOps` counts operations left unsynced when a `run` ended.
 * - Strict by default (lenient values of the switches reproduce the old fake): conditional formats addressed by
 *   position (`cfIdMode`), merged areas reported only by their top-left cell (`mergedAreasMode`, #3611), cell-edit
 *   mode failing batches with "InvalidOperation" unless run with `delayForCellEdit` (`cellEditMode`,
 *   `editModeErrorCode`, `endCellEdit()`), `values` null above 5 million cells (`valuesOverLimit`), zh-CN input
 *   parsing of written text (`locale`), no note on a cell with a threaded comment. Known Excel bugs are switchable
 *   `faults` (#5222, #6827/#6835). Also: protected sheets, requirement sets (`apiVersion`), Excel on the web's
 *   5 MB request/response limit (`payloadLimitBytes`) and the 512-merged-areas limit.
 *
 * Split by concern: ./core.ts (values, addresses, errors), ./workbookModel.ts (the workbook model and switches),
 * ./batch.ts (request batch and sync), ./proxyBase.ts + ./proxies.ts (proxies: the API surface), ./api.ts (entry
 * points). Framework-free (no jest): the browser playground bundles it too. The .xlsx loader lives in
 * ./loadFakeWorkbookFromXlsx.ts (it needs exceljs).
 */

// The fake, split by concern; this module is its public entry point (import from here).
export { MAX_COL, MAX_ROW, FakeExcelError, boxToA1, cellA1, colLetters, parseA1Box } from "./core";
export type { Box, FakeCellValue, FakeRunOptions } from "./core";
export * from "./workbookModel";
export { FakeRequestContext } from "./batch";
export { FakeClientResult } from "./proxyBase";
export * from "./proxies";
export * from "./api";
