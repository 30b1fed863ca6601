/**
 * Where a command that writes a changed copy of a workbook (fix) may write, with the guarantees of ./output (the
 * one place for them): never an input (compared by real path and inode, through links), never a device, FIFO or
 * folder, an existing file only with --force, an .xlsx name; written to a temporary file renamed into place.
 */
import type ExcelJS from "exceljs";
import { checkOutputTarget, OutputRefusal, writeAtomically } from "./output";
import { safe } from "./terminalText";

/** zh-CN reason why `out` must not be written, or null. */
export async function outputCopyProblem(input: string, out: string, force: boolean): Promise<string | null> {
  if (!out.toLowerCase().endsWith(".xlsx")) return "--out 应是 .xlsx 文件。";
  try {
    await checkOutputTarget(out, { inputs: [input], force });
    return null;
  } catch (e) {
    if (!(e instanceof OutputRefusal)) throw e;
    return e.message.startsWith("它是要检查的文件之一")
      ? safe`--out ${out} 是输入文件本身（或经由链接指向它）：输入工作簿不会被修改，请另给一个文件名。`
      : safe`--out ${out}：${e.message}`;
  }
}

/** Writes the workbook to `out` through a temporary file renamed into place (nothing half-written is left). */
export async function writeWorkbookCopy(wb: ExcelJS.Workbook, out: string, writeErr?: (s: string) => void): Promise<void> {
  await writeAtomically(out, (tmp) => wb.xlsx.writeFile(tmp), writeErr ? { writeErr } : {});
}
