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
import { MESSAGES, HostFailure, hostError, isEditModeError, officeErrorCode } from "./hostErrors";
import { MARK_FILL, isMarkFormula, isMarkNote, markFormula, type CellMark } from "./marks";
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
  onNotesSkipped?: () => void,
): Promise<number> {
  const nothingToRemove = inventory.formats.length === 0 && inventory.notes.length === 0;
  if (inventory.protected) {
    if (marks.length === 0 && nothingToRemove) return 0;
    throw new HostFailure(hostError("sheet-protected", MESSAGES.paintProtected(sheetName)));
  }
  if (marks.length === 0 && nothingToRemove) return 0;
  try {
    return await replaceMarks(context, sheet, inventory, marks, caps, onNotesSkipped);
  } catch (e) {
    // office-js #5222: a rule whose cells carry another rule cannot be deleted through the whole-sheet collection
    // (ItemNotFound). The batch stopped at that delete, before any mark was added: delete ours through the
    // collection of each marked cell instead, then add the new marks.
    if (officeErrorCode(e) !== "ItemNotFound" || inventory.formats.length === 0) throw e;
    await deleteMarksCellByCell(context, sheet);
    return replaceMarks(context, sheet, { ...inventory, formats: [] }, marks, caps, onNotesSkipped);
  }
}

/**
 * 清除标记's fallback for #5222 on one sheet: this add-in's rules deleted cell by cell, then its notes found again
 * and deleted (a failed batch may have deleted some already). Returns nothing; the caller counted the marks.
 */
export async function clearCellByCell(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  caps: HostCapabilities,
): Promise<void> {
  await deleteMarksCellByCell(context, sheet);
  if (!caps.notes) return;
  const notes = sheet.notes;
  notes.load("items/content");
  await context.sync();
  const ours = notes.items.filter((n) => isMarkNote(n.content));
  for (let k = ours.length - 1; k >= 0; k--) ours[k].delete();
  if (ours.length > 0) await context.sync();
}

/**
 * The fallback for #5222: finds this add-in's rules again (1 sync), their cells (1 sync), each cell's own rule
 * collection (1 sync), and deletes our rules there, last to first (1 sync). Only runs after that failure.
 */
async function deleteMarksCellByCell(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<void> {
  const [mine] = await ourRulesIn(context, [sheet.getRange().conditionalFormats]);
  const ranges = mine.map((cf) => {
    const r = cf.getRange();
    r.load("address");
    return r;
  });
  if (ranges.length === 0) return;
  await context.sync();
  const addresses = [...new Set(ranges.map((r) => r.address.slice(r.address.lastIndexOf("!") + 1)))];
  const perCell = await ourRulesIn(
    context,
    addresses.map((a) => sheet.getRange(a).conditionalFormats),
  );
  for (const rules of perCell) for (let k = rules.length - 1; k >= 0; k--) rules[k].delete();
  await context.sync();
}

/**
 * This add-in's rules in each collection, in collection order. Normally one sync loading type and formula together;
 * when Excel cannot load the formulas of overlapping rules (office-js #6827/#6835 — likely right where #5222 struck,
 * audit 3 N8), as the inventory fallback does: types first (1 sync), then the formula of Custom rules only (1 sync).
 */
async function ourRulesIn(
  context: Excel.RequestContext,
  collections: readonly Excel.ConditionalFormatCollection[],
): Promise<Excel.ConditionalFormat[][]> {
  for (const c of collections) c.load("items/type,items/customOrNullObject/rule/formula");
  try {
    await context.sync();
    return collections.map((c) => c.items.filter(isOurs));
  } catch (e) {
    if (isEditModeError(e)) throw e;
  }
  for (const c of collections) c.load("items/type");
  await context.sync();
  const custom = collections.map((c) => c.items.filter((cf) => cf.type === "Custom"));
  for (const list of custom) for (const cf of list) cf.customOrNullObject.load("rule/formula");
  if (custom.some((l) => l.length > 0)) await context.sync();
  return custom.map((list) => list.filter(isOurs));
}

function isOurs(cf: Excel.ConditionalFormat): boolean {
  if (cf.type !== "Custom") return false;
  const custom = cf.customOrNullObject;
  return !custom.isNullObject && isMarkFormula(custom.rule.formula);
}

async function replaceMarks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  inventory: MarkInventory,
  marks: readonly CellMark[],
  caps: HostCapabilities,
  onNotesSkipped?: () => void,
): Promise<number> {
  queueDeletes(inventory);

  const probeNotes = caps.notes && inventory.foreignNotes > 0;
  const probes: { mark: CellMark; note: Excel.Note }[] = [];
  let notesSkipped = 0;
  let i = 0;
  do {
    const slice = marks.slice(i, i + MAX_MARKS_PER_SYNC);
    // Formats first, notes after: a batch stops at its first failing operation and keeps what ran before it,
    // so a note Excel refuses (a cell with a threaded comment holds no note) cannot undo the highlights.
    for (const mark of slice) addFormat(sheet, mark);
    const queued: CellMark[] = [];
    if (caps.notes) {
      for (const mark of slice) {
        if (probeNotes) {
          const note = sheet.notes.getItemOrNullObject(mark.cell);
          note.load("content");
          probes.push({ mark, note });
        } else {
          sheet.notes.add(sheet.getRange(mark.cell), mark.note);
          queued.push(mark);
        }
      }
    }
    try {
      await context.sync();
    } catch (e) {
      if (queued.length === 0 || !isNoteFailure(e)) throw e;
      // The highlights of this slice are in, and the notes before the refused one: go on after it.
      notesSkipped += await retryNotesAfterRefusal(context, sheet, queued);
    }
    i += MAX_MARKS_PER_SYNC;
  } while (i < marks.length);

  if (probes.length > 0) {
    const free = probes.filter((p) => p.note.isNullObject).map((p) => p.mark);
    for (let j = 0; j < free.length; j += MAX_MARKS_PER_SYNC)
      notesSkipped += await addNotes(context, sheet, free.slice(j, j + MAX_MARKS_PER_SYNC));
  }
  if (notesSkipped > 0) onNotesSkipped?.();
  return marks.length;
}

