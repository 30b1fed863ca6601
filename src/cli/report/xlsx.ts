/**
 * The reviewer's workbook (`--format xlsx --out 结果.xlsx`), written with exceljs:
 * - 汇总: one row per file and form (unit, project, kind, framework, counts by severity and
 *   category) and an empty 审核结论 column for the reviewer (a drop-down that also takes free text);
 * - 问题清单: one row per finding; the 单元格 column is a HYPERLINK formula that opens the source
 *   workbook at that cell (`=HYPERLINK("[C:\路径\表.xlsx]'工作表'!B5","B5")`, the form the Excel
 *   HYPERLINK help gives for "a cell in another workbook"; Excel for the web follows URLs only);
 *   frozen header, autofilter, widths and wrap, severities coloured as Excel's 差/适中/… cell styles;
 *   an empty 处理情况 column to tick findings off;
 * - 说明: what was checked, when, with which version and options, and what the columns mean.
 * Written to a temporary file next to `out` and renamed, so an interrupted run leaves no half file.
 */
import path from "node:path";
import { writeAtomically } from "../output";
import ExcelJS from "exceljs";
import {
  CATEGORIES,
  CATEGORY_NAMES,
  FINDING_COLUMNS,
  type ReportData,
  SEVERITIES,
  SEVERITY_NAMES,
  findingTexts,
  formatTime,
} from "./reportData";

export const SUMMARY_SHEET = "汇总";
export const FINDINGS_SHEET = "问题清单";
export const ABOUT_SHEET = "说明";

export const SUMMARY_HEADER = [
  "文件",
  "工作表",
  "单位",
  "项目",
  "版式",
  "指标体系",
  "错误",
  "警告",
  "提示",
  "缺失",
  "不一致",
  "格式",
  "备注",
  "审核结论",
] as const;
export const FINDINGS_HEADER = ["序号", ...FINDING_COLUMNS, "处理情况"] as const;
/** Where 单元格 (a link to the cell) and 严重程度 (coloured) stand among FINDING_COLUMNS (0-based). */
const CELL_COLUMN = FINDING_COLUMNS.indexOf("单元格");
const SEVERITY_COLUMN = FINDING_COLUMNS.indexOf("严重程度");

/** Fill and font colours per severity (Excel's 差 / 适中 / 常规-blue styles). */
export const SEVERITY_COLORS = {
  error: { fill: "FFFFC7CE", font: "FF9C0006" },
  warning: { fill: "FFFFEB9C", font: "FF9C5700" },
  info: { fill: "FFDDEBF7", font: "FF1F4E78" },
} as const;

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
const REVIEW_CHOICES = '"通过,修改后通过,退回修改,不予支持"';

/** Excel's limit on the characters of one cell. */
export const EXCEL_CELL_MAX = 32767;
/** Excel's limit on one text constant inside a formula (the HYPERLINK target). */
export const EXCEL_FORMULA_TEXT_MAX = 255;
export const TRUNCATED_MARK = "…（内容过长，已截断；完整内容见原工作簿）";

/** Text capped at Excel's cell limit, with a visible marker when cut. */
export function capCellText<T>(v: T): T {
  if (typeof v !== "string" || v.length <= EXCEL_CELL_MAX) return v;
  return (v.slice(0, EXCEL_CELL_MAX - TRUNCATED_MARK.length) + TRUNCATED_MARK) as T;
}

/** The 单元格 column: a HYPERLINK formula when its target fits Excel's 255-character literal, else plain text. */
function cellLink(source: string, sheet: string, cell: string): ExcelJS.CellValue {
  const target = hyperlinkTarget(source, sheet, cell);
  if (target.length > EXCEL_FORMULA_TEXT_MAX) return cell;
  return { formula: `HYPERLINK(${lit(target)},${lit(cell)})`, result: cell };
}

/** A formula string literal: quotes doubled. */
function lit(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** HYPERLINK target opening `file` at `cell` of `sheet`: [absolute path]'Sheet'!A1. */
export function hyperlinkTarget(file: string, sheet: string, cell: string): string {
  return `[${path.resolve(file)}]'${sheet.replace(/'/g, "''")}'!${cell}`;
}

function styleHeader(ws: ExcelJS.Worksheet, columns: number): void {
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  for (let c = 1; c <= columns; c++) {
    const cell = row.getCell(c);
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: "thin", color: { argb: "FF8EA9DB" } } };
  }
  row.height = 22;
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }];
}

