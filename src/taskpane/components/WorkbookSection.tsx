/**
 * 检查全部工作表: progress (sheet i of n, its name) with 取消 while it runs; afterwards one row per sheet (kind and
 * counts by severity) — clicking a row opens that sheet's findings.
 */
import { Button, Caption1, ProgressBar, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookState } from "../controller";
import { ALL_SEVERITIES } from "../grouping";
import { useStrings } from "../StringsContext";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  progressRow: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", justifyContent: "space-between" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    height: "auto",
    paddingBlock: tokens.spacingVerticalXS,
  },
  rowBody: { display: "flex", flexDirection: "column", gap: "2px", alignItems: "flex-start" },
  counts: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
});

export interface WorkbookSectionProps {
  workbook: WorkbookState;
  onStop: () => void;
  onOpen: (name: string) => void;
}

export function WorkbookSection({ workbook, onStop, onOpen }: WorkbookSectionProps) {
  const t = useStrings();
  const styles = useStyles();
  const w = workbook;
  return (
    <section className={styles.root} aria-label={t.workbookHeading} data-testid="workbook">
      <Subtitle2 as="h2">{t.workbookHeading}</Subtitle2>
      {w.running ? (
        <div className={styles.progress} data-testid="workbook-progress">
          <div className={styles.progressRow}>
            <Caption1 role="status" aria-live="polite" data-testid="workbook-progress-text">
              {w.index > 0 && w.current !== null ? t.workbookProgress(w.index, w.total, w.current) : t.checkingAll}
            </Caption1>
            <Button
              size="small"
              appearance="secondary"
              onClick={onStop}
              disabled={w.stopping}
              aria-description={t.stopButtonDescription}
              data-testid="stop-button"
            >
              {w.stopping ? t.stopping : t.stopButton}
            </Button>
          </div>
          <ProgressBar value={w.total > 0 ? Math.max(0, w.index - 1) / w.total : undefined} aria-hidden />
        </div>
      ) : null}
      {w.summary ? <Caption1 data-testid="workbook-summary">{w.summary}</Caption1> : null}
      {w.sheets.length > 0 ? (
        <ul className={styles.list} data-testid="workbook-sheets">
          {w.sheets.map((s) => {
            const kind = !s.result
              ? t.workbookUnread
              : s.result.skipped
                ? t.workbookNotChecked
                : s.result.recognized
                  ? s.result.layout
                    ? (t.layoutNames[s.result.layout] ?? s.result.layout)
                    : t.summaryNone
                  : t.workbookNotRecognized;
            return (
              <li key={s.name} data-testid="workbook-sheet" data-sheet={s.name}>
                <Button
                  appearance="subtle"
                  className={styles.row}
                  onClick={() => onOpen(s.name)}
                  disabled={w.running}
                  aria-description={t.workbookOpenDescription(s.name)}
                >
                  <span className={styles.rowBody}>
                    <span>{s.name}</span>
                    <Caption1>
                      {kind}
                      {s.result && !s.painted ? `（${t.workbookNotPainted}）` : ""}
                    </Caption1>
                    {s.result?.recognized ? (
                      <span className={styles.counts}>
                        {ALL_SEVERITIES.map((sev) => (
                          <SeverityBadge key={sev} severity={sev} count={s.counts[sev]} />
                        ))}
                      </span>
                    ) : null}
                  </span>
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
