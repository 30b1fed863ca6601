/**
 * SheetHost over WPS 表格's JS API (ET, `window.Application`) — the WPS counterpart of src/excel/officeSheetHost.ts,
 * passing the same contract tests (tests/hostContract). Same marks as in Excel (src/excel/marks.ts): one
 * conditional-format rule per finding cell with the marker formula `=ISTEXT("绩效表检查:<severity>")` and a comment
 * (批注) starting with 【绩效表检查】 where the cell has none of the user's own — found again by their marker in any
 * later session, so 清除标记 leaves zero residue and never touches the user's own rules, comments or fills.
 *
 * WPS differences handled here:
 * - Synchronous calls, no batches: every change is journalled and rolled back when a later call throws (journal.ts),
 *   so nothing is left half-written; ScreenUpdating is off while painting, clearing and writing.
 * - Rules have no id: ours are found by `Type` = xlExpression and the marker in `Formula1`, deleted last to first.
 * - StopIfTrue defaults to True for rules added by code (FormatCondition.StopIfTrue): ours set it to False, or an
 *   always-true mark would stop the user's own rules on that cell from showing.
 * - At most 3 rules per range (FormatConditions.Add): a cell that already has 3 gets no highlight (notice), the
 *   rest of the check is painted.
 * - Colours are BGR longs (Interior.Color; RGB(r, g, b)).
 * - Members that are properties on some builds and methods on others go through etApi.ts readers.
 */
import type { Diagnostic } from "../core/diagnostics";
import { rangeToA1, toA1 } from "../core/cellAddress";
import type { CellRange, SheetSnapshot } from "../core/snapshot";
import { mapRow, oldRowOf } from "../core/templates/plan";
import { cellText, toExcelInput } from "../excel/cellInput";
import { NEW_FORM_SHEET, formValues, newFormSheetName, type CreateFormOutcome } from "../excel/createForm";
import {
  EXPORT_FILLS,
  EXPORT_HEADER,
  EXPORT_WIDTHS,
  type ExportGroup,
  exportRows,
  exportSheetName,
  sheetReference,
} from "../excel/exportResults";
import { HostFailure, MESSAGES, fail, hostError, ok } from "../excel/hostErrors";
import { INSERT_MESSAGES, type InsertOutcome, type InsertionRecord } from "../excel/insertTemplate";
import { MARK_FILL, isMarkFormula, isMarkNote, markFormula, normalizeCell, planMarks, type CellMark } from "../excel/marks";
import { OwnWrites, OWN_WRITE_WINDOW_MS, normalizeAddress } from "../excel/ownWrites";
import type { HostCapabilities, HostResult, ReadAndPaintResult, SheetHost } from "../excel/sheetHost";
import {
  addressOf,
  countOf,
  hexToBgr,
  xlExpression,
  xlShiftDown,
  xlShiftUp,
  type EtApplication,
  type EtComment,
  type EtFormatCondition,
  type EtWorksheet,
} from "./etApi";
import { allOrNothing, type Journal } from "./journal";
import { parseAddress, readBlock, readEtSheet } from "./readEtSheet";
import { WPS_MESSAGES } from "./wpsMessages";

export interface WpsHostEnv {
  now?: () => number;
  ownWriteWindowMs?: number;
}

export type WpsSheetHost = SheetHost &
  Required<
    Pick<
      SheetHost,
      | "capabilities"
      | "readAndPaint"
      | "readAndPaintSheet"
      | "listSheets"
      | "exportFindings"
      | "insertTemplate"
      | "undoInsertTemplate"
      | "createForm"
    >
  >;

/** This add-in's marks on a sheet, and what else is there. */
interface EtMarkInventory {
  protected: boolean;
  formats: EtFormatCondition[];
  notes: EtComment[];
  /** Cells ("B5") holding a comment of the user's own. */
  foreignNoteCells: Set<string>;
}

const rowsRef = (from: number, to: number) => `${from + 1}:${to + 1}`;