/** Builds the report workbook (not yet written). `sourceFiles` maps display names to the paths to link. */
export function buildXlsxReport(data: ReportData, sourceFiles: ReadonlyMap<string, string> = new Map()): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "jxcheck";
  wb.created = data.meta.generatedAt;
  wb.title = data.meta.title;

  /* 汇总 */
  const sum = wb.addWorksheet(SUMMARY_SHEET, { properties: { tabColor: { argb: "FF4472C4" } } });
  sum.columns = [
    { width: 28 },
    { width: 22 },
    { width: 22 },
    { width: 30 },
    { width: 22 },
    { width: 20 },
    ...Array.from({ length: 6 }, () => ({ width: 7 })),
    { width: 36 },
    { width: 18 },
  ];
  sum.addRow([...SUMMARY_HEADER]);
  styleHeader(sum, SUMMARY_HEADER.length);
  for (const r of data.summary) {
    const row = sum.addRow(
      [
        r.file,
        r.sheet,
        r.unit,
        r.project,
        r.kind,
        r.framework,
        ...SEVERITIES.map((s) => r.counts[s]),
        ...CATEGORIES.map((c) => r.counts[c]),
        r.note,
        null,
      ].map(capCellText),
    );
    row.alignment = { vertical: "top", wrapText: true };
    if (r.counts.error > 0) row.getCell(7).fill = solid(SEVERITY_COLORS.error.fill);
    if (r.kind === "无法读取") row.getCell(5).font = { color: { argb: SEVERITY_COLORS.error.font }, bold: true };
  }
  const lastSum = Math.max(2, data.summary.length + 1);
  sum.autoFilter = { from: { row: 1, column: 1 }, to: { row: data.summary.length + 1, column: SUMMARY_HEADER.length } };
  // One validation over the whole column range: per-cell validations make exceljs 4.4 write overlapping
  // ranges (it sorts "N10" before "N2"), which Excel repairs on opening.
  const reviewCol = sum.getColumn(SUMMARY_HEADER.length).letter;
  (sum as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
    `${reviewCol}2:${reviewCol}${lastSum}`,
    {
      type: "list",
      allowBlank: true,
      formulae: [REVIEW_CHOICES],
      showErrorMessage: true,
      errorStyle: "information",
      errorTitle: "审核结论",
      error: "可从列表中选择，也可以直接填写其他结论。",
    },
  );

  /* 问题清单 */
  const list = wb.addWorksheet(FINDINGS_SHEET, { properties: { tabColor: { argb: "FFC00000" } } });
  list.columns = [
    { width: 6 },
    { width: 24 },
    { width: 20 },
    { width: 24 },
    { width: 9 },
    { width: 9 },
    { width: 9 },
    { width: 24 },
    { width: 60 },
    { width: 40 },
    { width: 40 },
    { width: 22 },
    { width: 14 },
  ];
  list.addRow([...FINDINGS_HEADER]);
  styleHeader(list, FINDINGS_HEADER.length);
  data.findings.forEach((f, i) => {
    const source = sourceFiles.get(f.file) ?? f.file;
    const texts: ExcelJS.CellValue[] = findingTexts(f);
    texts[CELL_COLUMN] = cellLink(source, f.sheet, f.cell);
    const row = list.addRow([i + 1, ...texts, null].map(capCellText));
    row.alignment = { vertical: "top", wrapText: true };
    // (Sheet columns are 1-based and 序号 comes first.)
    row.getCell(CELL_COLUMN + 2).font = { color: { argb: "FF0563C1" }, underline: true };
    const c = SEVERITY_COLORS[f.severity];
    const sev = row.getCell(SEVERITY_COLUMN + 2);
    sev.fill = solid(c.fill);
    sev.font = { color: { argb: c.font }, bold: f.severity === "error" };
  });
  list.autoFilter = { from: { row: 1, column: 1 }, to: { row: data.findings.length + 1, column: FINDINGS_HEADER.length } };

  /* 说明 */
  const about = wb.addWorksheet(ABOUT_SHEET);
  about.columns = [{ width: 24 }, { width: 90 }];
  const m = data.meta;
  const rows: Array<[string, string | number]> = [
    ["报告", m.title],
    ["生成时间", formatTime(m.generatedAt)],
    ["检查工具", `jxcheck ${m.version}（绩效表检查）`],
    ["检查的路径", m.paths.join("\n")],
    ["文件数", m.fileCount],
    ["其中无法读取", m.unreadable],
    ["工作表数", m.sheetCount],
    ["识别出的绩效表", m.formCount],
    ...m.options.map(([k, v]): [string, string] => [`选项：${k}`, v]),
    ["结果合计", SEVERITIES.map((s) => `${SEVERITY_NAMES[s]} ${data.totals[s]}`).join("，")],
    ["按类别", CATEGORIES.map((c) => `${CATEGORY_NAMES[c]} ${data.totals[c]}`).join("，")],
    ["", ""],
    ["检查内容", "项目支出绩效目标表的缺失（必填内容没有填写）、不一致（前后对不上、跨项目不一致）和格式（写法不规范）问题。"],
    ["严重程度", "错误：必须改正；警告：很可能有问题，请核对；提示：建议改进。"],
    [
      "依据",
      "每条问题所依据的文件条款、预算管理一体化系统的保存校验或公开的审核退回原因；只有检查经验、没有公开出处的规则最多报“警告”。",
    ],
    ["汇总", "每个文件、每张绩效表一行；“审核结论”列留给审核人填写（可从列表选择，也可直接输入）。"],
    [
      "问题清单",
      "每条问题一行；点“单元格”列的链接会打开原工作簿并定位到该单元格（需原文件仍在原位置）。“处理情况”列留给审核人勾销。可按任意列筛选、排序。",
    ],
    [
      "跨项目",
      "规则名以 across- 开头的是跨项目检查：同一单位同一指标目标不一致、指标或目标照抄其他项目、同名项目预算不同、项目预算与部门整体表不符等。“相关单元格”中的 '工作表'!A1 指向其他工作表，'[文件.xlsx]工作表'!A1 指向其他文件。",
    ],
  ];
  about.addRow(["项目", "内容"]);
  styleHeader(about, 2);
  for (const [k, v] of rows) {
    const row = about.addRow([k, capCellText(v)]);
    row.getCell(1).font = { bold: true };
    row.alignment = { vertical: "top", wrapText: true };
  }
  return wb;
}

function solid(argb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb } };
}

/** Writes the workbook to `out` through a temporary file in the same folder (renamed when complete). */
export async function writeXlsxReport(
  data: ReportData,
  out: string,
  sourceFiles?: ReadonlyMap<string, string>,
  writeErr?: (text: string) => void,
): Promise<void> {
  const wb = buildXlsxReport(data, sourceFiles);
  await writeAtomically(out, (tmp) => wb.xlsx.writeFile(tmp), { writeErr });
}

/** The shared atomic writer (../output): kept exported here for existing callers. */
export { writeAtomically } from "../output";
