/** Test helpers for tests/cli: temp folders, small workbooks built with exceljs, the JSON report schema. */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { z } from "zod";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const SHENMU = path.join(REPO_ROOT, "assets", "samples", "shenmu-2021.xlsx");
export const WUHAI = path.join(REPO_ROOT, "assets", "samples", "wuhai-2021.xlsx");

/** A fresh temp folder; `cleanup()` removes it. */
export function makeTempDir(prefix = "jxcheck-cli-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes a workbook whose sheets are given as { name: rows } (rows of plain values). */
export async function writeWorkbook(file: string, sheets: Record<string, ExcelJS.CellValue[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
  }
  await wb.xlsx.writeFile(file);
  return file;
}

/** A workbook with one sheet that is plainly not a 绩效表. */
export function writeNonFormWorkbook(file: string): Promise<string> {
  return writeWorkbook(file, { 说明: [["这是一张普通的说明表"], ["hello", 1, 2]] });
}

/* The CLI's JSON result, exactly (strict: no other keys). */
export const FindingSchema = z.strictObject({
  rule: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  category: z.enum(["missing", "inconsistent", "format"]),
  cell: z.string(),
  related: z.array(z.string()),
  message: z.string(),
  suggestion: z.string().optional(),
  /** What the finding rests on (document and clause, platform check, return reason): never empty. */
  basis: z.string().min(1),
});
export const SheetSchema = z.strictObject({
  name: z.string(),
  recognized: z.boolean(),
  reason: z.string().optional(),
  layout: z.string().optional(),
  framework: z.string().optional(),
  reading: z
    .array(
      z.strictObject({
        project: z.string(),
        layout: z.string(),
        anchorCell: z.string(),
        kindEvidence: z.array(z.strictObject({ kind: z.string(), score: z.number(), evidence: z.array(z.string()) })),
        valueColumns: z
          .array(z.strictObject({ period: z.string(), cell: z.string(), header: z.string(), reason: z.string() }))
          .optional(),
      }),
    )
    .optional(),
  skipped: z.literal(true).optional(),
  findings: z.array(FindingSchema),
});
export const FileSchema = z.strictObject({
  file: z.string(),
  error: z.string().optional(),
  sheets: z.array(SheetSchema),
});
export const ReportSchema = z.strictObject({ files: z.array(FileSchema) });

/** True when no key of the JSON value (deeply) holds `undefined` (keys are omitted instead). */
export function hasNoUndefined(value: unknown): boolean {
  if (value === undefined) return false;
  if (Array.isArray(value)) return value.every(hasNoUndefined);
  if (value && typeof value === "object") return Object.values(value).every(hasNoUndefined);
  return true;
}
