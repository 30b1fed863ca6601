/**
 * Fake Excel — the workbook model: sheets with cells, merges, conditional formats, notes and threaded comments, the
 * locale's input parsing, and the workbook with its simulation switches (each naming its source), known-bug
 * faults, counters and Excel.run.
 */
import { FakeExcelError, boxToA1, compareVersions, parseA1Box, type Box, type FakeCellValue, type FakeRunOptions } from "./core";
import { FakeRequestContext } from "./batch";

// ───────────────────────────── model ─────────────────────────────

export interface FakeCell {
  value: FakeCellValue | null;
  formula?: string;
  /** "#RRGGBB" solid fill, or undefined for none. */
  fill?: string;
  /** Number format code; undefined reads back as "General". */
  numberFormat?: string;
  /** Range.format.font.bold (ExcelApi 1.1). */
  bold?: boolean;
  /** Range.format.wrapText (ExcelApi 1.1). */
  wrapText?: boolean;
  /** Range.hyperlink (ExcelApi 1.7, Excel.RangeHyperlink). */
  hyperlink?: { address?: string; documentReference?: string; screenTip?: string; textToDisplay?: string };
}

export interface FakeConditionalFormat {
  /** Internal identity; also the id in "stable" mode. */
  uid: string;
  box: Box;
  type: string;
  /** Custom rule formula. */
  formula?: string;
  /** CellValue rule. */
  rule?: { formula1: string; formula2?: string; operator: string };
  fill: string | null;
  fontColor: string | null;
  stopIfTrue: boolean;
}

export interface FakeNote {
  row: number;
  col: number;
  content: string;
  author: string;
}

export interface FakeChangedEventArgs {
  type: "WorksheetChanged";
  changeType: string;
  source: "Local" | "Remote";
  address: string;
  worksheetId: string;
  triggerSource?: "Unknown" | "ThisLocalAddin";
}

export type ChangedHandler = (args: FakeChangedEventArgs) => unknown;

export interface ConditionalFormatSpec {
  address: string;
  type?: string;
  formula?: string;
  rule?: { formula1: string; formula2?: string; operator: string };
  fill?: string | null;
  fontColor?: string | null;
  stopIfTrue?: boolean;
}

let uidCounter = 0;

export class FakeSheet {
  protected = false;
  selection = "A1";
  readonly cells = new Map<string, FakeCell>();
  readonly merges: Box[] = [];
  /** In priority order (index 0 = highest priority). */
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  /** Kept sorted by position (row, then column). */
  readonly notes: FakeNote[] = [];
  /** Cells ("row,col") holding a threaded comment (a cell holds a note or a threaded comment, not both). */
  readonly threadedComments = new Set<string>();
  /** @internal */
  readonly changedHandlers = new Set<ChangedHandler>();
  /** @internal */
  alive = true;
  /**
   * Worksheet.visibility (Excel.SheetVisibility, ExcelApi 1.1): workbooks carry hidden and very hidden sheets, and
   * WorksheetCollection lists them with the visible ones (that is why getCount(visibleOnly) exists; audit 3 L7).
   */
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** Rows frozen by Worksheet.freezePanes.freezeRows (ExcelApi 1.7). */
  frozenRows = 0;
  /** Cell edges ("row,col" → top/bottom/left/right) that have a line (RangeFormat.borders, ./borders.ts). */
  readonly borderLines = new Map<string, Set<"top" | "bottom" | "left" | "right">>();
  /** Column widths in points set through Range.format.columnWidth (ExcelApi 1.1), by column index. */
  readonly columnWidths = new Map<number, number>();

  constructor(
    readonly workbook: FakeWorkbook,
    public name: string,
    readonly id: string,
  ) {}

