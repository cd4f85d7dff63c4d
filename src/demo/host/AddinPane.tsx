import { Caption1, Text, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { Pin16Regular, ShieldTask20Filled } from "@fluentui/react-icons";
import { useEffect, useRef } from "react";
import { isReadyMessage, selectMessage, type DemoItem } from "../protocol";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    width: "360px",
    flexShrink: 0,
    ...shorthands.borderLeft("1px", "solid", tokens.colorNeutralStroke2),
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    ...shorthands.borderBottom("1px", "solid", tokens.colorNeutralStroke2),
  },
  brand: { color: tokens.colorBrandForeground1, display: "flex" },
  title: { flexGrow: 1 },
  pinned: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    color: tokens.colorNeutralForeground3,
  },
  frame: { flexGrow: 1, width: "100%", border: "none" },
});

export interface AddinPaneProps {
  /** The item selected in the list; null when none is. */
  item: DemoItem | null;
  /** Outlook's display language as the add-in sees it, e.g. "da-DK". */
  displayLanguage: string;
}

/**
 * The add-in's pinned task pane: the real task pane page in an iframe, over the Office.js stand-in. The demo page
 * plays Outlook's side: it answers the stand-in's "ready" with the selection and sends every new selection after.
 */
export function AddinPane({ item, displayLanguage }: AddinPaneProps) {
  const styles = useStyles();
  const frame = useRef<HTMLIFrameElement>(null);
  const current = useRef(item);
  const paneListening = useRef(false);

  const send = (selected: DemoItem | null): void => {
    frame.current?.contentWindow?.postMessage(selectMessage(selected), window.location.origin);
  };

  useEffect(() => {
    const onMessage = (event: MessageEvent<unknown>): void => {
      if (event.source !== frame.current?.contentWindow || event.origin !== window.location.origin) return;
      if (!isReadyMessage(event.data)) return;
      paneListening.current = true;
      send(current.current);
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, []);

  useEffect(() => {
    // A new language reloads the pane; the new stand-in announces itself again.
    paneListening.current = false;
  }, [displayLanguage]);

  useEffect(() => {
    current.current = item;
    if (paneListening.current) send(item);
  }, [item]);

  return (
    <aside className={styles.pane} aria-label="Tilføjelsesprogram: Kanalvagt">
      <div className={styles.header}>
        <span className={styles.brand}>
          <ShieldTask20Filled aria-hidden />
        </span>
        <Text weight="semibold" className={styles.title}>
          Kanalvagt
        </Text>
        <Caption1 className={styles.pinned}>
          <Pin16Regular aria-hidden /> Fastgjort
        </Caption1>
      </div>
      <iframe
        key={displayLanguage}
        ref={frame}
        className={styles.frame}
        title="Kanalvagt-opgaverude"
        src={`demo-pane.html?lang=${encodeURIComponent(displayLanguage)}`}
      />
    </aside>
  );
}
