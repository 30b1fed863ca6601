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
import { useMemo, useState, type KeyboardEvent as ReactKeyboardEvent } from "react";
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
  /** A whole-workbook check was made: the hint points at its sheet list, not at 检查工作表. */
  afterWorkbook?: boolean;
}

/** ↑/↓ (and Home/End) move the focus between the findings' main buttons (the apply buttons stay on Tab). */
export function moveBetweenFindings(e: ReactKeyboardEvent<HTMLElement>): void {
  if (!["ArrowDown", "ArrowUp", "Home", "End"].includes(e.key)) return;
  const target = e.target as HTMLElement;
  if (!target.closest?.("[data-finding-main]")) return;
  const all = Array.from(e.currentTarget.querySelectorAll<HTMLElement>("[data-finding-main]"));
  const at = all.indexOf(target.closest("[data-finding-main]") as HTMLElement);
  const next =
    e.key === "Home"
      ? 0
      : e.key === "End"
        ? all.length - 1
        : Math.min(all.length - 1, Math.max(0, at + (e.key === "ArrowDown" ? 1 : -1)));
  if (next === at || !all[next]) return;
  e.preventDefault();
  all[next].focus();
}

export function FindingsView({
  result,
  findings,
  severities,
  selectedKey,
  busy,
  onSelect,
  onApply,
  afterWorkbook,
}: FindingsViewProps) {
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
        {afterWorkbook ? t.workbookPickHint : t.idleHint}
      </Body1>
    );
  }
  if (result.skipped) {
    return (
      <MessageBar intent="error" data-testid="not-checked">
        <MessageBarBody>
          <MessageBarTitle>{t.notCheckedTitle}</MessageBarTitle>
          {t.notCheckedBody(result.reason ?? "")}
        </MessageBarBody>
      </MessageBar>
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
    <section
      className={styles.root}
      aria-label={t.findingsListLabel}
      aria-description={t.findingsKeyboardHint}
      data-testid="findings"
      onKeyDown={moveBetweenFindings}
    >
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
