/**
 * The CLI's fast .xlsx reader: the workbook's sheet XML scanned once, straight into the sparse cells the
 * snapshot is built from — no object model, no styles beyond the number formats, nothing written back.
 *
 * It reads exactly what the exceljs path (../readWorkbookSnapshots) reads, so findings do not depend on the
 * reader (tests/cli/fastReader.test.ts compares both on every fixture):
 * - sheets in workbook.xml order, found through xl/_rels/workbook.xml.rels (chart sheets skipped);
 * - values as exceljs gives them: shared strings (rich runs joined, phonetic runs and CDATA left out, `_xHHHH_` decoded),
 *   inline strings, numbers (`parseFloat`), booleans, errors as their text, formulas as their cached result;
 *   a number under a date format becomes "YYYY-MM-DD" (exceljs's `isDateFmt` and `excelToDate`, 1900 or 1904);
 * - number formats: custom codes from styles.xml, else the built-in codes exceljs knows (style 0 has none);
 *   displayed text only where a format is given (`displayedText`, shared with the exceljs path);
 * - merges from <mergeCell ref>; a value inside a merged area other than its top-left cell is dropped, as
 *   Excel shows only the top-left;
 * - formulas saved without a result are listed (a shared formula's follower as its leader's address).
 * What exceljs refuses (overlapping merges) is handed back to exceljs (`FastReaderUnsupported`), so such a file
 * gives the same message as before. The file has been checked by `openWorkbookBuffer` (../safeOpen: size,
 * zip bomb, encryption) before any part is inflated here; each part is inflated on its own, up to
 * `limits.maxPartBytes`, and freed before the next.
 */
import type { CellRange, CellValue, SparseCell } from "../../core/snapshot";
import { toA1 } from "../../core/cellAddress";
import { type CliSheet, type UncalculatedCell, displayedText, finishSheet, formatDate, overCap } from "../readWorkbookSnapshots";
import { DEFAULT_LIMITS, type ReadLimits } from "../safeOpen";
import { BUILTIN_NUM_FMTS } from "./builtinNumFmts";
import { StopScan, attr, attrSpans, decodeEntities, decodeText, plainAttr, scanXml } from "./xml";
import { listParts, readPart, type ZipPart } from "./zip";

/** The fast reader met something it leaves to exceljs (the caller falls back). */
export class FastReaderUnsupported extends Error {}

interface SheetRef {
  name: string;
  path: string;
}

interface Styles {
  /** cellXfs index → number format code (undefined: none). */
  numFmtOfXf: (string | undefined)[];
  /** cellXfs index → whether that format shows dates (exceljs `isDateFmt`). */
  dateXf: boolean[];
}

/** Where the reader's time goes (filled only when asked for, by `npm run bench -- --profile`). */
export interface ReadTiming {
  /** Inflating the zip parts. */
  unzipMs: number;
  /** Rendering number formats into displayed texts (part of the sheet pass). */
  numFmtMs: number;
  /** Cells whose number format was rendered. */
  numFmtCells: number;
}

/**
 * Reads every worksheet of an .xlsx already in memory (checked by openWorkbookBuffer). `bound`, when given, sees
 * each sheet's XML first and returns the XML to read (the bounds scan of ../../core/xlsxBounds: kept, merges
 * clipped, or an empty sheet when refused), so each part is inflated and decoded once.
 */
export function readXlsxSheets(
  buf: Buffer,
  limits: ReadLimits = DEFAULT_LIMITS,
  timing?: ReadTiming,
  bound?: (sheetName: string, xml: string) => string,
): CliSheet[] {
  const parts = listParts(buf, limits);
  const part = (name: string): string | null => {
    const p = findPart(parts, name);
    if (!p) return null;
    if (!timing) return readPart(buf, p, limits.maxPartBytes).toString("utf8");
    const t = performance.now();
    const text = readPart(buf, p, limits.maxPartBytes).toString("utf8");
    timing.unzipMs += performance.now() - t;
    return text;
  };
  const workbookXml = part("xl/workbook.xml");
  if (workbookXml === null) throw new FastReaderUnsupported("no xl/workbook.xml");
  const { sheets: listed, date1904 } = readWorkbookXml(workbookXml);
  const rels = readRels(part("xl/_rels/workbook.xml.rels") ?? "");
  const stylesXml = part("xl/styles.xml");
  const styles = stylesXml === null ? { numFmtOfXf: [], dateXf: [] } : readStyles(stylesXml);
  const sstXml = part("xl/sharedStrings.xml");
  const strings = sstXml === null ? [] : readSharedStrings(sstXml);

  const refs: SheetRef[] = [];
  for (const s of listed) {
    const target = rels.get(s.rId);
    if (!target) continue;
    const path = resolveTarget(target);
    if (!findPart(parts, path) || /chartsheet/i.test(path)) continue;
    refs.push({ name: s.name, path });
  }
  return refs.map((ref) => {
    const xml = part(ref.path) ?? "";
    return readSheetXml(ref.name, bound ? bound(ref.name, xml) : xml, strings, styles, date1904, limits, timing);
  });
}

