import type { MailboxPort, MailRead } from "../office/mailbox-port";

/**
 * Starts reading the selected mail as soon as Office is ready, before React has drawn the pane: in Outlook each read
 * is a round trip to the host, and it now overlaps the first render instead of following it. The pane's first
 * `readCurrentMail` gets the read already under way; a selection change before then drops it, so the pane never
 * shows a mail other than the one selected.
 */
export function startFirstRead(mailbox: MailboxPort): MailboxPort {
  if (mailbox.isComposing()) return mailbox;
  let first: Promise<MailRead | null> | undefined = mailbox.readCurrentMail();
  // The pane reports a failed read when it asks for it; until then the rejection is not unhandled.
  first.catch(() => undefined);
  const stopWatching = mailbox.onItemChanged(() => {
    first = undefined;
  });
  stopWatching.catch(() => undefined);
  const takeFirst = (): Promise<MailRead | null> | undefined => {
    const started = first;
    first = undefined;
    void stopWatching.then((unsubscribe) => unsubscribe()).catch(() => undefined);
    return started;
  };
  return {
    isComposing: () => mailbox.isComposing(),
    readCurrentMail: () => takeFirst() ?? mailbox.readCurrentMail(),
    readComposedMail: () => mailbox.readComposedMail(),
    onItemChanged: (listener) => mailbox.onItemChanged(listener),
  };
}
