import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Delete16Regular, Send16Regular } from "@fluentui/react-icons";
import type { DemoDraft } from "../protocol";
import { DraftPanel } from "./DraftPanel";

const useStyles = makeStyles({
  quote: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  send: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
});

export interface ComposePanelProps {
  draft: DemoDraft;
  onChange: (change: Partial<Pick<DemoDraft, "text" | "quoted">>) => void;
  onDiscard: () => void;
  onSend: () => void;
  /** The send guard is checking the mail (OnMessageSend): Send waits. */
  checking: boolean;
  /** The send guard could not be loaded, so the demo cannot send. */
  unavailable: boolean;
}

/**
 * The compose form of a reply, as Outlook opens it: the text to write, and the quoted original below it. The quote is
 * named, not shown – it holds the citizen's data, which the demo never puts on screen – and can be deleted, as in
 * Outlook. The add-in beside it reads the draft as it stands.
 */
export function ComposePanel({
  draft,
  onChange,
  onDiscard,
  onSend,
  checking,
  unavailable,
}: ComposePanelProps) {
  const styles = useStyles();
  return (
    <DraftPanel
      heading="Svar"
      headingId="compose-heading"
      testId="compose-panel"
      to={draft.to.map((r) => `${r.displayName} <${r.emailAddress}>`).join("; ")}
      subject={draft.subject}
      focusKey={draft.id}
      onDiscard={onDiscard}
    >
      <Field label="Din tekst">
        <Textarea
          value={draft.text}
          resize="vertical"
          rows={5}
          onChange={(_, data) => onChange({ text: data.value })}
        />
      </Field>
      {draft.quoted === "" ? (
        <Caption1 className={styles.hint}>Den citerede mail er slettet.</Caption1>
      ) : (
        <div className={styles.quote} data-testid="compose-quote">
          <Text size={200}>
            ----- Oprindelig meddelelse ----- Outlook citerer hele den oprindelige mail her, også borgerens
            oplysninger.
          </Text>
          <Button size="small" icon={<Delete16Regular />} onClick={() => onChange({ quoted: "" })}>
            Slet citeret tekst
          </Button>
        </div>
      )}
      <div className={styles.send}>
        <Button appearance="primary" icon={<Send16Regular />} disabledFocusable={checking} onClick={onSend}>
          Send
        </Button>
        {/* As Outlook's info bar while an add-in checks a mail on send. */}
        <Text size={200} role="status">
          {checking ? "Kanalvagt tjekker mailen …" : ""}
        </Text>
      </div>
      {unavailable && (
        <MessageBar intent="error">
          <MessageBarBody>
            Kanalvagts sendekontrol kunne ikke indlæses, så demoen har ikke sendt mailen.
          </MessageBarBody>
        </MessageBar>
      )}
      <Caption1 className={styles.hint}>
        Kanalvagt er åbnet ved siden af svaret, som når du vælger Kanalvagt i Outlooks skrivevindue.
      </Caption1>
    </DraftPanel>
  );
}
