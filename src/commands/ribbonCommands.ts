/**
 * Ribbon buttons (manifest.xml, ExecuteFunction): 检查工作表 → checkActiveSheet, 清除标记 → clearSheetMarks.
 * They run in the shared runtime (the task pane's page), so `registerRibbonCommands` must be called once
 * that page has loaded (inside Office.onReady), with the same host and a `notify` the pane displays.
 */
import { runCheck, type CheckOutcome, type RunCheckOptions } from "../excel/runCheck";
import type { SheetHost } from "../excel/sheetHost";

export type NoticeKind = "success" | "info" | "warning" | "error";

export interface RibbonNotice {
  /** Which button sent it. */
  command: "check" | "clear";
  kind: NoticeKind;
  /** Short zh-CN text. */
  message: string;
  /** The full check outcome (for 检查工作表), so the pane can show the same list. */
  outcome?: CheckOutcome;
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

/** 检查工作表: read → checkSheet → paint → notify. Always calls `event.completed()`. */
export async function checkActiveSheet(
  host: SheetHost,
  notify: Notify,
  event?: CommandEvent,
  options?: RunCheckOptions,
): Promise<CheckOutcome | undefined> {
  try {
    const outcome = await runCheck(host, options);
    await safeNotify(notify, { command: "check", kind: outcomeKind(outcome), message: outcome.summary, outcome });
    return outcome;
  } catch (e) {
    await safeNotify(notify, { command: "check", kind: "error", message: `检查失败：${e instanceof Error ? e.message : String(e)}` });
    return undefined;
  } finally {
    event?.completed();
  }
}

/** 清除标记: removes this add-in's marks from every sheet. Always calls `event.completed()`. */
export async function clearSheetMarks(host: SheetHost, notify: Notify, event?: CommandEvent): Promise<void> {
  try {
    const r = await host.clearMarks();
    if (r.ok) {
      await safeNotify(notify, {
        command: "clear",
        kind: "success",
        message: r.value.cleared > 0 ? `已清除 ${r.value.cleared} 处标记。` : "没有需要清除的标记。",
      });
    } else {
      await safeNotify(notify, { command: "clear", kind: "error", message: r.error.message });
    }
  } catch (e) {
    await safeNotify(notify, { command: "clear", kind: "error", message: `清除失败：${e instanceof Error ? e.message : String(e)}` });
  } finally {
    event?.completed();
  }
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
}
