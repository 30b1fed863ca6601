/**
 * Fake Excel — the request batch: operations are queued by the proxies and run, in order, at context.sync(); a
 * failing operation rejects the sync (the ones before it stay applied, the ones after it are dropped; its label
 * becomes debugInfo.errorLocation); loaded values are delivered only when the whole sync succeeds. Counts syncs.
 */
import { FakeExcelError, type Box } from "./core";
import type { FakeSheet, FakeWorkbook } from "./workbookModel";
import { FakeWorkbookProxy } from "./proxies";

// ───────────────────────────── sync machinery ─────────────────────────────

export interface FakeOp {
  label: string;
  /** ExcelApi version the member needs. */
  requires?: string;
  requestBytes: number;
  run(state: SyncState): void;
}

export class SyncState {
  readonly commits: (() => void)[] = [];
  responseBytes = 0;
  readonly changes: { sheet: FakeSheet; box: Box; changeType?: "RangeEdited" | "RowInserted" | "RowDeleted" }[] = [];
}

/** Excel.RequestContext. */
export class FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  /** Set by run({ delayForCellEdit: true }) on ExcelApi 1.11+. */
  delayForCellEdit = false;
  private queue: FakeOp[] = [];
  /** Called when the sync carrying the ops queued so far fails (see watchRequest). */
  private failWatchers: (() => void)[] = [];

  constructor(readonly fake: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  get pendingCount(): number {
    return this.queue.length;
  }

  /** @internal `onFail` runs if the sync that sends the ops queued so far fails. */
  watchRequest(onFail: () => void): void {
    this.failWatchers.push(onFail);
  }

  /** @internal */
  dropPending(): void {
    this.queue = [];
  }

  /** @internal */
  enqueue(op: Omit<FakeOp, "requestBytes"> & { requestBytes?: number }): void {
    this.queue.push({ ...op, requestBytes: op.requestBytes ?? 64 + op.label.length });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const watchers = this.failWatchers;
    this.failWatchers = [];
    try {
      await this.send(ops);
    } catch (e) {
      for (const w of watchers) w();
      throw e;
    }
  }

  private async send(ops: FakeOp[]): Promise<void> {
    const wb = this.fake;
    wb.syncCount++;
    wb.syncLog.push(ops.map((o) => o.label));
    await Promise.resolve();
    if (wb.cellEditMode) {
      if (this.delayForCellEdit) await wb.untilEditEnds();
      else
        throw new FakeExcelError(
          wb.editModeErrorCode,
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
        );
    }
    const requestBytes = ops.reduce((n, o) => n + o.requestBytes, 0);
    // Excel on the web: 5 MB per request and per response (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
    if (requestBytes > wb.payloadLimitBytes) {
      throw new FakeExcelError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    const state = new SyncState();
    try {
      for (const op of ops) {
        if (!wb.supportsExcelApi(op.requires)) {
          // A member newer than the host's requirement sets (Excel JavaScript API requirement sets page).
          throw new FakeExcelError("ApiNotFound", `${op.label} needs ExcelApi ${op.requires}; this Excel has ${wb.apiVersion}.`);
        }
        try {
          op.run(state);
        } catch (e) {
          // OfficeExtension.DebugInfo.errorLocation: "the object type and property or method name".
          if (e instanceof FakeExcelError && !e.debugInfo.errorLocation) e.debugInfo.errorLocation = op.label;
          throw e;
        }
      }
    } finally {
      for (const ch of state.changes) wb.dispatchChange(ch.sheet, ch.box, "ThisLocalAddin", { changeType: ch.changeType });
    }
    if (state.responseBytes > wb.payloadLimitBytes) {
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    for (const commit of state.commits) commit();
  }
}
