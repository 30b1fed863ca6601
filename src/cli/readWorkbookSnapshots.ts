/**
 * exceljs → SheetSnapshot[]: the CLI's reader. One snapshot per worksheet, in workbook order.
 *
 * Cell values become strings, numbers, booleans or null:
 * rich text → its plain text; formulas → their cached result; error cells → their text ("#REF!");
 * dates → "YYYY-MM-DD"; hyperlinks → their text; merged (non-master) cells → null; "" → null.
 * A number whose format shows something else (`"≥"0%` on 0.98 shows "≥98%") also carries its displayed text.
 * Merges are 0-based sheet ranges. Never throws on odd cells: anything unreadable becomes null.
 *
 * Bounded by design (see ./safeOpen for the file and zip checks made before exceljs expands anything):
 * only the cells that exist are collected; a compact sheet becomes a dense grid (`values`, fastest for the
 * engine), a sparse one (a stray cell far away) becomes a list of cells (`cells`), so memory follows the data,
 * never the bounding box. A sheet over a per-sheet cap (cells, text, merged area) is not snapshotted: it gets
 * a zh-CN "太大，未检查" note with the numbers instead.
 */
import type ExcelJSType from "exceljs";
import type { CellRange, CellValue, SheetSnapshot, SparseCell } from "../core/snapshot";
import { rangeFromA1, toA1 } from "../core/cellAddress";
import { cellText } from "../core/text/normalize";
import { formatNumber, formatText } from "./numberFormat";
import { boundSheetXml, DEFAULT_SHEET_CAPS, type SheetCaps, type WorkbookBounds } from "../core/xlsxBounds";
import { boundWorkbookBuffer } from "./boundWorkbook";
import { DEFAULT_LIMITS, openWorkbookBuffer, type ReadLimits } from "./safeOpen";

/** A formula cell saved without its calculated result. */
export interface UncalculatedCell {
  cell: string;
  formula: string;
}

/** One worksheet as the CLI sees it: the snapshot plus what the engine cannot see. */
export interface CliSheet {
  snapshot: SheetSnapshot;
  /** zh-CN "太大，未检查：…" when the sheet is over a cap; the snapshot is then empty. */
  tooBig?: string;
  /** Formulas without a cached result (their value reads as empty). */
  uncalculated: UncalculatedCell[];
  /** zh-CN notes on what was read only in part (a merged area clipped, far stray cells not checked). */
  notes?: string[];
  /** Cells left out of the check because they lie far from the rest (A1 addresses, at most 20). */
  strayCells?: string[];
  /** zh-CN note naming those cells. */
  strayNote?: string;
}

/* exceljs is loaded only when a workbook is read or written through it (a quarter of a second of start-up):
 * the check path reads with the fast reader (./xlsx/readXlsx) and never needs it. */
let excel: typeof ExcelJSType | undefined;
function exceljs(): typeof ExcelJSType {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  excel ??= require("exceljs") as typeof ExcelJSType;
  return excel;
}
// eslint-disable-next-line @typescript-eslint/no-namespace
declare namespace ExcelJS {
  type Workbook = ExcelJSType.Workbook;
  type Worksheet = ExcelJSType.Worksheet;
}

/** Which reader turns the file into snapshots: the fast reader (default; exceljs when it declines) or exceljs. */
export type ReaderChoice = "fast" | "exceljs";

