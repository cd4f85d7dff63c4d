import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";

/** The outcome of something staff did in the pane, said in words; `detail` is technical text for IT support. */
export interface Status {
  tone: "success" | "warning" | "error";
  text: string;
  detail?: string;
}

const useStyles = makeStyles({
  line: { display: "flex", flexDirection: "column", gap: "2px" },
  success: { color: tokens.colorPaletteGreenForeground1 },
  warning: { color: tokens.colorNeutralForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
  detail: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-word" },
});

/** A polite live region: screen readers announce the outcome without moving focus. */
export function StatusLine({ status }: { status: Status | undefined }) {
  const styles = useStyles();
  return (
    <div role="status" className={styles.line}>
      {status && (
        <>
          <Text size={200} className={styles[status.tone]}>
            {status.text}
          </Text>
          {status.detail && <Caption1 className={styles.detail}>{status.detail}</Caption1>}
        </>
      )}
    </div>
  );
}
