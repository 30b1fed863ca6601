/**
 * The playground's workbook: the fake Excel JS API (src/fakeExcel) loaded from an .xlsx, the real
 * Office adapter (src/excel) on top of it, and a GridSource view for the HTML grid.
 *
 * Every batch the adapter runs goes through `run` below, so the grid repaints after each one
 * (marks painted or cleared, a cell selected or written).
 */
import { rangeFromA1 } from "../core/cellAddress";
import type { CellRange } from "../core/snapshot";
import { isMarkFormula } from "../excel/marks";
import { createOfficeSheetHost, type OfficeSheetHost } from "../excel/officeSheetHost";
import type { ExcelRun } from "../excel/officeSheetHost";
import { cellA1, fakeExcelRun, type FakeConditionalFormat, type FakeSheet, type FakeWorkbook } from "../fakeExcel/fakeExcel";
import { fakeWorkbookFromBook, type XlsxBook } from "../fakeExcel/xlsxBook";
import "../fakeExcel/rowsAndMerges"; // whole-row insert/delete and merging, for the 模板 area
import type { GridCell, GridSheet, GridSource } from "./gridSource";

export interface PlaygroundWorkbook {
  fake: FakeWorkbook;
  host: OfficeSheetHost;
  grid: GridSource;
}

/** The workbook the Web Worker read (src/demo/workbookWorker.ts), as the fake Excel: no exceljs on the page. */
export function playgroundFromBook(book: XlsxBook): PlaygroundWorkbook {
  return playgroundFor(fakeWorkbookFromBook(book));
}

export function playgroundFor(fake: FakeWorkbook): PlaygroundWorkbook {
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const l of [...listeners]) l();
  };
  const inner = fakeExcelRun(fake);
  const run: ExcelRun = async (batch) => {
    try {
      return await inner(batch);
    } finally {
      changed();
    }
  };
  const host = createOfficeSheetHost(run, { isSetSupported: (name, version) => fake.isSetSupported(name, version) });
  return { fake, host, grid: new FakeGridSource(fake, changed, listeners) };
}

/** Does a conditional format apply to every cell of its range? Only rules we can evaluate count. */
function alwaysTrue(cf: FakeConditionalFormat): boolean {
  if (cf.type !== "Custom" || !cf.formula) return false;
  return isMarkFormula(cf.formula) || /^=\s*TRUE\s*$/i.test(cf.formula);
}

/** Display text the way Excel shows a stored value (close enough for the playground). */
function display(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12)));
  return v;
}

/** CJK characters are about twice as wide as Latin ones. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}

class FakeGridSource implements GridSource {
  constructor(
    private readonly fake: FakeWorkbook,
    private readonly changed: () => void,
    private readonly listeners: Set<() => void>,
  ) {}

  sheetNames(): string[] {
    return this.fake.sheets.filter((s) => s.alive).map((s) => s.name);
  }

  activeSheetName(): string {
    return this.fake.activeSheetName ?? this.sheetNames()[0] ?? "";
  }

  activate(name: string): void {
    this.fake.activate(name);
    this.changed();
  }

  sheet(name: string): GridSheet {
    const s = this.fake.sheet(name);
    const used = s.usedBox(false);
    const rowCount = used ? used.bottom + 1 : 1;
    const colCount = used ? used.right + 1 : 1;
    return {
      name,
      rowCount,
      colCount,
      merges: s.merges.map((m) => ({ ...m })),
      selection: selectionOf(s),
      colWidths: columnWidths(s, colCount),
      cell: (row, col) => cellView(s, row, col),
    };
  }

  edit(sheet: string, row: number, col: number, text: string): void {
    const s = this.fake.sheet(sheet);
    // What typing does in Excel: input parsing + a WorksheetChanged event (async, like Office).
    s.userEdit(cellA1(row, col), text);
    s.selection = cellA1(row, col);
    this.changed();
  }

  select(sheet: string, row: number, col: number): void {
    const s = this.fake.sheet(sheet);
    if (this.fake.activeSheetName !== sheet) this.fake.activate(sheet);
    s.selection = cellA1(row, col);
    this.changed();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

function selectionOf(s: FakeSheet): CellRange | null {
  try {
    return rangeFromA1(s.selection);
  } catch {
    return null;
  }
}

function cellView(s: FakeSheet, row: number, col: number): GridCell {
  const cell = s.cellAt(row, col);
  let fill = cell?.fill;
  let fontColor: string | undefined;
  // conditionalFormats[0] has the highest priority.
  for (const cf of s.conditionalFormats) {
    const b = cf.box;
    if (row < b.top || row > b.bottom || col < b.left || col > b.right || !alwaysTrue(cf)) continue;
    if (cf.fill) {
      fill = cf.fill;
      fontColor = cf.fontColor ?? undefined;
      break;
    }
  }
  const note = s.notes.find((n) => n.row === row && n.col === col)?.content;
  // Hyperlinks show in Excel's link blue (Range.hyperlink, e.g. the 检查结果 sheet of 导出结果).
  if (!fontColor && cell?.hyperlink) fontColor = "#0563C1";
  return { text: display(cell?.value), fill, fontColor, note, bold: cell?.bold };
}

function columnWidths(s: FakeSheet, colCount: number): number[] {
  const chars = new Array<number>(colCount).fill(4);
  const mergedAway = new Set<string>();
  for (const m of s.merges) if (m.right > m.left) mergedAway.add(`${m.top},${m.left}`);
  for (const [key, cell] of s.cells) {
    if (mergedAway.has(key)) continue;
    const col = Number(key.split(",")[1]);
    if (col < colCount) chars[col] = Math.max(chars[col], Math.min(textWidth(display(cell.value)), 28));
  }
  // Widths set through Range.format.columnWidth (points) win; 1 pt = 4/3 px.
  return chars.map((n, c) => {
    const points = s.columnWidths.get(c);
    return points !== undefined ? Math.round((points * 4) / 3) : Math.max(56, Math.min(260, n * 7 + 12));
  });
}
