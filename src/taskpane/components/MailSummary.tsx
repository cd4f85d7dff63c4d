import { Caption1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import type { Address } from "../../core/mail";
import type { MailView } from "../mail-view";
import { useTexts } from "../i18n";
import { SignatureSection } from "./SignatureSection";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
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
});

function senderText(from: Address | undefined, unknown: string): string {
  if (!from) return unknown;
  return from.name ? `${from.name} <${from.address}>` : from.address;
}

/** Which mail the pane is about, and its signature state. */
export function MailSummary({ view }: { view: MailView }) {
  const styles = useStyles();
  const { t } = useTexts();
  const { mail } = view.read;
  const received = mail.date
    ? new Intl.DateTimeFormat(t.locale, { dateStyle: "medium", timeStyle: "short" }).format(
        new Date(mail.date),
      )
    : undefined;
  return (
    <>
      <section className={styles.header} aria-labelledby="kanalvagt-subject">
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
      </section>
      <SignatureSection signature={view.signature} gaps={view.read.gaps} />
    </>
  );
}
