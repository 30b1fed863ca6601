/**
 * Builds the bench workbook: N sheets, each one 绩效表 copied from the sample workbooks
 * (the 6 神木 and 6 乌海 sheets in turn), with values, styles, merges, widths and heights,
 * and varied contents so that no two tables are identical:
 * - every number is scaled by the same per-table factor (sums stay consistent);
 * - the project name gets a "（第n号）" suffix;
 * - numbers inside short indicator values ("=3 套", ">280") are shifted by a small per-table amount;
 * - every 10th table loses its last indicator value (a missing-value finding to report).
 */
import path from "node:path";
import ExcelJS from "exceljs";

export const SAMPLE_FILES = ["shenmu-2021.xlsx", "wuhai-2021.xlsx"];

export interface BenchWorkbookInfo {
  file: string;
  tables: number;
  templates: string[];
}

export async function generateBenchWorkbook(
  file: string,
  tables: number,
  samplesDir = path.join(__dirname, "..", "assets", "samples"),
): Promise<BenchWorkbookInfo> {
  const templates: ExcelJS.Worksheet[] = [];
  for (const name of SAMPLE_FILES) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(samplesDir, name));
    templates.push(...wb.worksheets);
  }
  if (templates.length === 0) throw new Error("no sample sheets found");

  const out = new ExcelJS.Workbook();
  out.creator = "jxcheck bench";
  for (let i = 0; i < tables; i++) {
    const src = templates[i % templates.length];
    const name = `${String(i + 1).padStart(4, "0")} ${src.name}`.slice(0, 31);
    copySheet(src, out.addWorksheet(name), i);
  }
  await out.xlsx.writeFile(file);
  return { file, tables, templates: templates.map((t) => t.name) };
}

function copySheet(src: ExcelJS.Worksheet, dst: ExcelJS.Worksheet, i: number): void {
  const factor = 1 + (i % 9) * 0.25;
  const shift = i % 5;
  dst.properties.defaultRowHeight = src.properties.defaultRowHeight;
  dst.views = src.views;
  dst.pageSetup = { ...src.pageSetup, printArea: undefined };
  src.columns?.forEach((col, c) => {
    if (col.width) dst.getColumn(c + 1).width = col.width;
  });

  let nameCell: ExcelJS.Cell | undefined;
  let lastValueCell: ExcelJS.Cell | undefined;
  src.eachRow({ includeEmpty: true }, (row, r) => {
    const dRow = dst.getRow(r);
    if (row.height) dRow.height = row.height;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const d = dRow.getCell(c);
      d.style = cell.style;
      if (cell.type === ExcelJS.ValueType.Merge) return;
      let v = cell.value;
      if (typeof v === "number") v = Math.round(v * factor * 100) / 100;
      else if (typeof v === "string") v = varyText(v, shift);
      if (v !== null && v !== undefined) {
        d.value = v;
        lastValueCell = d;
      }
      if (typeof cell.value === "string" && /^项目名称[:：]?$/.test(cell.value.trim())) {
        // The value sits in the next cell that is not covered by the label's merge.
        const labelMaster = cell.master ?? cell;
        const merge = (src as unknown as { _merges: Record<string, { right: number }> })._merges[labelMaster.address];
        nameCell = dRow.getCell((merge ? merge.right : c) + 1);
      }
    });
  });
  if (nameCell && typeof nameCell.value === "string") nameCell.value = `${nameCell.value}（第${i + 1}号）`;
  if (i % 10 === 9 && lastValueCell) lastValueCell.value = null;

  const merges = (src as unknown as { _merges: Record<string, { range: string }> })._merges;
  for (const m of Object.values(merges)) {
    try {
      dst.mergeCells(m.range);
    } catch {
      // overlapping merge in the source: skip
    }
  }
}

/** Shifts the number in a short indicator value ("=3 套" → "=5 套"); other text is kept. */
function varyText(text: string, shift: number): string {
  if (shift === 0 || text.length > 16) return text;
  const m = /^([=＝≥≤<>＞＜]?\s*)(\d+)(\s*[^\d]{0,8})$/.exec(text);
  if (!m) return text;
  return `${m[1]}${Number(m[2]) + shift}${m[3]}`;
}

// `tsx scripts/benchWorkbook.ts <out.xlsx> [tables]`: run on its own (the bench runs it in a child process so that
// its own measurements start cold and its peak RSS does not include the generation).
if (require.main === module) {
  const [out, n] = process.argv.slice(2);
  if (!out) {
    process.stderr.write("usage: tsx scripts/benchWorkbook.ts <out.xlsx> [tables]\n");
    process.exitCode = 2;
  } else {
    generateBenchWorkbook(path.resolve(out), Number(n ?? 1000)).catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    });
  }
}
