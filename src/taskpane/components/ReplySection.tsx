import {
  Body1,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Copy16Regular, MailArrowUp16Regular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import type { RenderedTemplate } from "../../core/templates/render";
import type { TemplateId } from "../../core/triage-types";
import { copyText } from "../clipboard";
import type { PaneTriage } from "../engine/pane-triage";
import { useTexts } from "../i18n";
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
  subject: { display: "block", fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalS },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  manual: { width: "100%" },
});

/** Templates that may go to the citizen by e-mail from Outlook; the Digital Post reply never does. */
const BY_EMAIL: TemplateId[] = ["kvittering", "selvbetjening", "booking", "sikker-kanal"];

export interface ReplySectionProps {
  triage: PaneTriage;
  /** Opens Outlook's reply form with the template's safe HTML; resolves with what to tell staff. */
  onReply: (template: RenderedTemplate) => Promise<Status>;
  canReply: boolean;
}

/** The reply the channel strategy wants, as a preview with "copy" and "reply" actions per template. */
export function ReplySection({ triage, onReply, canReply }: ReplySectionProps) {
  const shared = useSectionStyles();
  const { t } = useTexts();
  const { templates, recommendation } = triage;
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
            onReply={canReply && BY_EMAIL.includes(template.id) ? onReply : undefined}
            replyUnavailable={!canReply && BY_EMAIL.includes(template.id)}
          />
        </>
      )}
    </section>
  );
}

interface TemplatePanelProps {
  template: RenderedTemplate;
  onReply: ((template: RenderedTemplate) => Promise<Status>) | undefined;
  replyUnavailable: boolean;
}

function TemplatePanel({ template, onReply, replyUnavailable }: TemplatePanelProps) {
  const styles = useStyles();
  const shared = useSectionStyles();
  const { t } = useTexts();
  const [status, setStatus] = useState<Status>();
  const [manual, setManual] = useState(false);
  const [busy, setBusy] = useState(false);
  const manualRef = useRef<HTMLTextAreaElement>(null);

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

  const reply = async (): Promise<void> => {
    if (!onReply) return;
    setBusy(true);
    try {
      setStatus(await onReply(template));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.panel} data-template={template.id}>
      <div className={styles.preview} role="region" aria-label={t.preview} tabIndex={0} data-testid="preview">
        <span className={styles.subject}>
          {t.previewSubject} {template.subject}
        </span>
        {template.text}
      </div>
      <div className={shared.actions}>
        <Button
          appearance={template.id === "digital-post-svar" ? "primary" : "secondary"}
          icon={<Copy16Regular />}
          onClick={() => void copy()}
        >
          {template.id === "digital-post-svar" ? t.copyDigitalPost : t.copyText}
        </Button>
        {onReply && (
          <Button
            appearance={template.id === "kvittering" ? "primary" : "secondary"}
            icon={<MailArrowUp16Regular />}
            disabled={busy}
            onClick={() => void reply()}
          >
            {template.id === "kvittering" ? t.sendReceipt : t.replyByMail}
          </Button>
        )}
      </div>
      {onReply && (
        <MessageBar intent="warning" layout="multiline" data-testid="quote-warning">
          <MessageBarBody>{t.quoteWarning}</MessageBarBody>
        </MessageBar>
      )}
      {replyUnavailable && <Caption1>{t.replyUnavailable}</Caption1>}
      <StatusLine status={status} />
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
