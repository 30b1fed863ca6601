/** The templates the CLI works with: the built-in library plus a unit's own JSON file (--library). */
import { readFileSync } from "node:fs";
import { BUILTIN_TEMPLATES } from "../core/templates/library";
import { parseTemplateFile, type Template } from "../core/templates/schema";

export type LoadedLibrary = { ok: true; templates: Template[] } | { ok: false; message: string };

export function loadLibrary(file: string | undefined): LoadedLibrary {
  if (!file) return { ok: true, templates: [...BUILTIN_TEMPLATES] };
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    return { ok: false, message: `无法读取模板文件 ${file}：${e instanceof Error ? e.message : String(e)}` };
  }
  const r = parseTemplateFile(text);
  if (!r.ok) return { ok: false, message: `模板文件 ${file} 有问题：\n${r.errors.map((e) => `  - ${e}`).join("\n")}` };
  const own = new Set(r.templates.map((t) => t.id));
  // A unit's template with a built-in id replaces the built-in one.
  return { ok: true, templates: [...r.templates, ...BUILTIN_TEMPLATES.filter((t) => !own.has(t.id))] };
}
