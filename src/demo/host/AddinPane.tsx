import { Caption1, Text, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { Compose16Regular, Pin16Regular, ShieldTask20Filled } from "@fluentui/react-icons";
import { useEffect, useRef } from "react";
import type { DemoExchange } from "../exchange/demo-exchange";
import {
  isCallMessage,
  isReadyMessage,
  resultMessage,
  selectMessage,
  type DemoItem,
  type Sharing,
  type SimulatedFailure,
} from "../protocol";

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
  mode: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    color: tokens.colorNeutralForeground3,
  },
  frame: { flexGrow: 1, width: "100%", border: "none" },
});

/** Where `npm start` serves the Graph emulator for the statistics (a proxy on the dev server, same origin). */
const GRAPH_EMULATOR = "/graph";

/** DelegatePermissions bits: Write = 2, EditAll = 32. */
const MAY_EDIT = 2 | 32;

export interface AddinPaneProps {
  /** The item selected in the list; null when none is. */
  item: DemoItem | null;
  /** The reply being written, if any: the add-in then runs beside the compose form. */
  draftId: string | undefined;
  /** Outlook's display language as the add-in sees it, e.g. "da-DK". */
  displayLanguage: string;
  sharing: Sharing;
  failure: SimulatedFailure;
  exchange: DemoExchange;
}

/**
 * The add-in's task pane, pinned beside a read mail: the real task pane page in an iframe, over the Office.js stand-in. The demo page
 * plays Outlook's side: it answers the stand-in's "ready" with the selection, sends every new selection after, and
 * answers the Office calls whose state lives on the server (categories, custom properties, reply forms).
 */
export function AddinPane({ item, draftId, displayLanguage, sharing, failure, exchange }: AddinPaneProps) {
  const styles = useStyles();
  const frame = useRef<HTMLIFrameElement>(null);
  const current = useRef({ item, draftId, sharing, failure });
  const paneListening = useRef(false);

  const send = (): void => {
    const { item: selected, draftId: draft, sharing: access, failure: failing } = current.current;
    frame.current?.contentWindow?.postMessage(
      selectMessage(selected, access, failing, draft),
      window.location.origin,
    );
  };

  useEffect(() => {
    const onMessage = (event: MessageEvent<unknown>): void => {
      const pane = frame.current?.contentWindow;
      if (!pane || event.source !== pane || event.origin !== window.location.origin) return;
      if (isReadyMessage(event.data)) {
        paneListening.current = true;
        send();
      } else if (isCallMessage(event.data)) {
        const { id, method, itemId, args } = event.data;
        const mayEdit = (current.current.sharing.delegatePermissions & MAY_EDIT) !== 0;
        pane.postMessage(
          resultMessage(id, exchange.answer(method, itemId, args, mayEdit)),
          window.location.origin,
        );
      }
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [exchange]);

  useEffect(() => {
    // A new language reloads the pane; the new stand-in announces itself again.
    paneListening.current = false;
  }, [displayLanguage]);

  useEffect(() => {
    current.current = { item, draftId, sharing, failure };
    if (paneListening.current) send();
  }, [item, draftId, sharing, failure]);

  return (
    <aside className={styles.pane} aria-label="Tilføjelsesprogram: Kanalvagt">
      <div className={styles.header}>
        <span className={styles.brand}>
          <ShieldTask20Filled aria-hidden />
        </span>
        <Text weight="semibold" className={styles.title}>
          Kanalvagt
        </Text>
        {/* Outlook pins the pane only beside a read mail; beside a mail being written it goes with the form. */}
        <Caption1 className={styles.mode}>
          {draftId === undefined ? (
            <>
              <Pin16Regular aria-hidden /> Fastgjort
            </>
          ) : (
            <>
              <Compose16Regular aria-hidden /> Ved svaret
            </>
          )}
        </Caption1>
      </div>
      <iframe
        key={displayLanguage}
        ref={frame}
        className={styles.frame}
        title="Kanalvagt-opgaverude"
        src={`demo-pane.html?lang=${encodeURIComponent(displayLanguage)}&graph=${encodeURIComponent(GRAPH_EMULATOR)}`}
      />
    </aside>
  );
}
