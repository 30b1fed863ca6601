/**
 * The playground over WPS 表格: the fake ET object model (src/wpsFake) loaded from an .xlsx, the real WPS adapter
 * (src/wps) on top of it, and a GridSource view for the HTML grid — so the same pane can be seen running over the
 * WPS host (demo.html?host=wps). Every host call repaints the grid when it finishes.
 */
import type { SheetHost } from "../excel/sheetHost";
import { bgrToHex } from "../wps/etApi";
import { createWpsSheetHost } from "../wps/wpsSheetHost";
import type { EtFakeSheet, FakeEt } from "../wpsFake/fakeEt";
import type { XlsxBook } from "../fakeExcel/xlsxBook";
import { fakeEtFromBook } from "../wpsFake/fromBook";
import type { GridCell, GridSheet, GridSource } from "./gridSource";

export interface WpsPlaygroundWorkbook {
  et: FakeEt;
  host: SheetHost;
  grid: GridSource;
}

/** The workbook the Web Worker read (src/demo/workbookWorker.ts), as the fake WPS: no exceljs on the page. */
export function wpsPlaygroundFromBook(book: XlsxBook): WpsPlaygroundWorkbook {
  const et = fakeEtFromBook(book);
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const l of [...listeners]) l();
  };
  const inner = createWpsSheetHost(() => et.Application);
  // Repaint after every host call (WPS applies each change at once; the grid catches up when the call returns).
  const host = new Proxy(inner, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== "function") return v;
      return (...args: unknown[]) => {
        const out = (v as (...a: unknown[]) => unknown).apply(target, args);
        if (out instanceof Promise) return out.finally(changed);
        changed();
        return out;
      };
    },
  });
  return { et, host, grid: new WpsGridSource(et, changed, listeners) };
}

function display(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12)));
  return v;
}

const a1 = (row: number, col: number) => {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${row + 1}`;
};

class WpsGridSource implements GridSource {
  constructor(
    private readonly et: FakeEt,
    private readonly changed: () => void,
    private readonly listeners: Set<() => void>,
  ) {}

  private model(name: string): EtFakeSheet {
    const s = this.et.app.workbook.sheet(name);
    if (!s) throw new Error(`没有工作表“${name}”`);
    return s;
  }

  sheetNames(): string[] {
    return this.et.app.workbook.live().map((s) => s.name);
  }

  activeSheetName(): string {
    return this.et.app.workbook.active?.name ?? this.sheetNames()[0] ?? "";
  }

  activate(name: string): void {
    this.et.app.workbook.activate(name);
    this.changed();
  }

  sheet(name: string): GridSheet {
    const s = this.model(name);
    const used = s.usedBox();
    const rowCount = used.bottom + 1;
    const colCount = used.right + 1;
    return {
      name,
      rowCount,
      colCount,
      merges: s.merges.map((m) => ({ ...m })),
      selection: { ...s.selection },
      colWidths: Array.from({ length: colCount }, (_, c) => {
        const chars = s.columnWidths.get(c);
        return chars !== undefined ? Math.round(chars * 7 + 5) : undefined;
      }),
      cell: (row, col) => cellView(s, row, col),
    };
  }

  edit(sheet: string, row: number, col: number, text: string): void {
    this.et.userEdit(sheet, a1(row, col), text);
    this.model(sheet).selection = { top: row, left: col, bottom: row, right: col };
    this.changed();
  }

  select(sheet: string, row: number, col: number): void {
    if (this.activeSheetName() !== sheet) this.et.app.workbook.activate(sheet);
    this.model(sheet).selection = { top: row, left: col, bottom: row, right: col };
    this.changed();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

function cellView(s: EtFakeSheet, row: number, col: number): GridCell {
  const cell = s.cellAt(row, col);
  const shown = s.shownFormat(row, col);
  const fill = shown.fill !== null ? bgrToHex(shown.fill) : cell?.fill !== undefined ? bgrToHex(cell.fill) : undefined;
  const fontColor =
    shown.fontColor !== null
      ? bgrToHex(shown.fontColor)
      : s.hyperlinks.some((h) => h.row === row && h.col === col)
        ? "#0563C1"
        : undefined;
  return { text: display(cell?.value), fill, fontColor, note: s.comments.get(`${row},${col}`)?.text, bold: cell?.bold };
}
