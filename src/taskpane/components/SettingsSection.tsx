import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { PaneSettings } from "../settings";
import { useStrings } from "../StringsContext";
import { SettingsPanel } from "./SettingsPanel";

const useStyles = makeStyles({
  root: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalXS },
});

export interface SettingsSectionProps {
  settings: PaneSettings;
  disabled: boolean;
  onChange: (patch: Partial<PaneSettings>) => void;
}

/** A disclosure button revealing the settings panel. */
export function SettingsSection({ settings, disabled, onChange }: SettingsSectionProps) {
  const t = useStrings();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className={styles.root}>
      <Button
        appearance="subtle"
        size="small"
        aria-expanded={open}
        aria-controls={panelId}
        aria-description={t.settingsToggleDescription}
        onClick={() => setOpen(!open)}
        data-testid="settings-toggle"
      >
        <span aria-hidden="true">{open ? "▾ " : "▸ "}</span>
        {t.settingsHeading}
      </Button>
      <div id={panelId} hidden={!open}>
        {open ? <SettingsPanel settings={settings} disabled={disabled} onChange={onChange} /> : null}
      </div>
    </div>
  );
}
