import type { MailboxPort, Unsubscribe } from "./mailbox-port";
import { isComposeItem, type OfficeApi } from "./office-api";
import { callOffice, withinTime } from "./office-call";
import { readMail } from "./read-mail";
import { readOutgoing } from "./read-outgoing";
import { fetchAttachmentContent, type AttachmentSource } from "./attachment-content";

let composeReads = 0;

export interface OutlookSession {
  /** Outlook's UI language, e.g. "da-DK" or "en-US". */
  displayLanguage: string;
  /** Undefined when the page runs outside Outlook, e.g. opened directly in a browser. */
  mailbox?: MailboxPort;
}

export interface OfficeMailboxOptions {
  /** How long to wait for an Office call before giving up (see DEFAULT_OFFICE_TIMEOUT_MS). */
  timeoutMs?: number;
}

/** Connects to Outlook through Office.js; call it after Office.onReady has resolved. */
export function connectOutlook(office: OfficeApi, options: OfficeMailboxOptions = {}): OutlookSession {
  const session: OutlookSession = { displayLanguage: office.context.displayLanguage ?? "" };
  if (office.context.mailbox) session.mailbox = officeMailbox(office, options);
  return session;
}

function officeMailbox(office: OfficeApi, { timeoutMs }: OfficeMailboxOptions): MailboxPort {
  const mailbox = (): NonNullable<OfficeApi["context"]["mailbox"]> => {
    const current = office.context.mailbox;
    if (!current)
      throw new Error("Office.context.mailbox is missing: the page is not running inside Outlook.");
    return current;
  };
  // Outlook keeps one handler list per event type and removeHandlerAsync drops them all, so one Office handler
  // fans out to every listener and is removed when the last one leaves.
  const listeners = new Set<() => void>();
  let registration: Promise<void> | undefined;

  const notify = (): void => {
    for (const listener of [...listeners]) listener();
  };

  return {
    isComposing() {
      const item = office.context.mailbox?.item;
      return item ? isComposeItem(item) : false;
    },

    async readCurrentMail() {
      // Office.js replaces mailbox.item when the selection changes: read it afresh on every call.
      const item = mailbox().item;
      if (item && isComposeItem(item)) {
        throw new Error(
          "The current item is a mail being written; Kanalvagt reads it as one (readComposedMail).",
        );
      }
      return item ? readMail(office, item, timeoutMs) : null;
    },

    async readComposedMail() {
      const item = mailbox().item;
      if (item && !isComposeItem(item)) {
        throw new Error("The current item is a received mail, not one being written.");
      }
      // The compose reader has no timer per call (classic Outlook's runtime need not have one); the pane has.
      const {
        outgoing,
        mailbox: context,
        attachmentDetails,
      } = await withinTime(readOutgoing(office, item), "the mail being written", timeoutMs);
      const source: AttachmentSource = {
        attachments: attachmentDetails,
        ...(item?.getAttachmentContentAsync
          ? { getAttachmentContentAsync: (id, callback) => item.getAttachmentContentAsync?.(id, callback) }
          : {}),
      };
      return {
        key: `compose-${++composeReads}`,
        outgoing,
        mailbox: context,
        readAttachmentContent: (limits, stillWanted) =>
          fetchAttachmentContent(office, source, limits, stillWanted, timeoutMs),
      };
    },

    async onItemChanged(listener): Promise<Unsubscribe> {
      listeners.add(listener);
      registration ??= callOffice<void>(
        office,
        "mailbox.addHandlerAsync(ItemChanged)",
        (callback) => mailbox().addHandlerAsync(office.EventType.ItemChanged, notify, callback),
        timeoutMs,
      ).catch((error: unknown) => {
        registration = undefined;
        throw error;
      });
      try {
        await registration;
      } catch (error) {
        listeners.delete(listener);
        throw error;
      }
      return async () => {
        if (!listeners.delete(listener) || listeners.size > 0) return;
        registration = undefined;
        await callOffice<void>(
          office,
          "mailbox.removeHandlerAsync(ItemChanged)",
          (callback) => mailbox().removeHandlerAsync(office.EventType.ItemChanged, callback),
          timeoutMs,
        );
      };
    },
  };
}
