/**
 * Ribbon buttons (manifest.xml, ExecuteFunction): 检查工作表 → checkActiveSheet, 检查全部工作表 → checkAllSheets,
 * 清除标记 → clearSheetMarks.
 * They run in the shared runtime (the task pane's page), so `registerRibbonCommands` must be called once
 * that page has loaded (inside Office.onReady), with the same host and a `notify` the pane displays.
 */
import { runCheck, type CheckOutcome, type RunCheckOptions } from "../excel/runCheck";
import { runCheckAll, type WorkbookOutcome } from "../excel/runCheckAll";
import type { SheetHost } from "../excel/sheetHost";

export type NoticeKind = "success" | "info" | "warning" | "error";

export interface RibbonNotice {
  /** Which button sent it. */
  command: "check" | "clear" | "check-all";
  kind: NoticeKind;
  /** Short zh-CN text. */
  message: string;
  /** The full check outcome (for 检查工作表), so the pane can show the same list. */
  outcome?: CheckOutcome;
  /** The whole-workbook outcome (for 检查全部工作表), so the pane can show the per-sheet summary. */
  workbook?: WorkbookOutcome;
}

export type Notify = (notice: RibbonNotice) => void | Promise<void>;

/** The part of Office.AddinCommands.Event the commands use. */
export interface CommandEvent {
  completed(): void;
}

/** The part of Office.actions used here. */
export interface ActionRegistry {
  associate(actionId: string, actionFunction: (event: CommandEvent) => void | Promise<void>): void;
}

async function safeNotify(notify: Notify, notice: RibbonNotice): Promise<void> {
  try {
    await notify(notice);
  } catch {
    // the notification surface is best effort; the command itself must still complete
  }
}

function outcomeKind(outcome: CheckOutcome): NoticeKind {
  if (!outcome.result) return "error";
  if (outcome.errors.length > 0) return "warning";
  if (!outcome.result.recognized) return "info";
  return outcome.result.findings.length === 0 ? "success" : "warning";
}

/**
 * Runs one ribbon command: its notice on success, a zh-CN failure notice ("检查失败：…") when it throws, and
 * `event.completed()` in every case (Office waits for it).
 */
async function runRibbonCommand<T>(
  command: RibbonNotice["command"],
  failure: string,
  notify: Notify,
  event: CommandEvent | undefined,
  body: () => Promise<{ value: T; notice: Omit<RibbonNotice, "command"> }>,
): Promise<T | undefined> {
  try {
    const { value, notice } = await body();
    await safeNotify(notify, { command, ...notice });
    return value;
  } catch (e) {
    await safeNotify(notify, { command, kind: "error", message: `${failure}：${e instanceof Error ? e.message : String(e)}` });
    return undefined;
  } finally {
    event?.completed();
  }
}

/** 检查工作表: read → checkSheet → paint → notify. Always calls `event.completed()`. */
export async function checkActiveSheet(
  host: SheetHost,
  notify: Notify,
  event?: CommandEvent,
  options?: RunCheckOptions,
): Promise<CheckOutcome | undefined> {
  return runRibbonCommand("check", "检查失败", notify, event, async () => {
    const outcome = await runCheck(host, options);
    return { value: outcome, notice: { kind: outcomeKind(outcome), message: outcome.summary, outcome } };
  });
}

/** 清除标记: removes this add-in's marks from every sheet. Always calls `event.completed()`. */
export async function clearSheetMarks(host: SheetHost, notify: Notify, event?: CommandEvent): Promise<void> {
  await runRibbonCommand("clear", "清除失败", notify, event, async () => {
    const r = await host.clearMarks();
    const message = r.ok
      ? r.value.cleared > 0
        ? `已清除 ${r.value.cleared} 处标记。`
        : "没有需要清除的标记。"
      : r.error.message;
    return { value: undefined, notice: { kind: r.ok ? "success" : "error", message } };
  });
}

