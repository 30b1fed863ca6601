import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { HostCapabilities } from "../../excel/sheetHost";
import { useStrings } from "../StringsContext";

/** What this Excel cannot do (old requirement sets), as the host describes it in zh-CN. */
export function CapabilityNotice({ capabilities }: { capabilities: HostCapabilities }) {
  const t = useStrings();
  if (capabilities.supported && capabilities.notices.length === 0) return null;
  return (
    <MessageBar intent={capabilities.supported ? "info" : "error"} layout="multiline" data-testid="capabilities">
      <MessageBarBody>
        <MessageBarTitle>{capabilities.supported ? t.degradedTitle : t.hostErrorTitle["unsupported-host"]}</MessageBarTitle>
        {capabilities.notices.join(" ")}
      </MessageBarBody>
    </MessageBar>
  );
}
