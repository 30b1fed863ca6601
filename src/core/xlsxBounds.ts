/**
 * Bounds of one worksheet's XML, scanned BEFORE a spreadsheet library builds anything from it.
 *
 * exceljs (CLI, playground) builds one object per cell it meets, and one per cell of every merged area: a 1.7 KB
 * file with `<mergeCell ref="A2:XFD1048576"/>` asks for 17 billion cells, and 95 MB of `<c r="A1">` repeated
 * asks for millions. So the sheet part is scanned here as plain text (no DOM, memory = the text itself): cells,
 * rows, repeated or out-of-order references, the used area, the `<dimension>` and every merged area. Then:
 * - a merged area much larger than the cells present is clipped to them (nothing is in its far part);
 * - a sheet still over a cap is refused: its XML is replaced by an empty sheet and the zh-CN reason kept, so the
 *   other sheets and files are read and checked as usual.
 *
 * Pure TypeScript, no Node or DOM APIs: the CLI (src/cli/boundWorkbook) and the playground
 * (src/fakeExcel/loadFakeWorkbookFromXlsx, in a Web Worker) run the same code on the same caps.
 */

export interface SheetCaps {
  /** Most `<c>` elements on one sheet (repeated references count each time). */
  maxCells: number;
  /** Most `<row>` elements on one sheet. */
  maxRows: number;
  /** Most cells covered by merged areas on one sheet, after clipping. */
  maxMergedCells: number;
  /** Most `<mergeCell>` elements on one sheet. */
  maxMerges: number;
  /** A merged area larger than this (cells) is clipped to the cells present. */
  clipMergeAbove: number;
}

export const DEFAULT_SHEET_CAPS: Readonly<SheetCaps> = Object.freeze({
  maxCells: 1_000_000,
  maxRows: 1_048_576,
  maxMergedCells: 1_000_000,
  maxMerges: 100_000,
  clipMergeAbove: 10_000,
});

/** A 1-based area (as in A1 references). */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetScan {
  cells: number;
  rows: number;
  /** Cells whose reference repeats or goes back (same row, same or earlier column; or a row number going back). */
  repeated: number;
  /** First repeated reference (A1), if any. */
  firstRepeated?: string;
  /** Area covered by the cells present (1-based), or null without cells. */
  used: Area | null;
  /** `<dimension ref>` as written, if any. */
  dimension?: string;
  merges: { ref: string; area: Area }[];
  mergedCells: number;
  /** True when the scan stopped early at `stopAfter` cells or rows (the counts are then lower bounds). */
  stopped?: boolean;
}

export interface SheetBoundsResult {
  scan: SheetScan;
  /** The sheet's XML to hand to the reader: unchanged, with merges clipped, or an empty sheet when refused. */
  xml: string;
  changed: boolean;
  /** zh-CN "太大，未检查：…" when the sheet is refused. */
  refused?: string;
  /** zh-CN notes about what was trimmed (the sheet is still read). */
  notes: string[];
}

/** Made on first use: a zh-CN number format costs ~20 ms of every process's start-up, and only a refusal or a note needs it. */
let zhNumbers: Intl.NumberFormat | undefined;
const nf = { format: (n: number) => (zhNumbers ??= new Intl.NumberFormat("zh-CN")).format(n) };

/** 1-based column number → letters. */
export function colLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const a1 = (row: number, col: number) => `${colLetters(col)}${row}`;
export const areaA1 = (a: Area) =>
  a.top === a.bottom && a.left === a.right ? a1(a.top, a.left) : `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`;

/**
 * "A2:XFD1048576" (or one cell) → area; null when unreadable. As `ref.trim().split(":")` with each part read as
 * /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/ within the sheet's bounds (a third part is ignored), by character codes: a sheet may have tens of thousands of merged areas.
 */
