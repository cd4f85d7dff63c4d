import {
  Body1,
  Button,
  Caption1,
  Link,
  Radio,
  RadioGroup,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Copy16Regular, MailArrowUp16Regular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import type { Mail } from "../../core/mail";
import { maskCprInText } from "../../core/privacy/mask-cpr-in-text";
import type { TemplateId } from "../../core/triage-types";
import { copyText } from "../clipboard";
import type { PaneTemplate, PaneTriage } from "../engine/pane-triage";
import { useTexts, type PaneTexts } from "../i18n";
import { useSectionStyles } from "./section-styles";
import { StatusLine, type Status } from "./StatusLine";

const useStyles = makeStyles({
  preview: {
    maxHeight: "16rem",
    overflowY: "auto",
    whiteSpace: "pre-wrap",
    wordBreak: "break-word",
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  field: { display: "block", color: tokens.colorNeutralForeground2 },
  subject: { display: "block", fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalS },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  manual: { width: "100%" },
});

export interface ReplySectionProps {
  triage: PaneTriage;
  /** The mail answered: its sender is the new message's recipient, its subject the reply's. */
  mail: Mail;
  /** Opens the template in Outlook; resolves with what to tell staff. */
  onSend: (template: PaneTemplate) => Promise<Status>;
  /** Whether Outlook can open this template here. */
  canSend: (template: PaneTemplate) => boolean;
}

/** The reply the channel strategy wants, as a preview of exactly what opens, with "copy" and "open" per template. */
export function ReplySection({ triage, mail, onSend, canSend }: ReplySectionProps) {
  const shared = useSectionStyles();
  const { t } = useTexts();
  const { templates, recommendation, withheld } = triage;
  const [chosen, setChosen] = useState<TemplateId | undefined>(templates[0]?.id);
  const template = templates.find((tpl) => tpl.id === chosen) ?? templates[0];
  const link = recommendation.selfServiceLink;
  return (
    <section className={shared.section} aria-labelledby="kanalvagt-reply" data-testid="reply">
      <Subtitle2 as="h2" id="kanalvagt-reply" className={shared.heading}>
        {t.replyHeading}
      </Subtitle2>
      <Body1 data-channel={recommendation.channel}>{t.channel[recommendation.channel]}</Body1>
      {link && (
        <Body1 data-testid="self-service-link">
          {t.selfServiceLink}{" "}
          <Link href={link.url} target="_blank" rel="noopener noreferrer">
            {link.label[template?.lang ?? "da"]}
          </Link>
        </Body1>
      )}
      {template && (
        <>
          {templates.length > 1 && (
            // Native radio buttons: arrow keys move between the templates and choose one, as staff expect.
            <RadioGroup
              layout="horizontal"
              aria-label={t.variants}
              value={template.id}
              onChange={(_event, data) => setChosen(data.value as TemplateId)}
            >
              {templates.map((tpl) => (
                <Radio key={tpl.id} value={tpl.id} label={t.templateName[tpl.id]} />
              ))}
            </RadioGroup>
          )}
          <TemplatePanel
            key={template.id}
            template={template}
            mail={mail}
            onSend={canSend(template) ? onSend : undefined}
          />
        </>
      )}
      {withheld.length > 0 && <Caption1 data-testid="withheld">{t.withheld(withheld.length)}</Caption1>}
    </section>
  );
}

interface TemplatePanelProps {
  template: PaneTemplate;
  mail: Mail;
  onSend: ((template: PaneTemplate) => Promise<Status>) | undefined;
}

function sendLabel(template: PaneTemplate, t: PaneTexts): string {
  if (template.id === "kvittering") return t.sendReceipt;
  return template.form === "new-message" ? t.writeNewMessage : t.replyByMail;
}

function TemplatePanel({ template, mail, onSend }: TemplatePanelProps) {
  const styles = useStyles();
  const shared = useSectionStyles();
  const { t } = useTexts();
  const [status, setStatus] = useState<Status>();
  const [manual, setManual] = useState(false);
  const [busy, setBusy] = useState(false);
  const manualRef = useRef<HTMLTextAreaElement>(null);
  const byMail = template.form !== "copy";

  useEffect(() => {
    if (manual) manualRef.current?.select();
  }, [manual]);

  const copy = async (): Promise<void> => {
    const outcome = await copyText(template.text);
    setManual(outcome === "manual");
    setStatus({
      tone: outcome === "copied" ? "success" : "warning",
      text: outcome === "copied" ? t.copied : t.copyManual,
    });
  };

  const send = async (): Promise<void> => {
    if (!onSend) return;
    setBusy(true);
    try {
      setStatus(await onSend(template));
    } finally {
      setBusy(false);
    }
  };

  const subject =
    template.form === "reply" ? `${t.replyPrefix} ${maskCprInText(mail.subject)}` : template.subject;
  return (
    <div className={styles.panel} data-template={template.id} data-form={template.form}>
      <div className={shared.actions}>
        {byMail && onSend && (
          <Button
            appearance="primary"
            icon={<MailArrowUp16Regular />}
            disabled={busy}
            onClick={() => void send()}
          >
            {sendLabel(template, t)}
          </Button>
        )}
        <Button
          appearance={byMail && onSend ? "secondary" : "primary"}
          icon={<Copy16Regular />}
          onClick={() => void copy()}
        >
          {template.form === "copy" ? t.copyDigitalPost : t.copyText}
        </Button>
      </div>
      {byMail && onSend && (
        <Caption1 data-testid="send-form-note">
          {template.form === "reply" ? t.replyQuoteNote(maskCprInText(mail.subject)) : t.newMessageNote}
        </Caption1>
      )}
      <StatusLine status={status} />
      <div className={styles.preview} role="region" aria-label={t.preview} tabIndex={0} data-testid="preview">
        {byMail && mail.from && (
          <span className={styles.field} data-testid="preview-to">
            {t.previewTo} {maskCprInText(mail.from.address)}
          </span>
        )}
        <span className={styles.subject} data-testid="preview-subject">
          {t.previewSubject} {subject}
        </span>
        {template.text}
      </div>
      {byMail && !onSend && <Caption1>{t.replyUnavailable}</Caption1>}
      {manual && (
        <Textarea
          ref={manualRef}
          className={styles.manual}
          readOnly
          value={template.text}
          aria-label={t.copyText}
          resize="vertical"
        />
      )}
    </div>
  );
}
