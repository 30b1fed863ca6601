/**
 * A unit's own templates in the add-in: kept in the pane's local storage (the add-in's settings on this
 * computer), validated with the same zod schema as a JSON file; a damaged entry is dropped, never trusted.
 */
import { parseTemplateFile, type Template } from "../core/templates/schema";

export interface TemplateStore {
  load(): Template[];
  save(templates: readonly Template[]): void;
}

export const TEMPLATE_STORAGE_KEY = "jxcheck.unitTemplates.v1";

export function localTemplateStore(storage: Pick<Storage, "getItem" | "setItem"> | undefined = safeStorage()): TemplateStore {
  return {
    load() {
      try {
        const raw = storage?.getItem(TEMPLATE_STORAGE_KEY);
        if (!raw) return [];
        const r = parseTemplateFile(raw);
        return r.ok ? r.templates : [];
      } catch {
        return [];
      }
    },
    save(templates) {
      try {
        storage?.setItem(TEMPLATE_STORAGE_KEY, JSON.stringify({ templates }));
      } catch {
        // storage full or unavailable: the templates live until the pane closes
      }
    },
  };
}

export function memoryTemplateStore(initial: Template[] = []): TemplateStore {
  let list = [...initial];
  return {
    load: () => [...list],
    save: (t) => {
      list = [...t];
    },
  };
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage !== "undefined" ? localStorage : undefined;
  } catch {
    return undefined;
  }
}
