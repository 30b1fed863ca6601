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
  /** 导出结果; the button is shown only when given. */
  onExport?: () => void;
  canExport?: boolean;
}

export function Toolbar({ busy, canClear, onCheck, onClear, onExport, canExport }: ToolbarProps) {
  const t = useStrings();
  const styles = useStyles();
  const checking = busy === "check" || busy === "apply";
  return (
    <div role="toolbar" aria-label={t.toolbarLabel} className={styles.bar}>
      <Button
        appearance="primary"
        onClick={onCheck}
        disabled={busy !== null}
        aria-label={t.checkButtonAria}
        icon={checking ? <Spinner size="tiny" aria-hidden /> : undefined}
        data-testid="check-button"
      >
        {checking ? t.checking : t.checkButton}
      </Button>
      <Button
        appearance="secondary"
        onClick={onClear}
        disabled={busy !== null || !canClear}
        aria-label={t.clearButtonAria}
        data-testid="clear-button"
      >
        {busy === "clear" ? t.clearing : t.clearButton}
      </Button>
      {onExport ? (
        <Button
          appearance="secondary"
          onClick={onExport}
          disabled={busy !== null || canExport === false}
          aria-label={t.exportButtonAria}
          data-testid="export-button"
        >
          {busy === "export" ? t.exporting : t.exportButton}
        </Button>
      ) : null}
    </div>
  );
}
