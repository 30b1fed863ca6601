/**
 * A sheet snapshot: the only input of the check engine.
 * Built by the CLI (exceljs) or the add-in (Office.js); holds no Office types.
 * Rows and columns are 0-based sheet coordinates (A1 = row 0, col 0).
 */
import { z } from "zod";

/** A cell value as read from a sheet. Error values (#REF!, #N/A …) arrive as their text. */
export const CellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type CellValue = z.infer<typeof CellValueSchema>;

export const CellRangeSchema = z.object({
  top: z.number().int().nonnegative(),
  left: z.number().int().nonnegative(),
  bottom: z.number().int().nonnegative(),
  right: z.number().int().nonnegative(),
});
export type CellRange = z.infer<typeof CellRangeSchema>;

/**
 * One non-empty cell of a sparse snapshot (sheet coordinates). `text` is what the cell displays when that
 * differs from the value (a number formatted `"≥"0%` holds 0.98 and shows "≥98%").
 */
export const SparseCellSchema = z.object({
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative(),
  value: CellValueSchema,
  text: z.string().optional(),
});
export type SparseCell = z.infer<typeof SparseCellSchema>;

export const SheetSnapshotSchema = z.object({
  name: z.string(),
  /** Sheet coordinates of values[0][0] (the used range's top-left). */
  origin: z.object({ row: z.number().int().nonnegative(), col: z.number().int().nonnegative() }),
  /** Row-major grid of the used range. Rows may be ragged; a missing cell is null. */
  values: z.array(z.array(CellValueSchema)),
  /** Merged areas in sheet coordinates. */
  merges: z.array(CellRangeSchema),
  /**
   * Optional displayed text, aligned with `values` (same rows/columns); null or missing = show the value.
   * The engine checks what the user sees, so this wins over the value wherever it is given.
   */
  texts: z.array(z.array(z.string().nullable())).optional(),
  /**
   * Optional sparse form: every non-empty cell once, in any order. When given, `values`/`texts` may be empty
   * and `origin` is ignored; a stray cell far away then costs one entry, not a grid over the bounding box.
   */
  cells: z.array(SparseCellSchema).optional(),
});
export type SheetSnapshot = z.infer<typeof SheetSnapshotSchema>;

// Address helpers live in ./cellAddress (no zod there, so the engine loads without it); re-exported here.
export { columnLetters, fromA1, rangeFromA1, rangeToA1, snapshotFromGrid, toA1 } from "./cellAddress";
