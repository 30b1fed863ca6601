/**
 * Applies an insertion plan (src/core/templates/plan.ts) to an exceljs worksheet: whole rows inserted
 * with the formats (borders, fonts, fills, wrap, number format) and height of the plan's style row,
 * merges re-created at their final places (exceljs' spliceRows does not move merges reliably, so every
 * merge is taken down first and put back after), the print area stretched over inserted rows, values written.
 * Every formula on every sheet, hyperlinks to cells, conditional formats and data validations that refer to moved
 * rows are moved with them, as Excel does (exceljs's spliceRows moves defined names only); shared (filled-down)
 * formulas are first written out in full. What cannot be moved safely makes the insertion throw before any change.
 */
import type ExcelJS from "exceljs";
import { rangeFromA1, rangeToA1 } from "../core/cellAddress";
import type { CellRange } from "../core/snapshot";
import { type InsertionPlan, mapRow } from "../core/templates/plan";
import { readMerges } from "./readWorkbookSnapshots";
import { capCellText } from "./report/xlsx";
import { shiftAreaRows, shiftFormulaRows, translateFormula, type RowMap } from "./formulaShift";

const key = (r: CellRange) => `${r.top}:${r.left}`;

function stretchPrintArea(ws: ExcelJS.Worksheet, plan: InsertionPlan): void {
  const area = ws.pageSetup?.printArea;
  if (!area) return;
  const parts = area.split(/[,&]/).map((p) => p.trim().replace(/\$/g, ""));
  const out = parts.map((p) => {
    try {
      const r = rangeFromA1(p);
      // Rows inserted inside the area, or right below its last row, belong to it.
      const bottom = r.bottom + plan.inserts.filter((i) => i.at <= r.bottom + 1).reduce((a, i) => a + i.count, 0);
      return rangeToA1({ ...r, top: mapRow(plan.inserts, r.top), bottom });
    } catch {
      return p;
    }
  });
  ws.pageSetup.printArea = out.join(",");
}

/** Mutates `ws`; call on the sheet the plan was made for. Plans for several forms: apply the lowest first. */
export function applyPlanToWorksheet(ws: ExcelJS.Worksheet, plan: InsertionPlan, wb?: ExcelJS.Workbook): void {
  if (plan.insertedRows === 0 && plan.writes.length === 0) return;
  if (plan.insertedRows > 0) moveReferences(wb ?? ws.workbook, ws, (r) => mapRow(plan.inserts, r - 1) + 1);
  const merges = readMerges(ws);
  const width = Math.max(ws.columnCount, ...plan.writes.map((w) => w.col + 1), ...plan.created.map((c) => c.right + 1));
  // Formats of each style row, taken before the merges come down: a cell inside a merge shows (and
  // borders like) its merge's top-left cell, so that is the format a new cell below it copies.
  const styles = new Map<number, ExcelJS.Style[]>();
  for (const ins of plan.inserts) {
    if (styles.has(ins.styleRow)) continue;
    const row: ExcelJS.Style[] = [];
    for (let c = 1; c <= width; c++) {
      const m = merges.find((x) => x.top <= ins.styleRow && ins.styleRow <= x.bottom && x.left < c && c - 1 <= x.right);
      const src = m ? ws.getCell(m.top + 1, m.left + 1) : ws.getCell(ins.styleRow + 1, c);
      row.push(JSON.parse(JSON.stringify(src.style ?? {})) as ExcelJS.Style);
    }
    styles.set(ins.styleRow, row);
  }
  for (const m of merges) ws.unMergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  // Rows: bottom-up so the old coordinates of the remaining inserts stay valid.
  for (const ins of [...plan.inserts].sort((a, b) => b.at - a.at)) {
    ws.spliceRows(ins.at + 1, 0, ...Array.from({ length: ins.count }, () => []));
  }
  for (const ins of plan.inserts) {
    const first = mapRow(plan.inserts, ins.at) - ins.count;
    const style = ws.getRow(mapRow(plan.inserts, ins.styleRow) + 1);
    const cells = styles.get(ins.styleRow)!;
    for (let k = 0; k < ins.count; k++) {
      const row = ws.getRow(first + k + 1);
      if (style.height) row.height = style.height;
      for (let c = 1; c <= width; c++) row.getCell(c).style = JSON.parse(JSON.stringify(cells[c - 1])) as ExcelJS.Style;
    }
  }
  // Merges at their final places.
  const resized = new Map(plan.resized.map((r) => [key(r.from), r.to]));
  const finals = merges.map(
    (m) => resized.get(key(m)) ?? { ...m, top: mapRow(plan.inserts, m.top), bottom: mapRow(plan.inserts, m.bottom) },
  );
  finals.push(
    ...plan.created.filter(
      (c) => !finals.some((f) => f.top === c.top && f.left === c.left && f.bottom === c.bottom && f.right === c.right),
    ),
  );
  for (const w of plan.writes) ws.getCell(w.row + 1, w.col + 1).value = capCellText(w.value);
  for (const m of finals) {
    // A merged area keeps only its top-left value (as in Excel).
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) ws.getCell(r + 1, c + 1).value = null;
    }
    ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  stretchPrintArea(ws, plan);
  shiftConditionalFormats(ws, plan);
  shiftDataValidations(ws, plan);
}

interface FormulaValue {
  formula?: string;
  sharedFormula?: string;
  shareType?: string;
  ref?: string;
  result?: unknown;
}

