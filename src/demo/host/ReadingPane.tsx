import {
  Avatar,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Text,
  Title3,
  makeStyles,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { ArrowReply16Regular, Attach16Regular, Ribbon16Regular } from "@fluentui/react-icons";
import type { DemoMail } from "../mailbox/demo-mailbox";
import type { DemoDraft } from "../protocol";
import { ComposePanel, type ComposePanelProps } from "./ComposePanel";
import { fullTime } from "./format";
import { maskCprInText } from "../../core/privacy/mask-cpr-in-text";
import type { OpenReply } from "../exchange/demo-exchange";
import { ReplyPanel } from "./ReplyPanel";

/** A very long mail is shown in part: the browser need not lay out megabytes of text for the demo. */
const SHOWN_CHARACTERS = 20_000;

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    overflowY: "auto",
    minWidth: 0,
    flexGrow: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  sent: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  header: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center" },
  titleRow: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    alignItems: "flex-start",
    justifyContent: "space-between",
  },
  who: { display: "flex", flexDirection: "column", minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  signed: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteGreenForeground1,
  },
  attachments: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: 0, padding: 0 },
  attachment: {
    listStyle: "none",
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    ...shorthands.border("1px", "solid", tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
  },
  body: {
    whiteSpace: "pre-wrap",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase400,
    maxWidth: "72ch",
  },
});

function kilobytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export interface ReadingPaneProps {
  mail: DemoMail | undefined;
  /** The reply or new message form the add-in opened for this mail, if any. */
  openForm: OpenReply | undefined;
  onCloseReply: () => void;
  /** The reply being written to this mail, if any. */
  draft: DemoDraft | undefined;
  onReply: () => void;
  onDraftChange: ComposePanelProps["onChange"];
  onDiscardDraft: () => void;
  /** Send in the compose form and what the send guard is doing about it. */
  sending: Pick<ComposePanelProps, "onSend" | "checking" | "unavailable">;
  /** Said once a reply to this mail has been sent. */
  sentNotice: string;
}

/** The open mail as Outlook shows it: text only, so nothing in a sample mail can run or load. */
export function ReadingPane({
  mail,
  openForm,
  onCloseReply,
  draft,
  onReply,
  onDraftChange,
  onDiscardDraft,
  sending,
  sentNotice,
}: ReadingPaneProps) {
  const styles = useStyles();
  if (!mail) {
    return (
      <section className={styles.pane} aria-label="Læserude">
        <Text className={styles.muted}>Vælg en meddelelse for at læse den.</Text>
      </section>
    );
  }
  const { sample, item } = mail;
  const attachments = sample.protection === "encrypted" ? [] : item.attachments;
  const text = maskCprInText(sample.text.slice(0, SHOWN_CHARACTERS));
  return (
    <section className={styles.pane} aria-label="Læserude">
      <Text role="status" className={styles.sent}>
        {sentNotice}
      </Text>
      {openForm && <ReplyPanel mail={mail} form={openForm} onClose={onCloseReply} />}
      {draft && (
        <ComposePanel draft={draft} onChange={onDraftChange} onDiscard={onDiscardDraft} {...sending} />
      )}
      <div className={styles.titleRow}>
        <Title3 as="h2">{maskCprInText(sample.subject)}</Title3>
        {!draft && (
          <Button icon={<ArrowReply16Regular />} onClick={onReply}>
            Svar
          </Button>
        )}
      </div>
      <div className={styles.header}>
        <Avatar name={sample.from.name} size={40} color="colorful" aria-hidden />
        <div className={styles.who}>
          <Text weight="semibold">
            {sample.from.name} &lt;{sample.from.address}&gt;
          </Text>
          <Caption1 className={styles.muted}>Til: {item.to.map((r) => r.displayName).join(", ")}</Caption1>
          <Caption1 className={styles.muted}>{fullTime(mail.received)}</Caption1>
        </div>
      </div>
      {sample.protection === "signed" && (
        <Caption1 className={styles.signed}>
          <Ribbon16Regular aria-hidden /> Signeret af {sample.from.address}
        </Caption1>
      )}
      {attachments.length > 0 && (
        <ul className={styles.attachments} aria-label="Vedhæftede filer">
          {attachments.map((a) => (
            <li key={a.id} className={styles.attachment}>
              <Attach16Regular aria-hidden />
              {a.name} ({kilobytes(a.size)})
            </li>
          ))}
        </ul>
      )}
      {sample.protection === "encrypted" ? (
        <MessageBar intent="info">
          <MessageBarBody>
            Meddelelsen er krypteret med S/MIME. Den kan kun læses af modtageren med det rette certifikat, og
            tilføjelsesprogrammer får ikke adgang til indholdet.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <div className={styles.body}>
          {text}
          {sample.text.length > SHOWN_CHARACTERS && (
            <Caption1 as="p" className={styles.muted}>
              … Demoen viser kun begyndelsen af denne meget lange mail ({kilobytes(sample.text.length)}).
              Kanalvagt læser hele mailen.
            </Caption1>
          )}
        </div>
      )}
      <Caption1 className={styles.muted}>
        Demoen skjuler CPR-numre i læseruden. Kanalvagt læser hele mailen.
      </Caption1>
    </section>
  );
}