function findPart(parts: Map<string, ZipPart>, name: string): ZipPart | undefined {
  const exact = parts.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const [k, v] of parts) if (k.toLowerCase() === lower) return v;
  return undefined;
}

/** A relationship target of xl/workbook.xml as a part name ("worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml"). */
function resolveTarget(target: string): string {
  const t = target.trim().replace(/\\/g, "/");
  const segments = t.startsWith("/") ? [] : ["xl"];
  for (const s of t.replace(/^\/+/, "").split("/")) {
    if (s === "" || s === ".") continue;
    if (s === "..") segments.pop();
    else segments.push(s);
  }
  return segments.join("/");
}

function readWorkbookXml(xml: string): { sheets: { name: string; rId: string; sheetId: number }[]; date1904: boolean } {
  const sheets: { name: string; rId: string; sheetId: number }[] = [];
  let date1904 = false;
  scanXml(xml, {
    open(name, attrs) {
      if (name === "sheet") {
        const sheetId = Number(attr(attrs, "sheetId"));
        const raw = attr(attrs, "name") ?? "";
        sheets.push({
          name: raw !== "" ? raw : `sheet${Number.isFinite(sheetId) ? sheetId : ""}`,
          rId: attr(attrs, "id") ?? "",
          sheetId,
        });
      } else if (name === "workbookPr") {
        date1904 = attr(attrs, "date1904") === "1";
      }
    },
    close() {},
  });
  return { sheets, date1904 };
}

function readRels(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  scanXml(xml, {
    open(name, attrs) {
      if (name !== "Relationship") return;
      const id = attr(attrs, "Id");
      const target = attr(attrs, "Target");
      if (id !== undefined && target !== undefined) out.set(id, target);
    },
    close() {},
  });
  return out;
}

/** exceljs `utils.isDateFmt`: date/time letters outside quotes and brackets. */
export function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

