import { Checkbox, Field, Radio, RadioGroup, Switch, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../core/diagnostics";
import { ALL_SEVERITIES } from "../grouping";
import type { FrameworkChoice } from "../i18n";
import type { PaneSettings } from "../settings";
import { useStrings } from "../StringsContext";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBlock: tokens.spacingVerticalXS },
  severities: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});

const FRAMEWORKS: readonly FrameworkChoice[] = ["auto", "old-88", "core-101"];

export interface SettingsPanelProps {
  settings: PaneSettings;
  disabled: boolean;
  onChange: (patch: Partial<PaneSettings>) => void;
}

export function SettingsPanel({ settings, disabled, onChange }: SettingsPanelProps) {
  const t = useStrings();
  const styles = useStyles();
  const setSeverity = (s: Severity, on: boolean) => onChange({ severities: { ...settings.severities, [s]: on } });
  return (
    <div className={styles.root} data-testid="settings">
      <Field label={t.frameworkLabel}>
        <RadioGroup
          value={settings.framework}
          aria-label={t.frameworkLabel}
          disabled={disabled}
          onChange={(_, d) => onChange({ framework: d.value as FrameworkChoice })}
        >
          {FRAMEWORKS.map((f) => (
            <Radio key={f} value={f} label={t.frameworkChoices[f]} aria-label={t.frameworkChoices[f]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t.severityFilterLabel}>
        <div role="group" aria-label={t.severityFilterLabel} className={styles.severities}>
          {ALL_SEVERITIES.map((s) => (
            <Checkbox
              key={s}
              checked={settings.severities[s]}
              label={t.severityNames[s]}
              aria-label={t.severityNames[s]}
              onChange={(_, d) => setSeverity(s, d.checked === true)}
            />
          ))}
        </div>
      </Field>
      <Switch
        checked={settings.autoRecheck}
        label={t.autoRecheckLabel}
        aria-label={t.autoRecheckLabel}
        onChange={(_, d) => onChange({ autoRecheck: d.checked })}
      />
    </div>
  );
}
