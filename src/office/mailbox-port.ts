import type { FetchedAttachment } from "../core/attachment";
import type { Address, Mail } from "../core/mail";
import type { FetchLimits } from "./attachment-content";
import type { OutgoingMail } from "../core/send-guard/decide";
import type { MailboxContext } from "./read-outgoing";

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
  | "headers-failed"
  /** The item is in a shared mailbox, but Outlook would not say what the user may do there. */
  | "shared-failed";

/** The shared mailbox (or shared folder) an item lives in, from getSharedPropertiesAsync. */
export interface SharedMailbox {
  /** The mailbox's address. */
  owner: string;
  /** Whether the user may change items there: categories and the triage record need it. */
  canEdit: boolean;
}

/** What Kanalvagt can do to the current item in this Outlook, decided at run time. */
export interface ItemCapabilities {
  /** Set categories on the item (Mailbox 1.8, and edit rights in a shared mailbox). */
  categories: boolean;
  /**
   * The master category list: "manage" may create missing categories; "read" may not (a shared mailbox: only its
   * owner or an admin can add to its list); "none" when the client lacks Mailbox 1.8.
   */
  masterCategories: "manage" | "read" | "none";
  /** Store the add-in's custom properties (the triage record) on the item. */
  customProperties: boolean;
  /** Open a reply form with text filled in. */
  replyForm: boolean;
  /** Open a new message form with recipient, subject and text filled in (Mailbox 1.6). */
  newMessageForm: boolean;
}

/** A new message as Kanalvagt fills it in: one recipient, the template's subject and its safe HTML, no quote. */
export interface NewMessage {
  to: Address;
  subject: string;
  html: string;
}

/** A category Kanalvagt applies, with the colour it gets when Kanalvagt may create it. */
export interface CategoryWish {
  name: string;
  /** Outlook's preset colour, "Preset0" … "Preset24". */
  color: string;
}

export interface CategoryOutcome {
  /** Now on the item (including those that were there already). */
  applied: string[];
  /** Added to the master list by Kanalvagt on the way. */
  created: string[];
  /** Not in the master list and not creatable here: an admin or the mailbox's owner must create them. */
  missing: string[];
}

/** What Kanalvagt may do to the item it read. Calls fail (OfficeCallError) once Outlook has moved to another item. */
export interface ItemActions {
  readonly can: ItemCapabilities;
  applyCategories(wishes: CategoryWish[]): Promise<CategoryOutcome>;
  /** The triage record stored earlier on the item (JSON), if any. */
  readTriageRecord(): Promise<string | undefined>;
  saveTriageRecord(json: string): Promise<void>;
  /** Opens Outlook's reply form with `html` above the quoted original (Outlook always adds the quote). */
  openReply(html: string): Promise<void>;
  /** Opens a new message form: nothing of the mail is quoted and the subject is the template's own. */
  openNewMessage(message: NewMessage): Promise<void>;
  /**
   * The content of each attachment (index i is attachment i's), or why it was not fetched. Stops fetching once
   * `stillWanted` says no (staff moved on); never rejects.
   */
  readAttachmentContent(limits: FetchLimits, stillWanted: () => boolean): Promise<FetchedAttachment[]>;
}

export interface MailRead {
  /** Outlook's id of the item; identifies the mail across reads in one session. */
  key: string;
  mail: Mail;
  gaps: ReadGap[];
  /** Set when the item lives in a shared mailbox or shared folder. */
  shared?: SharedMailbox;
  actions: ItemActions;
}

/** The mail being written, as the send guard would read it if the user pressed Send now. */
export interface ComposeRead {
  /** New for every read: a draft has no item id until it is saved, and its text changes as the user writes. */
  key: string;
  outgoing: OutgoingMail;
  mailbox: MailboxContext;
  /**
   * The content of each attachment the user added (index i is `outgoing.mail.attachments[i]`'s), as for a mail read:
   * the pane reads them as the send guard would. Never rejects.
   */
  readAttachmentContent(limits: FetchLimits, stillWanted: () => boolean): Promise<FetchedAttachment[]>;
}

export type Unsubscribe = () => Promise<void>;

/** The mailbox as the task pane sees it: the mail selected now, and word when the selection changes. */
export interface MailboxPort {
  /** Whether the current item is a mail being written (the pane was opened from a compose form) rather than one read. */
  isComposing(): boolean;
  /** The selected mail, or null when no item is selected. Rejects with a clear error when Outlook fails to give it. */
  readCurrentMail(): Promise<MailRead | null>;
  /** The mail being written, as it stands now. Rejects with a clear error when there is none or Outlook fails. */
  readComposedMail(): Promise<ComposeRead>;
  /** Calls `listener` whenever another item is selected while the pane is pinned. Resolves once Outlook listens. */
  onItemChanged(listener: () => void): Promise<Unsubscribe>;
}