/** Reads a .xlsx file and snapshots every worksheet. Throws (zh-CN message) when the file cannot be read. */
export async function readWorkbookSnapshots(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<SheetSnapshot[]> {
  return (await readWorkbookSheets(file, limits)).map((s) => s.snapshot);
}

/** Reads a .xlsx file: every worksheet with its caps and uncalculated formulas. Throws when unreadable. */
export async function readWorkbookSheets(
  file: string,
  limits: ReadLimits = DEFAULT_LIMITS,
  reader: ReaderChoice = "fast",
): Promise<CliSheet[]> {
  // The bounds scan runs before either reader (a merge bomb or millions of repeated cells never reach them).
  const raw = await openWorkbookBuffer(file, limits);
  const caps = sheetCaps(limits);
  let sheets: CliSheet[] | null = null;
  let bounds: Pick<WorkbookBounds, "refused" | "notes"> = { refused: new Map(), notes: new Map() };
  if (reader === "fast") {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { readXlsxSheets } = require("./xlsx/readXlsx") as typeof import("./xlsx/readXlsx");
      // Each sheet's XML, inflated once, is bounds-scanned and then read.
      const found: typeof bounds = { refused: new Map(), notes: new Map() };
      sheets = readXlsxSheets(raw, limits, undefined, (name, xml) => {
        const b = boundSheetXml(xml, caps);
        if (b.refused) found.refused.set(name, b.refused);
        if (b.notes.length > 0) found.notes.set(name, b.notes);
        return b.xml;
      });
      bounds = found;
    } catch {
      // Something the fast reader leaves to exceljs (overlapping merges, a part it cannot find or inflate):
      // exceljs reads it, or refuses it with the message users saw before.
      sheets = null;
    }
  }
  if (!sheets) {
    const bounded = await boundWorkbookBuffer(raw, caps);
    bounds = bounded.bounds;
    const workbook = await loadWorkbookBuffer(bounded.buffer);
    sheets = workbook.worksheets.map((ws) => worksheetToSheet(ws, limits));
  }
  return sheets.map((sheet) => {
    const name = sheet.snapshot.name;
    const refused = bounds.refused.get(name);
    if (refused)
      return { snapshot: { name, origin: { row: 0, col: 0 }, values: [], merges: [] }, tooBig: refused, uncalculated: [] };
    const notes = bounds.notes.get(name);
    if (notes) sheet.notes = [...notes, ...(sheet.notes ?? [])];
    return sheet;
  });
}

/** The per-sheet caps of the bounds scan made before any reader runs (../core/xlsxBounds). */
export function sheetCaps(limits: ReadLimits): SheetCaps {
  return { ...DEFAULT_SHEET_CAPS, maxCells: limits.maxCellsPerSheet };
}

/** A workbook loaded after the file, zip and bounds checks, with what the bounds scan trimmed or refused. */
export interface BoundedWorkbook {
  workbook: ExcelJS.Workbook;
  bounds: WorkbookBounds;
}

/**
 * Loads a workbook with exceljs after the file and zip checks and the bounds scan of every sheet's XML (a sheet over a
 * cap reaches exceljs empty, a merged area far larger than the cells is clipped). Throws on a missing, hostile or
 * corrupt file.
 */