  // ── cells
  cellAt(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  cell(a1: string): FakeCell | undefined {
    const b = parseA1Box(a1);
    return this.cellAt(b.top, b.left);
  }

  value(a1: string): FakeCellValue | null {
    return this.cell(a1)?.value ?? null;
  }

  /** Sets a stored value directly (initial data; no events, no input parsing). */
  setValue(a1: string, value: FakeCellValue | null, formula?: string): this {
    const b = parseA1Box(a1);
    this.storeValue(b.top, b.left, value, formula);
    return this;
  }

  /**
   * What a user typing into the cell does: Excel's input parsing, then a WorksheetChanged event — source "Remote" when
   * a co-author typed it (Excel.EventSource).
   */
  userEdit(a1: string, typed: string | number | boolean, source: "Local" | "Remote" = "Local"): void {
    const b = parseA1Box(a1);
    const parsed = parseExcelInput(typed, this.workbook.locale);
    this.storeValue(b.top, b.left, parsed.value, parsed.formula);
    this.workbook.dispatchChange(this, b, "Unknown", { source });
  }

  setFill(a1: string, color: string | null): this {
    const b = parseA1Box(a1);
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) {
        const key = `${r},${c}`;
        const cell = this.cells.get(key) ?? { value: null };
        if (color) cell.fill = color.toUpperCase();
        else delete cell.fill;
        this.cells.set(key, cell);
        this.dropIfBlank(key);
      }
    return this;
  }

  /** Sets the number format of the cells (e.g. "yyyy/m/d" for a date cell). */
  setNumberFormat(a1: string, format: string): this {
    const b = parseA1Box(a1);
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) {
        const key = `${r},${c}`;
        const cell = this.cells.get(key) ?? { value: null };
        cell.numberFormat = format;
        this.cells.set(key, cell);
      }
    return this;
  }

  merge(rangeA1: string): this {
    this.merges.push(parseA1Box(rangeA1));
    return this;
  }

  /** @internal */
  storeValue(row: number, col: number, value: FakeCellValue | null, formula?: string): void {
    const key = `${row},${col}`;
    const cell = this.cells.get(key) ?? { value: null };
    cell.value = value === "" ? null : value;
    if (formula) cell.formula = formula;
    else delete cell.formula;
    this.cells.set(key, cell);
    this.dropIfBlank(key);
  }

  private dropIfBlank(key: string): void {
    const c = this.cells.get(key);
    if (c && c.value === null && !c.formula && !c.fill && !c.numberFormat && !c.bold && !c.hyperlink && !c.wrapText)
      this.cells.delete(key);
  }

  /** Bounding box of cells with a value (valuesOnly) or with a value, fill or merge; null when none. */
  usedBox(valuesOnly: boolean): Box | null {
    let box: Box | null = null;
    const grow = (b: Box) => {
      box = box
        ? {
            top: Math.min(box.top, b.top),
            left: Math.min(box.left, b.left),
            bottom: Math.max(box.bottom, b.bottom),
            right: Math.max(box.right, b.right),
          }
        : { ...b };
    };
    for (const [key, cell] of this.cells) {
      if (valuesOnly && cell.value === null && !cell.formula) continue;
      const [r, c] = key.split(",").map(Number);
      grow({ top: r, left: c, bottom: r, right: c });
    }
    if (!valuesOnly) for (const m of this.merges) grow(m);
    return box;
  }

  // ── conditional formats (as the user would make them)
  addConditionalFormat(spec: ConditionalFormatSpec): FakeConditionalFormat {
    const cf: FakeConditionalFormat = {
      uid: this.workbook.newCfUid(),
      box: parseA1Box(spec.address),
      type: spec.type ?? (spec.rule ? "CellValue" : "Custom"),
      formula: spec.formula,
      rule: spec.rule,
      fill: spec.fill ?? null,
      fontColor: spec.fontColor ?? null,
      stopIfTrue: spec.stopIfTrue ?? false,
    };
    if (cf.formula === undefined) delete cf.formula;
    if (cf.rule === undefined) delete cf.rule;
    this.conditionalFormats.unshift(cf);
    return cf;
  }

  /** Deletes conditional formats (user action / Ctrl+Z); returns how many were removed. */
  deleteConditionalFormats(which: (cf: FakeConditionalFormat) => boolean): number {
    let n = 0;
    for (let i = this.conditionalFormats.length - 1; i >= 0; i--) {
      if (which(this.conditionalFormats[i])) {
        this.conditionalFormats.splice(i, 1);
        n++;
      }
    }
    return n;
  }

  // ── notes
  note(a1: string): FakeNote | undefined {
    const b = parseA1Box(a1);
    return this.notes.find((n) => n.row === b.top && n.col === b.left);
  }

  addNote(a1: string, content: string, author = "用户"): FakeNote {
    const b = parseA1Box(a1);
    if (this.note(a1)) throw new FakeExcelError("InvalidArgument", `The cell ${a1} already has a note.`);
    const n: FakeNote = { row: b.top, col: b.left, content, author };
    this.notes.push(n);
    this.notes.sort((x, y) => x.row - y.row || x.col - y.col);
    return n;
  }

  /** A threaded comment made by a user (Review › New Comment). */
  addThreadedComment(a1: string): this {
    const b = parseA1Box(a1);
    this.threadedComments.add(`${b.top},${b.left}`);
    return this;
  }

  deleteNote(a1: string): boolean {
    const n = this.note(a1);
    if (!n) return false;
    this.notes.splice(this.notes.indexOf(n), 1);
    return true;
  }
}

