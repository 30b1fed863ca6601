/**
 * The part of WPS 表格's JS API (ET, `window.Application`) this add-in uses — hand-written on purpose: the Kingsoft
 * typing packages (et-jsapi-declare, wps-jsapi) may not be modified or redistributed and are partly wrong
 * (see docs/wps.md). ~25 members; everything is synchronous (each member access is one call into WPS).
 *
 * Sources: WPS 开发文档 "WPS 基础接口 / 表格 API 参考" (office_v19, https://qn.cache.wpscdn.cn/encs/doc/office_v19/index.htm,
 * pages Range, Worksheet, Sheets, FormatConditions, FormatCondition, Comments), which mirror the VBA object model;
 * where a WPS page is silent the Excel VBA page of the same member (learn.microsoft.com/office/vba/api/excel.*) is
 * cited. Shapes that differ between WPS builds (reported by third-party add-ins, not by the docs) are read through
 * the readers below, never directly:
 * - a member that is a property on one build and a method on another (`Address`; `Count`/`count`) → {@link read};
 * - `Value2` of a block: a 2-D array, or an object with `Item(r, c)` (察元 notes) → {@link readMatrix}.
 */

/** A member that is a property on some WPS builds and a method on others. */
export type PropOrMethod<T> = T | ((...args: unknown[]) => T);

export interface EtInterior {
  /** A BGR long, as made by VBA's RGB(r, g, b) = r + g·256 + b·65536 (Range/Interior "使用 RGB 函数可创建颜色值"). */
  Color: number;
}

export interface EtFont {
  Bold: boolean;
}

export interface EtFormatCondition {
  /** XlFormatConditionType: 1 = xlCellValue, 2 = xlExpression. */
  readonly Type: number;
  readonly Formula1: string;
  readonly Interior: EtInterior;
  /** Documented default True "为了支持向后兼容性" (FormatCondition.StopIfTrue). */
  StopIfTrue: boolean;
  /** 1 = evaluated first; "值必须为介于 1 和工作表上条件格式规则总数之间的正整数" (FormatCondition.Priority, read/write). */
  Priority: number;
  readonly AppliesTo: EtRange;
  Delete(): void;
}

export interface EtFormatConditions {
  readonly Count: PropOrMethod<number>;
  /** 1-based. */
  Item(index: number): EtFormatCondition;
  Add(type: number, operator?: unknown, formula1?: string, formula2?: string): EtFormatCondition;
}

export interface EtComment {
  /** A method: Text() reads, Text(s) replaces (VBA Comment.Text). */
  Text(text?: string): string;
  readonly Parent: EtRange;
  Delete(): void;
}

export interface EtComments {
  readonly Count: PropOrMethod<number>;
  Item(index: number): EtComment;
}

export interface EtRange {
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: PropOrMethod<number> };
  readonly Columns: { readonly Count: PropOrMethod<number> };
  Value2: unknown;
  readonly Formula: unknown;
  NumberFormat: unknown;
  /** True (or null) when the range holds merged cells (Range.MergeCells "如果区域包含合并单元格，则为 True"). */
  readonly MergeCells: unknown;
  readonly MergeArea: EtRange;
  readonly Address: PropOrMethod<string>;
  readonly FormatConditions: EtFormatConditions;
  /** Null/undefined when the cell has no comment (VBA: Nothing). */
  readonly Comment: EtComment | null | undefined;
  AddComment(text?: string): EtComment;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  WrapText: unknown;
  ColumnWidth: unknown;
  readonly Worksheet: EtWorksheet;
  Select(): void;
  Merge(across?: boolean): void;
  UnMerge(): void;
  /** Shift: xlShiftDown = -4121. */
  Insert(shift?: number): void;
  /** Shift: xlShiftUp = -4162. */
  Delete(shift?: number): void;
}

export interface EtHyperlinks {
  Add(anchor: EtRange, address: string, subAddress?: string, screenTip?: string, textToDisplay?: string): unknown;
}

export interface EtWorksheet {
  Name: string;
  readonly UsedRange: EtRange;
  readonly Cells: EtRange;
  readonly Comments: EtComments;
  readonly Hyperlinks: EtHyperlinks;
  readonly ProtectContents: boolean;
  Range(a1: string): EtRange;
  Activate(): void;
  Delete(): void;
}

export interface EtSheets {
  readonly Count: PropOrMethod<number>;
  /** 1-based index or name. */
  Item(index: number | string): EtWorksheet;
  /** The new sheet becomes the active sheet (Sheets.Add); after `after` when given. */
  Add(before?: EtWorksheet, after?: EtWorksheet, count?: number, type?: unknown): EtWorksheet;
}