export async function loadBoundedWorkbook(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<BoundedWorkbook> {
  const raw = await openWorkbookBuffer(file, limits);
  const { buffer, bounds } = await boundWorkbookBuffer(raw, sheetCaps(limits));
  return { workbook: await loadWorkbookBuffer(buffer), bounds };
}

async function loadWorkbookBuffer(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const ExcelJS = exceljs();
  const workbook = new ExcelJS.Workbook();
  await withLenientSheetNames(() => workbook.xlsx.load(buffer as unknown as ArrayBuffer));
  return workbook;
}

/** Loads a workbook (see loadBoundedWorkbook) when what was trimmed does not matter to the caller. */
export async function loadWorkbook(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<ExcelJS.Workbook> {
  return (await loadBoundedWorkbook(file, limits)).workbook;
}

/** Snapshots every worksheet of a loaded workbook. */
export function workbookToSnapshots(workbook: ExcelJS.Workbook, limits: ReadLimits = DEFAULT_LIMITS): SheetSnapshot[] {
  return workbook.worksheets.map((ws) => worksheetToSheet(ws, limits).snapshot);
}

/** Snapshots one worksheet. */
export function worksheetToSnapshot(ws: ExcelJS.Worksheet, limits: ReadLimits = DEFAULT_LIMITS): SheetSnapshot {
  return worksheetToSheet(ws, limits).snapshot;
}

/* exceljs refuses some sheet names Excel files do carry (a quote at either end, "History", duplicates in
 * other case, >31 characters with a console warning) and then rejects the whole file. While loading, names are
 * taken as they are; the report sanitises them for display. */
let lenientDepth = 0;
let patched = false;
function patchSheetNameSetter(): void {
  if (patched) return;
  patched = true;
  try {
    const proto = Object.getPrototypeOf(new (exceljs().Workbook)().addWorksheet("x")) as object;
    const desc = Object.getOwnPropertyDescriptor(proto, "name");
    if (!desc?.set || !desc.get || !desc.configurable) return;
    const strictSet = desc.set;
    Object.defineProperty(proto, "name", {
      configurable: true,
      enumerable: desc.enumerable,
      get: desc.get,
      set(this: { _name?: string; id?: number }, name: unknown) {
        if (lenientDepth > 0) {
          this._name = typeof name === "string" && name !== "" ? name : `sheet${this.id ?? ""}`;
          return;
        }
        strictSet.call(this, name);
      },
    });
  } catch {
    // exceljs internals changed: keep its own checks
  }
}

async function withLenientSheetNames<T>(fn: () => Promise<T>): Promise<T> {
  patchSheetNameSetter();
  lenientDepth++;
  try {
    return await fn();
  } finally {
    lenientDepth--;
  }
}

/** Text of a number formatted by the cell's number format, when it differs from the plain value. */
export function displayedText(value: CellValue, numFmt: unknown): string | undefined {
  if (typeof numFmt !== "string" || numFmt === "") return undefined;
  let shown: string | null = null;
  if (typeof value === "number") shown = formatNumber(value, numFmt);
  else if (typeof value === "string") shown = formatText(value, numFmt);
  if (shown === null) return undefined;
  return shown.trim() !== cellText(value) ? shown : undefined;
}

function formulaOf(raw: unknown): string | null {
  if (!raw || typeof raw !== "object") return null;
  const o = raw as { formula?: unknown; sharedFormula?: unknown; result?: unknown };
  if (!("formula" in o) && !("sharedFormula" in o)) return null;
  if (o.result !== undefined && o.result !== null && o.result !== "") return null;
  return String(o.formula ?? o.sharedFormula ?? "");
}

/** Made on first use: a zh-CN number format costs ~20 ms of every process's start-up, and only a refusal or a note needs it. */
let zhNumbers: Intl.NumberFormat | undefined;
const nf = { format: (n: number) => (zhNumbers ??= new Intl.NumberFormat("zh-CN")).format(n) };

/** One worksheet with caps, displayed text and uncalculated formulas. */
export function worksheetToSheet(ws: ExcelJS.Worksheet, limits: ReadLimits = DEFAULT_LIMITS): CliSheet {
  const name = String(ws.name ?? "");
  const MERGE = exceljs().ValueType.Merge;
  const cells: SparseCell[] = [];
  const uncalculated: UncalculatedCell[] = [];
  let textChars = 0;
  let over: string | undefined;

  try {
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (over) return;
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        if (over) return;
        let value: CellValue;
        let text: string | undefined;
        try {
          // A merged cell other than the master reports the master's value: skip it.
          if (cell.type === MERGE) return;
          const raw = cell.value;
          value = toCellValue(raw);
          if (value === null) {
            const formula = formulaOf(raw);
            if (formula !== null && uncalculated.length < 1000)
              uncalculated.push({ cell: toA1(rowNumber - 1, colNumber - 1), formula });
            return;
          }
          text = displayedText(value, (cell as { numFmt?: unknown }).numFmt);
        } catch {
          return;
        }
        const r = rowNumber - 1;
        const c = colNumber - 1;
        const cellEntry: SparseCell = text === undefined ? { row: r, col: c, value } : { row: r, col: c, value, text };
        cells.push(cellEntry);
        if (typeof value === "string") textChars += value.length;
        over = overCap(cells.length, textChars, limits);
      });
    });
  } catch {
    // A worksheet exceljs cannot iterate: keep what was read so far.
  }
  return finishSheet(name, cells, readMerges(ws), uncalculated, over, limits);
}

