/** The templates the CLI works with: the built-in library plus a unit's own JSON file (--library). */
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from "node:fs";
import { BUILTIN_TEMPLATES } from "../core/templates/library";
import { parseTemplateFile, type Template } from "../core/templates/schema";

export type LoadedLibrary = { ok: true; templates: Template[] } | { ok: false; message: string };

export function loadLibrary(file: string | undefined): LoadedLibrary {
  if (!file) return { ok: true, templates: [...BUILTIN_TEMPLATES] };
  let text: string;
  try {
    text = readLibraryText(file);
  } catch (e) {
    return { ok: false, message: `无法读取模板文件 ${file}：${libraryReadError(e)}` };
  }
  const r = parseTemplateFile(text);
  if (!r.ok) return { ok: false, message: `模板文件 ${file} 有问题：\n${r.errors.map((e) => `  - ${e}`).join("\n")}` };
  const own = new Set(r.templates.map((t) => t.id));
  // A unit's template with a built-in id replaces the built-in one.
  return { ok: true, templates: [...r.templates, ...BUILTIN_TEMPLATES.filter((t) => !own.has(t.id))] };
}

/** Largest template file read (a unit's library is a few hundred KB at most). */
export const MAX_LIBRARY_BYTES = 20 * 1024 * 1024;

class LibraryRefusal extends Error {}

/** The file's text: regular files only (a FIFO or device would block or never end), capped, UTF-8 BOM dropped. */
function readLibraryText(file: string): string {
  const st = statSync(file);
  if (st.isDirectory()) throw new LibraryRefusal("这是一个文件夹，请给出 .json 文件");
  if (!st.isFile()) throw new LibraryRefusal("这不是普通文件（命名管道、设备等），已拒绝");
  if (st.size > MAX_LIBRARY_BYTES) throw new LibraryRefusal(`文件过大（上限 ${MAX_LIBRARY_BYTES / 1024 / 1024} MB）`);
  // O_NONBLOCK: a path swapped for a FIFO after the stat does not wait for a writer.
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!fstatSync(fd).isFile()) throw new LibraryRefusal("这不是普通文件，已拒绝");
    const text = readFileSync(fd, "utf8");
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } finally {
    closeSync(fd);
  }
}

function libraryReadError(e: unknown): string {
  if (e instanceof LibraryRefusal) return e.message;
  const code = (e as { code?: unknown } | null)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return "文件不存在";
  if (code === "EACCES" || code === "EPERM") return "没有读取权限";
  if (code === "EISDIR") return "这是一个文件夹";
  if (code === "ELOOP") return "循环的符号链接";
  return e instanceof Error ? e.message.split("\n")[0] : String(e);
}
