import { Body1, Body1Strong, Caption1, Spinner, Subtitle2 } from "@fluentui/react-components";
import type { MailState } from "../selection";
import { useTexts } from "../i18n";
import { useSectionStyles } from "./section-styles";

/**
 * The attachments' state: being read (the first verdict is already shown above), or which were not read and why.
 * Findings inside them are in the findings section; a file not read is never silently passed over.
 */
export function AttachmentsSection({ state }: { state: MailState }) {
  const shared = useSectionStyles();
  const { t } = useTexts();
  const { triage, attachmentError, read } = state;
  if (read.mail.attachments.length === 0 || !triage) return null;
  const listed = triage.attachments;
  const unread = listed?.filter((attachment) => !attachment.read) ?? [];
  return (
    <section
      className={shared.section}
      aria-labelledby="kanalvagt-attachments"
      data-testid="attachment-state"
    >
      <Subtitle2 as="h2" id="kanalvagt-attachments" className={shared.heading}>
        {t.attachmentsHeading}
      </Subtitle2>
      {attachmentError ? (
        <Body1 role="alert">{t.attachmentsFailed}</Body1>
      ) : listed === undefined ? (
        <Spinner size="tiny" label={t.attachmentsReading} role="status" data-testid="attachments-reading" />
      ) : unread.length === 0 ? (
        <Body1 role="status">{t.allAttachmentsRead(listed.length)}</Body1>
      ) : (
        <>
          <Body1Strong>{t.notReadTitle}</Body1Strong>
          <ul className={shared.list} data-testid="attachments-not-read">
            {unread.map((attachment, i) => (
              <li key={`${i}|${attachment.name}`}>
                <Caption1>
                  {attachment.name}:{" "}
                  {attachment.partly
                    ? t.partlyRead
                    : attachment.reason
                      ? t.notRead[attachment.reason]
                      : t.notRead.damaged}
                </Caption1>
              </li>
            ))}
          </ul>
          <Caption1 className={shared.muted}>{t.notReadAdvice}</Caption1>
        </>
      )}
    </section>
  );
}
