/**
 * The production wiring: Excel.run and Office's requirement-set check. Globals are read only when
 * called (after Office.onReady), so importing this module is safe anywhere.
 */
import { createOfficeSheetHost, type OfficeSheetHost } from "./officeSheetHost";

export function createExcelSheetHost(): OfficeSheetHost {
  return createOfficeSheetHost((batch) => Excel.run(batch), {
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    // Ribbon clicks wait for a cell edit to end (Excel.RunOptions.delayForCellEdit, ExcelApi 1.11; ignored before).
    runDelayed: (batch) => Excel.run({ delayForCellEdit: true }, batch),
    // The documented way to remove an event handler: re-enter the context that added it.
    runInContext: (context, batch) => Excel.run(context, batch),
  });
}
