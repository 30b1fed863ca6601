/**
 * Where a command that writes a changed copy of a workbook (insert-template, fix) may write: never the input,
 * an .xlsx name, an existing file only with --force. One place, so every writing command gets the same guarantees.
 */
import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { writeAtomically } from "./report/xlsx";

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** zh-CN reason why `out` must not be written, or null. */
export function outputCopyProblem(input: string, out: string, force: boolean): string | null {
  if (path.resolve(out) === path.resolve(input) || real(out) === real(input))
    return "--out 不能是输入文件本身：输入工作簿不会被修改，请另给一个文件名。";
  if (!out.toLowerCase().endsWith(".xlsx")) return "--out 应是 .xlsx 文件。";
  if (existsSync(out) && !force) return `输出文件 ${out} 已存在；要覆盖请加 --force。`;
  return null;
}

/** Writes the workbook to `out` through a temporary file renamed into place (nothing half-written is left). */
export async function writeWorkbookCopy(wb: ExcelJS.Workbook, out: string): Promise<void> {
  await writeAtomically(out, (tmp) => wb.xlsx.writeFile(tmp));
}
