import {
  Accordion,
  Body1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
  tokens,
  type AccordionToggleEventHandler,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { SheetCheckResult } from "../../core/check";
import { filterBySeverity, groupFindings, type KeyedFinding, type SeverityFilter } from "../grouping";
import { useStrings } from "../StringsContext";
import { ProjectSection } from "./ProjectSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface FindingsViewProps {
  result: SheetCheckResult | null;
  findings: readonly KeyedFinding[];
  severities: SeverityFilter;
  selectedKey: string | null;
  busy: boolean;
  onSelect: (item: KeyedFinding) => void;
  onApply: (item: KeyedFinding) => void;
}

export function FindingsView({ result, findings, severities, selectedKey, busy, onSelect, onApply }: FindingsViewProps) {
  const t = useStrings();
  const styles = useStyles();
  const sections = useMemo(
    () =>
      groupFindings(
        filterBySeverity(
          findings.map((f) => ({ ...f, severity: f.finding.severity })),
          severities,
        ),
      ),
    [findings, severities],
  );
  // Sections start open; remember which ones the user collapsed.
  const [closed, setClosed] = useState<ReadonlySet<number>>(new Set());
  const openItems = sections.map((s) => s.formIndex).filter((i) => !closed.has(i));
  const onToggle: AccordionToggleEventHandler<number> = (_, data) => {
    const next = new Set(closed);
    if (next.has(data.value)) next.delete(data.value);
    else next.add(data.value);
    setClosed(next);
  };

  if (!result) {
    return (
      <Body1 className={styles.hint} data-testid="idle-hint">
        {t.idleHint}
      </Body1>
    );
  }
  if (!result.recognized) {
    return (
      <MessageBar intent="warning" data-testid="not-recognized">
        <MessageBarBody>
          <MessageBarTitle>{t.notRecognizedTitle}</MessageBarTitle>
          {t.notRecognizedBody(result.reason ?? "")}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (findings.length === 0) {
    return (
      <MessageBar intent="success" data-testid="no-findings">
        <MessageBarBody>
          <MessageBarTitle>{t.noFindingsTitle}</MessageBarTitle>
          {t.noFindingsBody}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <section className={styles.root} aria-label={t.findingsListLabel} data-testid="findings">
      <Subtitle2 as="h2">{t.findingsHeading}</Subtitle2>
      {sections.length === 0 ? (
        <Body1 className={styles.hint} data-testid="all-filtered">
          {t.allHiddenByFilter}
        </Body1>
      ) : (
        <Accordion multiple collapsible openItems={openItems} onToggle={onToggle}>
          {sections.map((s) => (
            <ProjectSection
              key={s.formIndex}
              section={s}
              selectedKey={selectedKey}
              busy={busy}
              onSelect={onSelect}
              onApply={onApply}
            />
          ))}
        </Accordion>
      )}
    </section>
  );
}