/** Excel's sheet-name rules (see FakeWorkbook.sheetNameRules). */
export function isValidSheetName(name: string, rules: "excel" | "basic" = "excel"): boolean {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name)) return false;
  if (rules === "basic") return true;
  return !name.startsWith("'") && !name.endsWith("'") && name.toLowerCase() !== "history";
}

/** Serial number of a date (Excel 1900 system). */
function dateSerial(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / 86400000) + 25569;
}

/**
 * Excel's parsing of what is put into Range.values: strings are parsed like typed input, by the Excel's locale
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values). zh-CN turns "3月5日",
 * "2021年1月" and "3-5" into dates; a leading apostrophe keeps the text as is.
 */
export function parseExcelInput(
  input: unknown,
  locale: "zh-CN" | "en-US" = "en-US",
): { value: FakeCellValue | null; formula?: string } {
  if (typeof input === "string") {
    const t = input.trim();
    const year = new Date().getUTCFullYear();
    if (locale === "zh-CN") {
      let m = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日$/.exec(t);
      if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31) {
        return { value: dateSerial(m[1] ? Number(m[1]) : year, Number(m[2]), Number(m[3])) };
      }
      m = /^(\d{4})年(\d{1,2})月$/.exec(t);
      if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { value: dateSerial(Number(m[1]), Number(m[2]), 1) };
      m = /^[¥￥](\d+(\.\d+)?)$/.exec(t);
      if (m) return { value: Number(m[1]) };
    }
    const md = /^(\d{1,2})[-/](\d{1,2})$/.exec(t);
    if (md && Number(md[1]) >= 1 && Number(md[1]) <= 12 && Number(md[2]) >= 1 && Number(md[2]) <= 31) {
      return { value: dateSerial(year, Number(md[1]), Number(md[2])) };
    }
    const time = /^(\d{1,2}):(\d{2})$/.exec(t);
    if (time && Number(time[1]) < 24 && Number(time[2]) < 60) return { value: (Number(time[1]) * 60 + Number(time[2])) / 1440 };
  }
  return parseBasicInput(input);
}

