/**
 * SheetHost over the Excel JavaScript API. Everything Office-specific is reached through `run`
 * (Excel.run, or the in-memory fake in tests) and `env.isSetSupported`, so the same code runs in Excel,
 * in jest and in the browser playground.
 *
 * Sync budget (context.sync calls), measured by tests/excel against the fake:
 * - readAndPaint (the ribbon's 检查工作表 / the pane's check): 1 read + 1 paint = 2;
 *   +1 when the sheet has notes of the user's own (ExcelApi 1.18), +1 per further 1,000 marked cells,
 *   and more only when the read window is over Excel's 5 MB response limit or the used range starts outside it
 *   (see readSheet.ts; a stray cell far away does not cost a sync).
 *   When Excel cannot read the rule inventory (office-js #6827/#6835) the read is retried without it and the
 *   inventory read on its own (+3), so the check is never lost to it. When a mark cannot be deleted through the
 *   whole-sheet collection (office-js #5222) the marks are deleted cell by cell (+5; 清除标记 likewise).
 * - readAndPaintSheet (one sheet of 检查全部工作表): 2, as readAndPaint; listSheets: 1 — a whole workbook of n
 *   sheets costs 1 + 2n (scripts/benchSyncs.ts measures it).
 * - readActiveSheet: 1.  paintFindings alone: 2 (it must first find the existing marks).
 * - clearMarks(sheet): 2; clearMarks(): 3.  selectCell: 1.  writeCell: 2.  onUserEdit: 1 (+1 to remove).  exportFindings: 2.
 * - insertTemplate: 2; undoInsertTemplate: 2; createForm: 2 (+1 on failure).
 *
 * Marks are deleted last to first: a conditional format is addressed by its position in the collection
 * (Excel.ConditionalFormat.id), so deleting from the front shifts the rest (issue 10).
 */
import type { Diagnostic } from "../core/diagnostics";
import type { SheetSnapshot } from "../core/snapshot";
import { cellText, toExcelInput } from "./cellInput";
import {
  MESSAGES,
  fail,
  ok,
  toHostError,
  HostFailure,
  hostError,
  officeErrorCode,
  isEditModeError,
  type ErrorContext,
  type HostOperation,
} from "./hostErrors";
import { normalizeCell, planMarks } from "./marks";
import { OwnWrites, OWN_WRITE_WINDOW_MS } from "./ownWrites";
import { clearCellByCell, paintMarks, queueClear } from "./paintMarks";
import { parseAreasAddress, readInventories, readSheet } from "./readSheet";
import { detectCapabilities, type IsSetSupported } from "./requirements";
import type { HostCapabilities, HostResult, ReadAndPaintResult, SheetHost } from "./sheetHost";
import { fromA1, toA1 } from "../core/cellAddress";
// Template insertion and its undo load on first use (their own chunk with the template planner and the engine):
// the pane's first screen does not need them.
const insertion = () => import(/* webpackChunkName: "templates" */ "./insertTemplate");
// 导出结果 loads with the engine's chunk (it names findings by their rules' descriptions, i.e. the rule registry):
// the first screen needs neither, and the engine chunk is loaded right after the first render anyway.
const exporting = () => import(/* webpackChunkName: "engine" */ "./exportResults");
import { createFormBatch } from "./createForm";

/** 应用建议 looks for a merge covering the cell among merges starting at most this many rows above it. */
export const MERGE_LOOKBACK_ROWS = 200;

/** `Excel.run` reduced to the one overload this module uses. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeHostEnv {
  /** `Office.context.requirements.isSetSupported` (or a fake). */
  isSetSupported: IsSetSupported;
  /**
   * `Excel.run({ delayForCellEdit: true }, batch)`: used by {@link OfficeSheetHost.forRibbon} so a ribbon click made
   * while a cell is being edited waits for the edit to end instead of failing (Excel.RunOptions, ExcelApi 1.11).
   */
  runDelayed?: ExcelRun;
  /**
   * `Excel.run(context, batch)`: re-enters the context that registered an event handler, the documented way to
   * remove it (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#remove-an-event-handler).
   */
  runInContext?: <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** Clock for the own-write window (tests inject one). */
  now?: () => number;
  /** How long a change event after our own write is ignored; default OWN_WRITE_WINDOW_MS. */
  ownWriteWindowMs?: number;
}

