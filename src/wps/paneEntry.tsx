/**
 * Entry point of taskpane.html inside WPS 表格 (the WPS 加载项's task pane, created by main.js with
 * Application.CreateTaskPane): the same React pane as in Excel over the WPS SheetHost. Ribbon clicks run in the
 * add-in's other page; their notices arrive through PluginStorage (ribbonBridge.ts) and refresh the list.
 */
import "./legacyPolyfills";
import { createRoot } from "react-dom/client";
import { refusingHost } from "../excel/refusingHost";
import type { SheetHost } from "../excel/sheetHost";
import { TaskPaneApp } from "../taskpane/App";
import { PaneController } from "../taskpane/controller";
import { detectLanguage, pickLocale } from "../taskpane/i18n";
import { localSettingsStore } from "../taskpane/settings";
import { takeRibbonNotice } from "./ribbonBridge";
import { WPS_MESSAGES } from "./wpsMessages";
import { createWpsSheetHost, findEtApplication } from "./wpsSheetHost";

const app = findEtApplication();
const host: SheetHost = app ? createWpsSheetHost(() => findEtApplication()) : refusingHost(WPS_MESSAGES.noApplication);
const controller = new PaneController(host, { settingsStore: localSettingsStore() });
const container = document.getElementById("root");
if (container)
  createRoot(container).render(<TaskPaneApp host={host} controller={controller} locale={pickLocale(detectLanguage())} />);

if (app) {
  let lastSeq = Date.now();
  window.setInterval(() => {
    const n = takeRibbonNotice(findEtApplication(), lastSeq);
    if (!n) return;
    lastSeq = n.seq;
    controller.notify(n.message, n.kind);
    if (n.command === "check" && n.kind !== "error") void controller.refresh();
    if (n.command === "check-all" && n.workbook) controller.showWorkbookOutcome(n.workbook);
    if (n.command === "clear" && n.kind === "success") void controller.forgetResult();
  }, 1000);
}