function readStyles(xml: string): Styles {
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  scanXml(xml, {
    open(name, attrs) {
      if (name === "numFmt") {
        const id = Number(attr(attrs, "numFmtId"));
        const code = attr(attrs, "formatCode");
        if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
      } else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) xfIds.push(Number(attr(attrs, "numFmtId") ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  const numFmtOfXf = xfIds.map((id) => (id ? custom.get(id) || BUILTIN_NUM_FMTS[id] : undefined));
  return { numFmtOfXf, dateXf: numFmtOfXf.map(isDateFmt) };
}

/** `_xHHHH_` escapes of SpreadsheetML strings (upper-case hex, as exceljs decodes them). */
function unescapeOoxml(s: string): string {
  return s.indexOf("_x") < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Shared strings: each <si> as its plain text ("" for an empty item). */
export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let inSi = false;
  let phonetic = 0;
  let inRun = false;
  let capture = false;
  let buf = "";
  let plain: string | null = null;
  let runs: string[] | null = null;
  scanXml(xml, {
    open(name, _attrs, selfClosing) {
      if (name === "si") {
        inSi = true;
        plain = null;
        runs = null;
      } else if (!inSi) return;
      else if (name === "rPh") phonetic++;
      else if (phonetic > 0) return;
      else if (name === "r") inRun = true;
      else if (name === "t") {
        capture = !selfClosing;
        buf = "";
      }
    },
    text(src, start, end, cdata) {
      // CDATA sections are left out, as exceljs leaves them out (its parser reports them apart from text).
      if (capture && !cdata) buf += decodeText(src.slice(start, end));
    },
    close(name) {
      if (!inSi) return;
      if (name === "rPh") phonetic = Math.max(0, phonetic - 1);
      else if (phonetic > 0) return;
      else if (name === "t") {
        capture = false;
        if (inRun) (runs ??= []).push(unescapeOoxml(buf));
        else plain = unescapeOoxml(buf);
        buf = "";
      } else if (name === "r") inRun = false;
      else if (name === "si") {
        inSi = false;
        out.push(runs ? (runs as string[]).join("") : (plain ?? ""));
      }
    },
  });
  return out;
}

/** Row and column (0-based) the last successful `parseRefAt` read. */
let refRow = 0;
let refCol = 0;

/** s[start, end) as a cell address ("B3", "$B$3") → true with `refRow`/`refCol` set, or false. */
function parseRefAt(s: string, start: number, end: number): boolean {
  let col = 0;
  let i = start;
  for (; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c === 36 /* $ */) continue;
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (col === 0 || i >= end) return false;
  let row = 0;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 36) continue;
    if (c < 48 || c > 57) return false;
    row = row * 10 + (c - 48);
  }
  if (row === 0) return false;
  refRow = row - 1;
  refCol = col - 1;
  return true;
}

/** "A1:C3" (or one cell) → the range, or null: `ref.trim().split(":")`, its first two parts read as addresses. */
function parseRange(ref: string): CellRange | null {
  const t = ref.trim();
  const colon = t.indexOf(":");
  const aEnd = colon < 0 ? t.length : colon;
  if (!parseRefAt(t, 0, aEnd)) return null;
  const pRow = refRow;
  const pCol = refCol;
  if (colon >= 0) {
    const next = t.indexOf(":", colon + 1);
    if (!parseRefAt(t, colon + 1, next < 0 ? t.length : next)) return null;
  }
  return {
    top: Math.min(pRow, refRow),
    left: Math.min(pCol, refCol),
    bottom: Math.max(pRow, refRow),
    right: Math.max(pCol, refCol),
  };
}

/** Cell types as written in `t="…"`, made once (a cell's type is read for every cell). */
const CELL_TYPES = ["s", "n", "str", "b", "e", "inlineStr", "d"];

/** The attributes of a cell the reader needs, found in one pass (`attrSpans`). */
const CELL_ATTRS = ["r", "s", "t"];
const cellSpans = new Int32Array(6);

/** A cell's `t`, `attr(attrs, "t")`, from its span: no new string for the usual types. */
function cellType(attrs: string, start: number, end: number): string | undefined {
  if (start < 0) return undefined;
  if (plainAttr(attrs, start, end)) {
    for (const t of CELL_TYPES) if (t.length === end - start && attrs.startsWith(t, start)) return t;
    return attrs.slice(start, end);
  }
  return attr(attrs, "t");
}

/** attrs[start, end) as a number when it is 1–9 plain digits; -1 otherwise (then the caller parses the attribute). */
function plainDigits(attrs: string, start: number, end: number): number {
  if (end <= start || end - start > 9) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = attrs.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

/** A cell's style index, `parseInt(attr(attrs, "s"), 10) || 0`, read in place when it is plain digits. */
function cellStyle(attrs: string, start: number, end: number): number {
  if (start < 0) return 0;
  const n = plainDigits(attrs, start, end);
  return n >= 0 ? n : parseInt(attr(attrs, "s") ?? "", 10) || 0;
}

const ROW_ATTRS = ["r"];
const rowSpans = new Int32Array(2);

/** A row's number, `parseInt(attr(attrs, "r"), 10)` (NaN when missing), read in place when it is plain digits. */
function rowNumber(attrs: string): number {
  attrSpans(attrs, ROW_ATTRS, rowSpans);
  const start = rowSpans[0];
  if (start < 0) return NaN;
  const n = plainDigits(attrs, start, rowSpans[1]);
  if (n >= 0) return n;
  const r = attr(attrs, "r");
  return r === undefined ? NaN : parseInt(r, 10);
}

/** A cell's address `r`, read in place when plain: true with `refRow`/`refCol` set, false when missing or unreadable. */
function cellRef(attrs: string, start: number, end: number): boolean {
  if (start < 0) return false;
  if (plainAttr(attrs, start, end)) return parseRefAt(attrs, start, end);
  const ref = attr(attrs, "r")!;
  return parseRefAt(ref, 0, ref.length);
}

/** One worksheet's XML → the CLI sheet (values, displayed texts, merges, uncalculated formulas, caps). */
export function readSheetXml(
  name: string,
  xml: string,
  strings: readonly string[],
  styles: Styles,
  date1904: boolean,
  limits: ReadLimits = DEFAULT_LIMITS,
  timing?: ReadTiming,
): CliSheet {
  const cells: SparseCell[] = [];
  const uncalculated: UncalculatedCell[] = [];
  const merges: CellRange[] = [];
  const sharedMasters = new Map<string, string>();
  let textChars = 0;
  let over: string | undefined;
  let sorted = true;
  let lastRow = -1;
  let lastCol = -1;

  // the row and cell being read
  let rowIndex = -1;
  let colCursor = -1;
  let inCell = false;
  let cRow = 0;
  let cCol = 0;
  let cType: string | undefined;
  let cStyle = 0;
  let value: string | undefined;
  let formula: string | undefined;
  let isFormula = false;
  let shareType: string | undefined;
  let shareRef: string | undefined;
  let shareSi: string | undefined;
  let inlineRuns: string[] | null = null;
  let inRun = false;
  let phonetic = 0;
  let capture: "v" | "f" | "t" | null = null;
  let buf = "";

  const finishCell = () => {
    const xf = cStyle;
    const numFmt = xf ? styles.numFmtOfXf[xf] : undefined;
    const isDate = xf ? styles.dateXf[xf] === true : false;
    let v: CellValue = null;
    if (isFormula) {
      if (value !== undefined) v = typed(value, true);
      if (v === null) {
        if (value === undefined && uncalculated.length < 1000) {
          const f =
            formula ?? (shareType === "shared" && !shareRef && shareSi !== undefined ? sharedMasters.get(shareSi) : undefined);
          if (f !== undefined || formula !== undefined) uncalculated.push({ cell: toA1(cRow, cCol), formula: f ?? "" });
        }
      }
      if (shareType === "shared" && shareRef && shareSi !== undefined) sharedMasters.set(shareSi, toA1(cRow, cCol));
    } else if (inlineRuns !== null && cType === "inlineStr") {
      v = inlineRuns.join("");
      if (v === "") v = null;
    } else if (value !== undefined) {
      v = typed(value, false);
    }
    if (v === null) return;
    // exceljs turns a number under a date format into a Date; a formula's result whatever its type (so a text
    // or error result under a date format reads as empty there, and here).
    if (isDate && (isFormula || typeof v === "number")) v = formatDate(excelToDate(Number(v), date1904));
    if (v === null) return;
    let text: string | undefined;
    if (numFmt !== undefined) {
      if (timing) {
        const t = performance.now();
        text = displayedText(v, numFmt);
        timing.numFmtMs += performance.now() - t;
        timing.numFmtCells++;
      } else text = displayedText(v, numFmt);
    }
    cells.push(text === undefined ? { row: cRow, col: cCol, value: v } : { row: cRow, col: cCol, value: v, text });
    if (cRow < lastRow || (cRow === lastRow && cCol <= lastCol)) sorted = false;
    lastRow = cRow;
    lastCol = cCol;
    if (typeof v === "string") textChars += v.length;
    over = overCap(cells.length, textChars, limits);
    if (over) throw new StopScan();
  };

  /** A <v> text by the cell's type, as exceljs converts it (formula results the same way). */
  const typed = (raw: string, asResult: boolean): CellValue => {
    switch (cType) {
      case "s": {
        if (asResult) return finite(parseFloat(raw));
        const s = strings[parseInt(raw, 10)];
        return s === undefined || s === "" ? null : s;
      }
      case "str": {
        const s = decodeEntities(raw); // exceljs decodes str values once more (utils.xmlDecode)
        return s === "" ? null : s;
      }
      case "inlineStr":
        return asResult ? finite(parseFloat(raw)) : raw === "" ? null : raw;
      case "b":
        return parseInt(raw, 10) !== 0;
      case "e":
        return raw === "" ? null : raw;
      default:
        return finite(parseFloat(raw));
    }
  };

  scanXml(xml, {
    open(tag, attrs, selfClosing) {
      if (inCell) {
        if (tag === "rPh") phonetic++;
        else if (phonetic > 0) return;
        else if (tag === "v") {
          capture = selfClosing ? null : "v";
          buf = "";
        } else if (tag === "f") {
          isFormula = isFormula || attr(attrs, "t") !== undefined;
          shareType = attr(attrs, "t");
          shareRef = attr(attrs, "ref");
          shareSi = attr(attrs, "si");
          capture = selfClosing ? null : "f";
          buf = "";
        } else if (tag === "r") inRun = true;
        else if (tag === "t") {
          capture = selfClosing ? null : "t";
          buf = "";
        }
        return;
      }
      if (tag === "c") {
        const at = cellSpans;
        attrSpans(attrs, CELL_ATTRS, at);
        if (cellRef(attrs, at[0], at[1])) {
          cRow = refRow;
          cCol = refCol;
        } else {
          cRow = Math.max(0, rowIndex);
          cCol = colCursor + 1;
        }
        colCursor = cCol;
        cType = cellType(attrs, at[4], at[5]);
        cStyle = cellStyle(attrs, at[2], at[3]);
        value = undefined;
        formula = undefined;
        isFormula = false;
        shareType = undefined;
        shareRef = undefined;
        shareSi = undefined;
        inlineRuns = null;
        inRun = false;
        phonetic = 0;
        capture = null;
        inCell = !selfClosing;
      } else if (tag === "row") {
        const n = rowNumber(attrs);
        rowIndex = Number.isFinite(n) && n >= 1 ? n - 1 : rowIndex + 1;
        colCursor = -1;
      } else if (tag === "mergeCell") {
        const ref = attr(attrs, "ref");
        const range = ref === undefined ? null : parseRange(ref);
        if (range) merges.push(range);
      }
    },
    text(src, start, end, cdata) {
      if (capture !== null && !cdata) buf += decodeText(src.slice(start, end));
    },
    close(tag) {
      if (!inCell) return;
      if (tag === "rPh") {
        phonetic = Math.max(0, phonetic - 1);
        return;
      }
      if (phonetic > 0) return;
      if (tag === "v" && capture === "v") {
        if (buf !== "") value = (value ?? "") + buf;
        capture = null;
      } else if (tag === "f" && capture === "f") {
        if (buf !== "") {
          formula = (formula ?? "") + buf;
          isFormula = true;
        }
        capture = null;
      } else if (tag === "t" && capture === "t") {
        if (cType === "inlineStr") (inlineRuns ??= []).push(inRun ? unescapeOoxml(buf) : buf);
        capture = null;
      } else if (tag === "r") inRun = false;
      else if (tag === "c") {
        inCell = false;
        finishCell();
      }
    },
  });

  const kept = over ? [] : dropMergedFollowers(sorted ? cells : sortCells(cells), merges);
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return finishSheet(name, kept, merges, uncalculated, over, limits);
}

function finite(n: number): number | null {
  return Number.isFinite(n) ? n : null;
}

/** exceljs `utils.excelToDate`. */
function excelToDate(v: number, date1904: boolean): Date {
  return new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

function sortCells(cells: SparseCell[]): SparseCell[] {
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  // The same address twice: the later one wins, as in exceljs.
  const out: SparseCell[] = [];
  for (const c of cells) {
    const last = out[out.length - 1];
    if (last && last.row === c.row && last.col === c.col) out[out.length - 1] = c;
    else out.push(c);
  }
  return out;
}

/**
 * Cells inside a merged area other than its top-left are not shown by Excel (exceljs turns them into merge
 * cells): dropped. Overlapping merges make exceljs refuse the file: handed back to it so the message is the same.
 */
function dropMergedFollowers(cells: SparseCell[], merges: CellRange[]): SparseCell[] {
  if (merges.length === 0) return cells;
  const byRow = new Map<number, CellRange[]>();
  const tall: CellRange[] = [];
  const seen: CellRange[] = [];
  for (const m of merges) {
    if (m.bottom - m.top > 256) {
      for (const o of seen) if (intersects(m, o)) throw new FastReaderUnsupported("overlapping merges");
      tall.push(m);
    } else {
      for (let r = m.top; r <= m.bottom; r++) {
        const list = byRow.get(r);
        if (list) {
          for (const o of list) if (intersects(m, o)) throw new FastReaderUnsupported("overlapping merges");
          list.push(m);
        } else byRow.set(r, [m]);
      }
      for (const o of tall) if (intersects(m, o)) throw new FastReaderUnsupported("overlapping merges");
    }
    seen.push(m);
  }
  return cells.filter((c) => {
    const list = byRow.get(c.row);
    if (list) for (const m of list) if (hiddenBy(c, m)) return false;
    for (const m of tall) if (hiddenBy(c, m)) return false;
    return true;
  });
}

/** Whether merged area `m` hides cell `c` (inside it, not its top-left). */
function hiddenBy(c: SparseCell, m: CellRange): boolean {
  return c.row >= m.top && c.row <= m.bottom && c.col >= m.left && c.col <= m.right && !(c.row === m.top && c.col === m.left);
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
