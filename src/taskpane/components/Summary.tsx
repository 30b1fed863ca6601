import { clockTime } from "../clockTime";
import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { SheetCheckResult } from "../../core/check";
import type { Diagnostic } from "../../core/diagnostics";
import { ALL_SEVERITIES, countBySeverity } from "../grouping";
import { useStrings } from "../StringsContext";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  grid: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, rowGap: "2px", margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  def: { margin: 0, overflowWrap: "anywhere" },
  counts: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", alignItems: "center" },
  count: { display: "inline-flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
});

export interface SummaryProps {
  result: SheetCheckResult;
  findings: readonly Diagnostic[];
  checkedAt: Date | null;
  /** Display locale (kept for callers; the time is HH:MM:SS in every locale — clockTime.ts). */
  locale: string;
}

export function Summary({ result, findings, checkedAt }: SummaryProps) {
  const t = useStrings();
  const styles = useStyles();
  const counts = countBySeverity(findings);
  const layout = result.layout ? (t.layoutNames[result.layout] ?? result.layout) : t.summaryNone;
  const framework = result.framework ? (t.frameworkNames[result.framework] ?? result.framework) : t.summaryNone;
  return (
    <section className={styles.root} aria-label={t.summaryHeading} data-testid="summary">
      <Subtitle2 as="h2">{t.summaryHeading}</Subtitle2>
      <dl className={styles.grid}>
        <dt className={styles.term}>{t.summarySheet}</dt>
        <dd className={styles.def} data-testid="summary-sheet">
          {result.name}
        </dd>
        <dt className={styles.term}>{t.summaryLayout}</dt>
        <dd className={styles.def}>{layout}</dd>
        <dt className={styles.term}>{t.summaryFramework}</dt>
        <dd className={styles.def}>{framework}</dd>
        <dt className={styles.term}>{t.summaryForms}</dt>
        <dd className={styles.def}>{result.recognized ? result.forms.length : 0}</dd>
      </dl>
      {result.recognized ? (
        <div className={styles.counts} data-testid="summary-counts">
          {ALL_SEVERITIES.map((s) => (
            <span key={s} className={styles.count} data-severity={s} data-count={counts[s]}>
              <SeverityBadge severity={s} count={counts[s]} />
            </span>
          ))}
        </div>
      ) : null}
      {checkedAt ? <Caption1>{t.summaryCheckedAt(clockTime(checkedAt))}</Caption1> : null}
    </section>
  );
}
