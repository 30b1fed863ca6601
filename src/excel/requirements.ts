/**
 * Requirement sets: checked at run time through an injected `isSetSupported`, never assumed.
 *
 * | Set          | What the add-in uses it for                                   | Without it                           |
 * |--------------|---------------------------------------------------------------|--------------------------------------|
 * | ExcelApi 1.7 | minimum: used range, protection, conditional formats, onChanged | the add-in refuses ("unsupported-host") |
 * | ExcelApi 1.13| `Range.getMergedAreasOrNullObject` (merged header cells)       | snapshot without merges + a notice   |
 * | ExcelApi 1.18| `Worksheet.notes` (message as a cell note)                     | highlights only + a notice           |
 */
import type { HostCapabilities } from "./sheetHost";

export type IsSetSupported = (name: string, version: string) => boolean;

export const MIN_EXCEL_API = "1.7";
export const MERGES_EXCEL_API = "1.13";
export const NOTES_EXCEL_API = "1.18";

export const NOTICE_NO_MERGES =
  "此版本的 Excel 不支持读取合并单元格（需要 ExcelApi 1.13），检查时按未合并处理，个别结果可能不准确。";
export const NOTICE_NO_NOTES =
  "此版本的 Excel 不支持在单元格上添加批注（需要 ExcelApi 1.18），只用底色标出问题，详细说明请看检查面板。";

/** Asks `isSetSupported` about the sets above; a throwing probe counts as "not supported". */
export function detectCapabilities(isSetSupported: IsSetSupported): HostCapabilities {
  const has = (version: string): boolean => {
    try {
      return isSetSupported("ExcelApi", version) === true;
    } catch {
      return false;
    }
  };
  const supported = has(MIN_EXCEL_API);
  const merges = supported && has(MERGES_EXCEL_API);
  const notes = supported && has(NOTES_EXCEL_API);
  const notices: string[] = [];
  if (supported && !merges) notices.push(NOTICE_NO_MERGES);
  if (supported && !notes) notices.push(NOTICE_NO_NOTES);
  return { supported, merges, notes, notices };
}
