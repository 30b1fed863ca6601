/**
 * Fills a fake WPS 表格 from a real .xlsx through exceljs, the way WPS opens it: values (formulas keep their cached
 * result), number formats of value cells, merged ranges, solid fills (as BGR longs), bold, comments (批注), sheet
 * protection. The first visible sheet is active. Only the top-left cell of a merged range holds a value.
 */
import ExcelJS from "exceljs";
import { hexToBgr } from "../wps/etApi";
import { createFakeEt, type FakeEt } from "./fakeEt";
import type { EtQuirks } from "./model";
import { parseRef } from "./objects";

type Loaded = { value: string | number | boolean | null; formula?: string };

function excelSerial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}

function toValue(v: ExcelJS.CellValue): Loaded {
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

/** `source`: a path (Node) or the file's bytes (browser). */
export async function loadFakeEtFromXlsx(
  source: string | ArrayBuffer | Uint8Array,
  quirks: Partial<EtQuirks> = {},
): Promise<FakeEt> {
  const book = new ExcelJS.Workbook();
  if (typeof source === "string") await book.xlsx.readFile(source);
  else
    await book.xlsx.load(
      source instanceof Uint8Array
        ? (source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength) as ArrayBuffer)
        : source,
    );
  const fake = createFakeEt(quirks);
  const wb = fake.app.workbook;
  let active: string | null = null;
  book.eachSheet((ws) => {
    const sheet = wb.addSheet(ws.name);
    if (active === null && ws.state !== "hidden" && ws.state !== "veryHidden") active = ws.name;
    sheet.protectContents = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet === true;
    for (const m of (ws.model as { merges?: string[] }).merges ?? []) sheet.merges.push(parseRef(m));
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const r = rowNumber - 1;
        const c = colNumber - 1;
        if (cell.type !== ExcelJS.ValueType.Merge) {
          const { value, formula } = toValue(cell.value);
          if (value !== null || formula) sheet.setValue(r, c, value, formula);
          if (cell.value instanceof Date) sheet.cellRecord(r, c).numberFormat = cell.numFmt || "yyyy-mm-dd";
          else if (value !== null && cell.numFmt && !/^general$/i.test(cell.numFmt))
            sheet.cellRecord(r, c).numberFormat = cell.numFmt;
        }
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        if (fill && fill.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb) {
          sheet.cellRecord(r, c).fill = hexToBgr(`#${fill.fgColor.argb.slice(-6)}`);
        }
        if (cell.font?.bold) sheet.cellRecord(r, c).bold = true;
        const note = noteText(cell.note);
        if (note) sheet.comments.set(`${r},${c}`, { row: r, col: c, text: note, author: "作者" });
      });
    });
  });
  if (active) wb.activate(active);
  return fake;
}
