/**
 * SheetHost over the Excel JavaScript API. Everything Office-specific is reached through `run`
 * (Excel.run, or the in-memory fake in tests) and `env.isSetSupported`, so the same code runs in Excel,
 * in jest and in the browser playground.
 *
 * Sync budget (context.sync calls), measured by tests/excel against the fake:
 * - readAndPaint (the ribbon's 检查工作表 / the pane's check): 1 read + 1 paint = 2;
 *   +1 when the sheet has notes of the user's own (ExcelApi 1.18), +1 per further 1,000 marked cells,
 *   and more only for used ranges over Excel's 5 MB request limit (see readSheet.ts).
 * - readActiveSheet: 1.  paintFindings alone: 2 (it must first find the existing marks).
 * - clearMarks(sheet): 2; clearMarks(): 3.  selectCell: 1.  writeCell: 2.  onUserEdit: 1.
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
  type ErrorContext,
  type HostOperation,
} from "./hostErrors";
import { normalizeCell, planMarks } from "./marks";
import { OwnWrites, OWN_WRITE_WINDOW_MS } from "./ownWrites";
import { paintMarks, queueClear } from "./paintMarks";
import { parseAreasAddress, queueInventory, readSheet } from "./readSheet";
import { detectCapabilities, type IsSetSupported } from "./requirements";
import type { HostCapabilities, HostResult, ReadAndPaintResult, SheetHost } from "./sheetHost";
import { toA1 } from "../core/cellAddress";
import { insertTemplate, undoInsertTemplate } from "./insertTemplate";

/** `Excel.run` reduced to the one overload this module uses. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeHostEnv {
  /** `Office.context.requirements.isSetSupported` (or a fake). */
  isSetSupported: IsSetSupported;
  /** Clock for the own-write window (tests inject one). */
  now?: () => number;
  /** How long a change event after our own write is ignored; default OWN_WRITE_WINDOW_MS. */
  ownWriteWindowMs?: number;
}

export type OfficeSheetHost = SheetHost & Required<Pick<SheetHost, "capabilities" | "readAndPaint" | "insertTemplate" | "undoInsertTemplate">>;

/**
 * After a write was refused with "InvalidOperation": was it because the sheet is protected (by now)?
 * Costs one sync, only on that failure path.
 */
