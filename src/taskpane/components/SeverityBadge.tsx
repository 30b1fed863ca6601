import { Badge } from "@fluentui/react-components";
import type { Severity } from "../../core/diagnostics";
import { useStrings } from "../StringsContext";

const COLORS = { error: "danger", warning: "warning", info: "informative" } as const;

/** A coloured severity label; `count` turns it into "错误 3 项". */
export function SeverityBadge({ severity, count }: { severity: Severity; count?: number }) {
  const t = useStrings();
  return (
    <Badge appearance="filled" color={COLORS[severity]} shape="rounded" data-severity={severity}>
      {count === undefined ? t.severityNames[severity] : t.severityCount(severity, count)}
    </Badge>
  );
}
