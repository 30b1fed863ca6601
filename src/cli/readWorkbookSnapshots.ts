/**
 * exceljs → SheetSnapshot[]: the CLI's reader. One snapshot per worksheet, in workbook order.
 *
 * Cell values become strings, numbers, booleans or null:
 * rich text → its plain text; formulas → their cached result; error cells → their text ("#REF!");
 * dates → "YYYY-MM-DD"; hyperlinks → their text; merged (non-master) cells → null; "" → null.
 * The grid covers the cells that hold a value (origin = its top-left); merges are 0-based sheet ranges.
 * Never throws on odd cells: anything unreadable becomes null.
 */
import ExcelJS from "exceljs";
import type { CellRange, CellValue, SheetSnapshot } from "../core/snapshot";
import { rangeFromA1 } from "../core/cellAddress";

/** Reads a .xlsx file and snapshots every worksheet. Throws when the file cannot be read. */
export async function readWorkbookSnapshots(file: string): Promise<SheetSnapshot[]> {
  const workbook = await loadWorkbook(file);
  return workbookToSnapshots(workbook);
}

/** Loads a workbook with exceljs (throws on a missing or corrupt file). */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Snapshots every worksheet of a loaded workbook. */
export function workbookToSnapshots(workbook: ExcelJS.Workbook): SheetSnapshot[] {
  return workbook.worksheets.map((ws) => worksheetToSnapshot(ws));
}

/** Snapshots one worksheet. */
export function worksheetToSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const name = String(ws.name ?? "");
  const cells: Array<{ row: number; col: number; value: CellValue }> = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;

  try {
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        let value: CellValue = null;
        try {
          // A merged cell other than the master reports the master's value: skip it.
          if (cell.type === ExcelJS.ValueType.Merge) return;
          value = toCellValue(cell.value);
        } catch {
          value = null;
        }
        if (value === null) return;
        const r = rowNumber - 1;
        const c = colNumber - 1;
        cells.push({ row: r, col: c, value });
        if (r < top) top = r;
        if (r > bottom) bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      });
    });
  } catch {
    // A worksheet exceljs cannot iterate: keep what was read so far.
  }

  const merges = readMerges(ws);

  if (cells.length === 0) {
    return { name, origin: { row: 0, col: 0 }, values: [], merges };
  }

  const width = right - left + 1;
  const values: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) values.push(new Array<CellValue>(width).fill(null));
  for (const cell of cells) values[cell.row - top][cell.col - left] = cell.value;

  return { name, origin: { row: top, col: left }, values, merges };
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
