/**
 * Reads a real .xlsx through exceljs (bounds first: src/core/xlsxBounds) into plain data ({@link XlsxBook}: values,
 * formulas with their cached result, merged ranges, solid fills, cell notes, sheet protection), then fills a
 * FakeWorkbook from it (./xlsxBook). The playground does the reading in a Web Worker (src/demo/workbookWorker.ts).
 * Like Excel, only the top-left cell of a merged range holds a value.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { boundWorkbookParts, type WorkbookBounds } from "../core/xlsxBounds";
import type { FakeCellValue, FakeWorkbook } from "./fakeExcel";
import { fakeWorkbookFromBook, type XlsxBook, type XlsxBookCell, type XlsxBookSheet } from "./xlsxBook";

export { fakeWorkbookFromBook, readNotesOf, type XlsxBook } from "./xlsxBook";

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

/** Largest declared size of one part / of all parts the playground inflates (the CLI's caps, src/cli/safeOpen). */
const MAX_PART = 100 * 1024 * 1024;
const MAX_TOTAL = 300 * 1024 * 1024;

/** A refusal with a zh-CN reason meant for the user (not a library error to be replaced by a generic message). */
export class WorkbookRefused extends Error {
  override readonly name = "WorkbookRefused";
}

const BOMB = "无法读取文件：解压后过大，可能是“压缩炸弹”，已拒绝";

/** Parts whose text the bounds scan reads (kept from the one inflation that also measures them). */
const SCANNED = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|worksheets\/[^/]+\.xml)$/i;

/**
 * Inflates one part as a stream and stops as soon as it passes `cap` bytes: the sizes in a zip's headers can lie
 * (a 150 KB file declaring 1,000 bytes for 150 MB), so what counts is what comes out. Keeps the text when asked.
 */
function inflateCapped(file: JSZip.JSZipObject, cap: number, keep: boolean): Promise<{ size: number; text?: string }> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let failed = false;
    // internalStream is JSZip's public streaming API (zipObject.js), missing from its type declarations.
    const stream = (
      file as unknown as { internalStream(type: "uint8array"): JSZip.JSZipStreamHelper<Uint8Array> }
    ).internalStream("uint8array");
    stream
      .on("data", (chunk: Uint8Array) => {
        if (failed) return;
        size += chunk.length;
        if (size > cap) {
          failed = true;
          stream.pause();
          reject(new WorkbookRefused(BOMB));
          return;
        }
        if (keep) chunks.push(chunk);
      })
      .on("error", (e: Error) => {
        failed = true;
        reject(e);
      })
      .on("end", () => {
        if (failed) return;
        if (!keep) return resolve({ size });
        const all = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) {
          all.set(c, at);
          at += c.length;
        }
        resolve({ size, text: new TextDecoder().decode(all) });
      })
      .resume();
  });
}

/**
 * The same bounds as the CLI before exceljs sees the bytes (src/core/xlsxBounds): every part inflated once as a
 * stream under the size caps (declared sizes are not trusted), every sheet's XML scanned, merged areas far beyond
 * the cells clipped, sheets over the caps emptied (with the reason).
 */
async function boundedBytes(bytes: ArrayBuffer): Promise<{ bytes: ArrayBuffer; bounds: WorkbookBounds }> {
  const zip = await JSZip.loadAsync(bytes);
  let total = 0;
  for (const f of Object.values(zip.files)) {
    const size = (f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    total += size;
    if (size > MAX_PART || total > MAX_TOTAL) throw new WorkbookRefused(BOMB);
  }
  const texts = new Map<string, string>();
  total = 0;
  for (const f of Object.values(zip.files)) {
    if (f.dir) continue;
    const keep = SCANNED.test(f.name);
    const out = await inflateCapped(f, Math.min(MAX_PART, MAX_TOTAL - total), keep);
    total += out.size;
    if (out.text !== undefined) texts.set(f.name, out.text);
  }
  const bounds = await boundWorkbookParts({
    has: (part) => zip.file(part) !== null,
    read: (part) => texts.get(part) ?? zip.file(part)!.async("string"),
    write: (part, text) => void zip.file(part, text),
  });
  texts.clear();
  if (!bounds.changed) return { bytes, bounds };
  return { bytes: await zip.generateAsync({ type: "arraybuffer", compression: "STORE" }), bounds };
}

/** Reads an .xlsx (a path in Node, or its bytes) into plain data, bounds first. Throws on a file it cannot read. */
export async function readXlsxBook(source: string | ArrayBuffer | Uint8Array): Promise<XlsxBook> {
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
  const sheets: XlsxBookSheet[] = [];
  book.eachSheet((ws) => {
    const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
    const sheet: XlsxBookSheet = {
      name: ws.name,
      hidden: ws.state === "hidden" || ws.state === "veryHidden",
      protected: protection?.sheet === true,
      merges: [...((ws.model as { merges?: string[] }).merges ?? [])],
      columnWidths: [],
      cells: [],
    };
    // Column widths written in the file (characters of the default font; ≈ 7 px each + 5 px padding, 1 px = ¾ pt).
    (ws.columns ?? []).forEach((col, c) => {
      if (col?.width) sheet.columnWidths.push([c, Math.round((col.width * 7 + 5) * 0.75)]);
    });
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const out: XlsxBookCell = { r: rowNumber - 1, c: colNumber - 1, value: null };
        if (cell.type !== ExcelJS.ValueType.Merge) {
          const { value, formula } = toValue(cell.value);
          out.value = value;
          if (formula) out.formula = formula;
          if (cell.value instanceof Date) out.numFmt = cell.numFmt || "yyyy-mm-dd";
          // Other number formats too (a 0.98 shown as "≥98%" by `"≥"0%`): Range.numberFormat/text report them.
          else if (value !== null && cell.numFmt && !/^general$/i.test(cell.numFmt)) out.numFmt = cell.numFmt;
        }
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        if (fill && fill.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb)
          out.fill = `#${fill.fgColor.argb.slice(-6)}`;
        if (cell.font?.bold) out.bold = true;
        const note = noteText(cell.note);
        if (note) out.note = note;
        sheet.cells.push(out);
      });
    });
    sheets.push(sheet);
  });
  return {
    sheets,
    refused: bounds ? [...bounds.refused] : [],
    notes: bounds ? [...bounds.notes] : [],
  };
}

/** `source`: a path (Node) or the file's bytes (browser). */
export async function loadFakeWorkbookFromXlsx(source: string | ArrayBuffer | Uint8Array): Promise<FakeWorkbook> {
  return fakeWorkbookFromBook(await readXlsxBook(source));
}
