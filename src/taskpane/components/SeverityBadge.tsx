import { Badge } from "@fluentui/react-components";
import type { Severity } from "../../core/diagnostics";
import { useStrings } from "../StringsContext";

const COLORS = { error: "danger", warning: "warning", info: "informative" } as const;

/** A coloured severity label; `count` turns it into "错误 3 项". */
export function SeverityBadge({ severity, count }: { severity: Severity; count?: number }) {
  const t = useStrings();
  return (
    // A zero count is not a problem: a quiet outline badge instead of a red/yellow one (ux review 3, §3).
    <Badge
      appearance={count === 0 ? "outline" : "filled"}
      color={count === 0 ? "subtle" : COLORS[severity]}
      shape="rounded"
      data-severity={severity}
      data-count={count}
    >
      {count === undefined ? t.severityNames[severity] : t.severityCount(severity, count)}
    </Badge>
  );
}
