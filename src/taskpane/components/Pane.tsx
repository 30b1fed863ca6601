import { Title3, makeStyles, tokens, useAnnounce } from "@fluentui/react-components";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { PaneController } from "../controller";
import type { KeyedFinding } from "../grouping";
import { useStrings } from "../StringsContext";
import { ApplyDialog } from "./ApplyDialog";
import { CapabilityNotice } from "./CapabilityNotice";
import { FindingsView } from "./FindingsView";
import { NoticeBar } from "./NoticeBar";
import { SettingsSection } from "./SettingsSection";
import { Summary } from "./Summary";
import { Toolbar } from "./Toolbar";
import { LazyTemplatesSection, useTemplatesController } from "./lazyTemplates";
import { templateStringsFor } from "../templateStrings";
import { WorkbookSection } from "./WorkbookSection";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100%",
    boxSizing: "border-box",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { margin: 0 },
  // The notice stays in view however far the pane is scrolled (the confirmation after 应用建议 sat 800 px above).
  notice: { position: "sticky", top: 0, zIndex: 1 },
});

/** Where focus goes back to after the apply dialog: the finding (by key), else the findings list. */
function restoreFocus(key: string | null, fallback: Element | null): void {
  const byKey = key ? document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"] [data-finding-main]`) : null;
  const target =
    byKey ??
    (fallback instanceof HTMLElement && fallback.isConnected ? fallback : null) ??
    document.querySelector<HTMLElement>("[data-finding-main]") ??
    document.querySelector<HTMLElement>('[data-testid="pane"] button');
  target?.focus();
}

export interface PaneProps {
  controller: PaneController;
  locale: string;
}

export function Pane({ controller, locale }: PaneProps) {
  const t = useStrings();
  const styles = useStyles();
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
  const [pending, setPending] = useState<KeyedFinding | null>(null);
  const busy = state.busy !== null;
  const templateStrings = templateStringsFor(locale);
  const templates = useTemplatesController(controller, templateStrings, state.result?.recognized === true);

  const { announce } = useAnnounce();
  // Screen readers hear the result of a check (the list itself is not a live region).
  const lastCount = useRef(state.checkCount);
  useEffect(() => {
    if (state.checkCount === lastCount.current) return;
    lastCount.current = state.checkCount;
    announce(t.checkedAnnouncement(state.findings.length), { polite: true });
  }, [state.checkCount, state.findings.length, announce, t]);

  const opener = useRef<Element | null>(null);
  const openApply = (item: KeyedFinding) => {
    opener.current = document.activeElement;
    setPending(item);
  };
  const cancelApply = () => {
    setPending(null);
    requestAnimationFrame(() => restoreFocus(null, opener.current));
  };
  const confirmApply = () => {
    const item = pending;
    setPending(null);
    if (!item) return;
    // Focus goes back to the finding (or, when the fix made it disappear, the list) once the re-check is shown.
    void controller.applySuggestion(item.finding).then(() => requestAnimationFrame(() => restoreFocus(item.key, null)));
  };
  const openSheet = (name: string) =>
    void controller.openSheetResult(name).then(() =>
      requestAnimationFrame(() => {
        const list = document.querySelector<HTMLElement>('[data-testid="findings"], [data-testid="no-findings"]');
        list?.scrollIntoView({ block: "start" });
        list?.querySelector<HTMLElement>("[data-finding-main]")?.focus({ preventScroll: true });
      }),
    );

  return (
    <main
      className={styles.root}
      aria-label={t.paneLabel}
      aria-busy={busy}
      data-testid="pane"
      data-busy={state.busy ?? ""}
      data-check-count={state.checkCount}
    >
      <Title3 as="h1" className={styles.title}>
        {t.appTitle}
      </Title3>
      <Toolbar
        busy={state.busy}
        canClear={true}
        onCheck={() => void controller.check()}
        onClear={() => void controller.clearMarks()}
        onCheckAll={controller.canCheckAll() ? () => void controller.checkAll() : undefined}
        onExport={controller.canExport ? () => void controller.exportResults() : undefined}
        canExport={controller.hasExportable()}
      />
      {state.capabilities ? <CapabilityNotice capabilities={state.capabilities} /> : null}
      {state.notice ? (
        <div className={styles.notice}>
          <NoticeBar notice={state.notice} onDismiss={() => controller.dismissNotice()} />
        </div>
      ) : null}
      {state.workbook ? (
        <WorkbookSection workbook={state.workbook} onStop={() => controller.stopCheckAll()} onOpen={openSheet} />
      ) : null}
      <SettingsSection settings={state.settings} disabled={busy} onChange={(p) => void controller.updateSettings(p)} />
      {state.result ? (
        <Summary
          result={state.result}
          findings={state.findings.map((f) => f.finding)}
          checkedAt={state.checkedAt}
          locale={locale}
        />
      ) : null}
      <FindingsView
        result={state.result}
        findings={state.findings}
        severities={state.settings.severities}
        selectedKey={state.selectedKey}
        busy={busy}
        onSelect={(item) => void controller.select(item)}
        onApply={openApply}
        afterWorkbook={state.workbook !== null && !state.workbook.running}
      />
      {state.result?.recognized && templates?.supported ? (
        <LazyTemplatesSection controller={templates} strings={templateStrings} paneBusy={busy} />
      ) : null}
      <ApplyDialog
        finding={pending?.finding ?? null}
        oldText={pending ? controller.oldTextOf(pending.finding) : ""}
        onConfirm={confirmApply}
        onCancel={cancelApply}
      />
    </main>
  );
}
