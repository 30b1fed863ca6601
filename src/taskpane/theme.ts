/**
 * Light or dark: follow Office's theme when running in Office, else the OS/browser preference.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export type ThemeMode = "light" | "dark";

/** Relative luminance of a #rrggbb colour (0 = black, 1 = white); null when unparsable. */
export function luminance(hex: string | undefined | null): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec((hex ?? "").trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** Office's body background decides when available; otherwise prefers-color-scheme. */
export function detectThemeMode(): ThemeMode {
  try {
    if (typeof Office !== "undefined") {
      const bg = Office.context?.officeTheme?.bodyBackgroundColor;
      const l = luminance(bg);
      if (l !== null) return l < 0.4 ? "dark" : "light";
    }
  } catch {
    // officeTheme is not available in every host/version.
  }
  if (typeof window !== "undefined" && typeof window.matchMedia === "function") {
    return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  return "light";
}

export function fluentTheme(mode: ThemeMode): Theme {
  return mode === "dark" ? webDarkTheme : webLightTheme;
}

/** Calls `onChange` when the preference changes (browser only; Office themes are read at start). */
export function watchThemeMode(onChange: (mode: ThemeMode) => void): () => void {
  if (typeof window === "undefined" || typeof window.matchMedia !== "function") return () => undefined;
  const officeDecides = (() => {
    try {
      return typeof Office !== "undefined" && luminance(Office.context?.officeTheme?.bodyBackgroundColor) !== null;
    } catch {
      return false;
    }
  })();
  if (officeDecides) return () => undefined;
  const mq = window.matchMedia("(prefers-color-scheme: dark)");
  const handler = () => onChange(mq.matches ? "dark" : "light");
  mq.addEventListener("change", handler);
  return () => mq.removeEventListener("change", handler);
}
