/**
 * A unit's own templates, managed in the pane (issue 14 item 5): rename, delete, export/import as JSON, and undo of
 * the last change (a save, rename, delete or import). Pure: works on a TemplateStore, no React, no Office.
 * A bad import file gets the same zh-CN messages as the CLI's --library loader (parseTemplateFile names the entry).
 */
import { parseTemplateFile, type Template } from "../core/templates/schema";
import type { TemplateStore } from "./templateStore";

export type UnitTemplateResult = { ok: true; message: string } | { ok: false; message: string };

const MAX_NAME = 60;

export class UnitTemplateLibrary {
  /** The list before the last change, for 撤销 (null when there is nothing to undo). */
  private before: { list: Template[]; what: string } | null = null;

  constructor(private readonly store: TemplateStore) {}

  list(): Template[] {
    return this.store.load();
  }

  get canUndo(): boolean {
    return this.before !== null;
  }

  /** What 撤销 would undo ("保存“甲”"), or null. */
  get undoLabel(): string | null {
    return this.before?.what ?? null;
  }

  private commit(next: Template[], what: string): void {
    this.before = { list: this.store.load(), what };
    this.store.save(next);
  }

  add(template: Template): UnitTemplateResult {
    const own = this.store.load();
    this.commit([...own.filter((t) => t.id !== template.id), template], `保存“${template.name}”`);
    return { ok: true, message: `已保存模板“${template.name}”。` };
  }

  rename(id: string, name: string): UnitTemplateResult {
    const own = this.store.load();
    const t = own.find((x) => x.id === id);
    if (!t) return { ok: false, message: "找不到这个模板，可能已被删除。" };
    const clean = name.replace(/\s+/g, " ").trim();
    if (clean === "") return { ok: false, message: "模板名称不能为空。" };
    if (clean.length > MAX_NAME) return { ok: false, message: `模板名称最多 ${MAX_NAME} 个字。` };
    if (own.some((x) => x.id !== id && x.name === clean)) return { ok: false, message: `已有名为“${clean}”的模板。` };
    this.commit(
      own.map((x) => (x.id === id ? { ...x, name: clean } : x)),
      `重命名“${t.name}”`,
    );
    return { ok: true, message: `已将“${t.name}”改名为“${clean}”。` };
  }

  remove(id: string): UnitTemplateResult {
    const own = this.store.load();
    const t = own.find((x) => x.id === id);
    if (!t) return { ok: false, message: "找不到这个模板，可能已被删除。" };
    this.commit(
      own.filter((x) => x.id !== id),
      `删除“${t.name}”`,
    );
    return { ok: true, message: `已删除模板“${t.name}”（可撤销）。` };
  }

  /** The unit's templates as a JSON file (the format `jxcheck --library` reads). */
  exportJson(): string {
    return `${JSON.stringify({ templates: this.store.load() }, null, 2)}\n`;
  }

  /** Adds the templates of a JSON file; a template with an existing id replaces it. Nothing changes on any error. */
  importJson(text: string, fileName = "模板文件"): UnitTemplateResult {
    const r = parseTemplateFile(text);
    if (!r.ok) return { ok: false, message: `${fileName} 有问题，未导入：\n${r.errors.map((e) => `  - ${e}`).join("\n")}` };
    const incoming = r.templates.map((t) => ({ ...t, source: "unit" as const }));
    const ids = new Set(incoming.map((t) => t.id));
    const own = this.store.load();
    const replaced = own.filter((t) => ids.has(t.id)).length;
    this.commit([...own.filter((t) => !ids.has(t.id)), ...incoming], `导入 ${fileName}`);
    return {
      ok: true,
      message: `已导入 ${incoming.length} 个模板${replaced > 0 ? `（其中 ${replaced} 个替换了同编号的模板）` : ""}。`,
    };
  }

  /** Restores the list as it was before the last change. */
  undo(): UnitTemplateResult {
    if (!this.before) return { ok: false, message: "没有可撤销的模板操作。" };
    const { list, what } = this.before;
    this.before = null;
    this.store.save(list);
    return { ok: true, message: `已撤销：${what}。` };
  }
}
