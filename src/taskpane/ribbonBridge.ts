/**
 * How the ribbon's commands reach the pane in the shared runtime: what a finished ribbon command shows in the pane,
 * and the pane-side 检查全部工作表 the ribbon starts. Kept out of index.tsx so it is tested without Office.
 */
import type { RibbonNotice, RibbonTarget } from "../commands/ribbonCommands";
import type { SheetHost } from "../excel/sheetHost";
import type { PaneController } from "./controller";

export function ribbonTargetFor(controller: PaneController, ribbonHost: SheetHost, showPane?: () => Promise<void>): RibbonTarget {
  const notify = async (notice: RibbonNotice): Promise<void> => {
    if (notice.outcome?.result) {
      // The ribbon read and painted the sheet: show that very outcome (no second read and paint, audit 3 N16). It
      // also gives 应用建议 the snapshot the suggestion was computed from.
      await controller.showCheckOutcome(notice.outcome);
      if (notice.outcome.errors.length === 0 && notice.outcome.checkNotices.length === 0)
        controller.notify(notice.message, notice.kind);
      return;
    }
    controller.notify(notice.message, notice.kind);
    // The ribbon checked every sheet (a host without the pane pass): show the per-sheet summary.
    if (notice.workbook) controller.showWorkbookOutcome(notice.workbook);
    // The ribbon cleared the marks: the list would point at marks that are gone.
    if (notice.command === "clear" && notice.kind === "success") void controller.forgetResult();
  };
  return { host: ribbonHost, notify, showPane, checkAllInPane: () => controller.checkAll() };
}
