/**
 * An in-memory fake of exactly the Excel JavaScript API members that src/excel uses, with Office's
 * load/sync semantics:
 *
 * - Every object is a proxy. Reading a property before `load()` + `await context.sync()` throws
 *   (code "PropertyNotLoaded"), as Office does. `isNullObject` likewise needs a sync.
 * - Writes and method calls are queued and applied, in order, at `context.sync()`. A failing operation
 *   rejects the sync; the operations before it stay applied, the ones after it are dropped (Office
 *   batches are not transactions). Loaded values are delivered only when the whole sync succeeds.
 * - `syncCount` counts every `context.sync()` call (including rejected ones); `syncLog` has the queued
 *   operation labels of each one; `discardedOps` counts operations left unsynced when a `run` ended.
 * - Simulations: `cellEditMode` (every sync rejects with "InvalidOperationInCellEditMode"), protected
 *   sheets (writes reject with "AccessDenied", conditional-format writes with "InvalidOperation"),
 *   requirement sets (`apiVersion`; calling a member newer than it rejects with "ApiNotFound";
 *   `isSetSupported` answers accordingly), Excel on the web's 5 MB request/response limit
 *   (`payloadLimitBytes`), the 512-merged-areas limit of getMergedAreasOrNullObject, and
 *   conditional-format ids that are either stable or — as Office documents them — the rule's index
 *   in its collection (`cfIdMode = "index"`).
 *
 * Framework-free (no jest): the browser playground bundles it too. The .xlsx loader lives in
 * ./loadFakeWorkbookFromXlsx.ts (it needs exceljs).
 */

export type FakeCellValue = string | number | boolean;

/** 0-based inclusive box of cells. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROW = 1048575;
export const MAX_COL = 16383;
const WHOLE_SHEET: Box = { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL };

// ───────────────────────────── A1 helpers ─────────────────────────────

// Same address arithmetic as the engine's (a Box has the shape of a CellRange).
import { columnLetters as colLetters, rangeToA1 as boxToA1, toA1 as cellA1 } from "../core/cellAddress";

export { boxToA1, cellA1, colLetters };

function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

/** "B3", "$A$1:G1", "Sheet1!A1", "'My Sheet'!B2:C3", "A:C", "2:5" → box; throws InvalidArgument. */
export function parseA1Box(address: string): Box {
  let a = address.trim();
  const bang = a.lastIndexOf("!");
  if (bang >= 0) a = a.slice(bang + 1);
  a = a.replace(/\$/g, "");
  const parts = a.split(":");
  if (parts.length < 1 || parts.length > 2) throw new FakeExcelError("InvalidArgument", `Bad address: ${address}`);
  const cell = /^([A-Za-z]{1,3})(\d{1,7})$/;
  const colOnly = /^([A-Za-z]{1,3})$/;
  const rowOnly = /^(\d{1,7})$/;
  const p = parts[0];
  const q = parts[1] ?? parts[0];
  let box: Box;
  if (cell.test(p) && cell.test(q)) {
    const [, pc, pr] = cell.exec(p)!;
    const [, qc, qr] = cell.exec(q)!;
    box = { top: Number(pr) - 1, left: colIndex(pc), bottom: Number(qr) - 1, right: colIndex(qc) };
  } else if (parts.length === 2 && colOnly.test(p) && colOnly.test(q)) {
    box = { top: 0, left: colIndex(p), bottom: MAX_ROW, right: colIndex(q) };
  } else if (parts.length === 2 && rowOnly.test(p) && rowOnly.test(q)) {
    box = { top: Number(p) - 1, left: 0, bottom: Number(q) - 1, right: MAX_COL };
  } else {
    throw new FakeExcelError("InvalidArgument", `Bad address: ${address}`);
  }
  const norm: Box = {
    top: Math.min(box.top, box.bottom),
    left: Math.min(box.left, box.right),
    bottom: Math.max(box.top, box.bottom),
    right: Math.max(box.left, box.right),
  };
  if (norm.top < 0 || norm.left < 0 || norm.bottom > MAX_ROW || norm.right > MAX_COL) {
    throw new FakeExcelError("InvalidArgument", `Address out of the sheet: ${address}`);
  }
  return norm;
}

function intersects(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_\u3400-\u9fff]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function maxVersion(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return compareVersions(a, b) >= 0 ? a : b;
}

const encoder = new TextEncoder();
function byteSize(v: unknown): number {
  if (v === undefined) return 0;
  return encoder.encode(JSON.stringify(v) ?? "").length;
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

// ───────────────────────────── errors ─────────────────────────────

/** Shaped like OfficeExtension.Error: `code`, `message`, `debugInfo`. */
export class FakeExcelError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };
  constructor(code: string, message?: string) {
    super(message ?? code);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message: message ?? code };
  }
}

// ───────────────────────────── model ─────────────────────────────

export interface FakeCell {
  value: FakeCellValue | null;
  formula?: string;
  /** "#RRGGBB" solid fill, or undefined for none. */
  fill?: string;
  /** Number format code; undefined reads back as "General". */
  numberFormat?: string;
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

type ChangedHandler = (args: FakeChangedEventArgs) => unknown;

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
  /** @internal */
  readonly changedHandlers = new Set<ChangedHandler>();
  /** @internal */
  alive = true;

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

