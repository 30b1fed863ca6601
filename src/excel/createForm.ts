/**
 * 在新工作表中新建 (issue 7, "Or create"): a complete new 绩效表 — 神木式, 乌海式 or 101号式, built by the pure
 * src/core/templates/newForm.ts — written on a NEW sheet. Never touches an existing sheet: the name is
 * 新建绩效表, else 新建绩效表 (2), (3) … (Excel compares sheet names case-insensitively).
 *
 * Office.js used (within the add-in's minimum, ExcelApi 1.7):
 * - WorksheetCollection.load("items/name"), add(name) — ExcelApi 1.1 (Excel.WorksheetCollection.add: a name that
 *   exists, is over 31 characters or holds : \ / ? * [ ] is refused);
 * - Range.values (every text with a leading apostrophe, so "=3套" or "2021年12月31日前" stay text), Range.merge — ExcelApi 1.2;
 * - RangeFormat.wrapText, verticalAlignment, columnWidth (points), font.bold, borders.getItem(…).style — ExcelApi 1.1
 *   (thin lines round every cell from row 3 down, as on the printed form);
 * - Worksheet.activate — ExcelApi 1.1; Worksheet.delete — ExcelApi 1.1, only to take the new sheet away again when
 *   the write batch fails part-way (Excel applies a failed batch up to the failing operation, so a half-written
 *   sheet would otherwise remain). The decision is made by comparing sheet names before and after (sheetRollback.ts):
 *   never through the proxy `add` returned (invalid after a failed batch in Office.js), never a name that existed at
 *   sync 1, never when `add` itself was refused.
 * Sync budget: 2 (read the sheet names, then add + write + activate in one batch); +2 on failure (list, clean-up).
 */
import type { NewForm } from "../core/templates/newForm";
import { toExcelInput } from "./cellInput";
import { removeSheetAddedByFailedBatch } from "./sheetRollback";

export const NEW_FORM_SHEET = "新建绩效表";
/** A character of the default font (11 pt 宋体/等线) is about 7 points wide. */
const POINTS_PER_CHAR = 7;
const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;

/** A unique sheet name: 新建绩效表, else 新建绩效表 (2), (3) … (case-insensitive, as Excel compares). */
export function newFormSheetName(existing: readonly string[], base: string = NEW_FORM_SHEET): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

export interface CreateFormOutcome {
  /** The sheet added (and activated). */
  sheet: string;
  /** Indicator rows written. */
  indicators: number;
  /** Rows and columns of the form. */
  rows: number;
  cols: number;
}

/** The grid as Range.values input: text with a leading apostrophe, numbers as numbers, blanks as "". */
export function formValues(form: NewForm): (string | number)[][] {
  const cols = form.widths.length;
  return form.snapshot.values.map((line) =>
    Array.from({ length: cols }, (_, c) => {
      const v = line[c] ?? null;
      if (v === null || v === undefined) return "";
      if (typeof v === "number") return v;
      return toExcelInput(String(v), null);
    }),
  );
}

/**
 * Queues and runs the creation in `context` (the caller maps errors). `build` makes the form for the sheet name
 * chosen (so the snapshot carries it).
 */
export async function createFormBatch(
  context: Excel.RequestContext,
  build: (sheetName: string) => NewForm,
): Promise<CreateFormOutcome> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync(); // sync 1
  const before = sheets.items.map((s) => s.name);
  const name = newFormSheetName(before);
  const form = build(name);
  const values = formValues(form);
  const rows = values.length;
  const cols = form.widths.length;

  const ws = sheets.add(name);
  const all = ws.getRangeByIndexes(0, 0, rows, cols);
  all.values = values;
  all.format.wrapText = true;
  all.format.verticalAlignment = "Center";
  form.widths.forEach((w, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * POINTS_PER_CHAR;
  });
  if (rows > 2) {
    const grid = ws.getRangeByIndexes(2, 0, rows - 2, cols).format.borders;
    for (const edge of BORDER_EDGES) grid.getItem(edge).style = "Continuous";
  }
  // Title, and the indicator table's header row, in bold.
  ws.getRangeByIndexes(0, 0, 1, cols).format.font.bold = true;
  ws.getRangeByIndexes(form.indicatorRows.header, 0, 1, cols).format.font.bold = true;
  for (const m of form.snapshot.merges) {
    ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
  }
  ws.activate();
  try {
    await context.sync(); // sync 2
  } catch (e) {
    // Never through `ws` (the add() proxy is invalid after a failed batch) and never a name that existed at sync 1.
    await removeSheetAddedByFailedBatch(context, name, before, e); // syncs 3-4, only on failure
    throw e;
  }
  return { sheet: name, indicators: form.rows.length, rows, cols };
}
