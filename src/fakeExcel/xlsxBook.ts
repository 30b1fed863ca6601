/**
 * A workbook read from an .xlsx as plain data, and the FakeWorkbook built from it — without exceljs, so the
 * playground's page builds the fake from what its Web Worker read (src/demo/workbookWorker.ts), and Node code
 * from src/fakeExcel/loadFakeWorkbookFromXlsx. The first visible sheet is active.
 */
import type { WorkbookBounds } from "../core/xlsxBounds";
import { FakeWorkbook, type FakeCellValue } from "./fakeExcel";

/** What the bounds scan refused or trimmed, per loaded workbook (sheet name → zh-CN reason). */
const READ_NOTES = new WeakMap<FakeWorkbook, WorkbookBounds>();
export function readNotesOf(book: FakeWorkbook): WorkbookBounds | undefined {
  return READ_NOTES.get(book);
}

/** One non-empty cell as read from the file, in the order the fake receives it (plain data: crosses a Web Worker). */
export interface XlsxBookCell {
  r: number;
  c: number;
  value: FakeCellValue | null;
  formula?: string;
  numFmt?: string;
  fill?: string;
  bold?: true;
  note?: string;
}

export interface XlsxBookSheet {
  name: string;
  hidden: boolean;
  protected: boolean;
  merges: string[];
  /** [0-based column, width in points]. */
  columnWidths: [number, number][];
  cells: XlsxBookCell[];
}

/**
 * A workbook read from an .xlsx as plain data (structured-cloneable): what the playground's Web Worker sends back to
 * the page, which then builds the fake from it ({@link fakeWorkbookFromBook}) without exceljs.
 */
export interface XlsxBook {
  sheets: XlsxBookSheet[];
  /** Sheet name → zh-CN reason the bounds scan refused it (its cells were not read): 未检查, never a pass. */
  refused: [string, string][];
  /** Sheet name → what the bounds scan trimmed. */
  notes: [string, string[]][];
}

/** Builds the fake from plain data (no exceljs): the first visible sheet is active. */
export function fakeWorkbookFromBook(data: XlsxBook): FakeWorkbook {
  const fake = new FakeWorkbook();
  let active: string | null = null;
  for (const ws of data.sheets) {
    const sheet = fake.addSheet(ws.name);
    if (active === null && !ws.hidden) active = ws.name;
    sheet.protected = ws.protected;
    for (const m of ws.merges) sheet.merge(m);
    for (const [c, w] of ws.columnWidths) sheet.columnWidths.set(c, w);
    for (const cell of ws.cells) {
      const { r, c } = cell;
      if (cell.value !== null || cell.formula) sheet.storeValue(r, c, cell.value, cell.formula);
      if (cell.numFmt) sheet.setNumberFormat(cellAddress(r, c), cell.numFmt);
      if (cell.fill) sheet.setFill(cellAddress(r, c), cell.fill);
      if (cell.bold) {
        const stored = sheet.cellAt(r, c);
        if (stored) stored.bold = true;
      }
      if (cell.note) sheet.addNote(cellAddress(r, c), cell.note, "作者");
    }
  }
  if (active) fake.activate(active);
  READ_NOTES.set(fake, {
    refused: new Map(data.refused),
    notes: new Map(data.notes),
    changed: data.refused.length > 0 || data.notes.length > 0,
  });
  return fake;
}

function cellAddress(r: number, c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${r + 1}`;
}