function readInventory(ws: EtWorksheet): EtMarkInventory {
  const all = ws.Cells.FormatConditions;
  const formats: EtFormatCondition[] = [];
  const n = countOf(all);
  for (let i = 1; i <= n; i++) {
    const fc = all.Item(i);
    if (Number(fc.Type) === xlExpression && isMarkFormula(fc.Formula1)) formats.push(fc);
  }
  const comments = ws.Comments;
  const notes: EtComment[] = [];
  const foreignNoteCells = new Set<string>();
  const m = countOf(comments);
  for (let i = 1; i <= m; i++) {
    const c = comments.Item(i);
    if (isMarkNote(c.Text())) notes.push(c);
    else foreignNoteCells.add(normalizeAddress(addressOf(c.Parent)));
  }
  return { protected: ws.ProtectContents === true, formats, notes, foreignNoteCells };
}

/** Deletes the marks in `inv` (rules last to first), journalled so a later failure puts them back. */
function deleteMarks(ws: EtWorksheet, inv: EtMarkInventory, journal: Journal): void {
  for (let k = inv.formats.length - 1; k >= 0; k--) {
    const fc = inv.formats[k];
    const spec = {
      a1: rangeToA1(parseAddress(addressOf(fc.AppliesTo))),
      formula: String(fc.Formula1),
      color: fc.Interior.Color,
      priority: Number(fc.Priority),
    };
    fc.Delete();
    journal.undo(() => {
      const again = ws.Range(spec.a1).FormatConditions.Add(xlExpression, undefined, spec.formula);
      if (spec.color !== null && spec.color !== undefined) again.Interior.Color = spec.color;
      again.StopIfTrue = false;
      // Undone first-to-last in priority order, so each goes back exactly where it was among the user's rules.
      if (spec.priority > 0) again.Priority = spec.priority;
    });
  }
  for (let k = inv.notes.length - 1; k >= 0; k--) {
    const c = inv.notes[k];
    const cell = normalizeAddress(addressOf(c.Parent));
    const text = c.Text();
    c.Delete();
    journal.undo(() => void ws.Range(cell).AddComment(text));
  }
}

/** Adds one mark's rule; false when the cell already carries the 3 rules WPS allows. */
function addFormat(ws: EtWorksheet, mark: CellMark, journal: Journal): boolean {
  const range = ws.Range(mark.cell);
  let fc: EtFormatCondition;
  try {
    fc = range.FormatConditions.Add(xlExpression, undefined, markFormula(mark.severity));
  } catch (e) {
    if (countOf(ws.Range(mark.cell).FormatConditions) >= 3) return false;
    throw e;
  }
  journal.undo(() => fc.Delete());
  fc.Interior.Color = hexToBgr(MARK_FILL[mark.severity]);
  fc.StopIfTrue = false;
  return true;
}

