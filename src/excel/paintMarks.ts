/**
 * Painting marks: remove this add-in's existing marks (from the inventory loaded in the same batch) and
 * add one conditional format (+ note) per finding cell — normally in ONE context.sync.
 *
 * Extra syncs only when:
 * - more than MAX_MARKS_PER_SYNC cells are marked (each further 1,000 cells: one more sync, keeping a
 *   request far below the 5 MB limit of Excel on the web);
 * - notes are supported and the sheet already holds notes of the user's own: Office.js cannot tell
 *   where a note sits without another round trip, so the first sync also asks which finding cells have
 *   a note, and a second one adds notes to the free cells.
 */
import { MESSAGES, HostFailure, hostError } from "./hostErrors";
import { MARK_FILL, markFormula, type CellMark } from "./marks";
import type { MarkInventory } from "./readSheet";
import type { HostCapabilities } from "./sheetHost";

export const MAX_MARKS_PER_SYNC = 1000;

function addFormat(sheet: Excel.Worksheet, mark: CellMark): void {
  const cf = sheet.getRange(mark.cell).conditionalFormats.add("Custom");
  cf.custom.rule.formula = markFormula(mark.severity);
  cf.custom.format.fill.color = MARK_FILL[mark.severity];
}

/**
 * Replaces the marks in `inventory` with marks for `marks`. Returns the number of cells marked.
 * Throws HostFailure("sheet-protected") without queuing anything when the sheet is protected.
 */
export async function paintMarks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  inventory: MarkInventory,
  marks: readonly CellMark[],
  caps: HostCapabilities,
  sheetName: string,
): Promise<number> {
  const nothingToRemove = inventory.formats.length === 0 && inventory.notes.length === 0;
  if (inventory.protected) {
    if (marks.length === 0 && nothingToRemove) return 0;
    throw new HostFailure(hostError("sheet-protected", MESSAGES.paintProtected(sheetName)));
  }
  if (marks.length === 0 && nothingToRemove) return 0;

  for (const cf of inventory.formats) cf.delete();
  for (const note of inventory.notes) note.delete();

  const probeNotes = caps.notes && inventory.foreignNotes > 0;
  const probes: { mark: CellMark; note: Excel.Note }[] = [];
  let i = 0;
  do {
    const slice = marks.slice(i, i + MAX_MARKS_PER_SYNC);
    for (const mark of slice) {
      addFormat(sheet, mark);
      if (!caps.notes) continue;
      if (probeNotes) {
        const note = sheet.notes.getItemOrNullObject(mark.cell);
        note.load("content");
        probes.push({ mark, note });
      } else {
        sheet.notes.add(sheet.getRange(mark.cell), mark.note);
      }
    }
    await context.sync();
    i += MAX_MARKS_PER_SYNC;
  } while (i < marks.length);

  if (probes.length > 0) {
    const free = probes.filter((p) => p.note.isNullObject);
    for (let j = 0; j < free.length; j += MAX_MARKS_PER_SYNC) {
      for (const p of free.slice(j, j + MAX_MARKS_PER_SYNC)) sheet.notes.add(sheet.getRange(p.mark.cell), p.mark.note);
      await context.sync();
    }
  }
  return marks.length;
}

/**
 * Deletes the marks in `inventory` (queued only; the caller syncs). Returns the number of marked cells
 * cleared: one conditional format and at most one note per cell, so the larger of the two counts.
 */
export function queueClear(inventory: MarkInventory): number {
  for (const cf of inventory.formats) cf.delete();
  for (const note of inventory.notes) note.delete();
  return Math.max(inventory.formats.length, inventory.notes.length);
}