export function parseArea(ref: string): Area | null {
  const s = ref.trim();
  const colon = s.indexOf(":");
  if (!cellRefAt(s, 0, colon < 0 ? s.length : colon)) return null;
  const row1 = refRow;
  const col1 = refCol;
  if (colon >= 0) {
    const next = s.indexOf(":", colon + 1);
    if (!cellRefAt(s, colon + 1, next < 0 ? s.length : next)) return null;
  }
  const row2 = colon >= 0 ? refRow : row1;
  const col2 = colon >= 0 ? refCol : col1;
  return { top: Math.min(row1, row2), left: Math.min(col1, col2), bottom: Math.max(row1, row2), right: Math.max(col1, col2) };
}

const areaSize = (a: Area) => (a.bottom - a.top + 1) * (a.right - a.left + 1);

const ATTR_REF = /\sref\s*=\s*"([^"]*)"/;

/*
 * The scan finds exactly what the pattern
 *   /<(?:[A-Za-z_][\w.-]*:)?(c|row|mergeCell|dimension)(?=[\s/>])([^>]*)>/g
 * finds (element names may carry a namespace prefix, <x:c>, as some generators write them), and reads a cell's or
 * row's `r` as /\sr\s*=\s*"([^"]*)"/ and a cell reference as /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/ do, but by
 * character codes: no match arrays or substrings per cell (the scan ran on every sheet before reading and took
 * ~250 ms of CPU of the CLI's 1,000-table bench, most of it allocation and its garbage collection).
 * tests/core/xlsxBoundsScan.test.ts compares it with those patterns on generated and hostile XML.
 */
const TAG_NAMES = ["c", "row", "mergeCell", "dimension"] as const;

/** A character of the pattern class \s. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** [A-Za-z_] */
const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** [\w.-] */
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 45;

/** Which of TAG_NAMES starts at `at`, followed by \s, "/" or ">" (-1: none). */
function tagNameAt(xml: string, at: number): number {
  for (let k = 0; k < TAG_NAMES.length; k++) {
    const name = TAG_NAMES[k];
    if (!xml.startsWith(name, at)) continue;
    const after = xml.charCodeAt(at + name.length);
    if (after === 47 || after === 62 || isSpace(after)) return k;
  }
  return -1;
}

/** Set by `nextTag`: the tag found (index in TAG_NAMES), its attribute text [attrStart, attrEnd) and its end. */
let tagKind = -1;
let attrStart = 0;
let attrEnd = 0;

/** Finds the next tag of TAG_NAMES from `from`; returns the index after its ">" or -1 when there is none. */
function nextTag(xml: string, from: number): number {
  for (let lt = xml.indexOf("<", from); lt >= 0; lt = xml.indexOf("<", lt + 1)) {
    const p = lt + 1;
    let at = -1;
    let kind = -1;
    if (isNameStart(xml.charCodeAt(p))) {
      let q = p + 1;
      while (isNameChar(xml.charCodeAt(q))) q++;
      if (xml.charCodeAt(q) === 58 /* : */) {
        kind = tagNameAt(xml, q + 1);
        at = q + 1;
      }
    }
    if (kind < 0) {
      kind = tagNameAt(xml, p);
      at = p;
    }
    if (kind < 0) continue;
    const start = at + TAG_NAMES[kind].length;
    const gt = xml.indexOf(">", start);
    if (gt < 0) return -1; // no ">" after this "<", nor after any later one
    tagKind = kind;
    attrStart = start;
    attrEnd = gt;
    return gt + 1;
  }
  return -1;
}

/** Set by `attrR`: the value of `r` is [valueStart, valueEnd). */
let valueStart = 0;
let valueEnd = 0;

/** The first \sr\s*=\s*"…" in [from, to). */
function attrR(xml: string, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) {
    if (xml.charCodeAt(i + 1) !== 114 /* r */ || !isSpace(xml.charCodeAt(i))) continue;
    let j = i + 2;
    while (j < to && isSpace(xml.charCodeAt(j))) j++;
    if (j >= to || xml.charCodeAt(j) !== 61 /* = */) continue;
    j++;
    while (j < to && isSpace(xml.charCodeAt(j))) j++;
    if (j >= to || xml.charCodeAt(j) !== 34 /* " */) continue;
    const end = xml.indexOf('"', j + 1);
    if (end < 0 || end >= to) continue;
    valueStart = j + 1;
    valueEnd = end;
    return true;
  }
  return false;
}

