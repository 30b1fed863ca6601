/**
 * What the playground's grid needs from a workbook: cell text, fills, notes, merges, the
 * selection, user edits and change notifications. Implemented over the fake Excel.
 */
import type { CellRange } from "../core/snapshot";

export interface GridCell {
  text: string;
  /** Background colour from a (conditional) format, e.g. "#FFC7CE". */
  fill?: string;
  fontColor?: string;
  /** Note/comment text, shown as a tooltip. */
  note?: string;
  bold?: boolean;
}

export interface GridSheet {
  name: string;
  rowCount: number;
  colCount: number;
  /** 0-based sheet coordinates. */
  cell(row: number, col: number): GridCell;
  merges: readonly CellRange[];
  /** Column widths in pixels when known. */
  colWidths?: readonly (number | undefined)[];
  /** Selected range (sheet coordinates) or null. */
  selection: CellRange | null;
}

export interface GridSource {
  sheetNames(): string[];
  activeSheetName(): string;
  /** Makes `name` the active sheet, as a user clicking its tab would. */
  activate(name: string): void;
  sheet(name: string): GridSheet;
  /** A user typing `text` into a cell (fires the sheet's change events). */
  edit(sheet: string, row: number, col: number, text: string): void;
  /** A user clicking a cell. */
  select(sheet: string, row: number, col: number): void;
  /** Called after anything visible changed. */
  subscribe(listener: () => void): () => void;
}
