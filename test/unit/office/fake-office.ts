import type { OfficeApi, OfficeItemRead, OfficeMailboxApi } from "../../../src/office/office-api";
import { isVersionAtLeast } from "../../../src/office/requirement-version";

/** What a test may make an Office call do instead of succeeding. */
export type FakeOutcome = { fail: Office.Error } | "never-answers";

export interface FakeMessage {
  subject?: string;
  from?: Partial<Office.EmailAddressDetails>;
  sender?: Partial<Office.EmailAddressDetails>;
  to?: Partial<Office.EmailAddressDetails>[];
  cc?: Partial<Office.EmailAddressDetails>[];
  dateTimeCreated?: Date;
  itemClass?: string;
  attachments?: Partial<Office.AttachmentDetails>[];
  textBody?: string;
  htmlBody?: string;
  internetHeaders?: string;
  /** Make one call fail or hang: "text", "html" (body.getAsync) or "headers" (getAllInternetHeadersAsync). */
  outcomes?: Partial<Record<"text" | "html" | "headers", FakeOutcome>>;
}

// The run-time values of the real office.js (the typings declare a numeric enum; office.js uses strings).
const AsyncResultStatus = {
  Succeeded: "succeeded",
  Failed: "failed",
} as unknown as typeof Office.AsyncResultStatus;
const CoercionType = { Text: "text", Html: "html" } as typeof Office.CoercionType;
const EventType = { ItemChanged: "olkItemSelectedChanged" } as unknown as typeof Office.EventType;

function answer<T>(
  callback: ((result: Office.AsyncResult<T>) => void) | undefined,
  value: T,
  outcome?: FakeOutcome,
): void {
  if (outcome === "never-answers") return;
  const result = {
    asyncContext: undefined,
    diagnostics: undefined,
    status: outcome ? AsyncResultStatus.Failed : AsyncResultStatus.Succeeded,
    value: outcome ? (undefined as T) : value,
    error: outcome ? outcome.fail : (undefined as unknown as Office.Error),
  } satisfies Office.AsyncResult<T>;
  // Office always calls back later, never inside the call itself.
  setTimeout(() => callback?.(result), 0);
}

function details(partial: Partial<Office.EmailAddressDetails>): Office.EmailAddressDetails {
  return { displayName: "", emailAddress: "", appointmentResponse: "", recipientType: "", ...partial };
}

function fakeItem(message: FakeMessage): OfficeItemRead {
  const outcomes = message.outcomes ?? {};
  const lastArgument = <C>(args: unknown[]): C | undefined => args.at(-1) as C | undefined;
  return {
    itemType: "message",
    subject: message.subject ?? "",
    from: details(message.from ?? {}),
    sender: details(message.sender ?? message.from ?? {}),
    to: (message.to ?? []).map(details),
    cc: (message.cc ?? []).map(details),
    dateTimeCreated: message.dateTimeCreated ?? new Date("2025-03-04T08:15:00Z"),
    itemClass: message.itemClass ?? "IPM.Note",
    attachments: (message.attachments ?? []).map((a, i) => ({
      id: `att-${i}`,
      name: "file",
      contentType: "application/octet-stream",
      size: 0,
      isInline: false,
      attachmentType: "file",
      contentId: "",
      ...a,
    })),
    body: {
      getAsync(coercionType: Office.CoercionType | string, ...rest: unknown[]) {
        const callback = lastArgument<(r: Office.AsyncResult<string>) => void>(rest);
        const html = String(coercionType) === String(CoercionType.Html);
        answer(
          callback,
          (html ? message.htmlBody : message.textBody) ?? "",
          html ? outcomes.html : outcomes.text,
        );
      },
    },
    getAllInternetHeadersAsync(...args: unknown[]) {
      answer(
        lastArgument<(r: Office.AsyncResult<string>) => void>(args),
        message.internetHeaders ?? "",
        outcomes.headers,
      );
    },
  };
}

/** A typed fake of the Office.js surface Kanalvagt uses, with Office's asynchronous callbacks. */
export class FakeOffice implements OfficeApi {
  readonly AsyncResultStatus = AsyncResultStatus;
  readonly CoercionType = CoercionType;
  readonly EventType = EventType;
  readonly handlers: Array<() => void> = [];
  readonly supportedMailboxVersion: string;
  addHandlerOutcome?: FakeOutcome;
  readonly context: OfficeApi["context"];

  constructor(
    options: { message?: FakeMessage | null; mailboxVersion?: string; displayLanguage?: string } = {},
  ) {
    this.supportedMailboxVersion = options.mailboxVersion ?? "1.13";
    const mailbox: OfficeMailboxApi = {
      item: options.message ? fakeItem(options.message) : null,
      addHandlerAsync: (eventType: Office.EventType | string, handler: () => void, ...rest: unknown[]) => {
        if (eventType === EventType.ItemChanged && this.addHandlerOutcome === undefined)
          this.handlers.push(handler);
        answer(rest.at(-1) as (r: Office.AsyncResult<void>) => void, undefined, this.addHandlerOutcome);
      },
      removeHandlerAsync: (eventType: Office.EventType | string, ...rest: unknown[]) => {
        if (eventType === EventType.ItemChanged) this.handlers.length = 0;
        answer(rest.at(-1) as (r: Office.AsyncResult<void>) => void, undefined);
      },
    };
    this.context = {
      displayLanguage: options.displayLanguage ?? "da-DK",
      mailbox,
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number) =>
          name === "Mailbox" && isVersionAtLeast(this.supportedMailboxVersion, String(minVersion ?? "1.1")),
      },
    };
  }

  onReady = (() =>
    Promise.resolve({ host: "Outlook", platform: "OfficeOnline" })) as unknown as typeof Office.onReady;

  /** Selects another item (or none) the way Outlook does: the item changes, then ItemChanged fires. */
  select(message: FakeMessage | null): void {
    this.context.mailbox!.item = message ? fakeItem(message) : null;
    for (const handler of [...this.handlers]) setTimeout(handler, 0);
  }
}

export function officeError(code: number, message: string): Office.Error {
  return { code, message, name: "Error" };
}
