import { Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useState, useSyncExternalStore } from "react";
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
});

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

  const confirmApply = () => {
    const item = pending;
    setPending(null);
    if (item) void controller.applySuggestion(item.finding);
  };

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
        canExport={state.result !== null && state.findings.length > 0}
      />
      {state.capabilities ? <CapabilityNotice capabilities={state.capabilities} /> : null}
      {state.notice ? <NoticeBar notice={state.notice} onDismiss={() => controller.dismissNotice()} /> : null}
      {state.workbook ? (
        <WorkbookSection
          workbook={state.workbook}
          onStop={() => controller.stopCheckAll()}
          onOpen={(name) => void controller.openSheetResult(name)}
        />
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
        onApply={(item) => setPending(item)}
      />
      {state.result?.recognized && templates?.supported ? (
        <LazyTemplatesSection controller={templates} strings={templateStrings} paneBusy={busy} />
      ) : null}
      <ApplyDialog
        finding={pending?.finding ?? null}
        oldText={pending ? controller.oldTextOf(pending.finding) : ""}
        onConfirm={confirmApply}
        onCancel={() => setPending(null)}
      />
    </main>
  );
}