  /** What a user typing into the cell does: Excel's input parsing, then a WorksheetChanged event. */
  userEdit(a1: string, typed: string | number | boolean): void {
    const b = parseA1Box(a1);
    const parsed = parseExcelInput(typed);
    this.storeValue(b.top, b.left, parsed.value, parsed.formula);
    this.workbook.dispatchChange(this, b, "Unknown");
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
    if (c && c.value === null && !c.formula && !c.fill && !c.numberFormat) this.cells.delete(key);
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

  deleteNote(a1: string): boolean {
    const n = this.note(a1);
    if (!n) return false;
    this.notes.splice(this.notes.indexOf(n), 1);
    return true;
  }
}

/** Excel's parsing of what is put into Range.values (strings are parsed like typed input). */
export function parseExcelInput(input: unknown): { value: FakeCellValue | null; formula?: string } {
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

  // ── simulation switches
  /** The user is typing in a cell: every sync rejects with "InvalidOperationInCellEditMode". */
  cellEditMode = false;
  /** Highest ExcelApi version this "Excel" implements. */
  apiVersion = "1.18";
  /** Other requirement sets and their versions (e.g. { SharedRuntime: "1.1" }). */
  otherSets: Record<string, string> = { SharedRuntime: "1.1", ExcelApiOnline: "1.1" };
  /** Request and response size limit of one sync (Excel on the web: 5 MB). */
  payloadLimitBytes = 5 * 1024 * 1024;
  /** getMergedAreasOrNullObject fails above this many areas (Office: 512). */
  maxMergedAreas = 512;
  /** "stable": ids never change; "index": id = index in the collection (what Office documents). */
  cfIdMode: "stable" | "index" = "stable";
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
    if (this.sheets.some((s) => s.name === name)) throw new FakeExcelError("ItemAlreadyExists", name);
    const s = new FakeSheet(this, name, `{00000000-0001-0000-${String(++this.sheetCounter).padStart(4, "0")}-000000000000}`);
    this.sheets.push(s);
    if (this.activeSheetName === null) this.activeSheetName = name;
    return s;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
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

  /** Excel.run: a fresh request context per batch. Operations left unsynced are dropped and counted. */
  async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    this.runCount++;
    const context = new FakeRequestContext(this);
    try {
      return await batch(context);
    } finally {
      this.discardedOps += context.pendingCount;
      context.dropPending();
    }
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

  /** @internal Fires WorksheetChanged on the sheet's handlers (asynchronously, like Office). */
  dispatchChange(sheet: FakeSheet, box: Box, triggerSource: "Unknown" | "ThisLocalAddin"): void {
    const args: FakeChangedEventArgs = {
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      source: "Local",
      address: boxToA1(box),
      worksheetId: sheet.id,
    };
    if (this.supportsExcelApi("1.14")) args.triggerSource = triggerSource;
    for (const h of [...sheet.changedHandlers]) {
      this.pendingEvents.push(Promise.resolve().then(() => h({ ...args })));
    }
  }
}

// ───────────────────────────── sync machinery ─────────────────────────────

interface FakeOp {
  label: string;
  /** ExcelApi version the member needs. */
  requires?: string;
  requestBytes: number;
  run(state: SyncState): void;
}

class SyncState {
  readonly commits: (() => void)[] = [];
  responseBytes = 0;
  readonly changes: { sheet: FakeSheet; box: Box }[] = [];
}

/** Excel.RequestContext. */
export class FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: FakeOp[] = [];