/** Set by `cellRefAt`. */
let refRow = 0;
let refCol = 0;

/** [from, to) as a plain cell reference ("B7", "$B$7") within the sheet's bounds (1-based refRow, refCol). */
function cellRefAt(xml: string, from: number, to: number): boolean {
  let i = from;
  if (i < to && xml.charCodeAt(i) === 36 /* $ */) i++;
  let col = 0;
  let letters = 0;
  for (; i < to; i++) {
    const c = xml.charCodeAt(i) & ~0x20;
    if (c < 65 || c > 90) break;
    if (++letters > 3) return false;
    col = col * 26 + (c - 64);
  }
  if (letters === 0) return false;
  if (i < to && xml.charCodeAt(i) === 36) i++;
  let row = 0;
  let digits = 0;
  for (; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    if (++digits > 7) return false;
    row = row * 10 + (c - 48);
  }
  if (digits === 0 || col < 1 || col > 16384 || row < 1 || row > 1048576) return false;
  refRow = row;
  refCol = col;
  return true;
}

/** Scans a worksheet part as text: one pass, no DOM. */
export function scanSheetXml(xml: string, stopAfterCells = Infinity, stopAfterRows = Infinity): SheetScan {
  let stopped = false;
  let cells = 0;
  let rows = 0;
  let repeated = 0;
  let firstRepeated: string | undefined;
  let dimension: string | undefined;
  const merges: { ref: string; area: Area }[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  let curRow = 0;
  let lastRow = 0;
  let lastCellRow = 0;
  let lastCellCol = 0;
  for (let next = nextTag(xml, 0); next >= 0; next = nextTag(xml, next)) {
    const kind = tagKind;
    if (kind === 0 /* c */) {
      if (++cells > stopAfterCells) {
        stopped = true;
        break;
      }
      let row: number;
      let col: number;
      if (attrR(xml, attrStart, attrEnd) && cellRefAt(xml, valueStart, valueEnd)) {
        row = refRow;
        col = refCol;
        if (row < lastCellRow || (row === lastCellRow && col <= lastCellCol)) {
          repeated++;
          firstRepeated ??= a1(row, col);
        }
      } else {
        row = Math.max(curRow, 1);
        col = (row === lastCellRow ? lastCellCol : 0) + 1;
      }
      lastCellRow = row;
      lastCellCol = col;
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (col < left) left = col;
      if (col > right) right = col;
    } else if (kind === 1 /* row */) {
      if (++rows > stopAfterRows) {
        stopped = true;
        break;
      }
      const n = attrR(xml, attrStart, attrEnd) ? Number(xml.slice(valueStart, valueEnd)) : lastRow + 1;
      if (Number.isInteger(n) && n >= 1) {
        if (n <= lastRow) {
          repeated++;
          firstRepeated ??= `第 ${n} 行`;
        }
        curRow = n;
        lastRow = Math.max(lastRow, n);
      } else curRow = lastRow + 1;
    } else if (kind === 2 /* mergeCell */) {
      const r = ATTR_REF.exec(xml.slice(attrStart, attrEnd));
      const area = r ? parseArea(r[1]) : null;
      if (r && area) merges.push({ ref: r[1], area });
    } else {
      const r = ATTR_REF.exec(xml.slice(attrStart, attrEnd));
      if (r) dimension = r[1];
    }
  }
  let mergedCells = 0;
  for (const mg of merges) mergedCells += areaSize(mg.area);
  return {
    cells,
    rows,
    repeated,
    ...(firstRepeated !== undefined ? { firstRepeated } : {}),
    used: cells > 0 ? { top, left, bottom, right } : null,
    ...(dimension !== undefined ? { dimension } : {}),
    merges,
    mergedCells,
    ...(stopped ? { stopped } : {}),
  };
}

/** A worksheet with no cells: what a refused sheet becomes. */
export const EMPTY_SHEET_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

/**
 * Scans `xml` and decides: keep, clip merges, or refuse (with the reason). Never throws.
 */
export function boundSheetXml(xml: string, caps: SheetCaps = DEFAULT_SHEET_CAPS): SheetBoundsResult {
  const scan = scanSheetXml(xml, caps.maxCells, caps.maxRows);
  const refuse = (reason: string): SheetBoundsResult => ({
    scan,
    xml: EMPTY_SHEET_XML,
    changed: true,
    refused: reason,
    notes: [],
  });
  const rep =
    scan.repeated > 0 ? `（其中 ${nf.format(scan.repeated)} 个是重复或倒序的单元格引用，首个 ${scan.firstRepeated}）` : "";
  const more = scan.stopped ? "超过" : "";
  if (scan.cells > caps.maxCells) {
    return refuse(
      `太大，未检查：工作表有${more} ${nf.format(scan.stopped ? caps.maxCells : scan.cells)} 个单元格${rep}，超过上限 ${nf.format(caps.maxCells)}；请拆分后再检查`,
    );
  }
  if (scan.rows > caps.maxRows) {
    return refuse(
      `太大，未检查：工作表有${more} ${nf.format(scan.stopped ? caps.maxRows : scan.rows)} 个行记录${rep}，超过上限 ${nf.format(caps.maxRows)}`,
    );
  }
  if (scan.merges.length > caps.maxMerges) {
    return refuse(
      `太大，未检查：工作表有 ${nf.format(scan.merges.length)} 处合并单元格，超过上限 ${nf.format(caps.maxMerges)}；请减少合并单元格后再检查`,
    );
  }
  const notes: string[] = [];
  if (scan.repeated > 0)
    notes.push(
      `工作表文件中有 ${nf.format(scan.repeated)} 个重复或倒序的单元格引用（首个 ${scan.firstRepeated}），按最后一次出现的内容读取`,
    );
  // Clip large merges to the cells present: the far part of such an area holds nothing.
  const used = scan.used;
  const replaced = new Map<string, string | null>();
  let mergedAfter = 0;
  for (const mg of scan.merges) {
    const size = areaSize(mg.area);
    if (size <= caps.clipMergeAbove) {
      mergedAfter += size;
      continue;
    }
    const clipped: Area | null = used
      ? {
          top: mg.area.top,
          left: mg.area.left,
          bottom: Math.min(mg.area.bottom, used.bottom),
          right: Math.min(mg.area.right, used.right),
        }
      : null;
    const keep = clipped && clipped.bottom >= clipped.top && clipped.right >= clipped.left && areaSize(clipped) > 1;
    if (keep) {
      mergedAfter += areaSize(clipped);
      replaced.set(mg.ref, areaA1(clipped));
      notes.push(
        `合并单元格 ${areaA1(mg.area)}（${nf.format(size)} 个单元格）远超表格内容，只按有内容的部分 ${areaA1(clipped)} 读取`,
      );
    } else {
      replaced.set(mg.ref, null);
      notes.push(`合并单元格 ${areaA1(mg.area)}（${nf.format(size)} 个单元格）在表格内容之外，已忽略`);
    }
  }
  if (mergedAfter > caps.maxMergedCells) {
    return refuse(
      `太大，未检查：${nf.format(scan.merges.length)} 处合并单元格覆盖 ${nf.format(mergedAfter)} 个单元格，超过上限 ${nf.format(caps.maxMergedCells)}；请减少合并单元格后再检查`,
    );
  }
  if (replaced.size === 0) return { scan, xml, changed: false, notes };
  const out = xml.replace(/<((?:[A-Za-z_][\w.-]*:)?)mergeCell(?=[\s/>])([^>]*?)\/>/g, (whole, prefix: string, attrs: string) => {
    const r = ATTR_REF.exec(attrs);
    if (!r || !replaced.has(r[1])) return whole;
    const to = replaced.get(r[1]);
    return to === null || to === undefined ? "" : `<${prefix}mergeCell ref="${to}"/>`;
  });
  // The count attribute of <mergeCells> is informational; readers do not rely on it, but keep it honest.
  const count = scan.merges.length - [...replaced.values()].filter((v) => v === null).length;
  const fixed = out
    .replace(/(<(?:[A-Za-z_][\w.-]*:)?mergeCells\b[^>]*?\scount\s*=\s*")\d+(")/, `$1${count}$2`)
    .replace(/<((?:[A-Za-z_][\w.-]*:)?)mergeCells\b[^>]*>\s*<\/\1mergeCells>/, "");
  return { scan, xml: fixed, changed: true, notes };
}

/** The worksheet parts of a workbook, from xl/workbook.xml and its rels: part path → sheet name (in order). */
export function worksheetParts(workbookXml: string, relsXml: string): { name: string; part: string }[] {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:[A-Za-z_][\w.-]*:)?Relationship\b([^>]*)>/g)) {
    const id = /\sId\s*=\s*"([^"]*)"/.exec(m[1])?.[1];
    const target = /\sTarget\s*=\s*"([^"]*)"/.exec(m[1])?.[1];
    if (id && target) targets.set(id, target);
  }
  const out: { name: string; part: string }[] = [];
  for (const m of workbookXml.matchAll(/<(?:[A-Za-z_][\w.-]*:)?sheet\b([^>]*)>/g)) {
    const name = /\sname\s*=\s*"([^"]*)"/.exec(m[1])?.[1];
    const rid = /\s[\w.-]*:id\s*=\s*"([^"]*)"/.exec(m[1])?.[1];
    const target = rid ? targets.get(rid) : undefined;
    if (name === undefined || !target) continue;
    const part = target.startsWith("/") ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, "/");
    out.push({ name: decodeXmlText(name), part: normalizePart(part) });
  }
  return out;
}