/** Notes a paint retries past before it gives the rest up (each refused note costs 2 syncs). */
export const MAX_NOTE_RETRIES = 20;

/** Adds notes for `marks` (1 sync); when one is refused, goes on after it. Returns how many were skipped. */
async function addNotes(context: Excel.RequestContext, sheet: Excel.Worksheet, marks: readonly CellMark[]): Promise<number> {
  for (const mark of marks) sheet.notes.add(sheet.getRange(mark.cell), mark.note);
  try {
    await context.sync();
    return 0;
  } catch (e) {
    if (!isNoteFailure(e)) throw e;
    return retryNotesAfterRefusal(context, sheet, marks);
  }
}

/**
 * A batch adding the notes of `queued` (in this order) stopped at a refused note — a cell holding a threaded comment
 * holds no note (audit 3, old #11) — so every later note was dropped. Finds where it stopped (which of them have a
 * note now: 1 sync), skips that cell and adds the rest again, as often as needed up to MAX_NOTE_RETRIES. Returns how
 * many notes were left out. One comment no longer costs the notes of every later cell.
 */
async function retryNotesAfterRefusal(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  queued: readonly CellMark[],
): Promise<number> {
  let rest = [...queued];
  let skipped = 0;
  for (let attempt = 0; rest.length > 0; attempt++) {
    if (attempt >= MAX_NOTE_RETRIES) return skipped + rest.length;
    const probes = rest.map((mark) => {
      const note = sheet.notes.getItemOrNullObject(mark.cell);
      note.load("content");
      return note;
    });
    await context.sync();
    const stoppedAt = probes.findIndex((n) => n.isNullObject);
    if (stoppedAt < 0) return skipped;
    skipped++;
    rest = rest.slice(stoppedAt + 1);
    if (rest.length === 0) return skipped;
    for (const mark of rest) sheet.notes.add(sheet.getRange(mark.cell), mark.note);
    try {
      await context.sync();
      return skipped;
    } catch (e) {
      if (!isNoteFailure(e)) throw e;
    }
  }
  return skipped;
}

/**
 * True when Excel says the failing operation was adding a note (OfficeExtension.DebugInfo.errorLocation names the
 * object and method, learn.microsoft.com/javascript/api/office/officeextension.debuginfo).
 */
export function isNoteFailure(e: unknown): boolean {
  const loc = (e as { debugInfo?: { errorLocation?: unknown } } | null)?.debugInfo?.errorLocation;
  return typeof loc === "string" && /\bNote(Collection)?\b/.test(loc);
}

/**
 * Queues the deletion of the marks in `inventory`, LAST TO FIRST: a conditional format is addressed by its position
 * in the collection (Excel.ConditionalFormat.id), so deleting from the front would shift the rest and delete the
 * wrong rules (issue 10). Deleting from the back leaves every earlier position valid.
 */
function queueDeletes(inventory: MarkInventory): void {
  for (let k = inventory.formats.length - 1; k >= 0; k--) inventory.formats[k].delete();
  for (let k = inventory.notes.length - 1; k >= 0; k--) inventory.notes[k].delete();
}

/**
 * Deletes the marks in `inventory` (queued only; the caller syncs). Returns the number of marked cells
 * cleared: one conditional format and at most one note per cell, so the larger of the two counts.
 */
export function queueClear(inventory: MarkInventory): number {
  queueDeletes(inventory);
  return Math.max(inventory.formats.length, inventory.notes.length);
}
