import {
  Caption1,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import DOMPurify from "dompurify";
import { useMemo } from "react";
import { maskCprInText } from "../../core/privacy/mask-cpr-in-text";
import type { OpenReply } from "../exchange/demo-exchange";
import type { DemoMail } from "../mailbox/demo-mailbox";
import { DraftPanel } from "./DraftPanel";
import { fullTime } from "./format";

const useStyles = makeStyles({
  inserted: {
    padding: tokens.spacingHorizontalM,
    ...shorthands.border("1px", "dashed", tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
    "& p": { margin: `0 0 ${tokens.spacingVerticalS}` },
  },
  label: { color: tokens.colorNeutralForeground3 },
  quote: {
    padding: tokens.spacingHorizontalM,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
  },
});

/**
 * What the form the add-in opened holds: its HTML (sanitised once more, no remote images); for a reply, below it, the
 * quoted original that Outlook adds. The quote is named, not shown: its content is exactly what must not be sent back.
 * A new message has the add-in's own recipient and subject, and nothing below the text.
 */
export function ReplyPanel({
  mail,
  form,
  onClose,
}: {
  mail: DemoMail;
  form: OpenReply;
  onClose: () => void;
}) {
  const styles = useStyles();
  const safe = useMemo(
    () =>
      DOMPurify.sanitize(form.html, {
        FORBID_TAGS: ["img", "style", "script", "iframe", "form"],
        ALLOWED_URI_REGEXP: /^https:/i,
      }),
    [form.html],
  );
  const isReply = form.kind === "reply";
  return (
    <DraftPanel
      heading={isReply ? "Svar (åbnet af Kanalvagt)" : "Ny mail (åbnet af Kanalvagt)"}
      headingId="reply-heading"
      testId="reply-panel"
      to={
        isReply
          ? `${mail.sample.from.name} <${maskCprInText(mail.sample.from.address)}>`
          : form.to.map(maskCprInText).join("; ")
      }
      subject={isReply ? `SV: ${maskCprInText(mail.sample.subject)}` : form.subject}
      focusKey={form}
      onDiscard={onClose}
    >
      <Caption1 className={styles.label}>Indsat af Kanalvagt:</Caption1>
      <div
        className={styles.inserted}
        data-testid="reply-inserted"
        dangerouslySetInnerHTML={{ __html: safe }}
      />
      {isReply && (
        <>
          <div className={styles.quote} data-testid="reply-quote">
            <Text size={200}>
              ----- Oprindelig meddelelse ----- Fra: {mail.sample.from.name}, {fullTime(mail.received)}.
              Outlook citerer hele den oprindelige mail her.
            </Text>
          </div>
          <MessageBar intent="warning">
            <MessageBarBody>
              Slet den citerede mail, før du sender, hvis den indeholder personoplysninger: ellers sendes de
              retur med almindelig e-mail.
            </MessageBarBody>
          </MessageBar>
        </>
      )}
    </DraftPanel>
  );
}
