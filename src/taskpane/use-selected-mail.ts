import { useEffect, useState } from "react";
import type { MailboxPort } from "../office/mailbox-port";
import { viewMail, type MailView } from "./mail-view";

export type SelectedMail =
  | { kind: "loading" }
  | { kind: "empty" }
  | { kind: "ready"; view: MailView }
  /** `detail` is the adapter's message: it names the failed call and Office's code, never mail content. */
  | { kind: "error"; detail: string };

export interface SelectionState {
  selected: SelectedMail;
  /** True when Outlook refused to tell us about item changes: the pane would go stale when pinned. */
  followFailed: boolean;
}

/**
 * The mail selected in Outlook, followed as the selection changes. Reads overlap when staff click fast; only the
 * answer for the latest selection is shown, so the pane never shows one mail's verdict beside another mail.
 */
export function useSelectedMail(mailbox: MailboxPort): SelectionState {
  const [selected, setSelected] = useState<SelectedMail>({ kind: "loading" });
  const [followFailed, setFollowFailed] = useState(false);

  useEffect(() => {
    let latest = 0;
    let active = true;
    const load = (): void => {
      const ticket = ++latest;
      const isCurrent = (): boolean => active && ticket === latest;
      setSelected({ kind: "loading" });
      mailbox
        .readCurrentMail()
        .then((read) => (read ? viewMail(read) : null))
        .then(
          (view) => {
            if (isCurrent()) setSelected(view ? { kind: "ready", view } : { kind: "empty" });
          },
          (error: unknown) => {
            if (isCurrent())
              setSelected({ kind: "error", detail: error instanceof Error ? error.message : String(error) });
          },
        );
    };
    load();
    const subscription = mailbox.onItemChanged(load);
    subscription.catch(() => {
      if (active) setFollowFailed(true);
    });
    return () => {
      active = false;
      subscription.then((unsubscribe) => unsubscribe()).catch(() => undefined);
    };
  }, [mailbox]);

  return { selected, followFailed };
}
