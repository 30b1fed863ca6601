/**
 * Pane settings (framework override, visible severities, auto re-check) and where they persist.
 */
import type { Severity } from "../core/diagnostics";
import type { FrameworkChoice } from "./i18n";
import type { SeverityFilter } from "./grouping";

export interface PaneSettings {
  framework: FrameworkChoice;
  severities: SeverityFilter;
  autoRecheck: boolean;
}

export const DEFAULT_SETTINGS: PaneSettings = {
  framework: "auto",
  severities: { error: true, warning: true, info: true },
  autoRecheck: true,
};

export interface SettingsStore {
  load(): PaneSettings;
  save(settings: PaneSettings): void;
}

const STORAGE_KEY = "jxcheck.pane.settings.v1";
const FRAMEWORKS: readonly FrameworkChoice[] = ["auto", "old-88", "core-101"];

/** Accepts anything (stored JSON may be stale or hand-edited) and returns valid settings. */
export function sanitizeSettings(raw: unknown): PaneSettings {
  const out: PaneSettings = {
    framework: DEFAULT_SETTINGS.framework,
    severities: { ...DEFAULT_SETTINGS.severities },
    autoRecheck: DEFAULT_SETTINGS.autoRecheck,
  };
  if (!raw || typeof raw !== "object") return out;
  const r = raw as Record<string, unknown>;
  if (typeof r.framework === "string" && (FRAMEWORKS as readonly string[]).includes(r.framework)) {
    out.framework = r.framework as FrameworkChoice;
  }
  if (r.severities && typeof r.severities === "object") {
    const s = r.severities as Record<string, unknown>;
    for (const key of Object.keys(out.severities) as Severity[]) {
      if (typeof s[key] === "boolean") out.severities[key] = s[key] as boolean;
    }
  }
  if (typeof r.autoRecheck === "boolean") out.autoRecheck = r.autoRecheck;
  return out;
}

/** Settings kept in localStorage; silently falls back to defaults where storage is unavailable. */
export function localSettingsStore(
  storage: Pick<Storage, "getItem" | "setItem"> | undefined = safeLocalStorage(),
): SettingsStore {
  return {
    load() {
      try {
        const text = storage?.getItem(STORAGE_KEY);
        return sanitizeSettings(text ? JSON.parse(text) : null);
      } catch {
        return sanitizeSettings(null);
      }
    },
    save(settings) {
      try {
        storage?.setItem(STORAGE_KEY, JSON.stringify(settings));
      } catch {
        // Storage full or blocked (e.g. some Office web frames): settings just don't persist.
      }
    },
  };
}

export function memorySettingsStore(initial: Partial<PaneSettings> = {}): SettingsStore {
  let current = sanitizeSettings({ ...DEFAULT_SETTINGS, ...initial });
  return {
    load: () => current,
    save: (s) => {
      current = s;
    },
  };
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof localStorage !== "undefined" ? localStorage : undefined;
  } catch {
    return undefined;
  }
}
