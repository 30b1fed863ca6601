/**
 * Entry point of demo.html (the browser playground). URL parameters:
 *   ?sample=wuhai-2021.xlsx   which bundled workbook to open (default shenmu-2021.xlsx)
 *   ?lang=en-US               pane language (default zh-CN)
 *   ?theme=dark               force a theme (default: prefers-color-scheme)
 *   ?host=wps                 run the pane over the fake WPS 表格 through the WPS host (default: the fake Excel)
 */
import { createRoot } from "react-dom/client";
import { PANE_RENDERED_MARK } from "../taskpane/perfMarks";
import { pickLocale } from "../taskpane/i18n";
import type { PlaygroundWorkbook } from "./fakeGridSource";
import type { WpsPlaygroundWorkbook } from "./wpsGridSource";
import { Playground } from "./Playground";
import { SAMPLES } from "./WorkbookPicker";

export interface PlaygroundGlobals {
  /** ms since navigation start when the pane first rendered. */
  paneFirstRenderMs?: number;
  /** ms since navigation start when the current workbook finished loading. */
  workbookLoadedMs?: number;
  workbook?: PlaygroundWorkbook;
  /** The workbook when the playground runs over the fake WPS (?host=wps). */
  wpsWorkbook?: WpsPlaygroundWorkbook;
  source?: string;
}

declare global {
  interface Window {
    __playground: PlaygroundGlobals;
  }
}

const params = new URLSearchParams(location.search);
const sampleParam = params.get("sample") ?? "";
const sample = (SAMPLES as readonly string[]).includes(sampleParam) ? sampleParam : SAMPLES[0];
const locale = pickLocale(params.get("lang") ?? "zh-CN");
const themeParam = params.get("theme");
const themeMode = themeParam === "dark" || themeParam === "light" ? themeParam : undefined;
const hostKind = params.get("host") === "wps" ? "wps" : "excel";

window.__playground = {};
document.documentElement.lang = locale;

createRoot(document.getElementById("root")!).render(
  <Playground
    locale={locale}
    initialSample={sample}
    themeMode={themeMode}
    host={hostKind}
    onPaneFirstRender={() => {
      const mark = performance.getEntriesByName(PANE_RENDERED_MARK)[0];
      window.__playground.paneFirstRenderMs = mark ? mark.startTime : performance.now();
    }}
    onWorkbook={(wb, source) => {
      if ("et" in wb) window.__playground.wpsWorkbook = wb;
      else window.__playground.workbook = wb;
      window.__playground.source = source;
      window.__playground.workbookLoadedMs = performance.now();
    }}
  />,
);
