/**
 * The ribbon's commands in the WPS 加载项's hidden page (index.html loads this bundle, then main.js). main.js's
 * OnAction calls `window.jxcheckRibbon.run(controlId, showPane)`; it returns at once (WPS ribbon callbacks must not be
 * async: pi-for-excel issue #620 cites async callbacks breaking ribbons in 12.1.0.23542) and the command finishes
 * in the background, then shows the pane, which picks the notice up (ribbonBridge.ts).
 */
import "./legacyPolyfills";
import { checkActiveSheet, checkAllSheets, clearSheetMarks, type RibbonNotice } from "../commands/ribbonCommands";
import { postRibbonNotice } from "./ribbonBridge";
import { createWpsSheetHost, findEtApplication } from "./wpsSheetHost";

export const RIBBON_COMMANDS = ["jxCheckSheet", "jxCheckAll", "jxClear"] as const;

export function ribbonRunner(getApp = () => findEtApplication(), now = () => Date.now()) {
  const host = createWpsSheetHost(getApp);
  return {
    /** Runs a ribbon command by control id; false for an id that is not a command. */
    run(id: string, showPane: () => void): boolean {
      const notify = (notice: RibbonNotice) => {
        postRibbonNotice(getApp(), notice, now());
        try {
          showPane();
        } catch {
          // the notice waits in PluginStorage until the pane is opened
        }
      };
      if (id === "jxCheckSheet") void checkActiveSheet(host, notify);
      else if (id === "jxCheckAll") void checkAllSheets(host, notify);
      else if (id === "jxClear") void clearSheetMarks(host, notify);
      else return false;
      return true;
    },
  };
}

(globalThis as { jxcheckRibbon?: unknown }).jxcheckRibbon = ribbonRunner();
