/**
 * An HTML rendering of one sheet of the fake workbook: merged cells, the fake's conditional-format
 * fills as cell colours, notes as tooltips, the selection outlined. Double-click / Enter / F2 edits
 * a cell; the edit goes through the fake as a user edit (so the pane's auto re-check fires).
 *
 * Virtualised: only the rows and columns in view (plus a margin) become <td>s; spacer rows/columns stand in
 * for the rest, so a sheet with one stray cell at XFD1 or XFD1048576 renders a few hundred cells, not millions.
 * Small sheets (≤ ALL_CELLS cells) are rendered whole. A merge cut by the window edge is drawn clipped to it.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { columnLetters, toA1 } from "../core/cellAddress";
import type { CellRange } from "../core/snapshot";
import type { GridSheet, GridSource } from "./gridSource";
import type { DemoStrings } from "./strings";

export interface SheetGridProps {
  source: GridSource;
  sheetName: string;
  strings: DemoStrings;
}

/** Sheets up to this many cells are rendered whole (no virtualisation). */
export const ALL_CELLS = 6000;
/** Row height used for the spacers of a virtualised sheet (rows are single-line there). */
export const ROW_HEIGHT = 25;
const ROW_MARGIN = 15;
const COL_MARGIN = 3;
const HEADER_WIDTH = 40;
const DEFAULT_WIDTH = 90;

