/**
 * The task pane's state and actions, free of React and of Office: a small store the view
 * subscribes to (useSyncExternalStore) and that tests drive with a fake SheetHost.
 *
 * Flow: readActiveSheet → checkSheet → paintFindings (only the severities shown) → listen for
 * user edits on that sheet and check again ~800 ms after the last one.
 */
import type { CheckOptions, SheetCheckResult } from "../core/check";
import type { Diagnostic } from "../core/diagnostics";
import type { SheetSnapshot } from "../core/snapshot";
import { countBySeverity } from "../core/diagnosticOrder";
import { runCheck, type CheckOutcome } from "../excel/runCheck";
import { runCheckAll, summarizeWorkbook, type SheetOutcome, type WorkbookOutcome } from "../excel/runCheckAll";
import type { HostCapabilities, HostError, SheetHost } from "../excel/sheetHost";
import { cellTextAt } from "./cellText";
import { filterBySeverity, keyFindings, type KeyedFinding } from "./grouping";
import { DEFAULT_SETTINGS, memorySettingsStore, type PaneSettings, type SettingsStore } from "./settings";

export type CheckFn = (snapshot: SheetSnapshot, options: CheckOptions) => SheetCheckResult;

export type NoticeIntent = "info" | "success" | "warning" | "error";

/** What the pane tells the user; the view turns it into text from the dictionary. */
export type Notice =
  | { kind: "host-error"; error: HostError }
  | { kind: "unexpected"; detail: string }
  | { kind: "applied"; cell: string }
  | { kind: "cleared"; count: number }
  | { kind: "exported"; sheet: string; rows: number }
  | { kind: "export-nothing" }
  | { kind: "export-unsupported" }
  | { kind: "auto-rechecked" }
  | { kind: "external"; text: string; intent: NoticeIntent };

export type BusyState = "check" | "apply" | "clear" | "paint" | "check-all" | "export" | null;

/** 检查全部工作表: progress while it runs, then the per-sheet outcome. */
export interface WorkbookState {
  running: boolean;
  /** 1-based number of the sheet being checked, and how many there are. */
  index: number;
  total: number;
  current: string | null;
  /** Asked to stop after the current sheet. */
  stopping: boolean;
  /** Sheets checked so far (all of them when done). */
  sheets: SheetOutcome[];
  cancelled: boolean;
  summary: string | null;
}

export interface PaneState {
  busy: BusyState;
  result: SheetCheckResult | null;
  /** The snapshot `result` was computed from (source of writeCell's expected text). */
  snapshot: SheetSnapshot | null;
  /** Sorted, keyed findings of `result` (all severities). */
  findings: KeyedFinding[];
  checkedAt: Date | null;
  notice: Notice | null;
  selectedKey: string | null;
  settings: PaneSettings;
  /** Incremented on every completed check; lets views and tests notice a fresh result. */
  checkCount: number;
  /** What the host says about itself (optional host member); null when it doesn't say. */
  capabilities: HostCapabilities | null;
  /** The last whole-workbook check (or the one running); null when none. */
  workbook: WorkbookState | null;
}

export interface ControllerOptions {
  check?: CheckFn;
  settingsStore?: SettingsStore;
  /** Quiet period after the last user edit before checking again. */
  debounceMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  now?: () => Date;
  /**
   * Called before each sheet of 检查全部工作表 so the page can paint the progress and take a click on 取消 (the fake
   * Excel of the playground never yields by itself). Default: a macrotask (setTimeout 0).
   */
  yieldToUi?: () => Promise<void>;
}

export const AUTO_RECHECK_DELAY_MS = 800;

type CheckReason = "user" | "auto" | "after-write" | "settings" | "refresh";

export class PaneController {
  private state: PaneState;
  private readonly listeners = new Set<() => void>();
  /** undefined: the engine, loaded on first use (see core/loadCheck). */
  private readonly checkFn: CheckFn | undefined;
  private readonly store: SettingsStore;
  private readonly debounceMs: number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  private readonly now: () => Date;
  private readonly yieldToUi: () => Promise<void>;
  /** Serialises host work so a re-check never interleaves with a write or a clear. */
  private queue: Promise<void> = Promise.resolve();
  private timer: unknown = null;
  private subscription: { sheet: string; unsubscribe: () => void } | null = null;
  /** Bumped to invalidate edit subscriptions that resolve after they were no longer wanted. */
  private subscriptionEpoch = 0;
  private disposed = false;

