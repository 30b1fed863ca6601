/**
 * An HTML rendering of one sheet of the fake workbook: merged cells, the fake's conditional-format
 * fills as cell colours, notes as tooltips, the selection outlined. Double-click / Enter / F2 edits
 * a cell; the edit goes through the fake as a user edit (so the pane's auto re-check fires).
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { columnLetters, toA1 } from "../core/cellAddress";
import type { CellRange } from "../core/snapshot";
import type { GridSheet, GridSource } from "./gridSource";
import type { DemoStrings } from "./strings";

export interface SheetGridProps {
  source: GridSource;
  sheetName: string;
  strings: DemoStrings;
}

interface Layout {
  /** "r,c" of cells hidden under a merge. */
  covered: Set<string>;
  /** Merge anchored at "r,c". */
  anchors: Map<string, CellRange>;
}

function layoutOf(merges: readonly CellRange[]): Layout {
  const covered = new Set<string>();
  const anchors = new Map<string, CellRange>();
  for (const m of merges) {
    anchors.set(`${m.top},${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
    }
  }
  return { covered, anchors };
}

function inRange(r: number, c: number, range: CellRange | null): boolean {
  return !!range && r >= range.top && r <= range.bottom && c >= range.left && c <= range.right;
}

/** The merge (or single cell) containing (r, c). */
function areaAt(r: number, c: number, merges: readonly CellRange[]): CellRange {
  return merges.find((m) => inRange(r, c, m)) ?? { top: r, left: c, bottom: r, right: c };
}

export function SheetGrid({ source, sheetName, strings }: SheetGridProps) {
  const [version, setVersion] = useState(0);
  useEffect(() => source.subscribe(() => setVersion((v) => v + 1)), [source]);
  // Re-read the sheet whenever the fake reports a change.
  const sheet: GridSheet = useMemo(() => source.sheet(sheetName), [source, sheetName, version]);
  const layout = useMemo(() => layoutOf(sheet.merges), [sheet]);
  const [editing, setEditing] = useState<{ row: number; col: number; text: string } | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const rows = Math.max(sheet.rowCount, 1) + 2;
  const cols = Math.max(sheet.colCount, 1) + 1;
  const active = sheet.selection ? { row: sheet.selection.top, col: sheet.selection.left } : null;

  // Keep the selected cell in view (e.g. after the pane selected a finding's cell).
  useEffect(() => {
    if (!active) return;
    const el = tableRef.current?.querySelector<HTMLElement>(`td[data-row="${active.row}"][data-col="${active.col}"]`);
    el?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [active?.row, active?.col, sheetName]);

  const startEdit = (row: number, col: number) => setEditing({ row, col, text: sheet.cell(row, col).text });
  const commit = () => {
    if (!editing) return;
    const before = sheet.cell(editing.row, editing.col).text;
    if (editing.text !== before) source.edit(sheetName, editing.row, editing.col, editing.text);
    setEditing(null);
    tableRef.current?.focus();
  };

  const move = (dr: number, dc: number) => {
    const from = active ?? { row: 0, col: 0 };
    const area = areaAt(from.row, from.col, sheet.merges);
    let r = dr > 0 ? area.bottom + dr : dr < 0 ? area.top + dr : from.row;
    let c = dc > 0 ? area.right + dc : dc < 0 ? area.left + dc : from.col;
    r = Math.max(0, Math.min(rows - 1, r));
    c = Math.max(0, Math.min(cols - 1, c));
    const target = areaAt(r, c, sheet.merges);
    source.select(sheetName, target.top, target.left);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (editing) return;
    const keys: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    if (keys[e.key]) {
      e.preventDefault();
      move(...keys[e.key]);
    } else if ((e.key === "Enter" || e.key === "F2") && active) {
      e.preventDefault();
      startEdit(active.row, active.col);
    }
  };

  const body = [];
  for (let r = 0; r < rows; r++) {
    const cells = [
      <th key="h" scope="row" className="rowhead">
        {r + 1}
      </th>,
    ];
    for (let c = 0; c < cols; c++) {
      const key = `${r},${c}`;
      if (layout.covered.has(key)) continue;
      const merge = layout.anchors.get(key);
      const cell = sheet.cell(r, c);
      const addr = toA1(r, c);
      const selected = inRange(r, c, sheet.selection);
      const isEditing = editing?.row === r && editing?.col === c;
      cells.push(
        <td
          key={c}
          rowSpan={merge ? merge.bottom - merge.top + 1 : undefined}
          colSpan={merge ? merge.right - merge.left + 1 : undefined}
          data-addr={addr}
          data-row={r}
          data-col={c}
          data-fill={cell.fill ?? ""}
          data-selected={selected ? "true" : "false"}
          title={cell.note || undefined}
          className={[selected ? "selected" : "", cell.note ? "has-note" : ""].join(" ").trim() || undefined}
          style={{ background: cell.fill, color: cell.fontColor, fontWeight: cell.bold ? 600 : undefined }}
          onClick={() => source.select(sheetName, r, c)}
          onDoubleClick={() => startEdit(r, c)}
        >
          {isEditing ? (
            <input
              className="cell-editor"
              autoFocus
              aria-label={strings.editCellAria(addr)}
              value={editing.text}
              onChange={(e) => setEditing({ ...editing, text: e.target.value })}
              onBlur={commit}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  commit();
                } else if (e.key === "Escape") {
                  e.preventDefault();
                  setEditing(null);
                  tableRef.current?.focus();
                }
              }}
            />
          ) : (
            cell.text
          )}
        </td>,
      );
    }
    body.push(<tr key={r}>{cells}</tr>);
  }

  return (
    <table
      ref={tableRef}
      className="sheet-grid"
      tabIndex={0}
      aria-label={strings.gridLabel(sheetName)}
      onKeyDown={onKeyDown}
      data-testid="sheet-grid"
      data-sheet={sheetName}
      data-version={version}
    >
      <colgroup>
        <col style={{ width: 40 }} />
        {Array.from({ length: cols }, (_, c) => (
          <col key={c} style={{ width: sheet.colWidths?.[c] ?? 90 }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className="corner" />
          {Array.from({ length: cols }, (_, c) => (
            <th key={c} scope="col" className="colhead">
              {columnLetters(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{body}</tbody>
    </table>
  );
}