function parseBasicInput(input: unknown): { value: FakeCellValue | null; formula?: string } {
  if (typeof input === "number" || typeof input === "boolean") return { value: input };
  if (input === null || input === undefined) return { value: null };
  const s = String(input);
  if (s === "") return { value: null };
  if (s.startsWith("'")) return { value: s.length > 1 ? s.slice(1) : null };
  const t = s.trim();
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(t)) return { value: Number(t) };
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return { value: Number(t.replace(/,/g, "")) };
  if (/^[+-]?\d+(\.\d+)?%$/.test(t)) return { value: Number(t.slice(0, -1)) / 100 };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  const date = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?$/.exec(t);
  if (date) {
    const ms = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3] ?? 1));
    return { value: Math.round(ms / 86400000) + 25569 };
  }
  if (/^[=+-]/.test(s)) return { value: "#NAME?", formula: s.startsWith("=") ? s : `=${s}` };
  return { value: s };
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  activeSheetName: string | null = null;

  // ── simulation switches (defaults: as strict as the documentation; the lenient values reproduce the old fake)
  /**
   * The user is typing in a cell. A batch run without `delayForCellEdit` fails with `editModeErrorCode`; one run
   * with `{ delayForCellEdit: true }` (ExcelApi 1.11) waits until `endCellEdit()`.
   * Source: Excel.RunOptions.delayForCellEdit (learn.microsoft.com/javascript/api/excel/excel.runoptions).
   */
  cellEditMode = false;
  /**
   * Which code a batch gets in cell-edit mode: "InvalidOperationInCellEditMode" (Excel error codes page, office-js
   * #625), or the generic "InvalidOperation" some builds give with the same message (office-js #856, #3019; issue 10).
   */
  editModeErrorCode: "InvalidOperation" | "InvalidOperationInCellEditMode" = "InvalidOperation";
  /**
   * "topLeft": getMergedAreasOrNullObject reports only merges whose top-left cell lies in the range
   * (office-js issue #3611; what Excel does). "intersect": every merge touching the range (old lenient fake).
   */
  mergedAreasMode: "topLeft" | "intersect" = "topLeft";
  /**
   * Above 5 million cells `Range.values`/`numberFormat`/`formulas` load as null on desktop Excel
   * ("null" — Excel.Range.values docs: "If the returned value starts with a plus..."; issue 10 / Range size
   * limits, learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large), or the request fails ("throw").
   */
  valuesOverLimit: "null" | "throw" = "null";
  /** Cells per range above which values come back null / fail (Excel: 5,000,000). */
  valuesCellLimit = 5_000_000;
  /**
   * Input parsing of text written to Range.values follows the Excel's locale: zh-CN Excel turns "3月5日" into a
   * date (Range.values is parsed like typed input; learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values).
   */
  locale: "zh-CN" | "en-US" = "zh-CN";
  /** Known Excel bugs, off by default; each names its office-js issue. */
  readonly faults = {
    /** #5222: deleting a rule through the whole-sheet collection throws ItemNotFound when its cells have another rule. */
    cfDeleteOverlap: false,
    /** #6827 / #6835: loading the rule/format of the items throws when two rules of one type overlap (or a rule was duplicated). */
    cfInventoryRead: false,
  };
  /** Highest ExcelApi version this "Excel" implements. */
  apiVersion = "1.18";
  /** Other requirement sets and their versions (e.g. { SharedRuntime: "1.1" }). */
  otherSets: Record<string, string> = { SharedRuntime: "1.1", ExcelApiOnline: "1.1" };
  /** Request and response size limit of one sync (Excel on the web: 5 MB). */
  payloadLimitBytes = 5 * 1024 * 1024;
  /** getMergedAreasOrNullObject fails above this many areas (Office: 512). */
  maxMergedAreas = 512;
  /**
   * "index" (Excel): a conditional format's id is its position in the collection, and loaded items are resolved by
   * that position at execution time, so deleting one shifts the rest (Excel.ConditionalFormat.id: "the priority of
   * the conditional format within the current ConditionalFormatCollection"). "stable": ids and items never shift
   * (old lenient fake).
   */
  cfIdMode: "stable" | "index" = "index";
  /**
   * "index" (Office.js): a note loaded from NoteCollection.items is addressed by its position at execution time —
   * Excel.Note has no id and Office.js builds an id-less item's path with getItemAt(index) (excel-win32-16.01.debug.js
   * :15165-15200; audit 3 L11). "bound": an item stays bound to its note (old lenient fake).
   */
  noteItemMode: "index" | "bound" = "index";
  /**
   * "invalid" (Office.js): the proxy `WorksheetCollection.add()` returned is created "invalid after request"; when the
   * sync that carried the add fails (no result returned), any later call on it throws InvalidObjectPath synchronously
   * — @microsoft/office-js 1.1.110 excel-win32-16.01.debug.js :27839-27841 (isInvalidAfterRequest), :12283-12289,
   * :13391-13392 (audit 3 N1, experiment officeJsRuntime.test.ts). "valid": the proxy keeps working (old lenient fake).
   */
  addProxyAfterFailedSync: "invalid" | "valid" = "invalid";
  /**
   * "send" (Office.js): `Excel.run` ends with an implicit `context.sync()` when its batch resolves, so operations left
   * unsynced are sent (excel-win32-16.01.debug.js :14360, audit 3 L3). "drop": they are discarded (old lenient fake).
   * A batch that rejects sends nothing more.
   */
  unsyncedAtEnd: "send" | "drop" = "send";
  /**
   * "excel": a sheet name may not be blank, longer than 31 characters, hold : \ / ? * [ ], begin or end with an
   * apostrophe, or be "History" ("This is a reserved word Excel uses internally") — support.microsoft.com "Rename a
   * worksheet" (office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9). "basic": only length and the
   * characters (old lenient fake). Duplicates (case-insensitive) are refused in both.
   */
  sheetNameRules: "excel" | "basic" = "excel";
  /** Characters a cell can hold (Excel specifications and limits: 32,767); null = unlimited (old lenient fake). */
  cellCharLimit: number | null = 32_767;
  /**
   * Where Range.text comes from: "excel" — ./excelText.ts, rendered from Excel's documented format codes and checked
   * against Microsoft's documented examples (audit 3 L8); "engine" — the engine's own renderer (old, circular for the
   * add-in-vs-CLI parity tests).
   */
  rangeTextSource: "excel" | "engine" = "excel";
  /** "refuse": Worksheet.activate on a hidden sheet fails with InvalidOperation (see FakeWorksheet.activate); "allow". */
  hiddenSheetActivate: "refuse" | "allow" = "refuse";
  /**
   * What Range.copyFrom(source, "Formats") carries besides the cells' own formats. "all" (Excel): merged areas and
   * conditional formats too — Excel.RangeCopyType.formats is Paste Special › Formats (RangeCopyType, ExcelApi 1.9,
   * learn.microsoft.com/javascript/api/excel/excel.rangecopytype); Paste Formats copies "the source format"
   * (XlPasteType.xlPasteFormats, learn.microsoft.com/office/vba/api/excel.xlpastetype) including merged cells and
   * conditional formatting, which replace the destination's — hence the separate option "All merging conditional
   * formats" ("Everything will be pasted and conditional formats will be merged", same page; support.microsoft.com
   * "Paste options", office/paste-options-8ea795b0-87cd-46af-9b59-ed4d8b1669ad). Pasting onto part of a merged area
   * is refused ("We can't do that to a merged cell."). "cells": fill, number format, bold and wrap only (old fake,
   * audit 3 L6).
   */
  copyFormatsCarries: "all" | "cells" = "all";
  /** Make Worksheet.getUsedRange throw ItemNotFound on a blank sheet (documented to return A1). */
  blankUsedRangeThrows = false;
  /** authorName of notes this add-in adds. */
  userName = "加载项用户";

  // ── counters
  syncCount = 0;
  runCount = 0;
  discardedOps = 0;
  readonly syncLog: string[][] = [];

  private sheetCounter = 0;
  private cfCounter = 0;
  private pendingEvents: Promise<unknown>[] = [];

  addSheet(name: string): FakeSheet {
    if (this.sheets.some((s) => s.alive && s.name === name)) throw new FakeExcelError("ItemAlreadyExists", name);
    const s = new FakeSheet(this, name, `{00000000-0001-0000-${String(++this.sheetCounter).padStart(4, "0")}-000000000000}`);
    this.sheets.push(s);
    if (this.activeSheetName === null) this.activeSheetName = name;
    return s;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.alive && x.name === name);
    if (!s) throw new Error(`FakeWorkbook: no sheet named ${name}`);
    return s;
  }

  get activeSheet(): FakeSheet | null {
    return this.sheets.find((s) => s.name === this.activeSheetName) ?? null;
  }

  activate(name: string): this {
    this.sheet(name);
    this.activeSheetName = name;
    return this;
  }

  /** Office.context.requirements.isSetSupported for this fake. */
  isSetSupported(name: string, version?: string): boolean {
    const have = name === "ExcelApi" ? this.apiVersion : this.otherSets[name];
    if (!have) return false;
    return compareVersions(version ?? "1.1", have) <= 0;
  }

  supportsExcelApi(version: string | undefined): boolean {
    return !version || compareVersions(version, this.apiVersion) <= 0;
  }

  /**
   * Excel.run: a fresh request context per batch (or `run(options, batch)`, or `run(context, batch)` to reuse the
   * context of an earlier batch — the documented way to remove an event handler). Operations left unsynced when the
   * batch resolves are sent in a final sync (switch unsyncedAtEnd); when it rejects they are dropped and counted.
   */
  async run<T>(
    a: FakeRunOptions | FakeRequestContext | ((context: FakeRequestContext) => Promise<T>),
    b?: (context: FakeRequestContext) => Promise<T>,
  ): Promise<T> {
    this.runCount++;
    let batch: (context: FakeRequestContext) => Promise<T>;
    let context: FakeRequestContext;
    if (typeof a === "function") {
      batch = a;
      context = new FakeRequestContext(this);
    } else if (a instanceof FakeRequestContext) {
      batch = b!;
      context = a;
    } else {
      batch = b!;
      context = new FakeRequestContext(this);
      // RunOptions.delayForCellEdit is ExcelApi 1.11; an older Excel ignores it.
      context.delayForCellEdit = a.delayForCellEdit === true && this.supportsExcelApi("1.11");
    }
    try {
      const result = await batch(context);
      if (this.unsyncedAtEnd === "send" && context.pendingCount > 0) await context.sync();
      return result;
    } finally {
      this.discardedOps += context.pendingCount;
      context.dropPending();
    }
  }

  private editWaiters: (() => void)[] = [];

  /** The user pressed Enter: cell-edit mode ends and delayed batches go on. */
  endCellEdit(): void {
    this.cellEditMode = false;
    const w = this.editWaiters;
    this.editWaiters = [];
    for (const f of w) f();
  }

  /** @internal Resolves when cell-edit mode ends. */
  untilEditEnds(): Promise<void> {
    return this.cellEditMode ? new Promise((resolve) => this.editWaiters.push(resolve)) : Promise.resolve();
  }

  /** Resolves once every change-event handler started so far has finished. */
  async flushEvents(): Promise<void> {
    while (this.pendingEvents.length > 0) {
      const batch = this.pendingEvents;
      this.pendingEvents = [];
      await Promise.allSettled(batch);
    }
  }

  /** @internal */
  newCfUid(): string {
    this.cfCounter++;
    return `{CF${String(this.cfCounter).padStart(8, "0")}-0000-4000-8000-${String(++uidCounter).padStart(12, "0")}}`;
  }

  /**
   * @internal Fires WorksheetChanged on the sheet's handlers (asynchronously, like Office). Excel.WorksheetChangedEventArgs
   * (learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs): `changeType` is an Excel.DataChangeType
   * ("RangeEdited", "RowInserted", "RowDeleted", …), `source` an Excel.EventSource ("Local" or "Remote": a co-author's
   * edit), `triggerSource` (ExcelApi 1.14) "ThisLocalAddin" for this add-in's own changes (audit 3 L10).
   */
  dispatchChange(
    sheet: FakeSheet,
    box: Box,
    triggerSource: "Unknown" | "ThisLocalAddin",
    how: { changeType?: "RangeEdited" | "RowInserted" | "RowDeleted"; source?: "Local" | "Remote" } = {},
  ): void {
    const args: FakeChangedEventArgs = {
      type: "WorksheetChanged",
      changeType: how.changeType ?? "RangeEdited",
      source: how.source ?? "Local",
      address: boxToA1(box),
      worksheetId: sheet.id,
    };
    if (this.supportsExcelApi("1.14")) args.triggerSource = triggerSource;
    for (const h of [...sheet.changedHandlers]) {
      this.pendingEvents.push(Promise.resolve().then(() => h({ ...args })));
    }
  }
}
