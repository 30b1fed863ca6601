/**
 * Taking a sheet this add-in added away again after its write batch failed (在新工作表中新建, 导出结果).
 *
 * Excel applies a failed batch up to the failing operation, so a half-written sheet may remain. Two things must
 * never happen while cleaning up:
 * - reusing the proxy `WorksheetCollection.add()` returned: Office.js marks it "invalid after request" and only the
 *   add's own result re-validates it, so after a failed batch any call on it throws `InvalidObjectPath` before it
 *   reaches Excel (audit 3 N1: `excel-win32-16.01.debug.js` :27839-27841, :12283-12289, :13391-13392);
 * - deleting a sheet by a name that is not ours: when `add(name)` itself was refused (`ItemAlreadyExists`, e.g. a
 *   co-author made 检查结果 between the two syncs) the sheet of that name is somebody else's (audit 3 N2).
 * So the decision is made by comparing sheet names: the names listed in the batch's first sync, and the names listed
 * again now. Only `name` is ever deleted, only when it did not exist before and exists now, and never when the
 * failing operation was the add itself.
 *
 * Office.js: WorksheetCollection.load("items/name"), getItem(name), Worksheet.delete — ExcelApi 1.1.
 * Syncs: 2 (list again, delete), only on the failure path; 1 when nothing is to be deleted.
 */
import { officeErrorCode } from "./hostErrors";

/** Where an OfficeExtension.Error happened (debugInfo.errorLocation, e.g. "WorksheetCollection.add"). */
export function errorLocation(e: unknown): string {
  if (!e || typeof e !== "object") return "";
  const info = (e as { debugInfo?: { errorLocation?: unknown } }).debugInfo;
  return typeof info?.errorLocation === "string" ? info.errorLocation : "";
}

/** True when the failure was the add of the sheet itself (nothing of ours was added). */
export function addWasRefused(e: unknown): boolean {
  return officeErrorCode(e) === "ItemAlreadyExists" || /WorksheetCollection\.add/i.test(errorLocation(e));
}

/**
 * After `failure` of a batch that called `worksheets.add(name)`: deletes the sheet `name` when it is new since
 * `namesBefore` (the names of sync 1). Returns true when a sheet was deleted. Never throws (the original error is what
 * the user must see); a failing clean-up leaves the workbook as the failed batch left it.
 */
export async function removeSheetAddedByFailedBatch(
  context: Excel.RequestContext,
  name: string,
  namesBefore: readonly string[],
  failure: unknown,
): Promise<boolean> {
  const lower = name.toLowerCase();
  if (addWasRefused(failure)) return false;
  if (namesBefore.some((n) => n.toLowerCase() === lower)) return false;
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const now = sheets.items.map((s) => s.name);
    const ours = now.find((n) => n.toLowerCase() === lower);
    if (ours === undefined) return false;
    // New since sync 1 (absent from namesBefore), not the add's failure: the sheet this batch added.
    context.workbook.worksheets.getItem(ours).delete();
    await context.sync();
    return true;
  } catch {
    return false;
  }
}
