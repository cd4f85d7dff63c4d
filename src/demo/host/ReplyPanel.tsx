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
 * What the add-in's reply would hold: its HTML (sanitised once more, no remote images), and, below it, the quoted
 * original that Outlook adds. The quote is named, not shown: its content is exactly what must not be sent back.
 */
export function ReplyPanel({ mail, html, onClose }: { mail: DemoMail; html: string; onClose: () => void }) {
  const styles = useStyles();
  const safe = useMemo(
    () =>
      DOMPurify.sanitize(html, {
        FORBID_TAGS: ["img", "style", "script", "iframe", "form"],
        ALLOWED_URI_REGEXP: /^https:/i,
      }),
    [html],
  );
  return (
    <DraftPanel
      heading="Svar (åbnet af Kanalvagt)"
      headingId="reply-heading"
      testId="reply-panel"
      to={`${mail.sample.from.name} <${mail.sample.from.address}>`}
      subject={`SV: ${mail.sample.subject}`}
      focusKey={html}
      onDiscard={onClose}
    >
      <Caption1 className={styles.label}>Indsat af Kanalvagt:</Caption1>
      <div
        className={styles.inserted}
        data-testid="reply-inserted"
        dangerouslySetInnerHTML={{ __html: safe }}
      />
      <div className={styles.quote} data-testid="reply-quote">
        <Text size={200}>
          ----- Oprindelig meddelelse ----- Fra: {mail.sample.from.name}, {fullTime(mail.received)}. Outlook
          citerer hele den oprindelige mail her.
        </Text>
      </div>
      <MessageBar intent="warning">
        <MessageBarBody>
          Slet den citerede mail, før du sender: ellers sendes borgerens oplysninger retur med almindelig
          e-mail.
        </MessageBarBody>
      </MessageBar>
    </DraftPanel>
  );
}
