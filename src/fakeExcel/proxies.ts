/**
 * Fake Excel — the API surface's proxies: Workbook, worksheets, ranges, merged areas, conditional formats, notes and
 * events — exactly the members src/excel uses, each behaving as its documentation page says.
 */
import {
  MAX_COL,
  MAX_ROW,
  WHOLE_SHEET,
  FakeExcelError,
  notLoaded,
  boxToA1,
  byteSize,
  cellA1,
  clone,
  intersects,
  maxVersion,
  parseA1Box,
  quoteSheet,
  type Box,
  type FakeCellValue,
} from "./core";
import type { FakeRequestContext } from "./batch";
import { displayText } from "../core/text/numberFormat";
import { excelDisplayText } from "./excelText";
import {
  isValidSheetName,
  parseExcelInput,
  type ChangedHandler,
  type FakeCell,
  type FakeConditionalFormat,
  type FakeNote,
  type FakeSheet,
  type FakeWorkbook,
} from "./workbookModel";
import { FakeCollectionProxy, FakeProxy, PARENT_NULL, type LoadableProxy, type ProxyOptions, type Resolved } from "./proxyBase";

// ───────────────────────────── proxies ─────────────────────────────

export interface RangeModel {
  sheet: FakeSheet;
  box: Box;
}

/** Protected sheet: writes are refused (Excel error codes: AccessDenied; conditional formats: InvalidOperation). */
export function assertWritable(sheet: FakeSheet, code: "AccessDenied" | "InvalidOperation" = "AccessDenied"): void {
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

/** Worksheet.getRange's address on sheet `s` (see FakeWorksheet.getRange). */
function worksheetRangeBox(s: FakeSheet, address: string): Box {
  if (address.length > 8192) throw new FakeExcelError("InvalidArgument", "The address exceeds 8192 characters.");
  const bang = address.lastIndexOf("!");
  if (bang >= 0) {
    const named = address
      .slice(0, bang)
      .trim()
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    if (named.toLowerCase() !== s.name.toLowerCase())
      throw new FakeExcelError("InvalidArgument", `The address ${address} names another worksheet than ${s.name}.`);
  }
  return parseA1Box(address);
}

export class FakeWorksheetCollection extends FakeCollectionProxy<FakeSheet, FakeWorksheet> {
  constructor(context: FakeRequestContext) {
    super(context, () => context.fake.sheets.filter((s) => s.alive), {
      kind: "WorksheetCollection",
      nullable: false,
      bind: false,
    });
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

  /**
   * ExcelApi 1.1: adds a sheet at the end and returns it. Excel refuses a name that exists (compared
   * case-insensitively: ItemAlreadyExists), is longer than 31 characters or holds : \\ / ? * [ ]
   * (InvalidArgument). https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-add-member(1)
   */
  add(name?: string): FakeWorksheet {
    const wb = this.context.fake;
    let added: FakeSheet | null = null;
    this.context.enqueue({
      label: `WorksheetCollection.add(${name ?? ""})`,
      run: () => {
        let n = name;
        if (n === undefined) {
          for (let i = 1; ; i++)
            if (!wb.sheets.some((s) => s.alive && s.name.toLowerCase() === `sheet${i}`)) {
              n = `Sheet${i}`;
              break;
            }
        }
        if (!isValidSheetName(n, wb.sheetNameRules)) throw new FakeExcelError("InvalidArgument", `Invalid sheet name: ${n}`);
        if (wb.sheets.some((s) => s.alive && s.name.toLowerCase() === n!.toLowerCase()))
          throw new FakeExcelError("ItemAlreadyExists", n);
        added = wb.addSheet(n);
      },
    });
    const proxy = new FakeWorksheet(this.context, () => added, {
      kind: `Worksheet(added ${name ?? ""})`,
      nullable: false,
      bind: false,
      isAlive: (s) => s.alive,
    });
    // Office.js creates this object "invalid after request": only the add's own result re-validates it, so when the
    // sync carrying the add fails, later calls on it throw InvalidObjectPath (audit 3 N1; switch addProxyAfterFailedSync).
    if (wb.addProxyAfterFailedSync === "invalid")
      this.context.watchRequest(() => proxy.invalidatePath("the request that added this sheet failed"));
    return proxy;
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
  /** Excel.SheetVisibility: "Visible" | "Hidden" | "VeryHidden" (ExcelApi 1.1, Worksheet.visibility). */
  get visibility(): string {
    return this.get("visibility");
  }

  protected props(): Record<string, (m: FakeSheet) => unknown> {
    return {
      name: (s) => s.name,
      id: (s) => s.id,
      position: (s) => s.workbook.sheets.indexOf(s),
      visibility: (s) => s.visibility,
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
      () =>
        new FakeWorksheetProtection(
          this.context,
          this.childResolver((s) => s),
          this.childOptions("WorksheetProtection", "1.2"),
        ),
    );
  }

  /** ExcelApi 1.18. */
  get notes(): FakeNoteCollection {
    return this.child(
      "notes",
      () =>
        new FakeNoteCollection(
          this.context,
          this.childResolver((s) => s.notes),
          this.childOptions("NoteCollection", "1.18"),
          () => this.resolveModel(),
        ),
    );
  }

  /** ExcelApi 1.7. */
  get onChanged(): FakeEvent {
    return this.child(
      "onChanged",
      () =>
        new FakeEvent(
          this.context,
          this.childResolver((s) => s),
          this.childOptions("Worksheet.onChanged", "1.7"),
        ),
    );
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

  /**
   * Worksheet.getRange(address) — https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getrange-member(1):
   * "The `address` has a limit of 8192 characters. If the address exceeds the character limit, this method returns an
   * `InvalidArgument` error." A sheet-qualified address ("表2!A1") is not documented for a worksheet's range: the fake
   * takes it only when it names this very sheet and refuses any other sheet with InvalidArgument, rather than quietly
   * using this sheet (audit 3 L9) — code that relied on either outcome fails here.
   */
  getRange(address?: string): FakeRange {
    return this.range(`Range(${address ?? ""})`, (s) => (address ? worksheetRangeBox(s, address) : WHOLE_SHEET), false);
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
      // Worksheet.getUsedRange docs: "If the entire worksheet is blank, this function will return the top left cell".
      (s) =>
        s.usedBox(valuesOnly === true) ?? (s.workbook.blankUsedRangeThrows ? null : { top: 0, left: 0, bottom: 0, right: 0 }),
      false,
      valuesOnly ? "1.2" : undefined,
    );
  }

  /** ExcelApi 1.4. Null object on a blank sheet. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.range(`UsedRangeOrNull(${valuesOnly ? "valuesOnly" : ""})`, (s) => s.usedBox(valuesOnly === true), true, "1.4");
  }

  /**
   * A hidden sheet cannot be activated: what Office.js does is undocumented; the fake refuses (InvalidOperation), as
   * Excel's object model refuses `Worksheet.Activate` on a hidden sheet (audit 3 N12). Switch hiddenSheetActivate.
   */
  activate(): void {
    this.queue("activate()", (s) => {
      if (s.visibility !== "Visible" && s.workbook.hiddenSheetActivate === "refuse")
        throw new FakeExcelError("InvalidOperation", `The sheet ${s.name} is hidden and cannot be activated.`);
      s.workbook.activeSheetName = s.name;
    });
  }

  /** ExcelApi 1.1: deletes the sheet (Excel refuses to delete the only visible sheet: InvalidOperation). */
  delete(): void {
    this.queue("delete()", (s) => {
      const wb = s.workbook;
      if (wb.sheets.filter((x) => x.alive).length <= 1)
        throw new FakeExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      s.alive = false;
      if (wb.activeSheetName === s.name) wb.activeSheetName = wb.sheets.find((x) => x.alive)?.name ?? null;
    });
  }

  /** ExcelApi 1.7: Worksheet.freezePanes (only freezeRows is modelled). */
  get freezePanes(): { freezeRows(count?: number): void } {
    return {
      freezeRows: (count = 1) =>
        this.queue(
          `freezePanes.freezeRows(${count})`,
          (s) => {
            s.frozenRows = count;
          },
          { requires: "1.7" },
        ),
    };
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
  /**
   * Range.text: what each cell displays under its number format, independent of the column width (no "###")
   * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-text-member); rendered by
   * ./excelText.ts from Excel's documented format codes (switch rangeTextSource; "engine" = the old circular renderer).
   */
  get text(): string[][] {
    return this.get("text");
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
        // "Total number of characters that a cell can contain: 32,767" (Excel specifications and limits,
        // support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
        const limit = m.sheet.workbook.cellCharLimit;
        if (limit !== null && data.some((r) => r.some((x) => typeof x === "string" && x.length > limit)))
          throw new FakeExcelError("InvalidArgument", `A cell can hold at most ${limit} characters.`);
        for (let r = 0; r < rows; r++)
          for (let c = 0; c < cols; c++) {
            const input = data[r][c];
            if (input === null || input === undefined) continue;
            // A cell formatted as Text ("@") stores typed text verbatim, a leading apostrophe included (Excel UI,
            // "Format numbers as text" support article); other cells parse it by the locale.
            const asText = typeof input === "string" && m.sheet.cellAt(m.box.top + r, m.box.left + c)?.numberFormat === "@";
            const parsed = asText ? { value: input as string } : parseExcelInput(input, m.sheet.workbook.locale);
            m.sheet.storeValue(m.box.top + r, m.box.left + c, parsed.value, parsed.formula);
          }
        st.changes.push({ sheet: m.sheet, box: m.box });
      },
      { bytes: 64 + byteSize(data) },
    );
  }
  /**
   * ExcelApi 1.7 (Excel.RangeHyperlink): links the range; the top-left cell shows textToDisplay
   * (https://learn.microsoft.com/javascript/api/excel/excel.rangehyperlink).
   */
  set hyperlink(h: { address?: string; documentReference?: string; screenTip?: string; textToDisplay?: string }) {
    const link = clone(h);
    this.queue(
      "hyperlink=",
      (m, st) => {
        assertWritable(m.sheet);
        for (let r = m.box.top; r <= m.box.bottom; r++)
          for (let c = m.box.left; c <= m.box.right; c++) {
            const key = `${r},${c}`;
            const cell = m.sheet.cells.get(key) ?? { value: null };
            cell.hyperlink = link;
            if (r === m.box.top && c === m.box.left && link.textToDisplay !== undefined) {
              cell.value = link.textToDisplay;
              delete cell.formula;
            }
            m.sheet.cells.set(key, cell);
          }
        st.changes.push({ sheet: m.sheet, box: m.box });
      },
      { requires: "1.7" },
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
    /** Above the cell limit: null (desktop) or a failed request (see FakeWorkbook.valuesOverLimit). */
    const overLimit = (m: RangeModel): boolean => {
      const wb = m.sheet.workbook;
      if (cells(m) <= wb.valuesCellLimit) return false;
      if (wb.valuesOverLimit === "null") return true;
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", "Too many cells.");
    };
    return {
      address: (m) => `${quoteSheet(m.sheet.name)}!${boxToA1(m.box)}`,
      values: (m) => (overLimit(m) ? null : grid(m, (c) => c?.value ?? "")),
      numberFormat: (m) => (overLimit(m) ? null : grid(m, (c) => c?.numberFormat ?? "General")),
      text: (m) =>
        overLimit(m)
          ? null
          : grid(m, (c) =>
              m.sheet.workbook.rangeTextSource === "excel"
                ? excelDisplayText(c?.value ?? null, c?.numberFormat)
                : displayText(c?.value ?? null, c?.numberFormat),
            ),
      formulas: (m) => (overLimit(m) ? null : grid(m, (c) => c?.formula ?? c?.value ?? "")),
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
    return this.child(
      "format",
      () =>
        new FakeRangeFormat(
          this.context,
          this.childResolver((m) => m),
          this.childOptions("RangeFormat"),
        ),
    );
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

  /**
   * ExcelApi 1.4: the rectangular intersection with another range, or a null object when there is none
   * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getintersectionornullobject-member(1)).
   * A range on another sheet is refused (InvalidArgument), as Excel cannot intersect across sheets.
   */
  getIntersectionOrNullObject(anotherRange: FakeRange | string): FakeRange {
    const label = typeof anotherRange === "string" ? anotherRange : "Range";
    return new FakeRange(
      this.context,
      this.childResolver((m) => {
        let other: Box;
        if (typeof anotherRange === "string") other = parseA1Box(anotherRange);
        else {
          const o = anotherRange.resolveModel();
          if (o === null) return null;
          if (o.sheet !== m.sheet) throw new FakeExcelError("InvalidArgument", "The ranges are on different worksheets.");
          other = o.box;
        }
        if (!intersects(m.box, other)) return null;
        return {
          sheet: m.sheet,
          box: {
            top: Math.max(m.box.top, other.top),
            left: Math.max(m.box.left, other.left),
            bottom: Math.min(m.box.bottom, other.bottom),
            right: Math.min(m.box.right, other.right),
          },
        };
      }),
      { kind: `Intersection(${label})`, nullable: true, bind: false, requires: maxVersion(this.requires, "1.4") },
    );
  }

  /** ExcelApi 1.13. Null object when the range has no merged cells. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      this.childResolver((m) => {
        // office-js #3611: only merges whose top-left cell lies in the range are reported.
        const topLeftOnly = m.sheet.workbook.mergedAreasMode === "topLeft";
        const areas = m.sheet.merges.filter((b) =>
          topLeftOnly
            ? b.top >= m.box.top && b.top <= m.box.bottom && b.left >= m.box.left && b.left <= m.box.right
            : intersects(b, m.box),
        );
        // Range.getMergedAreasOrNullObject docs: fails when the range has more than 512 merged areas.
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
        // Range.select() acts on the active sheet only (Range.select docs; Excel errors: InvalidSelection).
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
    return this.child(
      "fill",
      () =>
        new FakeRangeFill(
          this.context,
          this.childResolver((m) => m),
          this.childOptions("RangeFill"),
        ),
    );
  }
  /** ExcelApi 1.1: RangeFormat.font (only bold is modelled). */
  get font(): { bold: boolean } {
    const queue = (v: boolean) =>
      this.queue("font.bold=", (m) => {
        assertWritable(m.sheet);
        eachCell(m, (cell) => {
          cell.bold = v;
        });
      });
    return {
      set bold(v: boolean) {
        queue(v);
      },
      get bold(): boolean {
        throw notLoaded("bold");
      },
    };
  }
  /** ExcelApi 1.1: width of all columns in the range, in points. */
  set columnWidth(points: number) {
    this.queue("columnWidth=", (m) => {
      assertWritable(m.sheet);
      for (let c = m.box.left; c <= m.box.right; c++) m.sheet.columnWidths.set(c, points);
    });
  }
  /** ExcelApi 1.1. */
  set wrapText(v: boolean) {
    this.queue("wrapText=", (m) => {
      assertWritable(m.sheet);
      eachCell(m, (cell) => {
        cell.wrapText = v;
      });
    });
  }
  /** ExcelApi 1.1 ("Top" | "Center" | "Bottom" | "Justify" | "Distributed"); accepted, not rendered. */
  set verticalAlignment(v: string) {
    this.queue("verticalAlignment=", (m) => {
      assertWritable(m.sheet);
      if (!["Top", "Center", "Bottom", "Justify", "Distributed"].includes(v))
        throw new FakeExcelError("InvalidArgument", `verticalAlignment ${v}`);
    });
  }
}

/** Applies `f` to every cell of the range (creating blank cells), for format writes. */
function eachCell(m: RangeModel, f: (cell: FakeCell) => void): void {
  if ((m.box.bottom - m.box.top + 1) * (m.box.right - m.box.left + 1) > 1_000_000) {
    throw new FakeExcelError("InvalidArgument", "The fake formats at most 1,000,000 cells at once.");
  }
  for (let r = m.box.top; r <= m.box.bottom; r++)
    for (let c = m.box.left; c <= m.box.right; c++) {
      const key = `${r},${c}`;
      const cell = m.sheet.cells.get(key) ?? { value: null };
      f(cell);
      m.sheet.cells.set(key, cell);
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

export interface AreasModel {
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

  /**
   * In "index" mode a loaded item is the rule at its position when the request executes (ConditionalFormat.id is
   * the position, learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-id-member),
   * so deleting item 0 then item 1 deletes the rules first at positions 0 and 2.
   */
  protected override itemFor(m: FakeConditionalFormat, index: number): FakeConditionalFormat_ {
    if (this.context.fake.cfIdMode !== "index") return super.itemFor(m, index);
    return this.cfProxy(
      () => {
        const list = this.resolveModel();
        return list === null ? PARENT_NULL : (list[index] ?? null);
      },
      `ConditionalFormat[${index}]`,
      false,
      undefined,
      false,
    );
  }

  /** office-js #6827 / #6835: reading rule/format of the items fails when two rules of one type overlap. */
  protected override beforeItemsLoad(list: FakeConditionalFormat[], itemPaths: string[][]): void {
    if (!this.context.fake.faults.cfInventoryRead || !itemPaths.some((p) => p.length > 1)) return;
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++)
        if (list[i].type === list[j].type && intersects(list[i].box, list[j].box)) {
          throw new FakeExcelError(
            "GeneralException",
            "There was an internal error while processing the request. (office-js #6827)",
          );
        }
  }

  /** @internal The range this collection belongs to (for the #5222 fault). */
  rangeModel(): RangeModel | null {
    return this.range();
  }

  private cfProxy(
    resolver: () => Resolved<FakeConditionalFormat>,
    kind: string,
    nullable: boolean,
    requires?: string,
    bind = true,
  ): FakeConditionalFormat_ {
    return new FakeConditionalFormat_(
      this.context,
      resolver,
      {
        kind,
        nullable,
        bind,
        requires: maxVersion(this.requires, requires),
        isAlive: (cf) => {
          const r = this.range();
          return !!r && r.sheet.conditionalFormats.includes(cf);
        },
      },
      () => this.resolveModel() ?? [],
      () => this.range(),
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
        if (!["Custom", "CellValue"].includes(type))
          throw new FakeExcelError("NotImplemented", `fake: conditional format type ${type}`);
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

  private get positional(): boolean {
    return this.context.fake.cfIdMode === "index";
  }

  getItem(id: string): FakeConditionalFormat_ {
    return this.cfProxy(() => this.lookup(id), `ConditionalFormat(${id})`, false, undefined, !this.positional);
  }

  /** ExcelApi 1.14. */
  getItemOrNullObject(id: string): FakeConditionalFormat_ {
    return this.cfProxy(() => this.lookup(id), `ConditionalFormat(${id})?`, true, "1.14", !this.positional);
  }

  getItemAt(index: number): FakeConditionalFormat_ {
    return this.cfProxy(
      () => {
        const list = this.resolveModel();
        return list === null ? PARENT_NULL : (list[index] ?? null);
      },
      `ConditionalFormat[${index}]`,
      false,
      undefined,
      !this.positional,
    );
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
    private readonly collectionRange: () => RangeModel | null = () => null,
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

  private typed<P extends LoadableProxy>(
    name: string,
    type: string,
    nullable: boolean,
    make: (r: () => Resolved<FakeConditionalFormat>, o: ProxyOptions<FakeConditionalFormat>) => P,
  ): P {
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
    return this.typed(
      "cellValueOrNullObject",
      "CellValue",
      true,
      (r, o) => new FakeCellValueConditionalFormat(this.context, r, o),
    );
  }

  delete(): void {
    this.queue("delete()", (cf) => {
      const sheet = this.sheetOf(cf);
      assertWritable(sheet, "InvalidOperation");
      // office-js #5222: through the whole-sheet collection, a rule whose cells carry another rule cannot be deleted.
      const r = this.collectionRange();
      const wholeSheet = !!r && r.box.top === 0 && r.box.left === 0 && r.box.bottom === MAX_ROW && r.box.right === MAX_COL;
      if (
        sheet.workbook.faults.cfDeleteOverlap &&
        wholeSheet &&
        sheet.conditionalFormats.some((o) => o !== cf && intersects(o.box, cf.box))
      ) {
        throw new FakeExcelError("ItemNotFound", "Item Not Found. (office-js #5222)");
      }
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

export function sheetOfCf(wb: FakeWorkbook, cf: FakeConditionalFormat): FakeSheet {
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
    return this.child(
      "rule",
      () =>
        new FakeConditionalFormatRule(
          this.context,
          this.childResolver((cf) => cf),
          this.childOptions("ConditionalFormatRule"),
        ),
    );
  }
  get format(): FakeConditionalRangeFormat {
    return this.child(
      "format",
      () =>
        new FakeConditionalRangeFormat(
          this.context,
          this.childResolver((cf) => cf),
          this.childOptions("ConditionalRangeFormat"),
        ),
    );
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
    return this.child(
      "format",
      () =>
        new FakeConditionalRangeFormat(
          this.context,
          this.childResolver((cf) => cf),
          this.childOptions("ConditionalRangeFormat"),
        ),
    );
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
    return this.child(
      "fill",
      () =>
        new FakeConditionalColor(
          this.context,
          this.childResolver((cf) => cf),
          this.childOptions("ConditionalRangeFill"),
          "fill",
        ),
    );
  }
  get font(): FakeConditionalColor {
    return this.child(
      "font",
      () =>
        new FakeConditionalColor(
          this.context,
          this.childResolver((cf) => cf),
          this.childOptions("ConditionalRangeFont"),
          "fontColor",
        ),
    );
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

  /**
   * In "index" mode (switch noteItemMode) a note loaded from `items` is the note at its position when the request
   * executes. Excel.Note has no id, and Office.js addresses a collection item without an id by getItemAt(index)
   * (@microsoft/office-js 1.1.110 excel-win32-16.01.debug.js :15165-15200,
   * ObjectPathFactory.createChildItemObjectPathUsingIndexerOrGetItemAt) — so deleting items front to back would skip
   * notes, as with conditional formats (audit 3 L11).
   */
  protected override itemFor(m: FakeNote, index: number): FakeNote_ {
    if (this.context.fake.noteItemMode !== "index") return super.itemFor(m, index);
    return this.noteProxy(
      () => {
        const list = this.resolveModel();
        return list === null ? PARENT_NULL : (list[index] ?? null);
      },
      `Note[${index}]`,
      false,
      false,
    );
  }

  private noteProxy(resolver: () => Resolved<FakeNote>, kind: string, nullable: boolean, bind = true): FakeNote_ {
    return new FakeNote_(
      this.context,
      resolver,
      {
        kind,
        nullable,
        bind,
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
        if (box.top !== box.bottom || box.left !== box.right)
          throw new FakeExcelError("InvalidCellAddress", "A note goes on a single cell.");
        assertWritable(s);
        if (s.notes.some((n) => n.row === box.top && n.col === box.left)) {
          // One note per cell (NoteCollection.add docs).
          throw new FakeExcelError("InvalidArgument", `The cell ${boxToA1(box)} already has a note.`);
        }
        // A cell holds either a note or a threaded comment (Excel UI; "Work with comments/notes",
        // learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-notes; issue 10).
        if (s.threadedComments.has(`${box.top},${box.left}`)) {
          throw new FakeExcelError(
            "InvalidOperation",
            `The cell ${boxToA1(box)} has a threaded comment; a note cannot be added.`,
          );
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
    return this.noteProxy(
      () => {
        const s = this.sheet();
        return s ? (s.notes[index] ?? null) : PARENT_NULL;
      },
      `Note[${index}]`,
      false,
    );
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
