import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import DOMPurify from "dompurify";
import { useEffect, useMemo, useRef } from "react";
import type { DemoMail } from "../mailbox/demo-mailbox";
import { fullTime } from "./format";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.border("1px", "solid", tokens.colorBrandStroke1),
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
  },
  top: { display: "flex", alignItems: "center", justifyContent: "space-between" },
  facts: { display: "flex", flexDirection: "column", color: tokens.colorNeutralForeground2 },
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
  const panel = useRef<HTMLElement>(null);
  const safe = useMemo(
    () =>
      DOMPurify.sanitize(html, {
        FORBID_TAGS: ["img", "style", "script", "iframe", "form"],
        ALLOWED_URI_REGEXP: /^https:/i,
      }),
    [html],
  );
  // Outlook moves the focus to a reply it opens; the demo does the same with its panel.
  useEffect(() => panel.current?.focus(), [html]);
  return (
    <section
      ref={panel}
      tabIndex={-1}
      className={styles.panel}
      aria-labelledby="reply-heading"
      data-testid="reply-panel"
    >
      <div className={styles.top}>
        <Subtitle2 as="h3" id="reply-heading">
          Svar (åbnet af Kanalvagt)
        </Subtitle2>
        <Button appearance="subtle" icon={<Dismiss16Regular />} onClick={onClose}>
          Kassér
        </Button>
      </div>
      <div className={styles.facts}>
        <Text size={200}>
          Til: {mail.sample.from.name} &lt;{mail.sample.from.address}&gt;
        </Text>
        <Text size={200}>Emne: SV: {mail.sample.subject}</Text>
      </div>
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
    </section>
  );
}
