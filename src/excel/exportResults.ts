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
 * Sync budget: 2 (read the sheet names, then write everything); +2 on failure (list the names again, clean-up).
 */
import type { Diagnostic, Severity } from "../core/diagnostics";
import { toExcelInput } from "./cellInput";
import { removeSheetAddedByFailedBatch } from "./sheetRollback";
import { ALL_RULES } from "../core/rules/registry";

export const EXPORT_SHEET = "检查结果";
export const EXPORT_HEADER = [
  "序号",
  "工作表",
  "单元格",
  "相关单元格",
  "严重程度",
  "类别",
  "项目",
  "说明",
  "建议",
  "规则",
  "依据",
] as const;
/** Column widths in points (Excel's default character is ≈ 7 pt wide at 11 pt Calibri / 等线). */
export const EXPORT_WIDTHS = [36, 110, 54, 90, 54, 54, 140, 360, 220, 220, 260] as const;
/** Column of 单元格 (linked to the cell) and of 严重程度 (coloured). */
export const EXPORT_CELL_COL = 2;
export const EXPORT_SEVERITY_COL = 4;

const SEVERITY_ZH: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };
const CATEGORY_ZH: Record<Diagnostic["category"], string> = { missing: "缺失", inconsistent: "不一致", format: "格式" };
/** Same colours as the CLI's xlsx report (Excel's 差 / 适中 / blue styles). */
export const EXPORT_FILLS: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };
const HEADER_FILL = "#D9E1F2";

/** The findings of one sheet, as exported. */
export interface ExportGroup {
  sheet: string;
  findings: readonly Diagnostic[];
}

/** A unique sheet name: 检查结果, else 检查结果 (2), (3) … (case-insensitive, as Excel compares). */
export function exportSheetName(existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(EXPORT_SHEET)) return EXPORT_SHEET;
  for (let i = 2; ; i++) {
    const name = `${EXPORT_SHEET} (${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * Text as Range.values input so Excel stores it verbatim: every text gets the leading apostrophe Excel consumes
 * (toExcelInput; Excel parses written strings like typed input — "1E3" would become 1000, "TRUE" a boolean).
 */
export function asText(s: string): string {
  return String(toExcelInput(capText(s), null));
}

/**
 * "Total number of characters that a cell can contain: 32,767" (Excel specifications and limits): Range.values
 * refuses more, which would fail the whole export (a message quoting a 300,000-character cell, probe 3 D10). Longer
 * texts are cut with a visible marker; one character is kept for the leading apostrophe.
 */
export const CELL_TEXT_MAX = 32_767;
export const TRUNCATED_MARK = "…（内容过长，已截断；完整内容见原工作表）";

export function capText(s: string): string {
  if (s.length < CELL_TEXT_MAX) return s;
  return s.slice(0, CELL_TEXT_MAX - 1 - TRUNCATED_MARK.length) + TRUNCATED_MARK;
}

/** "'Sheet name'!B5": a reference Excel resolves inside this workbook (quotes doubled). */
export function sheetReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

const ruleNames = new Map<string, string>(ALL_RULES.map((r) => [r.meta.id, r.meta.description]));

/** The rule's zh-CN description with its id ("经费测算的算式要算得对…（cost-estimate-total）"); the id alone when unknown. */
export function ruleLabel(id: string): string {
  const name = ruleNames.get(id);
  return name ? `${name}（${id}）` : id;
}

/** The rows written (header first), as Range.values input; findings of every group in order. */
export function exportRows(groups: readonly ExportGroup[]): string[][] {
  const out: string[][] = [[...EXPORT_HEADER]];
  for (const g of groups)
    for (const d of g.findings)
      out.push([
        String(out.length),
        asText(g.sheet),
        d.cell,
        asText(d.related.join("、")),
        SEVERITY_ZH[d.severity],
        CATEGORY_ZH[d.category],
        asText(d.project),
        asText(d.message),
        asText(d.suggestion !== undefined ? `建议：${d.suggestion}` : (d.fix ?? "")),
        asText(ruleLabel(d.rule)),
        asText(d.basis ?? ""),
      ]);
  return out;
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
export async function exportFindingsBatch(context: Excel.RequestContext, groups: readonly ExportGroup[]): Promise<ExportOutcome> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const before = sheets.items.map((s) => s.name);
  const name = exportSheetName(before);

  const ws = sheets.add(name);
  const rows = exportRows(groups);
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
  let row = 1;
  for (const g of groups)
    for (const d of g.findings) {
      ws.getRangeByIndexes(row, EXPORT_CELL_COL, 1, 1).hyperlink = {
        documentReference: sheetReference(g.sheet, d.cell),
        textToDisplay: d.cell,
        screenTip: `转到“${g.sheet}”的 ${d.cell}`,
      };
      ws.getRangeByIndexes(row, EXPORT_SEVERITY_COL, 1, 1).format.fill.color = EXPORT_FILLS[d.severity];
      row++;
    }
  ws.freezePanes.freezeRows(1);
  ws.activate();
  try {
    await context.sync();
  } catch (e) {
    // Excel applies a failed batch up to the failing operation: take the half-written sheet away again — only when
    // the name is new since sync 1 and add() itself was not what failed (sheetRollback.ts).
    await removeSheetAddedByFailedBatch(context, name, before, e);
    throw e;
  }
  return { sheet: name, rows: rows.length - 1 };
}
