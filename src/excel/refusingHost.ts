/**
 * The host behind a pane that has nothing to work on. A module of its own, with no imports but types: the pages that
 * use it (the task pane, the WPS pane, the playground) do not take the host messages into their first script for it.
 */
import type { HostErrorCode, HostResult, SheetHost } from "./sheetHost";

/**
 * A host that refuses every call with `message` (code "unsupported-host" unless given): the pane opened outside Excel, in
 * WPS without its API, or the playground without a workbook it could open. The pane then shows the message on every
 * button instead of failing on its first call.
 */
export function refusingHost(message: string, code: HostErrorCode = "unsupported-host"): SheetHost {
  const refuse = async <T>(): Promise<HostResult<T>> => ({ ok: false, error: { code, message } });
  return {
    readActiveSheet: refuse,
    paintFindings: refuse,
    clearMarks: refuse,
    selectCell: refuse,
    writeCell: refuse,
    onUserEdit: async () => () => undefined,
    readAndPaint: refuse,
    listSheets: refuse,
    readAndPaintSheet: refuse,
    exportFindings: refuse,
  };
}