/** zh-CN "太大，未检查" when the cells or text collected so far pass a per-sheet cap. */
export function overCap(cellCount: number, textChars: number, limits: ReadLimits): string | undefined {
  if (cellCount > limits.maxCellsPerSheet) {
    return `太大，未检查：工作表超过 ${nf.format(limits.maxCellsPerSheet)} 个非空单元格（上限），请拆分后再检查`;
  }
  if (textChars > limits.maxTextPerSheet) {
    return `太大，未检查：工作表的文字超过 ${nf.format(limits.maxTextPerSheet)} 个字符（上限），请删掉过长的内容后再检查`;
  }
  return undefined;
}

/**
 * The collected cells of one sheet (any reader) → the CLI's sheet: area and merge caps, then a dense grid for a
 * compact sheet or the sparse list for a scattered one. Shared by the exceljs path and the fast reader (./xlsx).
 */
export function finishSheet(
  name: string,
  cells: SparseCell[],
  merges: CellRange[],
  uncalculated: UncalculatedCell[],
  over: string | undefined,
  limits: ReadLimits,
): CliSheet {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const cell of cells) {
    if (cell.row < top) top = cell.row;
    if (cell.row > bottom) bottom = cell.row;
    if (cell.col < left) left = cell.col;
    if (cell.col > right) right = cell.col;
  }
  const empty: SheetSnapshot = { name, origin: { row: 0, col: 0 }, values: [], merges: over ? [] : merges };
  if (over) return { snapshot: empty, tooBig: over, uncalculated };
  if (cells.length === 0) return { snapshot: empty, uncalculated };

  let height = bottom - top + 1;
  let width = right - left + 1;
  let area = height * width;
  let stray: SparseCell[] = [];
  // A few far cells (a stray value at Z1000000) must not make the form itself unchecked: keep the dense part where
  // most cells are, and report the far ones as not checked.
  if (area > limits.maxAreaPerSheet) {
    const kept = densePart(cells);
    if (kept.cells.length < cells.length) {
      const keptArea = (kept.bottom - kept.top + 1) * (kept.right - kept.left + 1);
      if (keptArea <= limits.maxAreaPerSheet) {
        const inside = new Set(kept.cells);
        stray = cells.filter((c) => !inside.has(c));
        cells.length = 0;
        cells.push(...kept.cells);
        ({ top, left, bottom, right } = kept);
        height = bottom - top + 1;
        width = right - left + 1;
        area = keptArea;
      }
    }
  }
  // The reader still visits every cell of the used area; refuse areas it cannot visit in reasonable time.
  if (area > limits.maxAreaPerSheet) {
    return {
      snapshot: { ...empty, merges: [] },
      tooBig:
        `太大，未检查：${nf.format(cells.length)} 个非空单元格分布在 ${toA1(top, left)}:${toA1(bottom, right)}` +
        `（${nf.format(height)} 行 × ${nf.format(width)} 列，${nf.format(area)} 个单元格），超过上限 ${nf.format(limits.maxAreaPerSheet)}；` +
        `请删除远处的零散单元格（Ctrl+End 可找到最后一个单元格）后再检查`,
      uncalculated,
    };
  }
  const strayInfo: Pick<CliSheet, "strayNote" | "strayCells"> = {};
  if (stray.length > 0) {
    const listed = stray.slice(0, 5).map((c) => toA1(c.row, c.col));
    strayInfo.strayCells = stray.slice(0, 20).map((c) => toA1(c.row, c.col));
    strayInfo.strayNote =
      `远处有 ${nf.format(stray.length)} 个零散单元格未检查（${listed.join("、")}${stray.length > 5 ? " 等" : ""}），` +
      `只检查了 ${toA1(top, left)}:${toA1(bottom, right)}；如果它们不属于表格，请删除（Ctrl+End 可找到最后一个单元格）`;
  }
  // What indexing the merges will cost (see SheetGrid): small merges per cell, large ones per 64-row block.
  let mergeCost = 0;
  let mergedCells = 0;
  // Only merges touching the part that is read matter.
  const keptMerges =
    stray.length > 0 ? merges.filter((m) => m.bottom >= top && m.top <= bottom && m.right >= left && m.left <= right) : merges;
  for (const m of keptMerges) {
    const h = Math.min(m.bottom, bottom) - Math.max(m.top, top) + 1;
    const w = Math.min(m.right, right) - Math.max(m.left, left) + 1;
    if (h <= 0 || w <= 0) continue;
    mergedCells += h * w;
    mergeCost += h * w <= 64 ? h * w : Math.ceil(h / 64) + 1;
  }
  if (mergeCost > limits.maxMergeCostPerSheet) {
    return {
      snapshot: { ...empty, merges: [] },
      tooBig: `太大，未检查：${nf.format(keptMerges.length)} 处合并单元格（覆盖 ${nf.format(mergedCells)} 个单元格）超过上限，请减少合并单元格后再检查`,
      uncalculated,
    };
  }

  // Compact sheets become a dense grid (fastest for the engine); sparse ones stay a list of cells.
  if (area <= limits.denseAreaMax && area <= 8 * cells.length + 4096) {
    const values: CellValue[][] = [];
    for (let r = 0; r < height; r++) values.push(new Array<CellValue>(width).fill(null));
    let texts: (string | null)[][] | undefined;
    for (const cell of cells) {
      values[cell.row - top][cell.col - left] = cell.value;
      if (cell.text !== undefined) {
        if (!texts) {
          texts = [];
          for (let r = 0; r < height; r++) texts.push(new Array<string | null>(width).fill(null));
        }
        texts[cell.row - top][cell.col - left] = cell.text;
      }
    }
    const snapshot: SheetSnapshot = { name, origin: { row: top, col: left }, values, merges: keptMerges };
    if (texts) snapshot.texts = texts;
    return { snapshot, uncalculated, ...strayInfo };
  }
  return {
    snapshot: { name, origin: { row: top, col: left }, values: [], merges: keptMerges, cells },
    uncalculated,
    ...strayInfo,
  };
}

