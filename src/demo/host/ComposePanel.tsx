import {
  Button,
  Caption1,
  Field,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { Delete16Regular, Dismiss16Regular } from "@fluentui/react-icons";
import { useEffect, useRef } from "react";
import type { DemoDraft } from "../protocol";

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
});

export interface ComposePanelProps {
  draft: DemoDraft;
  onChange: (change: Partial<Pick<DemoDraft, "text" | "quoted">>) => void;
  onDiscard: () => void;
}

/**
 * The compose form of a reply, as Outlook opens it: the text to write, and the quoted original below it. The quote is
 * named, not shown – it holds the citizen's data, which the demo never puts on screen – and can be deleted, as in
 * Outlook. The add-in beside it reads the draft as it stands.
 */
export function ComposePanel({ draft, onChange, onDiscard }: ComposePanelProps) {
  const styles = useStyles();
  const panel = useRef<HTMLElement>(null);
  // Outlook puts the focus in a reply it opens.
  useEffect(() => panel.current?.focus(), [draft.id]);
  return (
    <section
      ref={panel}
      tabIndex={-1}
      className={styles.panel}
      aria-labelledby="compose-heading"
      data-testid="compose-panel"
    >
      <div className={styles.top}>
        <Subtitle2 as="h3" id="compose-heading">
          Svar
        </Subtitle2>
        <Button appearance="subtle" icon={<Dismiss16Regular />} onClick={onDiscard}>
          Kassér
        </Button>
      </div>
      <div className={styles.facts}>
        <Text size={200}>Til: {draft.to.map((r) => `${r.displayName} <${r.emailAddress}>`).join("; ")}</Text>
        <Text size={200}>Emne: {draft.subject}</Text>
      </div>
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
      <Caption1 className={styles.hint}>
        Kanalvagt er åbnet ved siden af svaret, som når du vælger Kanalvagt i Outlooks skrivevindue.
      </Caption1>
    </section>
  );
}
