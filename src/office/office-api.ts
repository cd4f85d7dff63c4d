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
> & { body: Pick<Office.Body, "getAsync"> };

export interface OfficeMailboxApi {
  /** Null or missing when no item is selected, or when the shared mailbox is hidden from the address list. */
  item?: OfficeItemRead | null;
  addHandlerAsync: Office.Mailbox["addHandlerAsync"];
  removeHandlerAsync: Office.Mailbox["removeHandlerAsync"];
}

export interface OfficeApi {
  AsyncResultStatus: typeof Office.AsyncResultStatus;
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