/**
 * The dense part of a sparse sheet: cells grouped along rows (a gap of STRAY_ROW_GAP empty rows splits), the group
 * with most cells kept, then the same along columns. Used only when the whole used area is over the cap.
 */
const STRAY_ROW_GAP = 1000;
const STRAY_COL_GAP = 64;
function densePart(cells: readonly SparseCell[]): {
  cells: SparseCell[];
  top: number;
  left: number;
  bottom: number;
  right: number;
} {
  const largestGroup = (list: readonly SparseCell[], key: (c: SparseCell) => number, gap: number): SparseCell[] => {
    const sorted = [...list].sort((a, b) => key(a) - key(b));
    let best: SparseCell[] = [];
    let cur: SparseCell[] = [];
    for (const c of sorted) {
      if (cur.length > 0 && key(c) - key(cur[cur.length - 1]) > gap) {
        if (cur.length > best.length) best = cur;
        cur = [];
      }
      cur.push(c);
    }
    return cur.length > best.length ? cur : best;
  };
  const kept = largestGroup(
    largestGroup(cells, (c) => c.row, STRAY_ROW_GAP),
    (c) => c.col,
    STRAY_COL_GAP,
  );
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const c of kept) {
    top = Math.min(top, c.row);
    bottom = Math.max(bottom, c.row);
    left = Math.min(left, c.col);
    right = Math.max(right, c.col);
  }
  return { cells: kept, top, left, bottom, right };
}

