/**
 * Why a file opened in the playground cannot be read, in plain zh-CN — the same reasons the command line gives
 * (src/cli/safeOpen.ts), decided from the first bytes in the browser (no Buffer). Null when it looks like an .xlsx
 * (a zip); a zip that exceljs still cannot read gets {@link unreadableWorkbook} (src/demo/workbookOpen.ts, in the
 * playground's Web Worker).
 */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function fileProblem(bytes: ArrayBuffer): string | null {
  const b = new Uint8Array(bytes);
  if (b.length === 0) return "文件是空的（0 字节），不是 .xlsx 工作簿。";
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05 || b[2] === 0x07)) return null;
  if (b.length >= 8 && CFB_MAGIC.every((x, i) => b[i] === x))
    return "这是旧版 Excel 97-2003（.xls）、加密的工作簿或其他 Office 二进制文件，请在 Excel 中另存为 .xlsx（不设打开密码）后再打开。";
  let control = 0;
  const head = b.subarray(0, 4096);
  for (const x of head) if (x < 0x09 || (x > 0x0d && x < 0x20) || x === 0x7f) control++;
  if (control === 0)
    return "这是纯文本文件（可能是 CSV 或改了扩展名的文件），不是 .xlsx；请在 Excel 中打开后另存为 .xlsx 再打开。";
  return "这不是有效的 .xlsx 文件（文件头不是 zip 格式），可能已损坏，或只是改了扩展名。";
}

/** A zip that is not a readable workbook (damaged, or another zip renamed). */
export const unreadableWorkbook =
  "无法读取这个工作簿：文件可能已损坏，或不是 Excel 工作簿（.xlsx）。请在 Excel 中打开并另存为 .xlsx 后再试。";
