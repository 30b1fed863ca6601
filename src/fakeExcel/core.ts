/**
 * Fake Excel — shared basics: cell values and boxes, A1 addresses, requirement-set versions, payload sizes, and the
 * error type shaped like OfficeExtension.Error.
 */
// Same address arithmetic as the engine's (a Box has the shape of a CellRange).
import { columnLetters as colLetters, rangeToA1 as boxToA1, toA1 as cellA1 } from "../core/cellAddress";

export type FakeCellValue = string | number | boolean;

/** Excel.RunOptions (the part the fake models). */
export interface FakeRunOptions {
  delayForCellEdit?: boolean;
}

/** 0-based inclusive box of cells. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROW = 1048575;
export const MAX_COL = 16383;
export const WHOLE_SHEET: Box = { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL };

// ───────────────────────────── A1 helpers ─────────────────────────────

export { boxToA1, cellA1, colLetters };

export function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

/** "B3", "$A$1:G1", "Sheet1!A1", "'My Sheet'!B2:C3", "A:C", "2:5" → box; throws InvalidArgument. */
export function parseA1Box(address: string): Box {
  let a = address.trim();
  const bang = a.lastIndexOf("!");
  if (bang >= 0) a = a.slice(bang + 1);
  a = a.replace(/\$/g, "");
  const parts = a.split(":");
  if (parts.length < 1 || parts.length > 2) throw new FakeExcelError("InvalidArgument", `Bad address: ${address}`);
  const cell = /^([A-Za-z]{1,3})(\d{1,7})$/;
  const colOnly = /^([A-Za-z]{1,3})$/;
  const rowOnly = /^(\d{1,7})$/;
  const p = parts[0];
  const q = parts[1] ?? parts[0];
  let box: Box;
  if (cell.test(p) && cell.test(q)) {
    const [, pc, pr] = cell.exec(p)!;
    const [, qc, qr] = cell.exec(q)!;
    box = { top: Number(pr) - 1, left: colIndex(pc), bottom: Number(qr) - 1, right: colIndex(qc) };
  } else if (parts.length === 2 && colOnly.test(p) && colOnly.test(q)) {
    box = { top: 0, left: colIndex(p), bottom: MAX_ROW, right: colIndex(q) };
  } else if (parts.length === 2 && rowOnly.test(p) && rowOnly.test(q)) {
    box = { top: Number(p) - 1, left: 0, bottom: Number(q) - 1, right: MAX_COL };
  } else {
    throw new FakeExcelError("InvalidArgument", `Bad address: ${address}`);
  }
  const norm: Box = {
    top: Math.min(box.top, box.bottom),
    left: Math.min(box.left, box.right),
    bottom: Math.max(box.top, box.bottom),
    right: Math.max(box.left, box.right),
  };
  if (norm.top < 0 || norm.left < 0 || norm.bottom > MAX_ROW || norm.right > MAX_COL) {
    throw new FakeExcelError("InvalidArgument", `Address out of the sheet: ${address}`);
  }
  return norm;
}

export function intersects(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_\u3400-\u9fff]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function maxVersion(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return compareVersions(a, b) >= 0 ? a : b;
}

export const encoder = new TextEncoder();
export function byteSize(v: unknown): number {
  if (v === undefined) return 0;
  return encoder.encode(JSON.stringify(v) ?? "").length;
}

export function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

// ───────────────────────────── errors ─────────────────────────────

/** Shaped like OfficeExtension.Error: `code`, `message`, `debugInfo`. */
export class FakeExcelError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message?: string) {
    super(message ?? code);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message: message ?? code };
  }
}

/** PropertyNotLoaded, worded as Office words it. */
export function notLoaded(name: string): FakeExcelError {
  return new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