export interface EtWorkbook {
  readonly Worksheets: EtSheets;
}

export interface EtApiEvent {
  AddApiEventListener(event: string, callback: (...args: unknown[]) => void): unknown;
  RemoveApiEventListener(event: string, callback: (...args: unknown[]) => void): unknown;
}

export interface EtTaskPane {
  readonly ID: number | string;
  Visible: boolean;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null | undefined;
  readonly ActiveSheet: EtWorksheet | null | undefined;
  ScreenUpdating: boolean;
  DisplayAlerts: boolean;
  readonly ApiEvent?: EtApiEvent;
  /** In-memory key/value store shared by the add-in's pages ("该对象的数据不会被持久化", et-jsapi-declare). */
  readonly PluginStorage?: { getItem(key: string): unknown; setItem(key: string, value: unknown): void };
  CreateTaskPane?(url: string, title?: string): EtTaskPane;
  GetTaskPane?(id: number | string): EtTaskPane;
}

// ───────────────────────────── constants (XlXxx enumerations, VBA values) ─────────────────────────────

export const xlExpression = 2;
export const xlShiftDown = -4121;
export const xlShiftUp = -4162;

// ───────────────────────────── readers ─────────────────────────────

/** Reads a member that is a property on some builds and a method on others (pi-for-excel's readPropertyOrMethod). */
export function read<T>(value: PropOrMethod<T>, owner?: unknown): T {
  return typeof value === "function" ? (value as (...a: unknown[]) => T).call(owner) : value;
}

/** `Count` of a collection, whichever spelling and shape this build has (pi-for-excel falls back to `count`). */
export function countOf(collection: { Count?: PropOrMethod<number>; count?: PropOrMethod<number> }): number {
  const raw = collection.Count !== undefined ? read(collection.Count, collection) : read(collection.count ?? 0, collection);
  const n = Number(raw);
  return Number.isFinite(n) ? n : 0;
}

/** "$B$5" / "Sheet1!$B$5:$C$6" of a range, property or method. */
export function addressOf(range: EtRange): string {
  return String(read(range.Address, range));
}

/**
 * `Value2` of a rows × cols block as a 2-D array (row-major, 0-based). WPS gives a 2-D array on Windows; some builds
 * give an object with a 1-based `Item(r, c)` (察元 §9.6: "Value2 整块读取返回 Item(r,c) 包装对象而非纯数组"); a single
 * cell gives the bare value. Anything else is read cell by cell through `cell(r, c)`.
 */
export function readMatrix(raw: unknown, rows: number, cols: number, cell?: (r: number, c: number) => unknown): unknown[][] {
  if (rows === 1 && cols === 1 && !Array.isArray(raw) && !hasItem(raw)) return [[raw]];
  if (Array.isArray(raw)) {
    return Array.from({ length: rows }, (_, r) => {
      const line = raw[r];
      if (Array.isArray(line)) return Array.from({ length: cols }, (_, c) => line[c]);
      // a single row may arrive flat
      return Array.from({ length: cols }, (_, c) => (rows === 1 ? raw[c] : c === 0 ? line : undefined));
    });
  }
  if (hasItem(raw)) {
    const item = (raw as { Item: (r: number, c: number) => unknown }).Item.bind(raw);
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => item(r + 1, c + 1)));
  }
  if (cell) return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cell(r, c)));
  return Array.from({ length: rows }, () => new Array<unknown>(cols).fill(undefined));
}

function hasItem(raw: unknown): boolean {
  return typeof raw === "object" && raw !== null && typeof (raw as { Item?: unknown }).Item === "function";
}

/** "#FFC7CE" → the BGR long Interior.Color takes (RGB(0xFF, 0xC7, 0xCE) = 0xCEC7FF). */
export function hexToBgr(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16));
  return r + g * 256 + b * 65536;
}

/** The BGR long back to "#RRGGBB". */
export function bgrToHex(bgr: number): string {
  const n = Math.max(0, Math.floor(bgr)) & 0xffffff;
  const r = n & 0xff;
  const g = (n >> 8) & 0xff;
  const b = (n >> 16) & 0xff;
  return `#${[r, g, b]
    .map((x) => x.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase()}`;
}

/** Empty as WPS may report it: undefined (VT_EMPTY), null or "". */
export function isEmptyValue(v: unknown): boolean {
  return v === undefined || v === null || v === "";
}