/** Converts one exceljs cell value to a snapshot value. */
export function toCellValue(raw: unknown, depth = 0): CellValue {
  if (raw === null || raw === undefined) return null;
  if (depth > 4) return null;
  switch (typeof raw) {
    case "string":
      return raw === "" ? null : raw;
    case "number":
      return Number.isFinite(raw) ? raw : null;
    case "boolean":
      return raw;
    case "bigint":
      return Number(raw);
    case "object":
      break;
    default:
      return null;
  }
  if (raw instanceof Date) return formatDate(raw);
  const obj = raw as Record<string, unknown>;
  if (Array.isArray(obj.richText)) {
    const text = (obj.richText as unknown[])
      .map((run) => (run && typeof run === "object" ? (run as { text?: unknown }).text : undefined))
      .map((t) => (typeof t === "string" ? t : t === undefined || t === null ? "" : String(t)))
      .join("");
    return text === "" ? null : text;
  }
  if ("error" in obj && obj.error !== undefined && obj.error !== null) {
    return String(obj.error);
  }
  if ("formula" in obj || "sharedFormula" in obj) {
    return toCellValue(obj.result, depth + 1);
  }
  if ("text" in obj) {
    // Hyperlinks ({ text, hyperlink }); the text may itself be rich text.
    return toCellValue(obj.text, depth + 1);
  }
  if ("result" in obj) return toCellValue(obj.result, depth + 1);
  return null;
}

/** A date as "YYYY-MM-DD" (exceljs dates are UTC-based). Invalid dates → null. */
export function formatDate(date: Date): string | null {
  const t = date.getTime();
  if (!Number.isFinite(t)) return null;
  const y = date.getUTCFullYear();
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  const d = String(date.getUTCDate()).padStart(2, "0");
  return `${String(y).padStart(4, "0")}-${m}-${d}`;
}

interface MergeLike {
  top?: unknown;
  left?: unknown;
  bottom?: unknown;
  right?: unknown;
  model?: { top?: unknown; left?: unknown; bottom?: unknown; right?: unknown };
}

/** Merged areas as 0-based ranges, from worksheet._merges (or worksheet.model.merges as a fallback). */
export function readMerges(ws: ExcelJS.Worksheet): CellRange[] {
  const out: CellRange[] = [];
  try {
    const internal = (ws as unknown as { _merges?: Record<string, MergeLike> })._merges;
    if (internal && typeof internal === "object") {
      for (const merge of Object.values(internal)) {
        const range = toRange(merge);
        if (range) out.push(range);
      }
    } else {
      const listed = (ws.model as unknown as { merges?: unknown }).merges;
      if (Array.isArray(listed)) {
        for (const item of listed) {
          if (typeof item !== "string") continue;
          try {
            out.push(rangeFromA1(item));
          } catch {
            // not an A1 range: skip
          }
        }
      }
    }
  } catch {
    // ignore unreadable merge data
  }
  out.sort((a, b) => a.top - b.top || a.left - b.left);
  return out;
}

function toRange(merge: MergeLike | null | undefined): CellRange | null {
  if (!merge) return null;
  const src = typeof merge.top === "number" ? merge : merge.model;
  if (!src) return null;
  const top = Number(src.top);
  const left = Number(src.left);
  const bottom = Number(src.bottom);
  const right = Number(src.right);
  if (![top, left, bottom, right].every((n) => Number.isInteger(n) && n >= 1)) return null;
  return {
    top: Math.min(top, bottom) - 1,
    left: Math.min(left, right) - 1,
    bottom: Math.max(top, bottom) - 1,
    right: Math.max(left, right) - 1,
  };
}
