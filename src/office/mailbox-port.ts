import type { Mail } from "../core/mail";

/**
 * What Outlook could not give for the current item. The pane uses it to say why a verdict is "unknown" instead of
 * guessing: without transport headers the signature signals are thinner.
 */
export type ReadGap =
  /** The Outlook client lacks Mailbox 1.8, so getAllInternetHeadersAsync does not exist. */
  | "headers-unsupported"
  /** Outlook answered with no headers (it does so for items in Sent Items and for drafts). */
  | "headers-empty"
  /** Outlook failed to give the headers. */
  | "headers-failed";

export interface MailRead {
  mail: Mail;
  gaps: ReadGap[];
}

export type Unsubscribe = () => Promise<void>;

/** The mailbox as the task pane sees it: the mail selected now, and word when the selection changes. */
export interface MailboxPort {
  /** The selected mail, or null when no item is selected. Rejects with a clear error when Outlook fails to give it. */
  readCurrentMail(): Promise<MailRead | null>;
  /** Calls `listener` whenever another item is selected while the pane is pinned. Resolves once Outlook listens. */
  onItemChanged(listener: () => void): Promise<Unsubscribe>;
}
