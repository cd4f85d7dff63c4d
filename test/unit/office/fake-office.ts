import type {
  OfficeApi,
  OfficeCustomProperties,
  OfficeItemRead,
  OfficeMailboxApi,
} from "../../../src/office/office-api";
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
  itemId?: string;
  /** The shared mailbox the item lives in, with the user's DelegatePermissions bits; undefined: the user's own. */
  shared?: { owner: string; delegatePermissions: number };
  /** Make one call fail or hang. */
  outcomes?: Partial<Record<FakeCall, FakeOutcome>>;
}

export type FakeCall =
  | "text"
  | "html"
  | "headers"
  | "shared"
  | "categories"
  | "masterGet"
  | "masterAdd"
  | "loadProperties"
  | "saveProperties"
  | "reply";

/** What the fake mailbox remembers between calls, for tests to look at. */
export interface FakeStore {
  master: Office.CategoryDetails[];
  itemCategories: string[];
  properties: Record<string, string>;
  replies: string[];
  newMessages: Office.MessageForm[];
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

function fakeItem(message: FakeMessage, store: FakeStore): OfficeItemRead {
  const outcomes = message.outcomes ?? {};
  const lastArgument = <C>(args: unknown[]): C | undefined => args.at(-1) as C | undefined;
  const firstArgument = <C>(args: unknown[]): C | undefined => args[0] as C | undefined;
  const item: OfficeItemRead = {
    itemType: "message",
    itemId: message.itemId ?? "AAMkAGI2-item-1",
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
    categories: {
      getAsync(...args: unknown[]) {
        const on = store.master.filter((c) => store.itemCategories.includes(c.displayName));
        answer(
          lastArgument<(r: Office.AsyncResult<Office.CategoryDetails[]>) => void>(args),
          on,
          outcomes.categories,
        );
      },
      addAsync(categories: string[], ...args: unknown[]) {
        if (!outcomes.categories) store.itemCategories.push(...categories);
        answer(lastArgument<(r: Office.AsyncResult<void>) => void>(args), undefined, outcomes.categories);
      },
      removeAsync(categories: string[], ...args: unknown[]) {
        store.itemCategories = store.itemCategories.filter((name) => !categories.includes(name));
        answer(lastArgument<(r: Office.AsyncResult<void>) => void>(args), undefined, outcomes.categories);
      },
    },
    loadCustomPropertiesAsync(...args: unknown[]) {
      const values = { ...store.properties };
      const properties: OfficeCustomProperties = {
        get: (name: string) => values[name],
        set: (name: string, value: string) => {
          values[name] = value;
        },
        remove: (name: string) => {
          delete values[name];
        },
        saveAsync(...saveArgs: unknown[]) {
          if (!outcomes.saveProperties) store.properties = { ...values };
          answer(
            firstArgument<(r: Office.AsyncResult<void>) => void>(saveArgs),
            undefined,
            outcomes.saveProperties,
          );
        },
      };
      answer(
        firstArgument<(r: Office.AsyncResult<OfficeCustomProperties>) => void>(args),
        properties,
        outcomes.loadProperties,
      );
    },
    displayReplyFormAsync(formData: string | Office.ReplyFormData, ...args: unknown[]) {
      if (!outcomes.reply)
        store.replies.push(typeof formData === "string" ? formData : (formData.htmlBody ?? ""));
      answer(lastArgument<(r: Office.AsyncResult<void>) => void>(args), undefined, outcomes.reply);
    },
    displayReplyForm(formData: string | Office.ReplyFormData) {
      store.replies.push(typeof formData === "string" ? formData : (formData.htmlBody ?? ""));
    },
  };
  const shared = message.shared;
  if (shared) {
    item.getSharedPropertiesAsync = (...args: unknown[]) => {
      answer(
        lastArgument<(r: Office.AsyncResult<Office.SharedProperties>) => void>(args),
        { ...shared, targetMailbox: shared.owner, targetRestUrl: "https://outlook.office.com/api" },
        outcomes.shared,
      );
    };
  }
  return item;
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
  readonly store: FakeStore;
  private readonly outcomes: FakeMessage["outcomes"];

  constructor(
    options: {
      message?: FakeMessage | null;
      mailboxVersion?: string;
      displayLanguage?: string;
      master?: string[];
    } = {},
  ) {
    this.supportedMailboxVersion = options.mailboxVersion ?? "1.13";
    this.outcomes = options.message?.outcomes ?? {};
    this.store = {
      master: (options.master ?? []).map((displayName) => ({
        displayName,
        color: "Preset0" as unknown as Office.MailboxEnums.CategoryColor,
      })),
      itemCategories: [],
      properties: {},
      replies: [],
      newMessages: [],
    };
    const store = this.store;
    const outcomes = this.outcomes ?? {};
    const mailbox: OfficeMailboxApi = {
      item: options.message ? fakeItem(options.message, store) : null,
      addHandlerAsync: (eventType: Office.EventType | string, handler: () => void, ...rest: unknown[]) => {
        if (eventType === EventType.ItemChanged && this.addHandlerOutcome === undefined)
          this.handlers.push(handler);
        answer(rest.at(-1) as (r: Office.AsyncResult<void>) => void, undefined, this.addHandlerOutcome);
      },
      removeHandlerAsync: (eventType: Office.EventType | string, ...rest: unknown[]) => {
        if (eventType === EventType.ItemChanged) this.handlers.length = 0;
        answer(rest.at(-1) as (r: Office.AsyncResult<void>) => void, undefined);
      },
      displayNewMessageForm: (form: Office.MessageForm) => {
        store.newMessages.push(form);
      },
      displayNewMessageFormAsync: (form: Office.MessageForm, ...rest: unknown[]) => {
        if (!outcomes.reply) store.newMessages.push(form);
        answer(rest.at(-1) as (r: Office.AsyncResult<void>) => void, undefined, outcomes.reply);
      },
      masterCategories: {
        getAsync: (...rest: unknown[]) => {
          answer(
            rest.at(-1) as (r: Office.AsyncResult<Office.CategoryDetails[]>) => void,
            [...store.master],
            outcomes.masterGet,
          );
        },
        addAsync: (categories: Office.CategoryDetails[], ...rest: unknown[]) => {
          if (!outcomes.masterAdd) store.master.push(...categories);
          answer(rest.at(-1) as (r: Office.AsyncResult<void>) => void, undefined, outcomes.masterAdd);
        },
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
    this.context.mailbox!.item = message ? fakeItem(message, this.store) : null;
    for (const handler of [...this.handlers]) setTimeout(handler, 0);
  }
}

export function officeError(code: number, message: string): Office.Error {
  return { code, message, name: "Error" };
}
