/**
 * The fake WPS 表格 built from a workbook read as plain data (src/fakeExcel/xlsxBook) — no exceljs here, so the
 * playground's page builds it from what its Web Worker read. See ./loadFromXlsx for reading a file in Node.
 */
import type { XlsxBook } from "../fakeExcel/xlsxBook";
import { hexToBgr } from "../wps/etApi";
import { createFakeEt, type FakeEt } from "./fakeEt";
import type { EtQuirks } from "./model";
import { parseRef } from "./objects";

/** Builds the fake ET from a workbook read as plain data. */
export function fakeEtFromBook(data: XlsxBook, quirks: Partial<EtQuirks> = {}): FakeEt {
  const fake = createFakeEt(quirks);
  const wb = fake.app.workbook;
  let active: string | null = null;
  for (const ws of data.sheets) {
    const sheet = wb.addSheet(ws.name);
    if (active === null && !ws.hidden) active = ws.name;
    sheet.protectContents = ws.protected;
    for (const m of ws.merges) sheet.merges.push(parseRef(m));
    for (const cell of ws.cells) {
      const { r, c } = cell;
      if (cell.value !== null || cell.formula) sheet.setValue(r, c, cell.value, cell.formula);
      if (cell.numFmt) sheet.cellRecord(r, c).numberFormat = cell.numFmt;
      if (cell.fill) sheet.cellRecord(r, c).fill = hexToBgr(cell.fill);
      if (cell.bold) sheet.cellRecord(r, c).bold = true;
      if (cell.note) sheet.comments.set(`${r},${c}`, { row: r, col: c, text: cell.note, author: "作者" });
    }
  }
  if (active) wb.activate(active);
  return fake;
}
