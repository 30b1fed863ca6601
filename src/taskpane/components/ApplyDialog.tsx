import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Diagnostic } from "../../core/diagnostics";
import { useStrings } from "../StringsContext";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: {
    margin: 0,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
  cell: { margin: 0, fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  newValue: { backgroundColor: tokens.colorPaletteGreenBackground1 },
});

export interface ApplyDialogProps {
  finding: Diagnostic | null;
  oldText: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Shows the value that would be written (and what it replaces) before anything is written. */
export function ApplyDialog({ finding, oldText, onConfirm, onCancel }: ApplyDialogProps) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <Dialog open={finding !== null} onOpenChange={(_, d) => (d.open ? undefined : onCancel())}>
      <DialogSurface aria-label={t.applyDialogTitle} data-testid="apply-dialog">
        <DialogBody>
          <DialogTitle>{t.applyDialogTitle}</DialogTitle>
          <DialogContent>
            {finding ? (
              <dl className={styles.grid}>
                <dt className={styles.term}>{t.applyDialogCellLabel}</dt>
                <dd className={styles.cell} data-testid="apply-cell">
                  {finding.cell}
                </dd>
                <dt className={styles.term}>{t.applyDialogOld}</dt>
                <dd className={styles.value} data-testid="apply-old">
                  {oldText === "" ? t.applyDialogEmpty : oldText}
                </dd>
                <dt className={styles.term}>{t.applyDialogNew}</dt>
                <dd className={mergeClasses(styles.value, styles.newValue)} data-testid="apply-new">
                  {finding.suggestion === "" ? t.applyDialogEmpty : finding.suggestion}
                </dd>
              </dl>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm} aria-label={t.applyConfirm} data-testid="apply-confirm">
              {t.applyConfirm}
            </Button>
            <Button appearance="secondary" onClick={onCancel} aria-label={t.applyCancel} data-testid="apply-cancel">
              {t.applyCancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
