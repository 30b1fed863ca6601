/**
 * What a mark looks like (pure; no Office types).
 *
 * A mark is one conditional format per finding cell (type Custom, an always-true formula) whose fill
 * colour gives the severity, plus — where notes exist (ExcelApi 1.18) and the cell has no note of its
 * own — a note with the messages. The cell's own value, fill and number format are never touched.
 *
 * Marks are recognised by a marker that lives in the workbook itself, so any later session (another
 * computer, the file reopened, settings lost) finds them again:
 * - the conditional format's formula is `=ISTEXT("绩效表检查:<severity>")` (always TRUE; the text also
 *   tells a user who opens 条件格式 › 管理规则 where the rule comes from);
 * - the note's text starts with `【绩效表检查】`.
 * Conditional-format ids are not persisted: Excel documents `ConditionalFormat.id` as the rule's
 * priority (its index in the collection), which shifts whenever any rule is added or removed.
 */
import type { Diagnostic, Severity } from "../core/diagnostics";
import { fromA1 } from "../core/cellAddress";

export const MARK_TAG = "绩效表检查";
export const NOTE_PREFIX = `【${MARK_TAG}】`;
/** Longest note text written (Excel allows far more; a note is a hint, the pane has the full list). */
export const NOTE_MAX_CHARS = 1000;

/** Fill colours per severity: light red, light amber, light blue (Excel's own "light" palette). */
export const MARK_FILL: Readonly<Record<Severity, string>> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The always-true rule formula that carries the marker. */
export function markFormula(severity: Severity): string {
  return `=ISTEXT("${MARK_TAG}:${severity}")`;
}

/** True for a conditional-format formula written by {@link markFormula} (any severity, any session). */
export function isMarkFormula(formula: unknown): boolean {
  return typeof formula === "string" && formula.includes(`"${MARK_TAG}:`);
}

/** True for a note written by this add-in. */
export function isMarkNote(content: unknown): boolean {
  return typeof content === "string" && content.startsWith(NOTE_PREFIX);
}

/** One cell to mark. */
export interface CellMark {
  /** Normalised A1 ("B5": upper case, no $). */
  cell: string;
  row: number;
  col: number;
  /** Highest severity among the cell's findings. */
  severity: Severity;
  /** Note text (prefix + one line per finding). */
  note: string;
  /** How many findings point at this cell. */
  count: number;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** "$b$5" → "B5"; null for anything that is not a single-cell address on a sheet. */
export function normalizeCell(a1: string): string | null {
  const m = CELL_RE.exec(a1.trim());
  if (!m) return null;
  const { row, col } = fromA1(`${m[1]}${m[2]}`);
  if (row < 0 || row > 1048575 || col < 0 || col > 16383) return null;
  return `${m[1].toUpperCase()}${m[2]}`;
}

/** One line of a note for one finding. */
export function noteLine(d: Diagnostic): string {
  const tag = d.severity === "error" ? "错误" : d.severity === "warning" ? "警告" : "提示";
  let line = `［${tag}］${d.message}`;
  if (d.suggestion) line += `（建议改为：${d.suggestion}）`;
  else if (d.fix) line += `（${d.fix}）`;
  return line;
}

/**
 * Groups findings by their cell: one mark per cell, with the highest severity and every message.
 * Findings with an unusable address are skipped. Sorted by row, then column.
 */
export function planMarks(findings: readonly Diagnostic[]): CellMark[] {
  const byCell = new Map<string, { severity: Severity; lines: string[]; row: number; col: number }>();
  for (const d of findings) {
    const cell = normalizeCell(d.cell);
    if (!cell) continue;
    const entry = byCell.get(cell);
    if (!entry) {
      const { row, col } = fromA1(cell);
      byCell.set(cell, { severity: d.severity, lines: [noteLine(d)], row, col });
    } else {
      if (SEVERITY_RANK[d.severity] < SEVERITY_RANK[entry.severity]) entry.severity = d.severity;
      entry.lines.push(noteLine(d));
    }
  }
  const marks: CellMark[] = [];
  for (const [cell, e] of byCell) {
    let note = `${NOTE_PREFIX}\n${e.lines.join("\n")}`;
    if (note.length > NOTE_MAX_CHARS) note = `${note.slice(0, NOTE_MAX_CHARS - 1)}…`;
    marks.push({ cell, row: e.row, col: e.col, severity: e.severity, note, count: e.lines.length });
  }
  marks.sort((a, b) => a.row - b.row || a.col - b.col);
  return marks;
}
