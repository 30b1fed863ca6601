/**
 * The production wiring: Excel.run and Office's requirement-set check. Globals are read only when
 * called (after Office.onReady), so importing this module is safe anywhere.
 */
import { createOfficeSheetHost, type OfficeSheetHost } from "./officeSheetHost";

export function createExcelSheetHost(): OfficeSheetHost {
  return createOfficeSheetHost((batch) => Excel.run(batch), {
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  });
}
