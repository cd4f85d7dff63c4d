import type { ComposeItem, ComposeOffice } from "./read-outgoing";

/**
 * The part of Office.js that Kanalvagt calls, typed against @types/office-js. The adapter takes this object instead of
 * reaching for the global `Office`, so the unit tests' fake and the demo's stand-in implement exactly these calls and
 * the compiler tells them when the adapter starts using a new one.
 */
export type OfficeItemRead = Pick<
  Office.MessageRead,
  | "itemType"
  | "subject"
  | "from"
  | "sender"
  | "to"
  | "cc"
  | "dateTimeCreated"
  | "itemClass"
  | "attachments"
  | "getAllInternetHeadersAsync"
  | "loadCustomPropertiesAsync"
  | "displayReplyFormAsync"
  | "displayReplyForm"
> & {
  body: Pick<Office.Body, "getAsync">;
  /** Missing on an item that is not saved yet (never in read mode, but Office does not promise it). */
  itemId?: string;
  /** Mailbox 1.8. */
  categories?: Pick<Office.Categories, "getAsync" | "addAsync" | "removeAsync">;
  /** Mailbox 1.8: an attachment's content as base64, .eml or iCalendar text, or a cloud file's link. */
  getAttachmentContentAsync?: Office.MessageRead["getAttachmentContentAsync"];
  /** Present only on items in a shared folder or shared mailbox (Mailbox 1.8 / 1.13). */
  getSharedPropertiesAsync?: Office.MessageRead["getSharedPropertiesAsync"];
};

/**
 * A message being written (Office.MessageCompose): what the send guard reads, and body.setAsync, which only compose
 * mode has and which tells the two modes apart (see isComposeItem).
 */
export type OfficeItemCompose = Omit<ComposeItem, "body"> & {
  itemType: Office.MessageCompose["itemType"];
  body: Pick<Office.Body, "getAsync" | "setAsync">;
};

/**
 * Whether Outlook hands the pane a message being written rather than one received. In compose mode the subject is an
 * object with getAsync and the body can be set; in read mode the subject is a string and the body read-only.
 */
export function isComposeItem(item: OfficeItemRead | OfficeItemCompose): item is OfficeItemCompose {
  const { subject, body } = item as { subject?: unknown; body?: { setAsync?: unknown } };
  return typeof subject === "object" && subject !== null && typeof body?.setAsync === "function";
}

/** The add-in's own properties on one item, as loadCustomPropertiesAsync hands them out. */
export type OfficeCustomProperties = Pick<Office.CustomProperties, "get" | "set" | "remove" | "saveAsync">;

export interface OfficeMailboxApi {
  /** Null or missing when no item is selected, or when the shared mailbox is hidden from the address list. */
  item?: OfficeItemRead | OfficeItemCompose | null;
  addHandlerAsync: Office.Mailbox["addHandlerAsync"];
  removeHandlerAsync: Office.Mailbox["removeHandlerAsync"];
  /** Mailbox 1.6 (synchronous, throws on failure); missing in stand-ins that cannot open a form. */
  displayNewMessageForm?: Office.Mailbox["displayNewMessageForm"];
  /** Mailbox 1.9. */
  displayNewMessageFormAsync?: Office.Mailbox["displayNewMessageFormAsync"];
  /** Mailbox 1.8; needs the ReadWriteMailbox permission. */
  masterCategories?: Pick<Office.MasterCategories, "getAsync" | "addAsync">;
}

export interface OfficeApi {
  AsyncResultStatus: typeof Office.AsyncResultStatus;
  /** Missing in old clients and stand-ins; the compose reader then asks for the body without a body mode. */
  MailboxEnums?: ComposeOffice["MailboxEnums"];
  CoercionType: Pick<typeof Office.CoercionType, "Text" | "Html">;
  EventType: Pick<typeof Office.EventType, "ItemChanged">;
  onReady: typeof Office.onReady;
  context: {
    displayLanguage: string;
    /** Missing when the page runs outside Outlook (opened directly in a browser). */
    mailbox?: OfficeMailboxApi;
    requirements: Pick<Office.RequirementSetSupport, "isSetSupported">;
  };
}