/** An insertion that cannot keep every reference right; the message is zh-CN. */
export class UnsafeInsertion extends Error {}

/**
 * Rewrites, before the rows move, every reference into `target` that the insertion moves (`map`: old 1-based row →
 * new): formulas on all sheets (shared ones expanded first), internal hyperlinks, conditional-format formulas and
 * data-validation formulas. Throws UnsafeInsertion (nothing changed yet) when a formula cannot be moved safely.
 */
export function moveReferences(wb: ExcelJS.Workbook, target: ExcelJS.Worksheet, map: RowMap): void {
  const edits: (() => void)[] = [];
  for (const sheet of wb.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as unknown;
        if (!v || typeof v !== "object") return;
        const where = `${sheet.name}!${cell.address}`;
        const fv = v as FormulaValue & { hyperlink?: string; text?: unknown };
        if (typeof fv.formula === "string" || typeof fv.sharedFormula === "string") {
          let formula = fv.formula;
          if (typeof formula !== "string") {
            // A clone of a shared formula: written out from its master, relative parts moved.
            const master = sheet.getCell(fv.sharedFormula!);
            const mf = (master.value as FormulaValue | null)?.formula;
            const t =
              typeof mf === "string"
                ? translateFormula(mf, Number(cell.row) - Number(master.row), Number(cell.col) - Number(master.col))
                : null;
            if (t === null) throw new UnsafeInsertion(`共享公式 ${where} 无法展开，插入后公式引用可能错位`);
            formula = t;
          }
          const moved = shiftFormulaRows(formula, sheet.name, target.name, map);
          if (moved === null)
            throw new UnsafeInsertion(`公式 ${where}（=${formula.slice(0, 60)}）无法安全移动，插入后引用可能错位`);
          const next: FormulaValue = { formula: moved };
          if (fv.result !== undefined) next.result = fv.result;
          if (fv.shareType === "array" && typeof fv.ref === "string") {
            next.shareType = "array";
            next.ref = sheet === target ? (shiftAreaRows(fv.ref, map) ?? fv.ref) : fv.ref;
          }
          edits.push(() => (cell.value = next as ExcelJS.CellValue));
        } else if (typeof fv.hyperlink === "string" && fv.hyperlink.startsWith("#")) {
          const moved = shiftFormulaRows(fv.hyperlink.slice(1), sheet.name, target.name, map);
          if (moved !== null && moved !== fv.hyperlink.slice(1)) {
            edits.push(() => (cell.value = { ...(v as object), hyperlink: `#${moved}` } as ExcelJS.CellValue));
          }
        }
      });
    });
    const cfs = (sheet as unknown as { conditionalFormattings?: { rules?: { formulae?: unknown[] }[] }[] })
      .conditionalFormattings;
    for (const cf of Array.isArray(cfs) ? cfs : []) {
      for (const rule of cf.rules ?? []) {
        if (!Array.isArray(rule.formulae)) continue;
        const list = rule.formulae;
        list.forEach((f, i) => {
          if (typeof f !== "string") return;
          const moved = shiftFormulaRows(f.replace(/^=/, ""), sheet.name, target.name, map);
          if (moved !== null) edits.push(() => (list[i] = moved));
        });
      }
    }
    const dvs = (sheet as unknown as { dataValidations?: { model?: Record<string, { formulae?: unknown[] } | undefined> } })
      .dataValidations?.model;
    for (const dv of Object.values(dvs ?? {})) {
      if (!dv || !Array.isArray(dv.formulae)) continue;
      const list = dv.formulae;
      list.forEach((f, i) => {
        if (typeof f !== "string") return;
        const moved = shiftFormulaRows(f.replace(/^=/, ""), sheet.name, target.name, map);
        if (moved !== null) edits.push(() => (list[i] = moved));
      });
    }
  }
  for (const e of edits) e();
}

/** Data validations move with their rows (exceljs keeps them at their old addresses). */
function shiftDataValidations(ws: ExcelJS.Worksheet, plan: InsertionPlan): void {
  const holder = (ws as unknown as { dataValidations?: { model?: Record<string, unknown> } }).dataValidations;
  if (!holder?.model) return;
  const map: RowMap = (r) => mapRow(plan.inserts, r - 1) + 1;
  const next: Record<string, unknown> = {};
  for (const [addr, dv] of Object.entries(holder.model)) {
    if (dv === undefined) continue;
    const moved = addr
      .split(/\s+/)
      .filter(Boolean)
      .map((a) => shiftAreaRows(a, map) ?? a)
      .join(" ");
    next[moved] = dv;
  }
  holder.model = next;
}

/** Conditional formats move with their rows and grow over rows inserted inside them (as in Excel). */
function shiftConditionalFormats(ws: ExcelJS.Worksheet, plan: InsertionPlan): void {
  const list = (ws as unknown as { conditionalFormattings?: { ref: string }[] }).conditionalFormattings;
  if (!Array.isArray(list)) return;
  for (const cf of list) {
    if (typeof cf.ref !== "string") continue;
    cf.ref = cf.ref
      .split(/\s+/)
      .filter(Boolean)
      .map((part) => {
        try {
          const r = rangeFromA1(part.replace(/\$/g, ""));
          return rangeToA1({ ...r, top: mapRow(plan.inserts, r.top), bottom: mapRow(plan.inserts, r.bottom) });
        } catch {
          return part;
        }
      })
      .join(" ");
  }
}
