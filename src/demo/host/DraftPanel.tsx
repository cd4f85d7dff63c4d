import { Button, Subtitle2, Text, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import { useEffect, useRef, type ReactNode } from "react";

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
});

export interface DraftPanelProps {
  heading: string;
  /** Id of the heading, which names the panel. */
  headingId: string;
  testId: string;
  /** The recipients as Outlook writes them above a reply. */
  to: string;
  subject: string;
  /** Outlook puts the focus in a reply it opens: the panel takes it again whenever this changes. */
  focusKey: unknown;
  onDiscard: () => void;
  children: ReactNode;
}

/** The frame of a reply open beside the mailbox: heading, a button to discard it, and its recipients and subject. */
export function DraftPanel({
  heading,
  headingId,
  testId,
  to,
  subject,
  focusKey,
  onDiscard,
  children,
}: DraftPanelProps) {
  const styles = useStyles();
  const panel = useRef<HTMLElement>(null);
  useEffect(() => panel.current?.focus(), [focusKey]);
  return (
    <section
      ref={panel}
      tabIndex={-1}
      className={styles.panel}
      aria-labelledby={headingId}
      data-testid={testId}
    >
      <div className={styles.top}>
        <Subtitle2 as="h3" id={headingId}>
          {heading}
        </Subtitle2>
        <Button appearance="subtle" icon={<Dismiss16Regular />} onClick={onDiscard}>
          Kassér
        </Button>
      </div>
      <div className={styles.facts}>
        <Text size={200}>Til: {to}</Text>
        <Text size={200}>Emne: {subject}</Text>
      </div>
      {children}
    </section>
  );
}