/** Replaces the marks in `inv` with `marks`, all or nothing. Returns the notices. */
function replaceMarks(ws: EtWorksheet, inv: EtMarkInventory, marks: readonly CellMark[]): string[] {
  return allOrNothing((journal) => {
    deleteMarks(ws, inv, journal);
    const skipped: string[] = [];
    for (const mark of marks) if (!addFormat(ws, mark, journal)) skipped.push(mark.cell);
    for (const mark of marks) {
      if (inv.foreignNoteCells.has(mark.cell)) continue;
      const c = ws.Range(mark.cell).AddComment(mark.note);
      journal.undo(() => c.Delete());
    }
    return skipped.length > 0 ? [WPS_MESSAGES.ruleLimit(skipped)] : [];
  });
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function toResult<T>(e: unknown): HostResult<T> {
  if (e instanceof HostFailure) return { ok: false, error: e.error };
  return fail("unknown", WPS_MESSAGES.rolledBack(describe(e)));
}

/** Finds the ET Application the page runs in: `window.Application`, else the deprecated `wps.EtApplication()`. */
export function findEtApplication(scope: unknown = globalThis): EtApplication | null {
  const g = scope as { Application?: unknown; wps?: { EtApplication?: () => unknown } };
  const looksLikeEt = (a: unknown): a is EtApplication =>
    typeof a === "object" && a !== null && ("ActiveWorkbook" in a || "Workbooks" in a);
  try {
    if (looksLikeEt(g.Application)) return g.Application;
    const legacy = g.wps?.EtApplication?.();
    if (looksLikeEt(legacy)) return legacy;
  } catch {
    // not in WPS
  }
  return null;
}

export function createWpsSheetHost(getApp: () => EtApplication | null, env: WpsHostEnv = {}): WpsSheetHost {
  const ownWrites = new OwnWrites(env.now ?? (() => Date.now()), env.ownWriteWindowMs ?? OWN_WRITE_WINDOW_MS);
  /** True while this host is changing the workbook: SheetChange events then are our own. */
  let busy = false;

  function app(): EtApplication {
    const a = getApp();
    if (!a) throw new HostFailure(hostError("unsupported-host", WPS_MESSAGES.noApplication));
    return a;
  }

  function sheets(a: EtApplication) {
    const wb = a.ActiveWorkbook;
    if (!wb) throw new HostFailure(hostError("no-active-sheet", MESSAGES.noActiveSheet));
    return wb.Worksheets;
  }

  function sheetNames(a: EtApplication): string[] {
    const all = sheets(a);
    const n = countOf(all);
    const out: string[] = [];
    for (let i = 1; i <= n; i++) out.push(String(all.Item(i).Name));
    return out;
  }

  function namedSheet(a: EtApplication, name: string): EtWorksheet {
    const names = sheetNames(a);
    const i = names.indexOf(name);
    if (i < 0) throw new HostFailure(hostError("no-active-sheet", MESSAGES.sheetNotFound(name)));
    return sheets(a).Item(i + 1);
  }

  function activeSheet(a: EtApplication): EtWorksheet {
    const ws = a.ActiveSheet;
    if (!ws) throw new HostFailure(hostError("no-active-sheet", MESSAGES.noActiveSheet));
    return ws;
  }

  /** Runs a changing operation with ScreenUpdating and DisplayAlerts off (both restored), marking events as ours. */
  function changing<T>(a: EtApplication, body: () => T): T {
    const screen = a.ScreenUpdating;
    const alerts = a.DisplayAlerts;
    a.ScreenUpdating = false;
    a.DisplayAlerts = false;
    busy = true;
    try {
      return body();
    } finally {
      busy = false;
      a.DisplayAlerts = alerts;
      a.ScreenUpdating = screen;
    }
  }

  function guard<T>(body: () => T): HostResult<T> {
    try {
      return ok(body());
    } catch (e) {
      return toResult<T>(e);
    }
  }

  /** 导出结果 of one or several sheets into a new sheet 检查结果 (the Excel columns, links and colours). */
  function exportGroups(groups: readonly ExportGroup[]): HostResult<{ sheet: string; rows: number }> {
    return guard(() => {
      const a = app();
      const rows = exportRows(groups);
      const cols = EXPORT_HEADER.length;
      const cellCol = EXPORT_HEADER.indexOf("单元格");
      const severityCol = EXPORT_HEADER.indexOf("严重程度");
      return withNewSheet(a, exportSheetName, (ws, name) => {
        writeGrid(ws, rows, cols);
        ws.Range(rangeToA1({ top: 0, left: 0, bottom: rows.length - 1, right: cols - 1 })).WrapText = true;
        EXPORT_WIDTHS.forEach((w, c) => {
          ws.Range(toA1(0, c)).ColumnWidth = Math.round(w / 7); // points → characters of the standard font
        });
        const header = ws.Range(rangeToA1({ top: 0, left: 0, bottom: 0, right: cols - 1 }));
        header.Interior.Color = hexToBgr("#D9E1F2");
        header.Font.Bold = true;
        let i = 0;
        for (const g of groups)
          for (const d of g.findings) {
            i++;
            ws.Hyperlinks.Add(
              ws.Range(toA1(i, cellCol)),
              "",
              sheetReference(g.sheet, d.cell),
              `转到“${g.sheet}”的 ${d.cell}`,
              d.cell,
            );
            ws.Range(toA1(i, severityCol)).Interior.Color = hexToBgr(EXPORT_FILLS[d.severity]);
          }
        return { sheet: name, rows: i };
      });
    });
  }

  function paintSheet(
    a: EtApplication,
    ws: EtWorksheet,
    name: string,
    findings: readonly Diagnostic[],
  ): { marked: number; notices: string[] } {
    const inv = readInventory(ws);
    const marks = planMarks(findings);
    const nothing = inv.formats.length + inv.notes.length === 0;
    if (inv.protected) {
      if (marks.length === 0 && nothing) return { marked: 0, notices: [] };
      throw new HostFailure(hostError("sheet-protected", WPS_MESSAGES.paintProtected(name)));
    }
    if (marks.length === 0 && nothing) return { marked: 0, notices: [] };
    const notices = changing(a, () => replaceMarks(ws, inv, marks));
    return { marked: marks.length, notices };
  }

  function readAnalyzePaint<T>(
    a: EtApplication,
    ws: EtWorksheet,
    analyze: (snapshot: SheetSnapshot) => { value: T; findings: readonly Diagnostic[] },
  ): ReadAndPaintResult<T> {
    const read = readEtSheet(ws);
    const analysis = analyze(read.snapshot);
    const notices = [...read.notices];
    let paint: HostResult<{ marked: number }>;
    try {
      const p = paintSheet(a, ws, read.snapshot.name, analysis.findings);
      notices.push(...p.notices);
      paint = ok({ marked: p.marked });
    } catch (e) {
      paint = toResult(e);
    }
    const result: ReadAndPaintResult<T> = { snapshot: read.snapshot, value: analysis.value, paint };
    if (notices.length > 0) result.notices = notices;
    return result;
  }

  /** Adds a sheet named from `base` and runs `fill` on it; the sheet is deleted again when `fill` throws. */
  function withNewSheet<T>(
    a: EtApplication,
    pickName: (existing: string[]) => string,
    fill: (ws: EtWorksheet, name: string) => T,
  ): T {
    const name = pickName(sheetNames(a));
    const original = a.ActiveSheet ?? null;
    return changing(a, () => {
      // At the end of the workbook, as Office.js worksheets.add does in Excel.
      const all = sheets(a);
      const ws = all.Add(undefined, all.Item(countOf(all)));
      try {
        ws.Name = name;
        const out = fill(ws, name);
        ws.Activate();
        return out;
      } catch (e) {
        try {
          ws.Delete(); // DisplayAlerts is off: no confirmation dialog
          original?.Activate();
        } catch {
          // the original error is what counts
        }
        throw e;
      }
    });
  }

  /** Writes a grid into `ws` at A1: one Value2 assignment, cell by cell where the build cannot assign blocks. */
  function writeGrid(ws: EtWorksheet, grid: (string | number)[][], cols: number): void {
    if (grid.length === 0) return;
    const box: CellRange = { top: 0, left: 0, bottom: grid.length - 1, right: cols - 1 };
    const padded = grid.map((line) => Array.from({ length: cols }, (_, c) => line[c] ?? ""));
    try {
      ws.Range(rangeToA1(box)).Value2 = padded;
    } catch {
      padded.forEach((line, r) =>
        line.forEach((v, c) => {
          if (v !== "") ws.Range(toA1(r, c)).Value2 = v;
        }),
      );
    }
  }

  const host: WpsSheetHost = {
    capabilities(): HostCapabilities {
      const supported = getApp() !== null;
      return { supported, merges: supported, notes: supported, notices: [] };
    },

    async readActiveSheet() {
      return guard(() => readEtSheet(activeSheet(app())).snapshot);
    },

    async readAndPaint(analyze) {
      return guard(() => {
        const a = app();
        return readAnalyzePaint(a, activeSheet(a), analyze);
      });
    },

    async readAndPaintSheet(sheetName, analyze) {
      return guard(() => {
        const a = app();
        return readAnalyzePaint(a, namedSheet(a, sheetName), analyze);
      });
    },

    async listSheets() {
      return guard(() => sheetNames(app()));
    },

    async paintFindings(sheetName, findings) {
      return guard(() => {
        const a = app();
        return { marked: paintSheet(a, namedSheet(a, sheetName), sheetName, findings).marked };
      });
    },

    async clearMarks(sheetName) {
      return guard(() => {
        const a = app();
        const targets = sheetName !== undefined ? [namedSheet(a, sheetName)] : sheetNames(a).map((_, i) => sheets(a).Item(i + 1));
        let cleared = 0;
        const blocked: string[] = [];
        changing(a, () => {
          for (const ws of targets) {
            const inv = readInventory(ws);
            if (inv.formats.length + inv.notes.length === 0) continue;
            if (inv.protected) {
              blocked.push(String(ws.Name));
              continue;
            }
            allOrNothing((journal) => deleteMarks(ws, inv, journal));
            cleared += Math.max(inv.formats.length, inv.notes.length);
          }
        });
        if (blocked.length > 0) {
          throw new HostFailure(
            hostError(
              "sheet-protected",
              sheetName !== undefined ? WPS_MESSAGES.sheetProtected(blocked[0]) : WPS_MESSAGES.clearProtected(blocked),
            ),
          );
        }
        return { cleared };
      });
    },

    async selectCell(sheetName, a1) {
      const cell = normalizeCell(a1);
      if (!cell) return fail("unknown", MESSAGES.badAddress(a1));
      return guard(() => {
        const ws = namedSheet(app(), sheetName);
        ws.Activate();
        ws.Range(cell).Select();
      });
    },

    async writeCell(sheetName, a1, value, expected) {
      const cell = normalizeCell(a1);
      if (!cell) return fail("unknown", MESSAGES.badAddress(a1));
      let recorded = false;
      const result = guard(() => {
        const a = app();
        const ws = namedSheet(a, sheetName);
        if (ws.ProtectContents === true)
          throw new HostFailure(hostError("sheet-protected", WPS_MESSAGES.sheetProtected(sheetName)));
        const range = ws.Range(cell);
        const area = parseAddress(addressOf(range.MergeArea));
        const topLeft = toA1(area.top, area.left);
        if (topLeft !== cell) throw new HostFailure(hostError("cell-changed", MESSAGES.cellInMerge(cell, topLeft)));
        const current = range.Value2;
        const currentText = cellText(current === undefined ? null : current);
        const formula = range.Formula;
        if (typeof formula === "string" && formula.startsWith("=") && formula !== currentText) {
          throw new HostFailure(hostError("cell-changed", MESSAGES.cellHasFormula(cell)));
        }
        if (currentText !== expected) {
          throw new HostFailure(
            expected === ""
              ? hostError("cell-not-empty", MESSAGES.cellNotEmpty(cell))
              : hostError("cell-changed", MESSAGES.cellChanged(cell)),
          );
        }
        if (currentText === value) return;
        const format = range.NumberFormat;
        ownWrites.record(sheetName, cell);
        recorded = true;
        changing(a, () => {
          range.Value2 = toExcelInput(value, current, format);
        });
      });
      if (!result.ok && recorded) ownWrites.cancel(sheetName, cell);
      return result;
    },

    async exportFindings(sheetName, findings) {
      return exportGroups([{ sheet: sheetName, findings }]);
    },

    async exportWorkbookFindings(groups) {
      return exportGroups(groups);
    },

    async insertTemplate(makePlan, expected) {
      return guard((): InsertOutcome => {
        const a = app();
        const ws = activeSheet(a);
        const before = readEtSheet(ws).snapshot;
        if (ws.ProtectContents === true)
          throw new HostFailure(hostError("sheet-protected", `工作表“${before.name}”受保护，未插入。`));
        if (expected && JSON.stringify(expected) !== JSON.stringify(before)) {
          throw new HostFailure(hostError("cell-changed", INSERT_MESSAGES.sheetChanged(before.name)));
        }
        const result = makePlan(before);
        if (!result.ok) throw new HostFailure(hostError("unknown", result.reason));
        const plan = result.plan;
        if (plan.writes.length === 0 && plan.insertedRows === 0) return { plan, record: null, before };
        const merges: CellRange[] = [...plan.resized.map((r) => r.to), ...plan.created];
        changing(a, () =>
          allOrNothing((journal) => {
            for (const r of plan.resized) {
              const from = rangeToA1(r.from);
              ws.Range(from).UnMerge();
              journal.undo(() => ws.Range(from).Merge());
            }
            for (const ins of [...plan.inserts].sort((x, y) => y.at - x.at)) {
              const ref = rowsRef(ins.at, ins.at + ins.count - 1);
              ws.Range(ref).Insert(xlShiftDown);
              journal.undo(() => ws.Range(ref).Delete(xlShiftUp));
            }
            for (const w of plan.writes) {
              const cell = ws.Range(toA1(w.row, w.col));
              cell.Value2 = toExcelInput(w.value, null);
              journal.undo(() => {
                ws.Range(toA1(w.row, w.col)).Value2 = "";
              });
            }
            for (const m of merges) mergeJournalled(ws, m, journal);
          }),
        );
        const labels = plan.resized
          .filter((r) => r.to.top < mapRow(plan.inserts, r.from.top))
          .map((r) => ({
            row: r.from.top,
            col: r.from.left,
            text: cellText(before.values[r.from.top - before.origin.row]?.[r.from.left - before.origin.col]),
          }));
        const right = Math.max(
          ...plan.writes.map((w) => w.col),
          ...merges.map((m) => m.right),
          before.origin.col + Math.max(0, ...before.values.map((v) => v.length)) - 1,
        );
        const record: InsertionRecord = {
          sheetName: before.name,
          plan,
          written: plan.writes.map((w) => ({ row: w.row, col: w.col, text: w.value })),
          labels,
          right,
        };
        return { plan, before, record };
      });
    },

    async undoInsertTemplate(record) {
      return guard(() => {
        const a = app();
        const ws = namedSheetOrGone(a, record.sheetName);
        if (ws.ProtectContents === true)
          throw new HostFailure(hostError("sheet-protected", `工作表“${record.sheetName}”受保护，无法撤销插入。`));
        const { plan } = record;
        const blocks = plan.inserts
          .map((i) => {
            const first = mapRow(plan.inserts, i.at) - i.count;
            return { first, last: first + i.count - 1 };
          })
          .sort((x, y) => y.first - x.first);
        const expectedText = new Map(record.written.map((w) => [`${w.row},${w.col}`, w.text]));
        for (const b of blocks) {
          const grid = readBlock(ws, { top: b.first, left: 0, bottom: b.last, right: record.right });
          grid.forEach((line, i) =>
            line.forEach((v, c) => {
              const want = expectedText.get(`${b.first + i},${c}`) ?? "";
              if (cellText(v === undefined ? null : v) !== want)
                throw new HostFailure(hostError("cell-changed", INSERT_MESSAGES.undoChanged(toA1(b.first + i, c))));
            }),
          );
        }
        const inPlace = record.written.filter((w) => oldRowOf(plan.inserts, w.row) !== null);
        for (const w of inPlace) {
          const v = ws.Range(toA1(w.row, w.col)).Value2;
          if (cellText(v === undefined ? null : v) !== w.text)
            throw new HostFailure(hostError("cell-changed", INSERT_MESSAGES.undoChanged(toA1(w.row, w.col))));
        }
        changing(a, () =>
          allOrNothing((journal) => {
            for (const m of [...plan.resized.map((x) => x.to), ...plan.created]) {
              const ref = rangeToA1(m);
              ws.Range(ref).UnMerge();
              journal.undo(() => ws.Range(ref).Merge());
            }
            for (const w of inPlace) {
              ws.Range(toA1(w.row, w.col)).Value2 = "";
              journal.undo(() => {
                ws.Range(toA1(w.row, w.col)).Value2 = toExcelInput(w.text, null);
              });
            }
            for (const b of blocks) {
              const ref = rowsRef(b.first, b.last);
              const saved = readBlock(ws, { top: b.first, left: 0, bottom: b.last, right: record.right });
              ws.Range(ref).Delete(xlShiftUp);
              journal.undo(() => {
                ws.Range(ref).Insert(xlShiftDown);
                saved.forEach((line, i) =>
                  line.forEach((v, c) => {
                    if (v !== undefined && v !== null && v !== "")
                      ws.Range(toA1(b.first + i, c)).Value2 = toExcelInput(cellText(v), v);
                  }),
                );
              });
            }
            for (const l of record.labels) {
              ws.Range(toA1(l.row, l.col)).Value2 = toExcelInput(l.text, null);
              journal.undo(() => {
                ws.Range(toA1(l.row, l.col)).Value2 = "";
              });
            }
            for (const r of plan.resized) mergeJournalled(ws, r.from, journal);
          }),
        );
      });
    },

    async createForm(build) {
      return guard((): CreateFormOutcome => {
        const a = app();
        return withNewSheet(
          a,
          (existing) => newFormSheetName(existing, NEW_FORM_SHEET),
          (ws, name) => {
            const form = build(name);
            const values = formValues(form);
            const cols = form.widths.length;
            writeGrid(ws, values, cols);
            ws.Range(rangeToA1({ top: 0, left: 0, bottom: values.length - 1, right: cols - 1 })).WrapText = true;
            form.widths.forEach((w, c) => {
              ws.Range(toA1(0, c)).ColumnWidth = w;
            });
            ws.Range(rangeToA1({ top: 0, left: 0, bottom: 0, right: cols - 1 })).Font.Bold = true;
            const h = form.indicatorRows.header;
            ws.Range(rangeToA1({ top: h, left: 0, bottom: h, right: cols - 1 })).Font.Bold = true;
            for (const m of form.snapshot.merges) ws.Range(rangeToA1(m)).Merge();
            return { sheet: name, indicators: form.rows.length, rows: values.length, cols };
          },
        );
      });
    },

    async onUserEdit(sheetName, handler) {
      const a = getApp();
      const events = a?.ApiEvent;
      if (!a || !events) return () => undefined;
      const listener = (...args: unknown[]) => {
        if (busy) return;
        try {
          const sh = args[0] as EtWorksheet | undefined;
          if (!sh || String(sh.Name) !== sheetName) return;
          const target = args[1] as Parameters<typeof addressOf>[0] | undefined;
          if (target && ownWrites.consume(sheetName, addressOf(target))) return;
          handler();
        } catch {
          // a failing listener must not break WPS's event dispatch
        }
      };
      try {
        events.AddApiEventListener("SheetChange", listener);
      } catch {
        return () => undefined;
      }
      return () => {
        try {
          events.RemoveApiEventListener("SheetChange", listener);
        } catch {
          // WPS closed the workbook meanwhile
        }
      };
    },
  };

  function namedSheetOrGone(a: EtApplication, name: string): EtWorksheet {
    try {
      return namedSheet(a, name);
    } catch {
      throw new HostFailure(hostError("no-active-sheet", INSERT_MESSAGES.undoSheetGone(name)));
    }
  }

  return host;
}

/** Merges `box` (values of covered cells are dropped, as Merge does), journalling the exact inverse. */
function mergeJournalled(ws: EtWorksheet, box: CellRange, journal: Journal): void {
  const ref = rangeToA1(box);
  const saved = readBlock(ws, box);
  ws.Range(ref).Merge();
  journal.undo(() => {
    ws.Range(ref).UnMerge();
    saved.forEach((line, i) =>
      line.forEach((v, c) => {
        if (i === 0 && c === 0) return;
        if (v !== undefined && v !== null && v !== "")
          ws.Range(toA1(box.top + i, box.left + c)).Value2 = toExcelInput(cellText(v), v);
      }),
    );
  });
}
