/**
 * Fills a FakeWorkbook from a real .xlsx through exceljs: values (formulas keep their cached result),
 * merged ranges, solid fills, cell notes, sheet protection. The first visible sheet is active.
 * Like Excel, only the top-left cell of a merged range holds a value.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { boundWorkbookParts, type WorkbookBounds } from "../core/xlsxBounds";
import { FakeWorkbook, type FakeCellValue } from "./fakeExcel";

function excelSerial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}

function toValue(v: ExcelJS.CellValue): { value: FakeCellValue | null; formula?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return { value: v === "" ? null : v };
  if (v instanceof Date) return { value: excelSerial(v) };
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return { value: v.richText.map((t) => t.text).join("") || null };
    if ("formula" in v || "sharedFormula" in v) {
      const f = v as ExcelJS.CellFormulaValue;
      const inner = toValue((f.result ?? null) as ExcelJS.CellValue);
      return { value: inner.value, formula: f.formula ? `=${f.formula}` : undefined };
    }
    if ("error" in v) return { value: String((v as ExcelJS.CellErrorValue).error) };
    if ("text" in v) return { value: String((v as ExcelJS.CellHyperlinkValue).text) };
  }
  return { value: String(v) };
}

function noteText(note: unknown): string | null {
  if (!note) return null;
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text: string }[] }).texts;
  return Array.isArray(texts) ? texts.map((t) => t.text).join("") : null;
}

/** What the bounds scan refused or trimmed, per loaded workbook (sheet name → zh-CN reason). */
const READ_NOTES = new WeakMap<FakeWorkbook, WorkbookBounds>();
export function readNotesOf(book: FakeWorkbook): WorkbookBounds | undefined {
  return READ_NOTES.get(book);
}

/** Largest declared size of one part / of all parts the playground inflates (the CLI's caps, src/cli/safeOpen). */
const MAX_PART = 100 * 1024 * 1024;
const MAX_TOTAL = 300 * 1024 * 1024;

/**
 * The same bounds as the CLI before exceljs sees the bytes (src/core/xlsxBounds): declared part sizes capped, every
 * sheet's XML scanned, merged areas far beyond the cells clipped, sheets over the caps emptied (with the reason).
 */
async function boundedBytes(bytes: ArrayBuffer): Promise<{ bytes: ArrayBuffer; bounds: WorkbookBounds }> {
  const zip = await JSZip.loadAsync(bytes);
  let total = 0;
  for (const f of Object.values(zip.files)) {
    const size = (f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    total += size;
    if (size > MAX_PART || total > MAX_TOTAL) throw new Error("无法读取文件：解压后过大，可能是“压缩炸弹”，已拒绝");
  }
  const bounds = await boundWorkbookParts({
    has: (part) => zip.file(part) !== null,
    read: (part) => zip.file(part)!.async("string"),
    write: (part, text) => void zip.file(part, text),
  });
  if (!bounds.changed) return { bytes, bounds };
  return { bytes: await zip.generateAsync({ type: "arraybuffer", compression: "STORE" }), bounds };
}

/** `source`: a path (Node) or the file's bytes (browser). */
export async function loadFakeWorkbookFromXlsx(source: string | ArrayBuffer | Uint8Array): Promise<FakeWorkbook> {
  const book = new ExcelJS.Workbook();
  let bounds: WorkbookBounds | undefined;
  if (typeof source === "string") await book.xlsx.readFile(source);
  else {
    const raw =
      source instanceof Uint8Array
        ? (source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength) as ArrayBuffer)
        : source;
    const bounded = await boundedBytes(raw);
    bounds = bounded.bounds;
    await book.xlsx.load(bounded.bytes);
  }

  const fake = new FakeWorkbook();
  let active: string | null = null;
  book.eachSheet((ws) => {
    const sheet = fake.addSheet(ws.name);
    if (active === null && ws.state !== "hidden" && ws.state !== "veryHidden") active = ws.name;
    const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
    sheet.protected = protection?.sheet === true;
    for (const m of (ws.model as { merges?: string[] }).merges ?? []) sheet.merge(m);
    // Column widths written in the file (characters of the default font; ≈ 7 px each + 5 px padding, 1 px = ¾ pt).
    (ws.columns ?? []).forEach((col, c) => {
      if (col?.width) sheet.columnWidths.set(c, Math.round((col.width * 7 + 5) * 0.75));
    });
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const r = rowNumber - 1;
        const c = colNumber - 1;
        if (cell.type !== ExcelJS.ValueType.Merge) {
          const { value, formula } = toValue(cell.value);
          if (value !== null || formula) sheet.storeValue(r, c, value, formula);
          if (cell.value instanceof Date) sheet.setNumberFormat(cellAddress(r, c), cell.numFmt || "yyyy-mm-dd");
          // Other number formats too (a 0.98 shown as "≥98%" by `"≥"0%`): Range.numberFormat/text report them.
          else if (value !== null && cell.numFmt && !/^general$/i.test(cell.numFmt))
            sheet.setNumberFormat(cellAddress(r, c), cell.numFmt);
        }
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        if (fill && fill.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb) {
          sheet.setFill(`${cellAddress(r, c)}`, `#${fill.fgColor.argb.slice(-6)}`);
        }
        if (cell.font?.bold) {
          const stored = sheet.cellAt(r, c);
          if (stored) stored.bold = true;
        }
        const note = noteText(cell.note);
        if (note) sheet.addNote(cellAddress(r, c), note, "作者");
      });
    });
  });
  if (active) fake.activate(active);
  if (bounds) READ_NOTES.set(fake, bounds);
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
