/**
 * Fake Excel — entry points: Excel.run over a fake workbook (typed like the real API for src/excel), snapshots for
 * equality checks, and workbooks from literal grids.
 */
import { boxToA1, cellA1, type FakeCellValue } from "./core";
import type { FakeRequestContext } from "./batch";
import { FakeWorkbook, type FakeCell } from "./workbookModel";

// ───────────────────────────── entry points ─────────────────────────────

/** Excel.run over a fake workbook. */
export function run<T>(workbook: FakeWorkbook, batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
  return workbook.run(batch);
}

/** `Excel.run({ delayForCellEdit: true }, batch)` over a fake workbook, typed like the real API. */
export function fakeExcelRunDelayed(
  workbook: FakeWorkbook,
): <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> {
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
    workbook.run({ delayForCellEdit: true }, (context) => batch(context as unknown as Excel.RequestContext));
}

/** `Excel.run(context, batch)` (reusing an earlier batch's context) over a fake workbook. */
export function fakeExcelRunInContext(
  workbook: FakeWorkbook,
): <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> {
  return <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>) =>
    workbook.run(context as unknown as FakeRequestContext, (c) => batch(c as unknown as Excel.RequestContext));
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
    /** Per cell: value and formula, and its formats (fill, number format, bold, wrap) and hyperlink (audit 3 L6). */
    cells: Record<
      string,
      {
        value: FakeCellValue | null;
        formula?: string;
        fill?: string;
        numberFormat?: string;
        bold?: boolean;
        wrapText?: boolean;
        hyperlink?: FakeCell["hyperlink"];
      }
    >;
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
    /** Cell → edges with a line ("bottom,left,right,top"); absent when the sheet has no borders. */
    borders?: Record<string, string>;
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
          const out: FakeWorkbookSnapshot["sheets"][number]["cells"][string] = { value: cell.value };
          if (cell.formula) out.formula = cell.formula;
          if (cell.fill) out.fill = cell.fill;
          if (cell.numberFormat) out.numberFormat = cell.numberFormat;
          if (cell.bold) out.bold = true;
          if (cell.wrapText) out.wrapText = true;
          if (cell.hyperlink) out.hyperlink = { ...cell.hyperlink };
          cells[cellA1(r, c)] = out;
        }
        const borders: Record<string, string> = {};
        for (const [key, edges] of [...s.borderLines].sort(([a], [b]) => a.localeCompare(b))) {
          const [r, c] = key.split(",").map(Number);
          if (edges.size > 0) borders[cellA1(r, c)] = [...edges].sort().join(",");
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
        if (Object.keys(borders).length > 0) sheet.borders = borders;
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
