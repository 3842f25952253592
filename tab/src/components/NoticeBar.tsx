// A view's notice (saved, a conflict, a failed request) above its content.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Notice } from "../notice";

export function NoticeBar({ notice }: { notice?: Notice }) {
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} data-testid="message">
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  );
}