  constructor(
    readonly host: SheetHost,
    options: ControllerOptions = {},
  ) {
    this.checkFn = options.check;
    this.store = options.settingsStore ?? memorySettingsStore();
    this.debounceMs = options.debounceMs ?? AUTO_RECHECK_DELAY_MS;
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
    this.now = options.now ?? (() => new Date());
    this.yieldToUi = options.yieldToUi ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    this.state = {
      busy: null,
      result: null,
      snapshot: null,
      findings: [],
      checkedAt: null,
      notice: null,
      selectedKey: null,
      settings: this.store.load() ?? DEFAULT_SETTINGS,
      checkCount: 0,
      capabilities: readCapabilities(host),
      workbook: null,
    };
  }

  // ---- store protocol -------------------------------------------------------------------

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): PaneState => this.state;

  private set(patch: Partial<PaneState>): void {
    if (this.disposed) return;
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  // ---- actions ----------------------------------------------------------------------------

  /** Reads the active sheet, checks it and paints the findings. Resolves when done. */
  check(): Promise<void> {
    return this.enqueue(() => this.runCheck("user"));
  }

  /** Like check(), but keeps the current message (used after a ribbon command reported something). */
  refresh(): Promise<void> {
    return this.enqueue(() => this.runCheck("refresh"));
  }

  /** True when the host can check every sheet (optional host members). */
  canCheckAll(): boolean {
    return typeof this.host.listSheets === "function" && typeof this.host.readAndPaintSheet === "function";
  }

  /**
   * 检查全部工作表: checks and marks every sheet in one pass, with progress; {@link stopCheckAll} stops after the
   * current sheet and keeps what was checked.
   */
  checkAll(): Promise<void> {
    return this.enqueue(async () => {
      if (this.disposed) return;
      this.cancelTimer();
      this.stopRequested = false;
      this.set({
        busy: "check-all",
        notice: null,
        workbook: {
          running: true,
          index: 0,
          total: 0,
          current: null,
          stopping: false,
          sheets: [],
          cancelled: false,
          summary: null,
        },
      });
      const severities = this.state.settings.severities;
      const outcome = await this.safe(() =>
        runCheckAll(this.host, {
          check: this.checkFn,
          checkOptions: { framework: this.state.settings.framework },
          paintFilter: (f) => filterBySeverity(f, severities),
          onProgress: (p) => {
            const w = this.state.workbook;
            if (w) this.set({ workbook: { ...w, index: p.index, total: p.total, current: p.name } });
          },
          shouldStop: () => this.stopRequested,
          pause: this.yieldToUi,
        }),
      );
      this.stopRequested = false;
      if (!outcome) {
        this.set({ workbook: null });
        return;
      }
      this.applyWorkbookOutcome(outcome);
      this.set({ busy: null });
    });
  }

  /** Stops a running 检查全部工作表 after the sheet being checked (what was checked is kept). */
  stopCheckAll(): void {
    const w = this.state.workbook;
    if (!w?.running) return;
    this.stopRequested = true;
    this.set({ workbook: { ...w, stopping: true } });
  }

  /** The ribbon's 检查全部工作表 finished: show its per-sheet summary. */
  showWorkbookOutcome(outcome: WorkbookOutcome): void {
    this.applyWorkbookOutcome(outcome);
  }

  /** Shows the findings of one sheet of the last whole-workbook check (and activates that sheet). */
  openSheetResult(name: string): Promise<void> {
    return this.enqueue(async () => {
      const s = this.state.workbook?.sheets.find((x) => x.name === name);
      if (!s) return;
      if (!s.result || !s.snapshot) {
        const error = s.errors[0];
        if (error) this.set({ notice: { kind: "host-error", error } });
        return;
      }
      this.unsubscribe();
      this.set({
        result: s.result,
        snapshot: s.snapshot,
        findings: keyFindings(s.result.findings),
        checkedAt: this.now(),
        selectedKey: null,
        checkCount: this.state.checkCount + 1,
      });
      const first = s.result.findings[0]?.cell ?? "A1";
      const r = await this.safe(() => this.host.selectCell(name, first));
      if (r && !r.ok) this.set({ notice: { kind: "host-error", error: r.error } });
      await this.ensureSubscribed(name);
    });
  }

  private stopRequested = false;

  private applyWorkbookOutcome(outcome: WorkbookOutcome): void {
    const error = outcome.errors[0];
    this.set({
      workbook: {
        running: false,
        index: outcome.sheets.length,
        total: outcome.total,
        current: null,
        stopping: false,
        sheets: outcome.sheets,
        cancelled: outcome.cancelled,
        summary: outcome.summary,
      },
      // The summary is shown once, in the 全部工作表 section; a notice only for what needs attention.
      notice: error
        ? { kind: "host-error", error }
        : outcome.cancelled
          ? { kind: "external", text: outcome.summary, intent: "warning" }
          : outcome.notices.length > 0
            ? { kind: "external", text: outcome.notices.join(" "), intent: "warning" }
            : null,
    });
  }

  /** The sheets of the last finished 检查全部工作表 with findings to export (shown severities), in tab order. */
  private workbookExport(): { sheet: string; findings: Diagnostic[] }[] | null {
    const w = this.state.workbook;
    if (!w || w.running || w.sheets.length === 0) return null;
    const severities = this.state.settings.severities;
    return w.sheets
      .filter((s) => s.result)
      .map((s) => ({ sheet: s.name, findings: filterBySeverity(s.result!.findings, severities) }))
      .filter((g) => g.findings.length > 0);
  }

  /** True when 导出结果 has something to write: the open sheet's findings, or those of the last whole-workbook pass. */
  hasExportable(): boolean {
    const groups = this.workbookExport();
    if (groups && groups.length > 0 && typeof this.host.exportWorkbookFindings === "function") return true;
    return this.state.result !== null && this.state.findings.length > 0;
  }

  /** Activates the sheet and selects the finding's cell. */
  async select(item: KeyedFinding): Promise<void> {
    const sheet = this.state.result?.name;
    this.set({ selectedKey: item.key });
    if (!sheet) return;
    const r = await this.safe(() => this.host.selectCell(sheet, item.finding.cell));
    if (r && !r.ok) this.set({ notice: { kind: "host-error", error: r.error } });
  }

  /** The text the cell held when checked: what the apply dialog shows as "current". */
  oldTextOf(finding: Diagnostic): string {
    return this.state.snapshot ? cellTextAt(this.state.snapshot, finding.cell) : "";
  }

  /** Writes the finding's suggestion (only if the cell is unchanged since the check), then re-checks. */
  applySuggestion(finding: Diagnostic): Promise<void> {
    return this.enqueue(async () => {
      const { snapshot, result } = this.state;
      if (!snapshot || !result || finding.suggestion === undefined) return;
      const expected = cellTextAt(snapshot, finding.cell);
      this.set({ busy: "apply" });
      const w = await this.safe(() => this.host.writeCell(result.name, finding.cell, finding.suggestion!, expected));
      if (!w) return;
      if (!w.ok) {
        this.set({ busy: null, notice: { kind: "host-error", error: w.error } });
        return;
      }
      await this.runCheck("after-write");
      if (this.state.notice?.kind !== "host-error") this.set({ notice: { kind: "applied", cell: finding.cell } });
    });
  }

  /** The ribbon's 清除标记 removed the marks: forget the result too (no more auto re-checks). */
  forgetResult(): Promise<void> {
    return this.enqueue(async () => {
      this.cancelTimer();
      this.unsubscribe();
      this.set({ result: null, snapshot: null, findings: [], checkedAt: null, selectedKey: null, workbook: null });
    });
  }

  /** Removes every mark this add-in made and forgets the result (no more auto re-checks). */
  clearMarks(): Promise<void> {
    return this.enqueue(async () => {
      this.cancelTimer();
      this.set({ busy: "clear" });
      const r = await this.safe(() => this.host.clearMarks());
      if (!r) return;
      if (!r.ok) {
        this.set({ busy: null, notice: { kind: "host-error", error: r.error } });
        return;
      }
      this.unsubscribe();
      this.set({
        busy: null,
        result: null,
        snapshot: null,
        findings: [],
        checkedAt: null,
        selectedKey: null,
        workbook: null,
        notice: { kind: "cleared", count: r.value.cleared },
      });
    });
  }

  /** True when the host can write findings to a new sheet (its optional exportFindings). */
  get canExport(): boolean {
    return typeof this.host.exportFindings === "function" || typeof this.host.exportWorkbookFindings === "function";
  }

  /**
   * 导出结果: the findings shown (the severities ticked in the settings) go to a new sheet of the
   * workbook; the checked sheet itself is not touched. Needs the host's optional exportFindings.
   */
  exportResults(): Promise<void> {
    return this.enqueue(async () => {
      const result = this.state.result;
      const exportFindings = this.host.exportFindings?.bind(this.host);
      const exportAll = this.host.exportWorkbookFindings?.bind(this.host);
      if (!exportFindings && !exportAll) {
        this.set({ notice: { kind: "export-unsupported" } });
        return;
      }
      // After 检查全部工作表: every sheet's findings, on one new sheet.
      const groups = exportAll ? this.workbookExport() : null;
      if (groups && exportAll) {
        if (groups.length === 0) {
          this.set({ notice: { kind: "export-nothing" } });
          return;
        }
        this.set({ busy: "export" });
        const r = await this.safe(() => exportAll(groups));
        if (!r) return;
        this.set({
          busy: null,
          notice: r.ok ? { kind: "exported", sheet: r.value.sheet, rows: r.value.rows } : { kind: "host-error", error: r.error },
        });
        return;
      }
      const shown = result ? filterBySeverity(result.findings, this.state.settings.severities) : [];
      if (!result || shown.length === 0 || !exportFindings) {
        this.set({ notice: { kind: shown.length === 0 || !result ? "export-nothing" : "export-unsupported" } });
        return;
      }
      this.set({ busy: "export" });
      const r = await this.safe(() => exportFindings(result.name, shown));
      if (!r) return;
      this.set({
        busy: null,
        notice: r.ok ? { kind: "exported", sheet: r.value.sheet, rows: r.value.rows } : { kind: "host-error", error: r.error },
      });
    });
  }

  updateSettings(patch: Partial<PaneSettings>): Promise<void> {
    const before = this.state.settings;
    const settings: PaneSettings = {
      ...before,
      ...patch,
      severities: { ...before.severities, ...(patch.severities ?? {}) },
    };
    this.store.save(settings);
    this.set({ settings });
    const hasResult = this.state.result !== null;
    if (!hasResult) return this.queue;
    if (settings.framework !== before.framework) return this.enqueue(() => this.runCheck("settings"));
    const tasks: Promise<void>[] = [];
    if (JSON.stringify(settings.severities) !== JSON.stringify(before.severities)) {
      tasks.push(
        this.enqueue(async () => {
          this.set({ busy: "paint" });
          await this.paint();
          this.set({ busy: null });
        }),
      );
    }
    if (settings.autoRecheck !== before.autoRecheck) {
      if (settings.autoRecheck && this.state.result) tasks.push(this.ensureSubscribed(this.state.result.name));
      else {
        this.cancelTimer();
        this.unsubscribe();
      }
    }
    return Promise.all(tasks).then(() => undefined);
  }

  /** For ribbon commands and other outside callers that want to tell the user something. */
  notify(text: string, intent: NoticeIntent = "info"): void {
    this.set({ notice: { kind: "external", text, intent } });
  }

  dismissNotice(): void {
    this.set({ notice: null });
  }

  /** Resolves when all queued host work has finished (tests). */
  idle(): Promise<void> {
    return this.queue;
  }

  dispose(): void {
    this.cancelTimer();
    this.unsubscribe();
    this.disposed = true;
    this.listeners.clear();
  }

  // ---- internals --------------------------------------------------------------------------

  private enqueue(task: () => Promise<void>): Promise<void> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return this.queue;
  }

  /** Runs a host call; an unexpected throw becomes a notice and `null`. */
  private async safe<T>(call: () => Promise<T>): Promise<T | null> {
    try {
      return await call();
    } catch (e) {
      this.set({ busy: null, notice: { kind: "unexpected", detail: e instanceof Error ? e.message : String(e) } });
      return null;
    }
  }

  private async runCheck(reason: CheckReason): Promise<void> {
    if (this.disposed) return;
    this.set({ busy: "check" });
    const options: CheckOptions = { framework: this.state.settings.framework };
    const severities = this.state.settings.severities;
    // The same orchestration as the ribbon button: one batch to read, one to paint (shown severities only).
    const outcome = await this.safe(() =>
      runCheck(this.host, { check: this.checkFn, checkOptions: options, paintFilter: (f) => filterBySeverity(f, severities) }),
    );
    if (!outcome) return;
    await this.applyOutcome(outcome, reason);
  }

  /**
   * A check the ribbon's 检查工作表 already made (read and painted): show it as is — no second read and paint, no
   * second entry on Excel's undo stack (audit 3 N16).
   */
  showCheckOutcome(outcome: CheckOutcome): Promise<void> {
    return this.enqueue(() => this.applyOutcome(outcome, "refresh"));
  }

  private async applyOutcome(outcome: CheckOutcome, reason: CheckReason): Promise<void> {
    if (this.disposed) return;
    if (!outcome.result || !outcome.snapshot) {
      const error = outcome.errors[0];
      return error && error.code !== "unknown" ? this.fail(error) : this.failUnexpected(error?.detail ?? error?.message ?? null);
    }
    const checked = { snapshot: outcome.snapshot, result: outcome.result };
    if (!outcome.painted) this.pendingPaintError = outcome.errors[0] ?? null;
    const { snapshot, result } = checked;
    const findings = keyFindings(result.findings);
    const keepSelection = findings.some((f) => f.key === this.state.selectedKey);
    const notice = reason === "auto" ? ({ kind: "auto-rechecked" } as const) : this.keepNoticeAcrossCheck(reason);
    this.set({
      result,
      snapshot,
      findings,
      checkedAt: this.now(),
      selectedKey: keepSelection ? this.state.selectedKey : null,
      notice,
      checkCount: this.state.checkCount + 1,
      workbook: this.withSheetRechecked(result, snapshot, outcome.painted),
    });
    if (this.pendingPaintError) {
      this.set({ notice: { kind: "host-error", error: this.pendingPaintError } });
    } else if (outcome.checkNotices.length > 0) {
      // e.g. a stray value far away: only part of the used range was read (src/excel/readSheet.ts).
      this.set({ notice: { kind: "external", text: outcome.checkNotices.join(" "), intent: "warning" } });
    }
    this.pendingPaintError = null;
    this.set({ busy: null });
    await this.ensureSubscribed(snapshot.name);
  }

  /** A sheet of the last 检查全部工作表 checked again on its own: its row (and a later export) follow the new result. */
  private withSheetRechecked(result: SheetCheckResult, snapshot: SheetSnapshot, painted: boolean): WorkbookState | null {
    const w = this.state.workbook;
    if (!w || w.running || !w.sheets.some((s) => s.name === result.name)) return w;
    const sheets = w.sheets.map((s) =>
      s.name === result.name ? { ...s, result, snapshot, painted, counts: countBySeverity(result.findings) } : s,
    );
    return { ...w, sheets, summary: summarizeWorkbook(sheets, w.total, w.cancelled) };
  }

  private pendingPaintError: HostError | null = null;

  private fail(error: HostError): void {
    this.set({ busy: null, notice: { kind: "host-error", error } });
  }

  private failUnexpected(e: unknown): void {
    this.set({ busy: null, notice: { kind: "unexpected", detail: e instanceof Error ? e.message : String(e) } });
  }

  /** A fresh user check drops old messages; an automatic one keeps them (unless they were errors). */
  private keepNoticeAcrossCheck(reason: CheckReason): Notice | null {
    const n = this.state.notice;
    if (reason === "user" || reason === "settings") return null;
    if (n && (n.kind === "host-error" || n.kind === "unexpected")) return null;
    return n;
  }

  private async paint(): Promise<void> {
    // (readAndPaint covers the paint of a fresh check; this repaints after a filter change.)
    const { result, settings } = this.state;
    if (!result) return;
    const shown = filterBySeverity(result.findings, settings.severities);
    const r = await this.safe(() => this.host.paintFindings(result.name, shown));
    if (r && !r.ok) this.set({ notice: { kind: "host-error", error: r.error } });
  }

  private async ensureSubscribed(sheet: string): Promise<void> {
    if (!this.state.settings.autoRecheck || this.disposed) return;
    if (this.subscription?.sheet === sheet) return;
    this.unsubscribe();
    const epoch = ++this.subscriptionEpoch;
    let unsubscribe: () => void;
    try {
      unsubscribe = await this.host.onUserEdit(sheet, () => this.scheduleAutoRecheck());
    } catch {
      return; // No edit events on this host: the user re-checks by hand.
    }
    if (epoch !== this.subscriptionEpoch || this.disposed) {
      unsubscribe();
      return;
    }
    this.subscription = { sheet, unsubscribe };
  }

  private unsubscribe(): void {
    this.subscriptionEpoch++;
    const s = this.subscription;
    this.subscription = null;
    if (s) {
      try {
        s.unsubscribe();
      } catch {
        // Already gone with its context; nothing to undo.
      }
    }
  }

  private scheduleAutoRecheck(): void {
    if (this.disposed || !this.state.settings.autoRecheck || !this.state.result) return;
    this.cancelTimer();
    this.timer = this.setTimer(() => {
      this.timer = null;
      if (this.state.result) void this.enqueue(() => this.runCheck("auto"));
    }, this.debounceMs);
  }

  private cancelTimer(): void {
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
  }
}

function readCapabilities(host: SheetHost): HostCapabilities | null {
  try {
    return host.capabilities ? host.capabilities() : null;
  } catch {
    return null;
  }
}
