import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Address } from "../../core/mail";
import { maskCprInText } from "../../core/privacy/mask-cpr-in-text";
import type { MailRead } from "../../office/mailbox-port";
import type { PaneTriage } from "../engine/pane-triage";
import { useTexts } from "../i18n";
import { useSectionStyles } from "./section-styles";
import { SignatureBadge } from "./SignatureSection";

const useStyles = makeStyles({
  summary: {
    cursor: "pointer",
    fontWeight: tokens.fontWeightSemibold,
    borderRadius: tokens.borderRadiusSmall,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: `${tokens.spacingVerticalS} 0 0`,
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

/** The sender as the pane may print it: free text the sender controls, with CPR-shaped numbers masked. */
function senderText(from: Address | undefined, unknown: string): string {
  if (!from) return unknown;
  return maskCprInText(from.name ? `${from.name} <${from.address}>` : from.address);
}

/**
 * Which mail the pane is about: subject, sender, when it came, where it lies, its attachments and its signature state.
 * Outlook shows all of it above the mail already, so it comes last and folded; every value from the mail is masked.
 */
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
  const attachments = mail.attachments.filter((a) => !a.isInline);
  return (
    <section className={shared.section} aria-labelledby="kanalvagt-about" data-testid="mail-summary">
      <details>
        <summary className={styles.summary} id="kanalvagt-about">
          {t.aboutMail}
        </summary>
        <dl className={styles.facts}>
          <dt className={styles.term}>{t.subject}</dt>
          <dd className={styles.value} data-testid="subject">
            {maskCprInText(mail.subject.trim()) || t.noSubject}
          </dd>
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
          {attachments.length > 0 && (
            <>
              <dt className={styles.term}>{t.attachments}</dt>
              <dd className={styles.value} data-testid="attachments">
                {attachments.map((a) => maskCprInText(a.name)).join(", ")}
              </dd>
            </>
          )}
        </dl>
        {read.shared?.owner && (
          <Caption1 className={styles.term}>{t.sharedMailbox(maskCprInText(read.shared.owner))}</Caption1>
        )}
        {triage && (
          <div className={styles.badges}>
            <SignatureBadge status={triage.signature.status} />
          </div>
        )}
      </details>
    </section>
  );
}
