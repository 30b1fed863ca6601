/** Writes a new form (src/core/templates/newForm.ts) as a worksheet: values, merges, thin borders, wrap, widths, A4 print setup. */
import type ExcelJS from "exceljs";
import type { NewForm } from "../core/templates/newForm";

export function writeNewFormSheet(wb: ExcelJS.Workbook, form: NewForm): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(form.snapshot.name, {
    pageSetup: {
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
    },
  });
  const rows = form.snapshot.values.length;
  const cols = form.widths.length;
  form.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const thin = { style: "thin" as const, color: { argb: "FF000000" } };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      const v = form.snapshot.values[r]?.[c] ?? null;
      if (v !== null) cell.value = v;
      cell.font = { name: "宋体", size: r === 0 ? 16 : 11, bold: r === 0 };
      cell.alignment = { wrapText: true, vertical: "middle", horizontal: r === 0 ? "center" : "left" };
      if (r >= 2) cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    }
  }
  for (const m of form.snapshot.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  ws.pageSetup.printArea = `A1:${String.fromCharCode(64 + cols)}${rows}`;
  return ws;
}
