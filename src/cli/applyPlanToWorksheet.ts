/**
 * Applies an insertion plan (src/core/templates/plan.ts) to an exceljs worksheet: whole rows inserted
 * with the formats (borders, fonts, fills, wrap, number format) and height of the plan's style row,
 * merges re-created at their final places (exceljs' spliceRows does not move merges reliably, so every
 * merge is taken down first and put back after), the print area stretched over inserted rows, values written.
 */
import type ExcelJS from "exceljs";
import { rangeFromA1, rangeToA1 } from "../core/cellAddress";
import type { CellRange } from "../core/snapshot";
import { type InsertionPlan, mapRow } from "../core/templates/plan";
import { readMerges } from "./readWorkbookSnapshots";

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
export function applyPlanToWorksheet(ws: ExcelJS.Worksheet, plan: InsertionPlan): void {
  if (plan.insertedRows === 0 && plan.writes.length === 0) return;
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
  for (const w of plan.writes) ws.getCell(w.row + 1, w.col + 1).value = w.value;
  for (const m of finals) {
    // A merged area keeps only its top-left value (as in Excel).
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) ws.getCell(r + 1, c + 1).value = null;
    }
    ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  stretchPrintArea(ws, plan);
  shiftConditionalFormats(ws, plan);
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
