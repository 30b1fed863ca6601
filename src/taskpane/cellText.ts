/**
 * The text of one cell as it was when the check ran, taken from the snapshot the check read.
 * This is the `expected` text handed to SheetHost.writeCell, so a suggestion is only written
 * when the cell still holds what the suggestion was computed from.
 */
import { fromA1 } from "../core/cellAddress";
import type { SheetSnapshot } from "../core/snapshot";
import { cellText } from "../excel/cellInput";

/**
 * The snapshot text at `a1`, exactly as the host read it (a non-top-left cell of a merged area
 * reads as Excel returns it, normally ""). Cells outside the used range read as "".
 */
export function cellTextAt(snapshot: SheetSnapshot, a1: string): string {
  let pos: { row: number; col: number };
  try {
    pos = fromA1(a1);
  } catch {
    return "";
  }
  const row = pos.row - snapshot.origin.row;
  const col = pos.col - snapshot.origin.col;
  if (row < 0 || col < 0) return "";
  return cellText(snapshot.values[row]?.[col]);
}
