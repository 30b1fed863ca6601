/**
 * Entry point of taskpane.html inside Excel: waits for Office.js, creates the Office-backed
 * SheetHost, registers the ribbon commands (shared runtime: they run in this page) and renders
 * the pane.
 */
import { createRoot } from "react-dom/client";
import { associateRibbonCommands, type RibbonTarget } from "../commands/ribbonCommands";
import { loadCheckSheet } from "../core/loadCheck";
import { createExcelSheetHost } from "../excel/officeEnv";
import { refusingHost } from "../excel/refusingHost";
import type { SheetHost } from "../excel/sheetHost";
import { TaskPaneApp } from "./App";
import { PaneController } from "./controller";
import { detectLanguage, pickLocale } from "./i18n";
import { ribbonTargetFor } from "./ribbonBridge";
import { localSettingsStore } from "./settings";

function mount(host: SheetHost): PaneController {
  const controller = new PaneController(host, { settingsStore: localSettingsStore() });
  const container = document.getElementById("root");
  if (container) {
    createRoot(container).render(
      <TaskPaneApp
        host={host}
        controller={controller}
        locale={pickLocale(detectLanguage())}
        // The engine is its own chunk: fetch it as soon as the first screen is up, before the first click.
        onFirstRender={() => void loadCheckSheet()}
      />,
    );
  }
  return controller;
}

// Ribbon actions are associated at module load — before Office.onReady and before React mounts — or the first
// ribbon click after start may do nothing (office-js #5176). The handlers wait for the host made below.
let resolveTarget!: (target: RibbonTarget) => void;
let rejectTarget!: (reason: unknown) => void;
const ribbonTarget = new Promise<RibbonTarget>((resolve, reject) => {
  resolveTarget = resolve;
  rejectTarget = reject;
});
ribbonTarget.catch(() => undefined);
try {
  associateRibbonCommands(ribbonTarget);
} catch {
  // Office.actions is missing without a shared runtime (e.g. older Excel): the pane still works.
}

Office.onReady((info) => {
  if (info.host !== Office.HostType.Excel) {
    mount(refusingHost("此加载项只能在 Excel 中使用。"));
    rejectTarget(new Error("not Excel"));
    return;
  }
  const host = createExcelSheetHost();
  const controller = mount(host);
  // Office.addin.showAsTaskpane — SharedRuntime 1.1 (required by the manifest).
  const showPane = () => Office.addin.showAsTaskpane();
  resolveTarget(ribbonTargetFor(controller, host.forRibbon(), showPane));
});