  constructor(readonly fake: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  get pendingCount(): number {
    return this.queue.length;
  }

  /** @internal */
  dropPending(): void {
    this.queue = [];
  }

  /** @internal */
  enqueue(op: Omit<FakeOp, "requestBytes"> & { requestBytes?: number }): void {
    this.queue.push({ ...op, requestBytes: op.requestBytes ?? 64 + op.label.length });
  }

  async sync(): Promise<void> {
    const wb = this.fake;
    const ops = this.queue;
    this.queue = [];
    wb.syncCount++;
    wb.syncLog.push(ops.map((o) => o.label));
    await Promise.resolve();
    if (wb.cellEditMode) {
      throw new FakeExcelError(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
      );
    }
    const requestBytes = ops.reduce((n, o) => n + o.requestBytes, 0);
    if (requestBytes > wb.payloadLimitBytes) {
      throw new FakeExcelError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    const state = new SyncState();
    try {
      for (const op of ops) {
        if (!wb.supportsExcelApi(op.requires)) {
          throw new FakeExcelError("ApiNotFound", `${op.label} needs ExcelApi ${op.requires}; this Excel has ${wb.apiVersion}.`);
        }
        op.run(state);
      }
    } finally {
      for (const ch of state.changes) wb.dispatchChange(ch.sheet, ch.box, "ThisLocalAddin");
    }
    if (state.responseBytes > wb.payloadLimitBytes) {
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    for (const commit of state.commits) commit();
  }
}

/** Result of getCount() and similar. */
export class FakeClientResult<T> {
  private _has = false;
  private _value: T | undefined;
  /** @internal */
  set(v: T): void {
    this._has = true;
    this._value = v;
  }
  get value(): T {
    if (!this._has) throw notLoaded("value");
    return this._value as T;
  }
}

function notLoaded(name: string): FakeExcelError {
  return new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Marker returned by resolvers when the parent is a null object (the child is null too, no error). */
const PARENT_NULL = Symbol("parent-null");
type Resolved<M> = M | null | typeof PARENT_NULL;

type LoadSpec = string | string[] | { select?: string | string[] } | undefined;

function parseLoadSpec(spec: LoadSpec): string[][] {
  let list: string[] = [];
  if (typeof spec === "string") list = spec.split(",");
  else if (Array.isArray(spec)) list = spec.flatMap((s) => s.split(","));
  else if (spec && typeof spec === "object" && spec.select) {
    list = Array.isArray(spec.select) ? spec.select : spec.select.split(",");
  }
  return list
    .map((s) => s.trim())
    .filter((s) => s && s !== "$all")
    .map((s) => s.split("/").map((p) => p.trim()));
}

interface ProxyOptions<M> {
  kind: string;
  nullable: boolean;
  /** Keep the first resolved model (object handles), e.g. items and added objects. */
  bind: boolean;
  requires?: string;
  isAlive?: (m: M) => boolean;
}

/** What a navigation property must offer to its parent's load(). */
interface LoadableProxy {
  loadNow(paths: string[][], st: SyncState): void;
}

abstract class FakeProxy<M extends object> implements LoadableProxy {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private bound: M | null | undefined;
  private readonly children = new Map<string, LoadableProxy>();

  constructor(
    readonly context: FakeRequestContext,
    private readonly resolver: () => Resolved<M>,
    protected readonly opts: ProxyOptions<M>,
  ) {}

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  /** @internal Model at execution time; null for a null object; throws ItemNotFound when required. */
  resolveModel(): M | null {
    let m: Resolved<M>;
    if (this.opts.bind && this.bound !== undefined) m = this.bound;
    else {
      m = this.resolver();
      if (this.opts.bind && m !== PARENT_NULL) this.bound = m;
    }
    if (m === PARENT_NULL) return null;
    if (m !== null && this.opts.isAlive && !this.opts.isAlive(m)) m = null;
    if (m === null) {
      if (!this.opts.nullable) throw new FakeExcelError("ItemNotFound", `${this.opts.kind}: the requested resource doesn't exist.`);
      return null;
    }
    return m;
  }

  /** @internal */
  bindTo(m: M): void {
    this.bound = m;
  }

  /** @internal resolver for children: parent null → child null. */
  protected childResolver<C>(f: (m: M) => C | null): () => Resolved<C> {
    return () => {
      const m = this.resolveModel();
      return m === null ? PARENT_NULL : f(m);
    };
  }

  protected get requires(): string | undefined {
    return this.opts.requires;
  }

  /** Options of a non-null child proxy: this proxy's API version, or `since` when that is newer. */
  protected childOptions<C>(kind: string, since?: string): ProxyOptions<C> {
    return { kind, nullable: false, bind: false, requires: since ? maxVersion(this.requires, since) : this.requires };
  }

  /** Scalar properties and how to read them from the model. */
  protected abstract props(): Record<string, (m: M) => unknown>;

  /** Navigation properties (child proxies). */
  protected nav(_name: string): LoadableProxy | undefined {
    return undefined;
  }

  protected child<P extends LoadableProxy>(name: string, make: () => P): P {
    let c = this.children.get(name) as P | undefined;
    if (!c) {
      c = make();
      this.children.set(name, c);
    }
    return c;
  }

  protected get<T>(name: string): T {
    if (this.nullState === true) {
      throw new FakeExcelError("InvalidObjectPath", `${this.opts.kind} is a null object; check isNullObject before reading '${name}'.`);
    }
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  load(spec?: LoadSpec): this {
    const paths = parseLoadSpec(spec);
    this.context.enqueue({
      label: `${this.opts.kind}.load(${paths.map((p) => p.join("/")).join(",")})`,
      requires: this.requires,
      run: (st) => this.loadNow(paths, st),
    });
    return this;
  }

  /** @internal */
  loadNow(paths: string[][], st: SyncState): void {
    const m = this.resolveModel();
    const groups = new Map<string, string[][]>();
    const scalars: string[] = [];
    const props = this.props();
    const wanted = paths.length === 0 ? Object.keys(props).map((k) => [k]) : paths;
    for (const [head, ...rest] of wanted) {
      if (rest.length === 0 && head in props) scalars.push(head);
      else {
        const g = groups.get(head) ?? [];
        if (rest.length) g.push(rest);
        groups.set(head, g);
      }
    }
    for (const [head, rest] of groups) {
      const c = this.nav(head);
      if (!c) throw new FakeExcelError("InvalidArgument", `${this.opts.kind} has no property '${head}'.`);
      c.loadNow(rest, st);
    }
    if (m === null) {
      st.commits.push(() => {
        this.nullState = true;
      });
      return;
    }
    const got: [string, unknown][] = scalars.map((k) => [k, clone(props[k](m))]);
    for (const [, v] of got) st.responseBytes += byteSize(v);
    st.commits.push(() => {
      this.nullState = false;
      for (const [k, v] of got) this.loaded.set(k, v);
    });
  }

  /** Queues a write or method call; a null object ignores it (Office's *OrNullObject idiom). */
  protected queue(label: string, apply: (m: M, st: SyncState) => void, extra: { requires?: string; bytes?: number } = {}): void {
    this.context.enqueue({
      label: `${this.opts.kind}.${label}`,
      requires: maxVersion(this.requires, extra.requires),
      requestBytes: extra.bytes,
      run: (st) => {
        const m = this.resolveModel();
        if (m === null) return;
        apply(m, st);
      },
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

abstract class FakeCollectionProxy<M extends object, P extends FakeProxy<M>> extends FakeProxy<M[]> {
  private itemProxies = new Map<M, P>();
  private loadedItems: P[] | undefined;

  protected abstract makeItem(m: M): P;

  protected itemFor(m: M): P {
    let p = this.itemProxies.get(m);
    if (!p) {
      p = this.makeItem(m);
      p.bindTo(m);
      this.itemProxies.set(m, p);
    }
    return p;
  }

  get items(): P[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  protected props(): Record<string, (m: M[]) => unknown> {
    return {};
  }

  override loadNow(paths: string[][], st: SyncState): void {
    const list = this.resolveModel() ?? [];
    const itemPaths: string[][] = [];
    for (const p of paths.length ? paths : [["items"]]) {
      if (p[0] !== "items") throw new FakeExcelError("InvalidArgument", `Collection load path must start with items/: ${p.join("/")}`);
      if (p.length > 1) itemPaths.push(p.slice(1));
    }
    const proxies = list.map((m) => this.itemFor(m));
    for (const p of proxies) p.loadNow(itemPaths, st);
    st.commits.push(() => {
      this.loadedItems = proxies;
    });
  }

  getCount(): FakeClientResult<number> {
    const r = new FakeClientResult<number>();
    this.context.enqueue({
      label: `${this.opts.kind}.getCount()`,
      requires: this.requires,
      run: (st) => {
        const n = (this.resolveModel() ?? []).length;
        st.commits.push(() => r.set(n));
      },
    });
    return r;
  }
}

// ───────────────────────────── proxies ─────────────────────────────

interface RangeModel {
  sheet: FakeSheet;
  box: Box;
}

function assertWritable(sheet: FakeSheet, code: "AccessDenied" | "InvalidOperation" = "AccessDenied"): void {
  if (sheet.protected) {
    throw new FakeExcelError(code, `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`);
  }
}

export class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  constructor(readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
  }
}

export class FakeWorksheetCollection extends FakeCollectionProxy<FakeSheet, FakeWorksheet> {
  constructor(context: FakeRequestContext) {
    super(context, () => context.fake.sheets.filter((s) => s.alive), { kind: "WorksheetCollection", nullable: false, bind: false });
  }

  protected makeItem(m: FakeSheet): FakeWorksheet {
    return new FakeWorksheet(this.context, () => m, { kind: "Worksheet", nullable: false, bind: true, isAlive: (s) => s.alive });
  }

  getItem(key: string): FakeWorksheet {
    const wb = this.context.fake;
    return new FakeWorksheet(this.context, () => wb.sheets.find((s) => s.alive && (s.name === key || s.id === key)) ?? null, {
      kind: `Worksheet(${key})`,
      nullable: false,
      bind: true,
      isAlive: (s) => s.alive,
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const wb = this.context.fake;
    return new FakeWorksheet(this.context, () => wb.sheets.find((s) => s.alive && (s.name === key || s.id === key)) ?? null, {
      kind: `Worksheet(${key})?`,
      nullable: true,
      bind: true,
      isAlive: (s) => s.alive,
    });
  }

  getActiveWorksheet(): FakeWorksheet {
    const wb = this.context.fake;
    return new FakeWorksheet(this.context, () => wb.activeSheet, {
      kind: "ActiveWorksheet",
      nullable: false,
      bind: true,
      isAlive: (s) => s.alive,
    });
  }
}

export class FakeWorksheet extends FakeProxy<FakeSheet> {
  get name(): string {
    return this.get("name");
  }
  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }

  protected props(): Record<string, (m: FakeSheet) => unknown> {
    return {
      name: (s) => s.name,
      id: (s) => s.id,
      position: (s) => s.workbook.sheets.indexOf(s),
      visibility: () => "Visible",
    };
  }

  protected override nav(name: string): LoadableProxy | undefined {
    if (name === "protection") return this.protection;
    if (name === "notes") return this.notes;
    return undefined;
  }

  get protection(): FakeWorksheetProtection {
    return this.child(
      "protection",
      () => new FakeWorksheetProtection(this.context, this.childResolver((s) => s), this.childOptions("WorksheetProtection", "1.2")),
    );
  }

  /** ExcelApi 1.18. */
  get notes(): FakeNoteCollection {
    return this.child(
      "notes",
      () => new FakeNoteCollection(this.context, this.childResolver((s) => s.notes), this.childOptions("NoteCollection", "1.18"), () => this.resolveModel()),
    );
  }

  /** ExcelApi 1.7. */
  get onChanged(): FakeEvent {
    return this.child("onChanged", () => new FakeEvent(this.context, this.childResolver((s) => s), this.childOptions("Worksheet.onChanged", "1.7")));
  }

  private range(kind: string, box: (s: FakeSheet) => Box | null, nullable: boolean, requires?: string): FakeRange {
    return new FakeRange(
      this.context,
      this.childResolver((s) => {
        const b = box(s);
        return b ? { sheet: s, box: b } : null;
      }),
      { kind, nullable, bind: false, requires: maxVersion(this.requires, requires) },
    );
  }

  getRange(address?: string): FakeRange {
    return this.range(`Range(${address ?? ""})`, () => (address ? parseA1Box(address) : WHOLE_SHEET), false);
  }

  /** ExcelApi 1.7. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.range(
      `RangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
      () => {
        if (rowCount < 1 || columnCount < 1) throw new FakeExcelError("InvalidArgument", "rowCount/columnCount must be ≥ 1");
        return { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
      },
      false,
      "1.7",
    );
  }

  /** On a blank sheet: A1 (never throws). */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.range(
      `UsedRange(${valuesOnly ? "valuesOnly" : ""})`,
      (s) => s.usedBox(valuesOnly === true) ?? (s.workbook.blankUsedRangeThrows ? null : { top: 0, left: 0, bottom: 0, right: 0 }),
      false,
      valuesOnly ? "1.2" : undefined,
    );
  }

  /** ExcelApi 1.4. Null object on a blank sheet. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.range(`UsedRangeOrNull(${valuesOnly ? "valuesOnly" : ""})`, (s) => s.usedBox(valuesOnly === true), true, "1.4");
  }

  activate(): void {
    this.queue("activate()", (s) => {
      s.workbook.activeSheetName = s.name;
    });
  }
}

export class FakeWorksheetProtection extends FakeProxy<FakeSheet> {
  get protected(): boolean {
    return this.get("protected");
  }
  protected props(): Record<string, (m: FakeSheet) => unknown> {
    return { protected: (s) => s.protected };
  }
}

export class FakeRange extends FakeProxy<RangeModel> {
  get address(): string {
    return this.get("address");
  }
  get values(): (FakeCellValue | "")[][] {
    return this.get("values");
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set values(v: unknown[][]) {
    const data = clone(v);
    this.queue(
      "values=",
      (m, st) => {
        assertWritable(m.sheet);
        const rows = m.box.bottom - m.box.top + 1;
        const cols = m.box.right - m.box.left + 1;
        if (!Array.isArray(data) || data.length !== rows || data.some((r) => !Array.isArray(r) || r.length !== cols)) {
          throw new FakeExcelError("InvalidArgument", `values must be ${rows}×${cols}`);
        }
        for (let r = 0; r < rows; r++)
          for (let c = 0; c < cols; c++) {
            const input = data[r][c];
            if (input === null || input === undefined) continue;
            const parsed = parseExcelInput(input);
            m.sheet.storeValue(m.box.top + r, m.box.left + c, parsed.value, parsed.formula);
          }
        st.changes.push({ sheet: m.sheet, box: m.box });
      },
      { bytes: 64 + byteSize(data) },
    );
  }
  get formulas(): (FakeCellValue | "")[][] {
    return this.get("formulas");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }

  protected props(): Record<string, (m: RangeModel) => unknown> {
    const grid = (m: RangeModel, f: (c: FakeCell | undefined) => unknown) => {
      const out: unknown[][] = [];
      for (let r = m.box.top; r <= m.box.bottom; r++) {
        const row: unknown[] = [];
        for (let c = m.box.left; c <= m.box.right; c++) row.push(f(m.sheet.cellAt(r, c)));
        out.push(row);
      }
      return out;
    };
    const cells = (m: RangeModel) => (m.box.bottom - m.box.top + 1) * (m.box.right - m.box.left + 1);
    return {
      address: (m) => `${quoteSheet(m.sheet.name)}!${boxToA1(m.box)}`,
      values: (m) => {
        if (cells(m) > 5_000_000) throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", "Too many cells.");
        return grid(m, (c) => c?.value ?? "");
      },
      numberFormat: (m) => {
        if (cells(m) > 5_000_000) throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", "Too many cells.");
        return grid(m, (c) => c?.numberFormat ?? "General");
      },
      formulas: (m) => {
        if (cells(m) > 5_000_000) throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", "Too many cells.");
        return grid(m, (c) => c?.formula ?? c?.value ?? "");
      },
      rowIndex: (m) => m.box.top,
      columnIndex: (m) => m.box.left,
      rowCount: (m) => m.box.bottom - m.box.top + 1,
      columnCount: (m) => m.box.right - m.box.left + 1,
    };
  }

  protected override nav(name: string): LoadableProxy | undefined {
    if (name === "format") return this.format;
    if (name === "conditionalFormats") return this.conditionalFormats;
    return undefined;
  }

  get format(): FakeRangeFormat {
    return this.child("format", () => new FakeRangeFormat(this.context, this.childResolver((m) => m), this.childOptions("RangeFormat")));
  }

  /** ExcelApi 1.6. */
  get conditionalFormats(): FakeConditionalFormatCollection {
    return this.child(
      "conditionalFormats",
      () =>
        new FakeConditionalFormatCollection(
          this.context,
          this.childResolver((m) => m.sheet.conditionalFormats.filter((cf) => intersects(cf.box, m.box))),
          this.childOptions("ConditionalFormatCollection", "1.6"),
          () => this.resolveModel(),
        ),
    );
  }

  /** ExcelApi 1.13. Null object when the range has no merged cells. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      this.childResolver((m) => {
        const areas = m.sheet.merges.filter((b) => intersects(b, m.box));
        if (areas.length > m.sheet.workbook.maxMergedAreas) {
          throw new FakeExcelError("GeneralException", `More than ${m.sheet.workbook.maxMergedAreas} merged areas in the range.`);
        }
        return areas.length ? { sheet: m.sheet, areas } : null;
      }),
      { kind: "RangeAreas(merged)", nullable: true, bind: false, requires: maxVersion(this.requires, "1.13") },
    );
  }

  select(): void {
    this.queue("select()", (m) => {
      if (m.sheet.workbook.activeSheetName !== m.sheet.name) {
        throw new FakeExcelError("InvalidSelection", "Cannot select a range on a sheet that is not active.");
      }
      m.sheet.selection = boxToA1(m.box);
    });
  }
}

export class FakeRangeFormat extends FakeProxy<RangeModel> {
  protected props(): Record<string, (m: RangeModel) => unknown> {
    return {};
  }
  protected override nav(name: string): LoadableProxy | undefined {
    return name === "fill" ? this.fill : undefined;
  }
  get fill(): FakeRangeFill {
    return this.child("fill", () => new FakeRangeFill(this.context, this.childResolver((m) => m), this.childOptions("RangeFill")));
  }
}

export class FakeRangeFill extends FakeProxy<RangeModel> {
  get color(): string | null {
    return this.get("color");
  }
  set color(v: string | null) {
    this.queue("color=", (m) => {
      assertWritable(m.sheet);
      for (let r = m.box.top; r <= m.box.bottom; r++)
        for (let c = m.box.left; c <= m.box.right; c++) m.sheet.setFill(cellA1(r, c), v);
    });
  }
  protected props(): Record<string, (m: RangeModel) => unknown> {
    return {
      color: (m) => {
        let seen: string | undefined | null = null;
        for (let r = m.box.top; r <= m.box.bottom; r++)
          for (let c = m.box.left; c <= m.box.right; c++) {
            const f = m.sheet.cellAt(r, c)?.fill ?? "#FFFFFF";
            if (seen === null) seen = f;
            else if (seen !== f) return null;
          }
        return seen;
      },
    };
  }
}

interface AreasModel {
  sheet: FakeSheet;
  areas: Box[];
}

export class FakeRangeAreas extends FakeProxy<AreasModel> {
  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
  protected props(): Record<string, (m: AreasModel) => unknown> {
    return {
      address: (m) => m.areas.map((b) => `${quoteSheet(m.sheet.name)}!${boxToA1(b)}`).join(", "),
      areaCount: (m) => m.areas.length,
      cellCount: (m) => m.areas.reduce((n, b) => n + (b.bottom - b.top + 1) * (b.right - b.left + 1), 0),
    };
  }
  protected override nav(name: string): LoadableProxy | undefined {
    return name === "areas" ? this.areas : undefined;
  }
  /** ExcelApi 1.9. */
  get areas(): FakeRangeCollection {
    return this.child(
      "areas",
      () =>
        new FakeRangeCollection(
          this.context,
          this.childResolver((m) => m.areas.map((box) => ({ sheet: m.sheet, box }))),
          this.childOptions("RangeCollection", "1.9"),
        ),
    );
  }
}

export class FakeRangeCollection extends FakeCollectionProxy<RangeModel, FakeRange> {
  protected makeItem(m: RangeModel): FakeRange {
    return new FakeRange(this.context, () => m, { kind: "Range", nullable: false, bind: true, requires: this.requires });
  }
}

// ── conditional formats

export class FakeConditionalFormatCollection extends FakeCollectionProxy<FakeConditionalFormat, FakeConditionalFormat_> {
  constructor(
    context: FakeRequestContext,
    resolver: () => Resolved<FakeConditionalFormat[]>,
    opts: ProxyOptions<FakeConditionalFormat[]>,
    private readonly range: () => RangeModel | null,
  ) {
    super(context, resolver, opts);
  }

  protected makeItem(m: FakeConditionalFormat): FakeConditionalFormat_ {
    return this.cfProxy(() => m, "ConditionalFormat", false);
  }

  private cfProxy(resolver: () => Resolved<FakeConditionalFormat>, kind: string, nullable: boolean, requires?: string): FakeConditionalFormat_ {
    return new FakeConditionalFormat_(
      this.context,
      resolver,
      {
        kind,
        nullable,
        bind: true,
        requires: maxVersion(this.requires, requires),
        isAlive: (cf) => {
          const r = this.range();
          return !!r && r.sheet.conditionalFormats.includes(cf);
        },
      },
      () => this.resolveModel() ?? [],
    );
  }

  private lookup(id: string): Resolved<FakeConditionalFormat> {
    const list = this.resolveModel();
    if (list === null) return PARENT_NULL;
    if (this.context.fake.cfIdMode === "index") {
      const i = /^\d+$/.test(id) ? Number(id) : -1;
      return list[i] ?? null;
    }
    return list.find((cf) => cf.uid === id) ?? null;
  }

  add(type: string): FakeConditionalFormat_ {
    const proxy = this.cfProxy(() => null, `ConditionalFormat(new ${type})`, false);
    this.context.enqueue({
      label: `ConditionalFormatCollection.add(${type})`,
      requires: this.requires,
      run: () => {
        const r = this.range();
        if (!r) throw new FakeExcelError("ItemNotFound", "range");
        assertWritable(r.sheet, "InvalidOperation");
        if (!["Custom", "CellValue"].includes(type)) throw new FakeExcelError("NotImplemented", `fake: conditional format type ${type}`);
        if (r.box.bottom - r.box.top > 100000 || r.box.right - r.box.left > 1000) {
          throw new FakeExcelError("InvalidArgument", "fake: conditional format on a huge range");
        }
        const cf: FakeConditionalFormat = {
          uid: this.context.fake.newCfUid(),
          box: { ...r.box },
          type,
          fill: null,
          fontColor: null,
          stopIfTrue: false,
        };
        if (type === "Custom") cf.formula = "";
        else cf.rule = { formula1: "", operator: "Between" };
        r.sheet.conditionalFormats.unshift(cf);
        proxy.bindTo(cf);
      },
    });
    return proxy;
  }

  getItem(id: string): FakeConditionalFormat_ {
    return this.cfProxy(() => this.lookup(id), `ConditionalFormat(${id})`, false);
  }

  /** ExcelApi 1.14. */
  getItemOrNullObject(id: string): FakeConditionalFormat_ {
    return this.cfProxy(() => this.lookup(id), `ConditionalFormat(${id})?`, true, "1.14");
  }

  getItemAt(index: number): FakeConditionalFormat_ {
    return this.cfProxy(() => {
      const list = this.resolveModel();
      return list === null ? PARENT_NULL : (list[index] ?? null);
    }, `ConditionalFormat[${index}]`, false);
  }

  clearAll(): void {
    this.context.enqueue({
      label: "ConditionalFormatCollection.clearAll()",
      requires: this.requires,
      run: () => {
        const r = this.range();
        if (!r) return;
        assertWritable(r.sheet, "InvalidOperation");
        r.sheet.deleteConditionalFormats((cf) => intersects(cf.box, r.box));
      },
    });
  }
}

/** Excel.ConditionalFormat (trailing underscore: FakeConditionalFormat is the model type). */
export class FakeConditionalFormat_ extends FakeProxy<FakeConditionalFormat> {
  constructor(
    context: FakeRequestContext,
    resolver: () => Resolved<FakeConditionalFormat>,
    opts: ProxyOptions<FakeConditionalFormat>,
    private readonly collection: () => FakeConditionalFormat[],
  ) {
    super(context, resolver, opts);
  }

  get id(): string {
    return this.get("id");
  }
  get type(): string {
    return this.get("type");
  }
  get priority(): number {
    return this.get("priority");
  }
  set priority(p: number) {
    this.queue("priority=", (cf) => {
      const sheet = this.sheetOf(cf);
      assertWritable(sheet, "InvalidOperation");
      const list = sheet.conditionalFormats;
      list.splice(list.indexOf(cf), 1);
      list.splice(Math.max(0, Math.min(p, list.length)), 0, cf);
    });
  }
  get stopIfTrue(): boolean {
    return this.get("stopIfTrue");
  }
  set stopIfTrue(v: boolean) {
    this.queue("stopIfTrue=", (cf) => {
      assertWritable(this.sheetOf(cf), "InvalidOperation");
      cf.stopIfTrue = v;
    });
  }

  private sheetOf(cf: FakeConditionalFormat): FakeSheet {
    const s = this.context.fake.sheets.find((x) => x.conditionalFormats.includes(cf));
    if (!s) throw new FakeExcelError("ItemNotFound", "conditional format");
    return s;
  }

  protected props(): Record<string, (m: FakeConditionalFormat) => unknown> {
    return {
      id: (cf) => (this.context.fake.cfIdMode === "index" ? String(this.collection().indexOf(cf)) : cf.uid),
      type: (cf) => cf.type,
      priority: (cf) => this.sheetOf(cf).conditionalFormats.indexOf(cf),
      stopIfTrue: (cf) => cf.stopIfTrue,
    };
  }

  protected override nav(name: string): LoadableProxy | undefined {
    switch (name) {
      case "custom":
        return this.custom;
      case "customOrNullObject":
        return this.customOrNullObject;
      case "cellValue":
        return this.cellValue;
      case "cellValueOrNullObject":
        return this.cellValueOrNullObject;
      default:
        return undefined;
    }
  }

  private typed<P extends LoadableProxy>(name: string, type: string, nullable: boolean, make: (r: () => Resolved<FakeConditionalFormat>, o: ProxyOptions<FakeConditionalFormat>) => P): P {
    return this.child(name, () =>
      make(
        this.childResolver((cf) => {
          if (cf.type === type) return cf;
          if (nullable) return null;
          throw new FakeExcelError("InvalidOperation", `The conditional format is of type ${cf.type}, not ${type}.`);
        }),
        { kind: `ConditionalFormat.${name}`, nullable, bind: false, requires: this.requires },
      ),
    );
  }

  get custom(): FakeCustomConditionalFormat {
    return this.typed("custom", "Custom", false, (r, o) => new FakeCustomConditionalFormat(this.context, r, o));
  }
  get customOrNullObject(): FakeCustomConditionalFormat {
    return this.typed("customOrNullObject", "Custom", true, (r, o) => new FakeCustomConditionalFormat(this.context, r, o));
  }
  get cellValue(): FakeCellValueConditionalFormat {
    return this.typed("cellValue", "CellValue", false, (r, o) => new FakeCellValueConditionalFormat(this.context, r, o));
  }
  get cellValueOrNullObject(): FakeCellValueConditionalFormat {
    return this.typed("cellValueOrNullObject", "CellValue", true, (r, o) => new FakeCellValueConditionalFormat(this.context, r, o));
  }

  delete(): void {
    this.queue("delete()", (cf) => {
      const sheet = this.sheetOf(cf);
      assertWritable(sheet, "InvalidOperation");
      sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(cf), 1);
    });
  }

  getRange(): FakeRange {
    return new FakeRange(
      this.context,
      this.childResolver((cf) => ({ sheet: this.sheetOf(cf), box: cf.box })),
      this.childOptions("ConditionalFormat.getRange()"),
    );
  }
}

function sheetOfCf(wb: FakeWorkbook, cf: FakeConditionalFormat): FakeSheet {
  const s = wb.sheets.find((x) => x.conditionalFormats.includes(cf));
  if (!s) throw new FakeExcelError("ItemNotFound", "conditional format");
  return s;
}

export class FakeCustomConditionalFormat extends FakeProxy<FakeConditionalFormat> {
  protected props(): Record<string, (m: FakeConditionalFormat) => unknown> {
    return {};
  }
  protected override nav(name: string): LoadableProxy | undefined {
    if (name === "rule") return this.rule;
    if (name === "format") return this.format;
    return undefined;
  }
  get rule(): FakeConditionalFormatRule {
    return this.child("rule", () => new FakeConditionalFormatRule(this.context, this.childResolver((cf) => cf), this.childOptions("ConditionalFormatRule")));
  }
  get format(): FakeConditionalRangeFormat {
    return this.child("format", () => new FakeConditionalRangeFormat(this.context, this.childResolver((cf) => cf), this.childOptions("ConditionalRangeFormat")));
  }
}

export class FakeConditionalFormatRule extends FakeProxy<FakeConditionalFormat> {
  get formula(): string {
    return this.get("formula");
  }
  set formula(f: string) {
    this.queue("formula=", (cf) => {
      assertWritable(sheetOfCf(this.context.fake, cf), "InvalidOperation");
      if (typeof f !== "string" || !f.startsWith("=")) throw new FakeExcelError("InvalidArgument", `Bad formula ${f}`);
      cf.formula = f;
    });
  }
  protected props(): Record<string, (m: FakeConditionalFormat) => unknown> {
    return { formula: (cf) => cf.formula ?? "", formulaLocal: (cf) => cf.formula ?? "" };
  }
}

export class FakeCellValueConditionalFormat extends FakeProxy<FakeConditionalFormat> {
  get rule(): { formula1: string; formula2?: string; operator: string } {
    return this.get("rule");
  }
  set rule(r: { formula1: string; formula2?: string; operator: string }) {
    const data = clone(r);
    this.queue("rule=", (cf) => {
      assertWritable(sheetOfCf(this.context.fake, cf), "InvalidOperation");
      cf.rule = data;
    });
  }
  protected props(): Record<string, (m: FakeConditionalFormat) => unknown> {
    return { rule: (cf) => cf.rule ?? null };
  }
  protected override nav(name: string): LoadableProxy | undefined {
    return name === "format" ? this.format : undefined;
  }
  get format(): FakeConditionalRangeFormat {
    return this.child("format", () => new FakeConditionalRangeFormat(this.context, this.childResolver((cf) => cf), this.childOptions("ConditionalRangeFormat")));
  }
}

export class FakeConditionalRangeFormat extends FakeProxy<FakeConditionalFormat> {
  protected props(): Record<string, (m: FakeConditionalFormat) => unknown> {
    return {};
  }
  protected override nav(name: string): LoadableProxy | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    return undefined;
  }
  get fill(): FakeConditionalColor {
    return this.child("fill", () => new FakeConditionalColor(this.context, this.childResolver((cf) => cf), this.childOptions("ConditionalRangeFill"), "fill"));
  }
  get font(): FakeConditionalColor {
    return this.child("font", () => new FakeConditionalColor(this.context, this.childResolver((cf) => cf), this.childOptions("ConditionalRangeFont"), "fontColor"));
  }
}

export class FakeConditionalColor extends FakeProxy<FakeConditionalFormat> {
  constructor(
    context: FakeRequestContext,
    resolver: () => Resolved<FakeConditionalFormat>,
    opts: ProxyOptions<FakeConditionalFormat>,
    private readonly field: "fill" | "fontColor",
  ) {
    super(context, resolver, opts);
  }
  get color(): string | null {
    return this.get("color");
  }
  set color(v: string | null) {
    this.queue("color=", (cf) => {
      assertWritable(sheetOfCf(this.context.fake, cf), "InvalidOperation");
      cf[this.field] = v ? v.toUpperCase() : null;
    });
  }
  protected props(): Record<string, (m: FakeConditionalFormat) => unknown> {
    return { color: (cf) => cf[this.field] };
  }
}

// ── notes (ExcelApi 1.18)

export class FakeNoteCollection extends FakeCollectionProxy<FakeNote, FakeNote_> {
  constructor(
    context: FakeRequestContext,
    resolver: () => Resolved<FakeNote[]>,
    opts: ProxyOptions<FakeNote[]>,
    private readonly sheet: () => FakeSheet | null,
  ) {
    super(context, resolver, opts);
  }

  protected makeItem(m: FakeNote): FakeNote_ {
    return this.noteProxy(() => m, "Note", false);
  }

  private noteProxy(resolver: () => Resolved<FakeNote>, kind: string, nullable: boolean): FakeNote_ {
    return new FakeNote_(
      this.context,
      resolver,
      {
        kind,
        nullable,
        bind: true,
        requires: this.requires,
        isAlive: (n) => {
          const s = this.sheet();
          return !!s && s.notes.includes(n);
        },
      },
      () => this.sheet(),
    );
  }

  private at(key: string): Resolved<FakeNote> {
    const s = this.sheet();
    if (!s) return PARENT_NULL;
    const b = parseA1Box(key);
    return s.notes.find((n) => n.row === b.top && n.col === b.left) ?? null;
  }

  add(cellAddress: string | FakeRange, content: string): FakeNote_ {
    const proxy = this.noteProxy(() => null, "Note(new)", false);
    this.context.enqueue({
      label: `NoteCollection.add(${typeof cellAddress === "string" ? cellAddress : "Range"})`,
      requires: this.requires,
      requestBytes: 64 + byteSize(content),
      run: () => {
        const s = this.sheet();
        if (!s) throw new FakeExcelError("ItemNotFound", "sheet");
        let box: Box;
        if (typeof cellAddress === "string") box = parseA1Box(cellAddress);
        else {
          const r = cellAddress.resolveModel();
          if (!r) throw new FakeExcelError("InvalidArgument", "null range");
          if (r.sheet !== s) throw new FakeExcelError("InvalidArgument", "The range is on another sheet.");
          box = r.box;
        }
        if (box.top !== box.bottom || box.left !== box.right) throw new FakeExcelError("InvalidCellAddress", "A note goes on a single cell.");
        assertWritable(s);
        if (s.notes.some((n) => n.row === box.top && n.col === box.left)) {
          throw new FakeExcelError("InvalidArgument", `The cell ${boxToA1(box)} already has a note.`);
        }
        const note = s.addNote(boxToA1(box), String(content), this.context.fake.userName);
        proxy.bindTo(note);
      },
    });
    return proxy;
  }

  getItem(key: string): FakeNote_ {
    return this.noteProxy(() => this.at(key), `Note(${key})`, false);
  }

  getItemOrNullObject(key: string): FakeNote_ {
    return this.noteProxy(() => this.at(key), `Note(${key})?`, true);
  }

  getItemAt(index: number): FakeNote_ {
    return this.noteProxy(() => {
      const s = this.sheet();
      return s ? (s.notes[index] ?? null) : PARENT_NULL;
    }, `Note[${index}]`, false);
  }
}

export class FakeNote_ extends FakeProxy<FakeNote> {
  constructor(
    context: FakeRequestContext,
    resolver: () => Resolved<FakeNote>,
    opts: ProxyOptions<FakeNote>,
    private readonly sheet: () => FakeSheet | null,
  ) {
    super(context, resolver, opts);
  }
  get content(): string {
    return this.get("content");
  }
  set content(v: string) {
    this.queue("content=", (n) => {
      const s = this.sheet();
      if (s) assertWritable(s);
      n.content = String(v);
    });
  }
  get authorName(): string {
    return this.get("authorName");
  }
  protected props(): Record<string, (m: FakeNote) => unknown> {
    return { content: (n) => n.content, authorName: (n) => n.author, visible: () => false, height: () => 60, width: () => 120 };
  }
  delete(): void {
    this.queue("delete()", (n) => {
      const s = this.sheet();
      if (!s) return;
      assertWritable(s);
      s.notes.splice(s.notes.indexOf(n), 1);
    });
  }
  getLocation(): FakeRange {
    return new FakeRange(
      this.context,
      this.childResolver((n) => {
        const s = this.sheet();
        return s ? { sheet: s, box: { top: n.row, left: n.col, bottom: n.row, right: n.col } } : null;
      }),
      this.childOptions("Note.getLocation()"),
    );
  }
}

// ── events (ExcelApi 1.7)

export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeRequestContext,
    private readonly onRemove: () => void,
  ) {}
  remove(): void {
    this.onRemove();
  }
}

export class FakeEvent extends FakeProxy<FakeSheet> {
  protected props(): Record<string, (m: FakeSheet) => unknown> {
    return {};
  }
  add(handler: ChangedHandler): FakeEventHandlerResult {
    this.queue("add(handler)", (s) => {
      s.changedHandlers.add(handler);
    });
    return new FakeEventHandlerResult(this.context, () => {
      this.queue("remove(handler)", (s) => {
        s.changedHandlers.delete(handler);
      });
    });
  }
}

// ───────────────────────────── entry points ─────────────────────────────

/** Excel.run over a fake workbook. */
export function run<T>(workbook: FakeWorkbook, batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
  return workbook.run(batch);
}

/**
 * `run` typed as Excel.run's single-batch overload, for code written against the real API.
 * (The fake implements only the members src/excel uses; the cast is the one place that says so.)
 */
export function fakeExcelRun(workbook: FakeWorkbook): <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> {
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
    workbook.run((context) => batch(context as unknown as Excel.RequestContext));
}

export interface FakeWorkbookSnapshot {
  sheets: {
    name: string;
    protected: boolean;
    cells: Record<string, { value: FakeCellValue | null; formula?: string; fill?: string; numberFormat?: string }>;
    merges: string[];
    conditionalFormats: {
      range: string;
      type: string;
      formula?: string;
      rule?: { formula1: string; formula2?: string; operator: string };
      fill: string | null;
      fontColor: string | null;
      stopIfTrue: boolean;
    }[];
    notes: Record<string, { content: string; author: string }>;
    selection?: string;
  }[];
  activeSheet?: string | null;
}

/** A plain-JSON dump for equality checks (ids left out: they are not content). */
export function snapshotFakeWorkbook(workbook: FakeWorkbook, options: { includeSelection?: boolean } = {}): FakeWorkbookSnapshot {
  const snap: FakeWorkbookSnapshot = {
    sheets: workbook.sheets
      .filter((s) => s.alive)
      .map((s) => {
        const keys = [...s.cells.keys()].map((k) => k.split(",").map(Number)).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        const cells: FakeWorkbookSnapshot["sheets"][number]["cells"] = {};
        for (const [r, c] of keys) {
          const cell = s.cellAt(r, c)!;
          const out: { value: FakeCellValue | null; formula?: string; fill?: string; numberFormat?: string } = { value: cell.value };
          if (cell.formula) out.formula = cell.formula;
          if (cell.fill) out.fill = cell.fill;
          if (cell.numberFormat) out.numberFormat = cell.numberFormat;
          cells[cellA1(r, c)] = out;
        }
        const notes: Record<string, { content: string; author: string }> = {};
        for (const n of s.notes) notes[cellA1(n.row, n.col)] = { content: n.content, author: n.author };
        const sheet: FakeWorkbookSnapshot["sheets"][number] = {
          name: s.name,
          protected: s.protected,
          cells,
          merges: s.merges.map(boxToA1),
          conditionalFormats: s.conditionalFormats.map((cf) => {
            const o: FakeWorkbookSnapshot["sheets"][number]["conditionalFormats"][number] = {
              range: boxToA1(cf.box),
              type: cf.type,
              fill: cf.fill,
              fontColor: cf.fontColor,
              stopIfTrue: cf.stopIfTrue,
            };
            if (cf.formula !== undefined) o.formula = cf.formula;
            if (cf.rule !== undefined) o.rule = { ...cf.rule };
            return o;
          }),
          notes,
        };
        if (options.includeSelection) sheet.selection = s.selection;
        return sheet;
      }),
  };
  if (options.includeSelection) snap.activeSheet = workbook.activeSheetName;
  return snap;
}

/** Builds a fake workbook from literal grids (tests, playground). */
export function fakeWorkbookFromGrids(sheets: Record<string, (FakeCellValue | null)[][]>): FakeWorkbook {
  const wb = new FakeWorkbook();
  for (const [name, grid] of Object.entries(sheets)) {
    const s = wb.addSheet(name);
    grid.forEach((row, r) => row.forEach((v, c) => v !== null && v !== "" && s.storeValue(r, c, v)));
  }
  return wb;
}
