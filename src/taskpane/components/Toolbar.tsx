import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { BusyState } from "../controller";
import { useStrings } from "../StringsContext";

const useStyles = makeStyles({
  bar: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

export interface ToolbarProps {
  busy: BusyState;
  canClear: boolean;
  onCheck: () => void;
  onClear: () => void;
  /** 检查全部工作表; the button is shown only when given. */
  onCheckAll?: () => void;
}

/**
 * Accessible names are the visible labels (WCAG 2.5.3 Label in Name: a voice-control user says what they see); the
 * longer explanations are accessible descriptions (aria-description).
 */
export function Toolbar({ busy, canClear, onCheck, onClear, onCheckAll }: ToolbarProps) {
  const t = useStrings();
  const styles = useStyles();
  const checking = busy === "check" || busy === "apply";
  return (
    <div role="toolbar" aria-label={t.toolbarLabel} className={styles.bar}>
      <Button
        appearance="primary"
        onClick={onCheck}
        disabled={busy !== null}
        aria-description={t.checkButtonDescription}
        icon={checking ? <Spinner size="tiny" aria-hidden /> : undefined}
        data-testid="check-button"
      >
        {checking ? t.checking : t.checkButton}
      </Button>
      {onCheckAll ? (
        <Button
          appearance="secondary"
          onClick={onCheckAll}
          disabled={busy !== null}
          aria-description={t.checkAllButtonDescription}
          icon={busy === "check-all" ? <Spinner size="tiny" aria-hidden /> : undefined}
          data-testid="check-all-button"
        >
          {busy === "check-all" ? t.checkingAll : t.checkAllButton}
        </Button>
      ) : null}
      <Button
        appearance="secondary"
        onClick={onClear}
        disabled={busy !== null || !canClear}
        aria-description={t.clearButtonDescription}
        data-testid="clear-button"
      >
        {busy === "clear" ? t.clearing : t.clearButton}
      </Button>
    </div>
  );
}
