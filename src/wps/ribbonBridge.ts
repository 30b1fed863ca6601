/**
 * The ribbon runs in the add-in's hidden page (index.html), the pane in its own page (taskpane.html); WPS gives both
 * `Application.PluginStorage`, an in-memory store shared by the add-in's pages. The ribbon posts its last notice
 * there; the pane picks it up and shows the same list (as the pane does after a ribbon click in Excel).
 */
import type { RibbonNotice } from "../commands/ribbonCommands";
import type { EtApplication } from "./etApi";

export const NOTICE_KEY = "jxcheck.ribbonNotice";
export const PANE_KEY = "jxcheck.taskpaneId";

/** What crosses from the ribbon to the pane (JSON). */
export interface PostedNotice {
  seq: number;
  command: RibbonNotice["command"];
  kind: RibbonNotice["kind"];
  message: string;
  workbook?: RibbonNotice["workbook"];
}

export function postRibbonNotice(app: EtApplication | null, notice: RibbonNotice, now: number): void {
  const store = app?.PluginStorage;
  if (!store) return;
  const posted: PostedNotice = {
    seq: now,
    command: notice.command,
    kind: notice.kind,
    message: notice.message,
    workbook: notice.workbook,
  };
  store.setItem(NOTICE_KEY, JSON.stringify(posted));
}

/** The ribbon notice posted after `lastSeq`, or null. */
export function takeRibbonNotice(app: EtApplication | null, lastSeq: number): PostedNotice | null {
  const raw = app?.PluginStorage?.getItem(NOTICE_KEY);
  if (typeof raw !== "string" || raw === "") return null;
  try {
    const n = JSON.parse(raw) as PostedNotice;
    return typeof n.seq === "number" && n.seq > lastSeq ? n : null;
  } catch {
    return null;
  }
}
