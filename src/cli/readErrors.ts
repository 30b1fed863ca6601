/** zh-CN messages for files that cannot be read. */
import path from "node:path";
import { ReadRefusal } from "./safeOpen";

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > 200 ? `${t.slice(0, 200)}…` : t;
}

/** zh-CN message for a file that could not be read. */
export function describeReadError(err: unknown, file: string): string {
  if (err instanceof ReadRefusal) return err.message;
  const code = (err as { code?: unknown } | null)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return "无法读取文件：文件或文件夹不存在";
  if (code === "EACCES" || code === "EPERM") return "无法读取文件：没有读取权限";
  if (code === "EISDIR") return "无法读取文件：这是一个文件夹";
  if (code === "ERR_WORKER_OUT_OF_MEMORY" || /out of memory|heap/i.test(String((err as Error)?.message ?? ""))) {
    return "无法读取文件：读取时超出内存上限，文件过大或结构异常，已跳过";
  }
  const detail = err instanceof Error ? err.message : String(err);
  if (/encrypt|password/i.test(detail)) return "文件已加密：工作簿设置了密码，无法检查；请在 Excel 中清空密码后保存再检查";
  const ext = path.extname(file).toLowerCase();
  const hint = ext && ext !== ".xlsx" ? `；只支持 .xlsx，${ext} 文件请先在 Excel 中另存为 .xlsx` : "";
  return `无法读取文件：不是有效的 .xlsx 文件（${oneLine(detail)}${hint}）`;
}
