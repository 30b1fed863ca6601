import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Notice, NoticeIntent } from "../controller";
import type { Strings } from "../i18n";
import { useStrings } from "../StringsContext";

export function noticeContent(t: Strings, notice: Notice): { intent: NoticeIntent; title?: string; text: string } {
  switch (notice.kind) {
    case "host-error": {
      const title = t.hostErrorTitle[notice.error.code] ?? t.hostErrorTitle.unknown;
      // The host's messages sometimes start with the same words ("操作失败：…"); don't say it twice.
      return { intent: "error", title: notice.error.message.startsWith(title) ? undefined : title, text: notice.error.message };
    }
    case "unexpected":
      return { intent: "error", text: t.unexpectedError(notice.detail) };
    case "applied":
      return { intent: "success", text: t.applied(notice.cell) };
    case "cleared":
      return { intent: "success", text: t.marksCleared(notice.count) };
    case "exported":
      return { intent: "success", text: t.exported(notice.sheet, notice.rows) };
    case "export-nothing":
      return { intent: "info", text: t.exportNothing };
    case "export-unsupported":
      return { intent: "warning", text: t.exportUnsupported };
    case "auto-rechecked":
      return { intent: "info", text: t.autoRechecked };
    case "external":
      return { intent: notice.intent, text: notice.text };
  }
}

export function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const t = useStrings();
  const { intent, title, text } = noticeContent(t, notice);
  return (
    <MessageBar
      intent={intent}
      politeness={intent === "error" ? "assertive" : "polite"}
      data-testid="notice"
      data-kind={notice.kind}
    >
      <MessageBarBody>
        {title ? <MessageBarTitle>{title}</MessageBarTitle> : null}
        {text}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" aria-label={t.dismissAria} onClick={onDismiss}>
            {t.dismiss}
          </Button>
        }
      />
    </MessageBar>
  );
}
