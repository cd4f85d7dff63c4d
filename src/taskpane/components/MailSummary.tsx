import { Caption1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import type { Address } from "../../core/mail";
import type { MailRead } from "../../office/mailbox-port";
import type { PaneTriage } from "../engine/pane-triage";
import { useTexts } from "../i18n";
import { useSectionStyles } from "./section-styles";
import { SignatureBadge } from "./SignatureSection";

const useStyles = makeStyles({
  header: { gap: tokens.spacingVerticalXS },
  subject: { wordBreak: "break-word" },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, wordBreak: "break-word" },
  badges: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    marginTop: tokens.spacingVerticalXS,
  },
});

function senderText(from: Address | undefined, unknown: string): string {
  if (!from) return unknown;
  return from.name ? `${from.name} <${from.address}>` : from.address;
}

/** Which mail the pane is about: subject, sender, when it came, where it lies, and its signature state. */
export function MailSummary({ read, triage }: { read: MailRead; triage: PaneTriage | undefined }) {
  const styles = useStyles();
  const shared = useSectionStyles();
  const { t } = useTexts();
  const { mail } = read;
  const received = mail.date
    ? new Intl.DateTimeFormat(t.locale, { dateStyle: "medium", timeStyle: "short" }).format(
        new Date(mail.date),
      )
    : undefined;
  return (
    <section className={`${shared.section} ${styles.header}`} aria-labelledby="kanalvagt-subject">
      <Caption1 className={styles.term}>{t.subject}</Caption1>
      <Subtitle1 as="h1" id="kanalvagt-subject" className={styles.subject}>
        {mail.subject.trim() || t.noSubject}
      </Subtitle1>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t.from}</dt>
        <dd className={styles.value} data-testid="sender">
          {senderText(mail.from, t.unknownSender)}
        </dd>
        {received && (
          <>
            <dt className={styles.term}>{t.received}</dt>
            <dd className={styles.value}>{received}</dd>
          </>
        )}
      </dl>
      {read.shared?.owner && (
        <Caption1 className={styles.term}>{t.sharedMailbox(read.shared.owner)}</Caption1>
      )}
      {triage && (
        <div className={styles.badges}>
          <SignatureBadge status={triage.signature.status} />
        </div>
      )}
    </section>
  );
}