interface Window {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function inRange(r: number, c: number, range: CellRange | null): boolean {
  return !!range && r >= range.top && r <= range.bottom && c >= range.left && c <= range.right;
}

/** The merge (or single cell) containing (r, c). */
function areaAt(r: number, c: number, merges: readonly CellRange[]): CellRange {
  return merges.find((m) => inRange(r, c, m)) ?? { top: r, left: c, bottom: r, right: c };
}

/** Prefix sums of column widths: x of column c is offsets[c]. */
function columnOffsets(cols: number, widths: readonly (number | undefined)[] | undefined): Float64Array {
  const offsets = new Float64Array(cols + 1);
  for (let c = 0; c < cols; c++) offsets[c + 1] = offsets[c] + (widths?.[c] ?? DEFAULT_WIDTH);
  return offsets;
}

/** First index i with offsets[i + 1] > x. */
function columnAt(offsets: Float64Array, x: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/**
 * Cells of the window that merges own: the drawn anchor of each merge (its top-left clipped to the window)
 * with its clipped span, and the other window cells it covers.
 */
function windowMerges(merges: readonly CellRange[], w: Window) {
  const drawnAt = new Map<string, { merge: CellRange; rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const m of merges) {
    if (m.bottom < w.top || m.top > w.bottom || m.right < w.left || m.left > w.right) continue;
    const top = Math.max(m.top, w.top);
    const left = Math.max(m.left, w.left);
    const bottom = Math.min(m.bottom, w.bottom);
    const right = Math.min(m.right, w.right);
    drawnAt.set(`${top},${left}`, { merge: m, rowSpan: bottom - top + 1, colSpan: right - left + 1 });
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (r !== top || c !== left) covered.add(`${r},${c}`);
  }
  return { drawnAt, covered };
}

export function SheetGrid({ source, sheetName, strings }: SheetGridProps) {
  const [version, setVersion] = useState(0);
  useEffect(() => source.subscribe(() => setVersion((v) => v + 1)), [source]);
  // Re-read the sheet whenever the fake reports a change.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const sheet: GridSheet = useMemo(() => source.sheet(sheetName), [source, sheetName, version]);
  const [editing, setEditing] = useState<{ row: number; col: number; text: string } | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const rows = Math.max(sheet.rowCount, 1) + 2;
  const cols = Math.max(sheet.colCount, 1) + 1;
  const virtual = rows * cols > ALL_CELLS;
  const offsets = useMemo(() => columnOffsets(cols, sheet.colWidths), [cols, sheet.colWidths]);
  const active = sheet.selection ? { row: sheet.selection.top, col: sheet.selection.left } : null;

  // The scroll container is the playground's .grid-scroll (or whatever element scrolls around the table).
  const scroller = useCallback((): HTMLElement | null => {
    const t = tableRef.current;
    return (t?.closest(".grid-scroll") as HTMLElement | null) ?? t?.parentElement ?? null;
  }, []);
  const [view, setView] = useState({ x: 0, y: 0, width: 1200, height: 800 });
  useLayoutEffect(() => {
    const el = scroller();
    if (!el) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      setView((v) =>
        v.x === el.scrollLeft && v.y === el.scrollTop && v.width === el.clientWidth && v.height === el.clientHeight
          ? v
          : { x: el.scrollLeft, y: el.scrollTop, width: el.clientWidth || 1200, height: el.clientHeight || 800 },
      );
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    el.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("resize", onScroll);
    return () => {
      el.removeEventListener("scroll", onScroll);
      window.removeEventListener("resize", onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [scroller, sheetName]);

  const win: Window = useMemo(() => {
    if (!virtual) return { top: 0, bottom: rows - 1, left: 0, right: cols - 1 };
    const top = Math.max(0, Math.floor(view.y / ROW_HEIGHT) - ROW_MARGIN);
    const bottom = Math.min(rows - 1, Math.ceil((view.y + view.height) / ROW_HEIGHT) + ROW_MARGIN);
    const left = Math.max(0, columnAt(offsets, Math.max(0, view.x - HEADER_WIDTH)) - COL_MARGIN);
    const right = Math.min(cols - 1, columnAt(offsets, view.x + view.width) + COL_MARGIN);
    return { top, bottom, left, right };
  }, [virtual, view, rows, cols, offsets]);
  const layout = useMemo(() => windowMerges(sheet.merges, win), [sheet.merges, win]);

  // Keep the selected cell in view (e.g. after the pane selected a finding's cell).
  useEffect(() => {
    if (!active) return;
    const el = scroller();
    if (!el) return;
    if (virtual) {
      const y = active.row * ROW_HEIGHT;
      const x = offsets[Math.min(active.col, cols - 1)];
      const headH = ROW_HEIGHT;
      if (y < el.scrollTop || y + ROW_HEIGHT > el.scrollTop + el.clientHeight - headH)
        el.scrollTop = Math.max(0, y - el.clientHeight / 3);
      if (x < el.scrollLeft || x + HEADER_WIDTH + DEFAULT_WIDTH > el.scrollLeft + el.clientWidth)
        el.scrollLeft = Math.max(0, x - el.clientWidth / 3);
      return;
    }
    const td = tableRef.current?.querySelector<HTMLElement>(`td[data-row="${active.row}"][data-col="${active.col}"]`);
    td?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
    // eslint-disable-next-line react-hooks/exhaustive-deps
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

  const leftSpace = offsets[win.left];
  const rightSpace = offsets[cols] - offsets[win.right + 1];
  const spacerCell = (key: string) => <td key={key} className="spacer" aria-hidden="true" />;
  const body = [];
  if (win.top > 0) {
    body.push(<tr key="above" className="spacer" aria-hidden="true" style={{ height: win.top * ROW_HEIGHT }} />);
  }
  for (let r = win.top; r <= win.bottom; r++) {
    const cells = [
      <th key="h" scope="row" className="rowhead">
        {r + 1}
      </th>,
    ];
    if (leftSpace > 0) cells.push(spacerCell("left"));
    for (let c = win.left; c <= win.right; c++) {
      const key = `${r},${c}`;
      if (layout.covered.has(key)) continue;
      const drawn = layout.drawnAt.get(key);
      // A merge cut by the window shows its real anchor's content.
      const anchor = drawn ? { row: drawn.merge.top, col: drawn.merge.left } : { row: r, col: c };
      const cell = sheet.cell(anchor.row, anchor.col);
      const addr = toA1(anchor.row, anchor.col);
      const selected = inRange(anchor.row, anchor.col, sheet.selection);
      const isEditing = editing?.row === anchor.row && editing?.col === anchor.col;
      cells.push(
        <td
          key={c}
          rowSpan={drawn && drawn.rowSpan > 1 ? drawn.rowSpan : undefined}
          colSpan={drawn && drawn.colSpan > 1 ? drawn.colSpan : undefined}
          data-addr={addr}
          data-row={anchor.row}
          data-col={anchor.col}
          data-fill={cell.fill ?? ""}
          data-selected={selected ? "true" : "false"}
          title={cell.note || undefined}
          className={[selected ? "selected" : "", cell.note ? "has-note" : ""].join(" ").trim() || undefined}
          style={{ background: cell.fill, color: cell.fontColor, fontWeight: cell.bold ? 600 : undefined }}
          onClick={() => source.select(sheetName, anchor.row, anchor.col)}
          onDoubleClick={() => startEdit(anchor.row, anchor.col)}
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
    if (rightSpace > 0) cells.push(spacerCell("right"));
    body.push(<tr key={r}>{cells}</tr>);
  }
  if (win.bottom < rows - 1) {
    body.push(<tr key="below" className="spacer" aria-hidden="true" style={{ height: (rows - 1 - win.bottom) * ROW_HEIGHT }} />);
  }

  const colIndexes: number[] = [];
  for (let c = win.left; c <= win.right; c++) colIndexes.push(c);
  return (
    <table
      ref={tableRef}
      className={virtual ? "sheet-grid virtual" : "sheet-grid"}
      tabIndex={0}
      aria-label={strings.gridLabel(sheetName)}
      aria-rowcount={rows}
      aria-colcount={cols}
      onKeyDown={onKeyDown}
      data-testid="sheet-grid"
      data-sheet={sheetName}
      data-version={version}
      data-virtual={virtual ? "true" : "false"}
      data-window={`${win.top},${win.left},${win.bottom},${win.right}`}
      style={virtual ? { width: HEADER_WIDTH + offsets[cols] } : undefined}
    >
      <colgroup>
        <col style={{ width: HEADER_WIDTH }} />
        {leftSpace > 0 ? <col style={{ width: leftSpace }} /> : null}
        {colIndexes.map((c) => (
          <col key={c} style={{ width: sheet.colWidths?.[c] ?? DEFAULT_WIDTH }} />
        ))}
        {rightSpace > 0 ? <col style={{ width: rightSpace }} /> : null}
      </colgroup>
      <thead>
        <tr>
          <th className="corner" />
          {leftSpace > 0 ? <th className="spacer" aria-hidden="true" /> : null}
          {colIndexes.map((c) => (
            <th key={c} scope="col" className="colhead">
              {columnLetters(c)}
            </th>
          ))}
          {rightSpace > 0 ? <th className="spacer" aria-hidden="true" /> : null}
        </tr>
      </thead>
      <tbody>{body}</tbody>
    </table>
  );
}
