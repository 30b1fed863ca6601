/**
 * The task pane root. The SheetHost is injected: the Office host in Excel, the fake-backed one
 * in the playground and in tests.
 */
import { AriaLiveAnnouncer, FluentProvider } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { SheetHost } from "../excel/sheetHost";
import { Pane } from "./components/Pane";
import { PaneController, type CheckFn } from "./controller";
import { detectLanguage, pickLocale, stringsFor, type LocaleId } from "./i18n";
import { PANE_RENDERED_MARK } from "./perfMarks";
import { localSettingsStore, type SettingsStore } from "./settings";
import { StringsContext } from "./StringsContext";
import { detectThemeMode, fluentTheme, watchThemeMode, type ThemeMode } from "./theme";

export { PANE_RENDERED_MARK };

export interface TaskPaneAppProps {
  host: SheetHost;
  /** Created from `host` when omitted; pass one to reach it from outside (ribbon notify, tests). */
  controller?: PaneController;
  /** Engine override (tests, playground); defaults to checkSheet. */
  check?: CheckFn;
  settingsStore?: SettingsStore;
  /** Defaults to Office's display language, else the browser's. */
  locale?: LocaleId;
  /** Defaults to Office's theme, else prefers-color-scheme (and follows its changes). */
  themeMode?: ThemeMode;
  /** Called once after the first render is committed. */
  onFirstRender?: () => void;
}

export function TaskPaneApp(props: TaskPaneAppProps) {
  const { host, check, settingsStore, onFirstRender } = props;
  const locale = props.locale ?? pickLocale(detectLanguage());
  const strings = stringsFor(locale);
  const [detectedMode, setDetectedMode] = useState<ThemeMode>(() => props.themeMode ?? detectThemeMode());
  const mode = props.themeMode ?? detectedMode;
  const controller = useMemo(
    () => props.controller ?? new PaneController(host, { check, settingsStore: settingsStore ?? localSettingsStore() }),
    // The controller lives as long as its host.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [props.controller, host],
  );

  useEffect(() => (props.themeMode ? undefined : watchThemeMode(setDetectedMode)), [props.themeMode]);
  useEffect(() => (props.controller ? undefined : () => controller.dispose()), [controller, props.controller]);
  useEffect(() => {
    try {
      performance.mark(PANE_RENDERED_MARK);
    } catch {
      // performance.mark is missing in very old hosts; timing is optional.
    }
    onFirstRender?.();
    // Only the first commit counts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <FluentProvider theme={fluentTheme(mode)} lang={locale} style={{ minHeight: "100%" }} data-theme={mode}>
      {/* Fluent's MessageBar (politeness) and useAnnounce speak only through an AriaLiveAnnouncer (WCAG 4.1.3). */}
      <AriaLiveAnnouncer>
        <StringsContext.Provider value={strings}>
          <Pane controller={controller} locale={locale} />
        </StringsContext.Provider>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