/** 检查全部工作表: every sheet, read + paint, then one notice with the per-sheet outcome. Always completes the event. */
export async function checkAllSheets(
  host: SheetHost,
  notify: Notify,
  event?: CommandEvent,
  options?: RunCheckOptions,
): Promise<WorkbookOutcome | undefined> {
  return runRibbonCommand("check-all", "检查失败", notify, event, async () => {
    const workbook = await runCheckAll(host, options);
    const anyErrors = workbook.errors.length > 0 || workbook.sheets.some((s) => s.errors.length > 0);
    const findings = workbook.sheets.reduce((n, s) => n + s.counts.error + s.counts.warning + s.counts.info, 0);
    const kind: NoticeKind = workbook.errors.length > 0 ? "error" : anyErrors || findings > 0 ? "warning" : "success";
    return { value: workbook, notice: { kind, message: workbook.summary, workbook } };
  });
}

/** What the ribbon commands act on, known once Office is ready and the pane is mounted. */
export interface RibbonTarget {
  host: SheetHost;
  notify: Notify;
  /**
   * Shows the task pane: `Office.addin.showAsTaskpane()` (SharedRuntime 1.1; "can also call the showAsTaskpane
   * method", Add-in commands docs). Called when a command fails (with the pane closed its notice would be invisible)
   * and for 检查全部工作表.
   */
  showPane?: () => Promise<void>;
  /**
   * Runs 检查全部工作表 in the pane (progress and 取消 there). The ribbon's event is completed at once, so the pass is
   * not bound by ExecuteFunction's 5-minute limit ("the add-in times out after 5 minutes", Action element reference).
   */
  checkAllInPane?: () => Promise<void>;
}

/** A failed command: a notice of kind error, or a check that could not read or paint. */
export function isFailure(notice: RibbonNotice): boolean {
  return notice.kind === "error" || (notice.outcome?.errors.length ?? 0) > 0 || (notice.workbook?.errors.length ?? 0) > 0;
}

async function showPaneSafely(target: RibbonTarget): Promise<void> {
  try {
    await target.showPane?.();
  } catch {
    // an Excel without SharedRuntime 1.1 has no Office.addin: the notice still goes to the pane
  }
}

/** The target's notify, showing the pane first when the command failed. */
function notifyShowingFailures(target: RibbonTarget): Notify {
  return async (notice) => {
    if (isFailure(notice)) await showPaneSafely(target);
    await target.notify(notice);
  };
}

/**
 * Associates the ribbon's actions at MODULE LOAD, before Office.onReady and before React mounts: an action
 * associated later may miss the first click after start (office-js #5176; Office.actions.associate docs). Each
 * handler waits for `ready` (the host and the pane's notify); if that never comes, the event still completes.
 */
export function associateRibbonCommands(ready: Promise<RibbonTarget>, actions?: ActionRegistry): void {
  const registry: ActionRegistry = actions ?? (Office.actions as unknown as ActionRegistry);
  const withTarget =
    (run: (target: RibbonTarget, event: CommandEvent) => Promise<unknown>) =>
    async (event: CommandEvent): Promise<void> => {
      let target: RibbonTarget;
      try {
        target = await ready;
      } catch {
        event.completed();
        return;
      }
      await run(target, event);
    };
  registry.associate(
    "checkActiveSheet",
    withTarget((t, e) => checkActiveSheet(t.host, notifyShowingFailures(t), e)),
  );
  registry.associate(
    "clearSheetMarks",
    withTarget((t, e) => clearSheetMarks(t.host, notifyShowingFailures(t), e)),
  );
  registry.associate(
    "checkAllSheets",
    withTarget(async (t, e) => {
      const inPane = t.checkAllInPane;
      if (!inPane) return checkAllSheets(t.host, notifyShowingFailures(t), e);
      // Show the pane and run the pass there (progress + 取消); the ribbon's event completes now.
      await showPaneSafely(t);
      void inPane().catch(() => undefined);
      e.completed();
      return undefined;
    }),
  );
}

/**
 * Associates the manifest's FunctionName values with the commands. `actions` defaults to
 * Office.actions (read when called, so this module imports safely outside Office).
 */
export function registerRibbonCommands(host: SheetHost, notify: Notify, actions?: ActionRegistry): void {
  const registry: ActionRegistry = actions ?? (Office.actions as unknown as ActionRegistry);
  registry.associate("checkActiveSheet", async (event) => {
    await checkActiveSheet(host, notify, event);
  });
  registry.associate("clearSheetMarks", (event) => clearSheetMarks(host, notify, event));
  registry.associate("checkAllSheets", (event) => checkAllSheets(host, notify, event).then(() => undefined));
}
