/**
 * 导出结果: writes the current findings to a new sheet 检查结果 in the workbook, so a unit can forward
 * the list with the file. Never touches an existing sheet: when 检查结果 exists (say from an earlier
 * export the reviewer has annotated) the new sheet is 检查结果 (2), (3) …
 *
 * Office.js used (all within the add-in's minimum, ExcelApi 1.7):
 * - WorksheetCollection.load("items/name") and add(name) — ExcelApi 1.1; names are unique
 *   case-insensitively, ≤ 31 characters, without : \ / ? * [ ] (learn.microsoft.com, Excel.WorksheetCollection.add);
 * - Range.values (text cells that could read as formulas get a leading apostrophe), format.fill.color,
 *   format.font.bold, format.columnWidth, format.wrapText — ExcelApi 1.1;
 * - Range.hyperlink { documentReference: "'Sheet'!B5", textToDisplay, screenTip } — ExcelApi 1.7 (Excel.RangeHyperlink);
 * - Worksheet.freezePanes.freezeRows(1) — ExcelApi 1.7.
 * - Worksheet.delete — ExcelApi 1.1, only to take a half-written sheet away when the write batch fails.
 * Sync budget: 2 (read the sheet names, then write everything); +1 on failure (the clean-up).
 */
import type { Diagnostic, Severity } from "../core/diagnostics";

export const EXPORT_SHEET = "检查结果";
export const EXPORT_HEADER = ["序号", "工作表", "单元格", "严重程度", "类别", "项目", "说明", "建议", "规则", "依据"] as const;
/** Column widths in points (Excel's default character is ≈ 7 pt wide at 11 pt Calibri / 等线). */
export const EXPORT_WIDTHS = [36, 110, 54, 54, 54, 140, 360, 220, 150, 260] as const;

const SEVERITY_ZH: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };
const CATEGORY_ZH: Record<Diagnostic["category"], string> = { missing: "缺失", inconsistent: "不一致", format: "格式" };
/** Same colours as the CLI's xlsx report (Excel's 差 / 适中 / blue styles). */
export const EXPORT_FILLS: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };
const HEADER_FILL = "#D9E1F2";

/** A unique sheet name: 检查结果, else 检查结果 (2), (3) … (case-insensitive, as Excel compares). */
export function exportSheetName(existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(EXPORT_SHEET)) return EXPORT_SHEET;
  for (let i = 2; ; i++) {
    const name = `${EXPORT_SHEET} (${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Text that Excel would take as a formula, number or date when typed: stored as text (leading '). */
export function asText(s: string): string {
  if (s === "") return s;
  return /^[=+\-@'\t\r]/.test(s) || /^[\d.,%\s/:-]+$/.test(s) ? `'${s}` : s;
}

/** "'Sheet name'!B5": a reference Excel resolves inside this workbook (quotes doubled). */
export function sheetReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** The rows written (header first), as Range.values input. */
export function exportRows(sourceSheet: string, findings: readonly Diagnostic[]): string[][] {
  return [
    [...EXPORT_HEADER],
    ...findings.map((d, i) => [
      String(i + 1),
      asText(sourceSheet),
      d.cell,
      SEVERITY_ZH[d.severity],
      CATEGORY_ZH[d.category],
      asText(d.project),
      asText(d.message),
      asText(d.suggestion !== undefined ? `建议：${d.suggestion}` : (d.fix ?? "")),
      d.rule,
      asText(d.basis ?? ""),
    ]),
  ];
}

export interface ExportOutcome {
  /** The sheet written. */
  sheet: string;
  /** Findings written (rows below the header). */
  rows: number;
}

/**
 * Queues and runs the export in `context` (the caller maps errors): adds the sheet, writes the rows,
 * links each 单元格 to its cell on `sourceSheet`, colours severities, freezes the header, activates it.
 */
export async function exportFindingsBatch(
  context: Excel.RequestContext,
  sourceSheet: string,
  findings: readonly Diagnostic[],
): Promise<ExportOutcome> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const name = exportSheetName(sheets.items.map((s) => s.name));

  const ws = sheets.add(name);
  const rows = exportRows(sourceSheet, findings);
  const cols = EXPORT_HEADER.length;
  const all = ws.getRangeByIndexes(0, 0, rows.length, cols);
  all.values = rows;
  all.format.wrapText = true;
  all.format.verticalAlignment = "Top";
  EXPORT_WIDTHS.forEach((w, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w;
  });
  const header = ws.getRangeByIndexes(0, 0, 1, cols);
  header.format.fill.color = HEADER_FILL;
  header.format.font.bold = true;
  findings.forEach((d, i) => {
    ws.getRangeByIndexes(i + 1, 2, 1, 1).hyperlink = {
      documentReference: sheetReference(sourceSheet, d.cell),
      textToDisplay: d.cell,
      screenTip: `转到“${sourceSheet}”的 ${d.cell}`,
    };
    ws.getRangeByIndexes(i + 1, 3, 1, 1).format.fill.color = EXPORT_FILLS[d.severity];
  });
  ws.freezePanes.freezeRows(1);
  ws.activate();
  try {
    await context.sync();
  } catch (e) {
    // Excel applies a failed batch up to the failing operation: take the half-written sheet away again.
    try {
      context.workbook.worksheets.getItem(name).delete();
      await context.sync();
    } catch {
      // best effort; the original error is what the user needs to see
    }
    throw e;
  }
  return { sheet: name, rows: findings.length };
}