function normalizePart(p: string): string {
  const parts: string[] = [];
  for (const seg of p.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** XML attribute text → string (&amp; &lt; &gt; &quot; &apos; &#n; &#xh;). */
export function decodeXmlText(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    const code = e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}

/** What bounding a whole workbook did, per sheet name. */
export interface WorkbookBounds {
  /** Sheet name → zh-CN reason it was refused (its content replaced by an empty sheet). */
  refused: Map<string, string>;
  /** Sheet name → notes on what was trimmed. */
  notes: Map<string, string[]>;
  /** True when some part was rewritten. */
  changed: boolean;
}

/**
 * A zip as both sides see it (JSZip in the browser, a small reader in Node): read a part as text, replace it.
 */
export interface PartStore {
  has(part: string): boolean;
  read(part: string): string | Promise<string>;
  write(part: string, text: string): void;
}

/** Bounds every worksheet part of a workbook held in `store`. Never throws on odd XML; a missing part is skipped. */
export async function boundWorkbookParts(store: PartStore, caps: SheetCaps = DEFAULT_SHEET_CAPS): Promise<WorkbookBounds> {
  const result: WorkbookBounds = { refused: new Map(), notes: new Map(), changed: false };
  if (!store.has("xl/workbook.xml") || !store.has("xl/_rels/workbook.xml.rels")) return result;
  const sheets = worksheetParts(await store.read("xl/workbook.xml"), await store.read("xl/_rels/workbook.xml.rels"));
  for (const { name, part } of sheets) {
    if (!store.has(part)) continue;
    const b = boundSheetXml(await store.read(part), caps);
    if (b.refused) result.refused.set(name, b.refused);
    if (b.notes.length > 0) result.notes.set(name, b.notes);
    if (b.changed) {
      store.write(part, b.xml);
      result.changed = true;
    }
  }
  return result;
}