export type OfficeSheetHost = SheetHost &
  Required<
    Pick<
      SheetHost,
      | "capabilities"
      | "readAndPaint"
      | "exportFindings"
      | "exportWorkbookFindings"
      | "insertTemplate"
      | "undoInsertTemplate"
      | "createForm"
    >
  > & {
    /**
     * The same host for ribbon commands: same operation queue and own-write memory, but batches run with
     * `delayForCellEdit` when the environment offers it (else this host itself).
     */
    forRibbon(): SheetHost;
  };

/**
 * After a write was refused with "InvalidOperation": was it because the sheet is protected (by now)?
 * Costs one sync, only on that failure path.
 */
async function protectedNow(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<boolean | null> {
  try {
    sheet.protection.load("protected");
    await context.sync();
    return sheet.protection.protected === true;
  } catch {
    return null; // the probe failed too (cell-edit mode fails every batch)
  }
}

async function explainRefusal(
  e: unknown,
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  errorContext: ErrorContext,
): Promise<never> {
  if (!errorContext.protectedSheet && officeErrorCode(e) === "InvalidOperation") {
    const prot = await protectedNow(context, sheet);
    if (prot === true) errorContext.protectedSheet = true;
    // The probe went through, so Excel is not in cell-edit mode: the InvalidOperation has another cause.
    else if (prot === false) errorContext.notEditMode = true;
  }
  throw e;
}

/**
 * `InvalidOperation` is generic ("The operation attempted is invalid on the object", Excel error codes); some builds
 * also give it in cell-edit mode (office-js #856, #3019). Before saying "请先结束单元格编辑", probe: one more batch
 * reading the sheet's protection. If it goes through, Excel is not in cell-edit mode (protected → say so; else the
 * operation itself was refused). Costs one sync, only on that failure path, and only when the batch did not already
 * find out (explainRefusal). Audit 3 N6.
 */
async function probeInvalidOperation(run: ExcelRun, e: unknown, errorContext: ErrorContext): Promise<void> {
  if (e instanceof HostFailure || officeErrorCode(e) !== "InvalidOperation" || isEditModeError(e)) return;
  if (errorContext.protectedSheet || errorContext.notEditMode) return;
  try {
    const prot = await run(async (context) => {
      const sheets = context.workbook.worksheets;
      const sheet = errorContext.sheetName ? sheets.getItemOrNullObject(errorContext.sheetName) : sheets.getActiveWorksheet();
      sheet.load("name");
      sheet.protection.load("protected");
      await context.sync();
      return !sheet.isNullObject && sheet.protection.protected === true;
    });
    if (prot) errorContext.protectedSheet = true;
    else errorContext.notEditMode = true;
  } catch {
    // the probe failed too: cell-edit mode (which fails every batch) is the likely cause
  }
}

export function createOfficeSheetHost(defaultRun: ExcelRun, env: OfficeHostEnv): OfficeSheetHost {
  let caps: HostCapabilities | null = null;
  const capabilities = (): HostCapabilities => (caps ??= detectCapabilities(env.isSetSupported));
  const ownWrites = new OwnWrites(env.now ?? (() => Date.now()), env.ownWriteWindowMs ?? OWN_WRITE_WINDOW_MS);

  // One operation at a time: the ribbon and the pane share this host (shared runtime), and two checks
  // interleaving their read and paint batches would each miss the other's marks and stack them.
  let queue: Promise<unknown> = Promise.resolve();
  function exclusive<T>(operation: () => Promise<T>): Promise<T> {
    const next = queue.then(operation, operation);
    queue = next.catch(() => undefined);
    return next;
  }

  const unsupported = <T>(): HostResult<T> | null =>
    capabilities().supported ? null : fail<T>("unsupported-host", MESSAGES.unsupportedHost);

  let ribbonHost: SheetHost | null = null;

  function build(run: ExcelRun): OfficeSheetHost {
    /** Runs a batch; maps whatever it throws. `errorContext` may be filled in by the batch as it learns. */
    async function guarded<T>(
      op: HostOperation,
      errorContext: ErrorContext,
      batch: (context: Excel.RequestContext) => Promise<T>,
    ): Promise<HostResult<T>> {
      const refused = unsupported<T>();
      if (refused) return refused;
      return exclusive(async () => {
        try {
          return ok(await run(batch));
        } catch (e) {
          await probeInvalidOperation(run, e, errorContext);
          return { ok: false, error: toHostError(e, op, errorContext) };
        }
      });
    }

    /** The named sheet, or a HostFailure saying it is gone (getItemOrNullObject: no ItemNotFound to guess from). */
    function namedSheet(context: Excel.RequestContext, sheetName: string): Excel.Worksheet {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      sheet.load("name");
      return sheet;
    }
    function assertFound(sheet: Excel.Worksheet, sheetName: string, errorContext: ErrorContext): void {
      if (sheet.isNullObject) throw new HostFailure(hostError("no-active-sheet", MESSAGES.sheetNotFound(sheetName)));
      errorContext.sheetFound = true;
    }

    const host: OfficeSheetHost = {
      forRibbon(): SheetHost {
        if (run !== defaultRun || !env.runDelayed) return host;
        return (ribbonHost ??= build(env.runDelayed));
      },

      capabilities: () => {
        const c = capabilities();
        return { ...c, notices: [...c.notices] };
      },

      readActiveSheet(): Promise<HostResult<SheetSnapshot>> {
        return guarded("read", {}, async (context) => {
          const sheet = context.workbook.worksheets.getActiveWorksheet();
          return (await readSheet(context, sheet, capabilities(), false)).snapshot;
        });
      },

      async readAndPaint<T>(
        analyze: (snapshot: SheetSnapshot) => { value: T; findings: readonly Diagnostic[] },
      ): Promise<HostResult<ReadAndPaintResult<T>>> {
        return guarded("check", {}, async (context) => {
          const sheet = context.workbook.worksheets.getActiveWorksheet();
          return readAnalyzePaint(context, sheet, analyze);
        });
      },

      readAndPaintSheet<T>(
        sheetName: string,
        analyze: (snapshot: SheetSnapshot) => { value: T; findings: readonly Diagnostic[] },
      ): Promise<HostResult<ReadAndPaintResult<T>>> {
        return guarded("check", { sheetName, namedSheet: true }, async (context) => {
          const sheet = context.workbook.worksheets.getItem(sheetName);
          return readAnalyzePaint(context, sheet, analyze);
        });
      },

      listSheets(): Promise<HostResult<string[]>> {
        return guarded("read", {}, async (context) => {
          const all = context.workbook.worksheets;
          all.load("items/name");
          await context.sync();
          return all.items.map((w) => w.name);
        });
      },

      listSheetsWithVisibility(): Promise<HostResult<{ name: string; visible: boolean }[]>> {
        return guarded("read", {}, async (context) => {
          const all = context.workbook.worksheets;
          all.load("items/name,items/visibility"); // Worksheet.visibility — ExcelApi 1.1
          await context.sync();
          return all.items.map((w) => ({ name: w.name, visible: w.visibility === "Visible" }));
        });
      },

      paintFindings(sheetName: string, findings: readonly Diagnostic[]): Promise<HostResult<{ marked: number }>> {
        const errorContext: ErrorContext = { sheetName, namedSheet: true };
        return guarded("paint", errorContext, async (context) => {
          const sheet = namedSheet(context, sheetName);
          const [guardedInv] = await readInventories(context, [sheet], capabilities());
          assertFound(sheet, sheetName, errorContext);
          const inv = guardedInv.inventory;
          if (!inv) throw new HostFailure(hostError("unknown", MESSAGES.inventoryUnreadable(sheetName)));
          errorContext.protectedSheet = inv.protected;
          const marked = await paintMarks(context, sheet, inv, planMarks(findings), capabilities(), sheetName).catch(
            (e: unknown) => explainRefusal(e, context, sheet, errorContext),
          );
          return { marked };
        });
      },

      clearMarks(sheetName?: string): Promise<HostResult<{ cleared: number }>> {
        const errorContext: ErrorContext = { sheetName, namedSheet: sheetName !== undefined };
        return guarded("clear", errorContext, async (context) => {
          let sheets: Excel.Worksheet[];
          if (sheetName !== undefined) {
            sheets = [namedSheet(context, sheetName)];
          } else {
            const all = context.workbook.worksheets;
            all.load("items/name");
            await context.sync();
            sheets = all.items;
          }
          for (const sheet of sheets) sheet.load("name");
          const inventories = await readInventories(context, sheets, capabilities());
          if (sheetName !== undefined) assertFound(sheets[0], sheetName, errorContext);
          let cleared = 0;
          const blocked: string[] = [];
          const unreadable: string[] = [];
          for (let k = 0; k < sheets.length; k++) {
            const sheet = sheets[k];
            const inv = inventories[k].inventory;
            if (!inv) {
              unreadable.push(sheet.name);
              continue;
            }
            if (inv.formats.length + inv.notes.length === 0) continue;
            if (inv.protected) {
              blocked.push(sheet.name);
              continue;
            }
            cleared += queueClear(inv);
          }
          if (cleared > 0) {
            try {
              await context.sync();
            } catch (e) {
              // office-js #5222 (a mark sharing its cell with another rule): delete cell by cell on the sheets
              // that had marks (the failed batch stopped part-way).
              if (officeErrorCode(e) !== "ItemNotFound") throw e;
              for (let k = 0; k < sheets.length; k++) {
                const inv = inventories[k].inventory;
                if (inv && !inv.protected && inv.formats.length + inv.notes.length > 0)
                  await clearCellByCell(context, sheets[k], capabilities());
              }
            }
          }
          if (unreadable.length > 0)
            throw new HostFailure(hostError("unknown", MESSAGES.inventoryUnreadable(unreadable.join("”“"))));
          if (blocked.length > 0) {
            throw new HostFailure(
              hostError(
                "sheet-protected",
                sheetName !== undefined ? MESSAGES.sheetProtected(blocked[0]) : MESSAGES.clearProtected(blocked),
              ),
            );
          }
          return { cleared };
        });
      },

      async selectCell(sheetName: string, a1: string): Promise<HostResult<void>> {
        const cell = normalizeCell(a1);
        if (!cell) return fail("unknown", MESSAGES.badAddress(a1));
        return guarded("select", { sheetName, namedSheet: true }, async (context) => {
          const sheet = context.workbook.worksheets.getItem(sheetName); // ItemNotFound here can only mean the sheet is gone
          sheet.activate();
          sheet.getRange(cell).select();
          await context.sync();
        });
      },

      async writeCell(sheetName: string, a1: string, value: string, expected: string): Promise<HostResult<void>> {
        const cell = normalizeCell(a1);
        if (!cell) return fail("unknown", MESSAGES.badAddress(a1));
        const errorContext: ErrorContext = { sheetName, namedSheet: true };
        let recorded = false;
        const result = await guarded("write", errorContext, async (context) => {
          const sheet = context.workbook.worksheets.getItem(sheetName);
          sheet.protection.load("protected");
          const range = sheet.getRange(cell);
          range.load("values,formulas,numberFormat");
          // Merged areas that could cover the cell: getMergedAreasOrNullObject only reports merges whose top-left cell
          // lies in the range (office-js #3611), so ask the block above and left of the cell — only around it, since
          // the call fails on a range with more than 512 merged areas (Range.getMergedAreasOrNullObject; audit 3 N10).
          let merged: Excel.RangeAreas | null = null;
          if (capabilities().merges) {
            const at = fromA1(cell);
            const top = Math.max(0, at.row - MERGE_LOOKBACK_ROWS);
            merged = sheet.getRangeByIndexes(top, 0, at.row - top + 1, at.col + 1).getMergedAreasOrNullObject();
            merged.load("address");
          }
          await context.sync();

          if (sheet.protection.protected) throw new HostFailure(hostError("sheet-protected", MESSAGES.sheetProtected(sheetName)));
          if (merged && !merged.isNullObject) {
            const { row, col } = fromA1(cell);
            const area = parseAreasAddress(merged.address).find(
              (a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right,
            );
            const topLeft = area ? toA1(area.top, area.left) : cell;
            if (topLeft !== cell) throw new HostFailure(hostError("cell-changed", MESSAGES.cellInMerge(cell, topLeft)));
          }
          const current = range.values[0]?.[0];
          const currentText = cellText(current);
          // A formula cell: `formulas` holds "=…" and differs from its value. (Text such as "=3 套" stored as
          // text has the same `formulas` and `values`.)
          const formula = range.formulas[0]?.[0];
          if (typeof formula === "string" && formula.startsWith("=") && formula !== currentText) {
            throw new HostFailure(hostError("cell-changed", MESSAGES.cellHasFormula(cell)));
          }
          if (currentText !== expected) {
            throw new HostFailure(
              expected === ""
                ? hostError("cell-not-empty", MESSAGES.cellNotEmpty(cell))
                : hostError("cell-changed", MESSAGES.cellChanged(cell)),
            );
          }
          if (currentText === value) return; // already there: nothing to write
          ownWrites.record(sheetName, cell);
          recorded = true;
          range.values = [[toExcelInput(value, current, range.numberFormat[0]?.[0])]];
          await context.sync().catch((e: unknown) => explainRefusal(e, context, sheet, errorContext));
        });
        if (!result.ok && recorded) ownWrites.cancel(sheetName, cell);
        return result;
      },

      async exportFindings(
        sheetName: string,
        findings: readonly Diagnostic[],
      ): Promise<HostResult<{ sheet: string; rows: number }>> {
        const { exportFindingsBatch } = await exporting();
        return guarded("export", {}, (context) => exportFindingsBatch(context, [{ sheet: sheetName, findings }]));
      },

      async exportWorkbookFindings(groups) {
        const { exportFindingsBatch } = await exporting();
        return guarded("export", {}, (context) => exportFindingsBatch(context, groups));
      },

      // Template insertion (issue 7): 2 syncs each; see insertTemplate.ts.
      async insertTemplate(makePlan, expected) {
        const { insertTemplate } = await insertion();
        return guarded("write", {}, (context) =>
          insertTemplate(context, capabilities(), makePlan, {
            expectedSnapshot: expected,
            copyFormats: env.isSetSupported("ExcelApi", "1.9"),
          }),
        );
      },

      async undoInsertTemplate(record) {
        const { undoInsertTemplate } = await insertion();
        return guarded("write", { sheetName: record.sheetName, namedSheet: true }, (context) =>
          undoInsertTemplate(context, record),
        );
      },

      // 在新工作表中新建 (issue 7): 2 syncs (+1 to take the new sheet away on failure); see createForm.ts.
      createForm(build) {
        return guarded("write", {}, (context) => createFormBatch(context, build));
      },

      async onUserEdit(sheetName: string, handler: () => void): Promise<() => void> {
        if (!capabilities().supported) return () => undefined;
        let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
        const listener = async (args: Excel.WorksheetChangedEventArgs): Promise<void> => {
          // ExcelApi 1.14 says who caused the change; older Excel: our own recent writes, by address.
          const ours = ownWrites.consume(sheetName, args.address);
          if (ours || args.triggerSource === "ThisLocalAddin") return;
          try {
            handler();
          } catch {
            // a failing listener must not break Excel's event dispatch
          }
        };
        try {
          await exclusive(() =>
            run(async (context) => {
              registration = context.workbook.worksheets.getItem(sheetName).onChanged.add(listener);
              await context.sync();
            }),
          );
        } catch {
          return () => undefined;
        }
        return () => {
          const r: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = registration;
          registration = null;
          if (!r) return;
          // Documented pattern: Excel.run(handlerResult.context, …) { handlerResult.remove(); await context.sync(); }
          // (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#remove-an-event-handler).
          const remove = async (context: Excel.RequestContext): Promise<void> => {
            r.remove();
            await context.sync();
          };
          const ctx = r.context as Excel.RequestContext;
          void (env.runInContext ? env.runInContext(ctx, remove) : remove(ctx)).catch(() => undefined);
        };
      },
    };
    return host;
  }

  /** Read (1 sync, inventory included), analyse, paint (1 sync): the whole check of one sheet. */
  async function readAnalyzePaint<T>(
    context: Excel.RequestContext,
    sheet: Excel.Worksheet,
    analyze: (snapshot: SheetSnapshot) => { value: T; findings: readonly Diagnostic[] },
  ): Promise<ReadAndPaintResult<T>> {
    const read = await readSheet(context, sheet, capabilities(), true);
    const analysis = analyze(read.snapshot);
    const notices = [...read.notices];
    const inventory = read.inventory;
    let paint: HostResult<{ marked: number }>;
    if (!inventory) {
      // Excel could not read the conditional formats (#6827/#6835): painting now could stack or lose marks.
      paint = fail("unknown", MESSAGES.inventoryUnreadable(read.snapshot.name));
    } else {
      const paintContext: ErrorContext = { sheetName: read.snapshot.name, protectedSheet: inventory.protected, sheetFound: true };
      try {
        const marks = planMarks(analysis.findings);
        const marked = await paintMarks(context, sheet, inventory, marks, capabilities(), read.snapshot.name, () =>
          notices.push(MESSAGES.notesSkipped),
        ).catch((e: unknown) => explainRefusal(e, context, sheet, paintContext));
        paint = ok({ marked });
      } catch (e) {
        paint = { ok: false, error: toHostError(e, "paint", paintContext) };
      }
    }
    const result: ReadAndPaintResult<T> = { snapshot: read.snapshot, value: analysis.value, paint };
    if (notices.length > 0) result.notices = notices;
    return result;
  }

  return build(defaultRun);
}
