import { Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { KeyedFinding } from "../grouping";
import { useStrings } from "../StringsContext";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  item: {
    listStyleType: "none",
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    display: "flex",
    flexDirection: "column",
  },
  selected: { border: `1px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  main: {
    appearance: "none",
    border: "none",
    background: "none",
    margin: 0,
    font: "inherit",
    textAlign: "start",
    boxSizing: "border-box",
    cursor: "pointer",
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    width: "100%",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  message: { overflowWrap: "anywhere" },
  advice: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  label: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", justifyContent: "flex-end", padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}` },
});

export interface FindingItemProps {
  item: KeyedFinding;
  selected: boolean;
  busy: boolean;
  onSelect: (item: KeyedFinding) => void;
  onApply: (item: KeyedFinding) => void;
}

export function FindingItem({ item, selected, busy, onSelect, onApply }: FindingItemProps) {
  const t = useStrings();
  const styles = useStyles();
  const d = item.finding;
  return (
    <li
      className={mergeClasses(styles.item, selected && styles.selected)}
      data-testid="finding"
      data-key={item.key}
      data-cell={d.cell}
      data-rule={d.rule}
      data-severity={d.severity}
      data-selected={selected ? "true" : "false"}
    >
      <button
        type="button"
        className={styles.main}
        data-finding-main=""
        aria-description={t.findingDescription}
        aria-current={selected ? "true" : undefined}
        onClick={() => onSelect(item)}
      >
        <span className={styles.head}>
          <SeverityBadge severity={d.severity} />
          <span className={styles.cell}>{d.cell}</span>
        </span>
        <span className={styles.message}>{d.message}</span>
        {d.suggestion !== undefined ? (
          <Caption1 className={styles.advice}>
            <span className={styles.label}>{t.suggestionLabel}</span>
            <span data-testid="suggestion">{d.suggestion}</span>
          </Caption1>
        ) : null}
        {d.fix ? (
          <Caption1 className={styles.advice}>
            <span className={styles.label}>{t.fixLabel}</span>
            {d.fix}
          </Caption1>
        ) : null}
        {d.related.length > 0 ? <Caption1 className={styles.advice}>{t.relatedCells(d.related.join("、"))}</Caption1> : null}
        {d.basis ? (
          <Caption1 className={styles.advice} data-testid="basis">
            <span className={styles.label}>{t.basisLabel}</span>
            {d.basis}
          </Caption1>
        ) : null}
      </button>
      {d.suggestion !== undefined ? (
        <div className={styles.actions}>
          <Button
            size="small"
            appearance="outline"
            disabled={busy}
            aria-description={t.applyButtonAria(d.cell)}
            onClick={() => onApply(item)}
            data-testid="apply-button"
          >
            {t.applyButton}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
