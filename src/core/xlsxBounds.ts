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

/** Column letters → 1-based number (0 when not letters). */
function colNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i) & ~0x20;
    if (c < 65 || c > 90) return 0;
    n = n * 26 + (c - 64);
  }
  return n;
}

/** 1-based column number → letters. */
export function colLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const a1 = (row: number, col: number) => `${colLetters(col)}${row}`;
export const areaA1 = (a: Area) =>
  a.top === a.bottom && a.left === a.right ? a1(a.top, a.left) : `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`;

/** "B7" → [7, 2]; null when not a plain cell reference. */
function parseRef(ref: string): [number, number] | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  const col = colNumber(m[1]);
  const row = Number(m[2]);
  if (col < 1 || col > 16384 || row < 1 || row > 1048576) return null;
  return [row, col];
}

/** "A2:XFD1048576" (or one cell) → area; null when unreadable. */
export function parseArea(ref: string): Area | null {
  const [a, b] = ref.trim().split(":");
  const p = parseRef(a);
  const q = b === undefined ? p : parseRef(b);
  if (!p || !q) return null;
  return { top: Math.min(p[0], q[0]), left: Math.min(p[1], q[1]), bottom: Math.max(p[0], q[0]), right: Math.max(p[1], q[1]) };
}

const areaSize = (a: Area) => (a.bottom - a.top + 1) * (a.right - a.left + 1);

// Element names may carry a namespace prefix (<x:c>), as some generators write them.
const TAG = /<(?:[A-Za-z_][\w.-]*:)?(c|row|mergeCell|dimension)(?=[\s/>])([^>]*)>/g;
const ATTR_R = /\sr\s*=\s*"([^"]*)"/;
const ATTR_REF = /\sref\s*=\s*"([^"]*)"/;

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
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const name = m[1];
    const attrs = m[2];
    if (name === "c") {
      if (++cells > stopAfterCells) {
        stopped = true;
        break;
      }
      const r = ATTR_R.exec(attrs);
      const p = r ? parseRef(r[1]) : null;
      let row: number;
      let col: number;
      if (p) {
        [row, col] = p;
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
    } else if (name === "row") {
      if (++rows > stopAfterRows) {
        stopped = true;
        break;
      }
      const r = ATTR_R.exec(attrs);
      const n = r ? Number(r[1]) : lastRow + 1;
      if (Number.isInteger(n) && n >= 1) {
        if (n <= lastRow) {
          repeated++;
          firstRepeated ??= `第 ${n} 行`;
        }
        curRow = n;
        lastRow = Math.max(lastRow, n);
      } else curRow = lastRow + 1;
    } else if (name === "mergeCell") {
      const r = ATTR_REF.exec(attrs);
      const area = r ? parseArea(r[1]) : null;
      if (r && area) merges.push({ ref: r[1], area });
    } else {
      const r = ATTR_REF.exec(attrs);
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
