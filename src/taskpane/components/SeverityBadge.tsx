import { Badge, Caption1 } from "@fluentui/react-components";
import type { Severity } from "../../core/diagnostics";
import { useStrings } from "../StringsContext";

const COLORS = { error: "danger", warning: "warning", info: "informative" } as const;

/** A coloured severity label; `count` turns it into "错误 3 项". */
export function SeverityBadge({ severity, count }: { severity: Severity; count?: number }) {
  const t = useStrings();
  if (count === 0)
    // A zero count is not a problem: plain text instead of a red/yellow badge (ux review 3, §3), in the body colour
    // (a subtle badge's grey fails WCAG contrast on the section's background).
    return (
      <Caption1 data-severity={severity} data-count={0}>
        {t.severityCount(severity, 0)}
      </Caption1>
    );
  return (
    <Badge appearance="filled" color={COLORS[severity]} shape="rounded" data-severity={severity} data-count={count}>
      {count === undefined ? t.severityNames[severity] : t.severityCount(severity, count)}
    </Badge>
  );
}