async function protectedNow(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<boolean> {
  try {
    sheet.protection.load("protected");
    await context.sync();
    return sheet.protection.protected === true;
  } catch {
    return false;
  }
}

async function explainRefusal(
  e: unknown,
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  errorContext: ErrorContext,
): Promise<never> {
  if (!errorContext.protectedSheet && officeErrorCode(e) === "InvalidOperation" && (await protectedNow(context, sheet))) {
    errorContext.protectedSheet = true;
  }
  throw e;
}

export function createOfficeSheetHost(run: ExcelRun, env: OfficeHostEnv): OfficeSheetHost {
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
        return { ok: false, error: toHostError(e, op, errorContext) };
      }
    });
  }

  const host: OfficeSheetHost = {
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
        const read = await readSheet(context, sheet, capabilities(), true);
        const inventory = read.inventory!;
        const analysis = analyze(read.snapshot);
        let paint: HostResult<{ marked: number }>;
        const paintContext: ErrorContext = { sheetName: read.snapshot.name, protectedSheet: inventory.protected };
        try {
          const marks = planMarks(analysis.findings);
          const marked = await paintMarks(context, sheet, inventory, marks, capabilities(), read.snapshot.name).catch((e: unknown) =>
            explainRefusal(e, context, sheet, paintContext),
          );
          paint = ok({ marked });
        } catch (e) {
          paint = { ok: false, error: toHostError(e, "paint", paintContext) };
        }
        return { snapshot: read.snapshot, value: analysis.value, paint };
      });
    },

    paintFindings(sheetName: string, findings: readonly Diagnostic[]): Promise<HostResult<{ marked: number }>> {
      const errorContext: ErrorContext = { sheetName, namedSheet: true };
      return guarded("paint", errorContext, async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        const inventory = queueInventory(sheet, capabilities());
        await context.sync();
        const inv = inventory();
        errorContext.protectedSheet = inv.protected;
        const marked = await paintMarks(context, sheet, inv, planMarks(findings), capabilities(), sheetName).catch((e: unknown) =>
          explainRefusal(e, context, sheet, errorContext),
        );
        return { marked };
      });
    },

    clearMarks(sheetName?: string): Promise<HostResult<{ cleared: number }>> {
      const errorContext: ErrorContext = { sheetName, namedSheet: sheetName !== undefined };
      return guarded("clear", errorContext, async (context) => {
        let sheets: Excel.Worksheet[];
        if (sheetName !== undefined) {
          sheets = [context.workbook.worksheets.getItem(sheetName)];
        } else {
          const all = context.workbook.worksheets;
          all.load("items/name");
          await context.sync();
          sheets = all.items;
        }
        const pending = sheets.map((sheet) => {
          sheet.load("name");
          return { sheet, inventory: queueInventory(sheet, capabilities()) };
        });
        await context.sync();
        let cleared = 0;
        const blocked: string[] = [];
        for (const { sheet, inventory } of pending) {
          const inv = inventory();
          if (inv.formats.length + inv.notes.length === 0) continue;
          if (inv.protected) {
            blocked.push(sheet.name);
            continue;
          }
          cleared += queueClear(inv);
        }
        if (cleared > 0) await context.sync();
        if (blocked.length > 0) {
          throw new HostFailure(
            hostError("sheet-protected", sheetName !== undefined ? MESSAGES.sheetProtected(blocked[0]) : MESSAGES.clearProtected(blocked)),
          );
        }
        return { cleared };
      });
    },

    async selectCell(sheetName: string, a1: string): Promise<HostResult<void>> {
      const cell = normalizeCell(a1);
      if (!cell) return fail("unknown", MESSAGES.badAddress(a1));
      return guarded("select", { sheetName, namedSheet: true }, async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
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
        range.load("values,formulas");
        let merged: Excel.RangeAreas | null = null;
        if (capabilities().merges) {
          merged = range.getMergedAreasOrNullObject();
          merged.load("address");
        }
        await context.sync();

        if (sheet.protection.protected) throw new HostFailure(hostError("sheet-protected", MESSAGES.sheetProtected(sheetName)));
        if (merged && !merged.isNullObject) {
          const area = parseAreasAddress(merged.address)[0];
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
            expected === "" ? hostError("cell-not-empty", MESSAGES.cellNotEmpty(cell)) : hostError("cell-changed", MESSAGES.cellChanged(cell)),
          );
        }
        if (currentText === value) return; // already there: nothing to write
        ownWrites.record(sheetName, cell);
        recorded = true;
        range.values = [[toExcelInput(value, current)]];
        await context.sync().catch((e: unknown) => explainRefusal(e, context, sheet, errorContext));
      });
      if (!result.ok && recorded) ownWrites.cancel(sheetName, cell);
      return result;
    },

    // Template insertion (issue 7): 2 syncs each; see insertTemplate.ts.
    insertTemplate(makePlan, expected) {
      return guarded("write", {}, (context) =>
        insertTemplate(context, capabilities(), makePlan, { expectedSnapshot: expected, copyFormats: env.isSetSupported("ExcelApi", "1.9") }),
      );
    },

    undoInsertTemplate(record) {
      return guarded("write", { sheetName: record.sheetName, namedSheet: true }, (context) => undoInsertTemplate(context, record));
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
        const r = registration;
        registration = null;
        if (!r) return;
        try {
          r.remove();
          void r.context.sync().catch(() => undefined);
        } catch {
          // the workbook may be closing; nothing to undo
        }
      };
    },
  };
  return host;
}
