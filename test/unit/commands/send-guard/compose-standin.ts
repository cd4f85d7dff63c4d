// A typed stand-in for the Office.js that the send guard calls in compose mode: a mail being sent, the client's
// requirement-set level, and calls that fail or never answer. The single-file test puts it into a bare vm context.
import type {
  ComposeItem,
  SendEvent,
  SendGuardOffice,
} from "../../../../src/commands/send-guard/office-types";
import { isVersionAtLeast } from "../../../../src/office/requirement-version";

export type ComposeCall =
  | "subject"
  | "body"
  | "to"
  | "cc"
  | "bcc"
  | "attachments"
  | "attachmentContent"
  | "itemClass"
  | "sharedProperties";

/** A file, an attached mail (its .eml text) or a cloud link in the compose form. */
export interface DraftAttachment {
  name: string;
  /** A file's bytes, or an attached Outlook item's .eml text. */
  content: Uint8Array | string;
  isInline?: boolean;
  attachmentType?: "file" | "item" | "cloud";
}

export type CallOutcome = "fails" | "never-answers";

export interface OutgoingDraft {
  subject?: string;
  body?: string;
  to?: string[];
  cc?: string[];
  bcc?: string[];
  attachmentNames?: string[];
  /** Attachments with content, after those of attachmentNames (which have none to give). */
  attachments?: DraftAttachment[];
  itemClass?: string;
  /** Composed in a shared mailbox: getSharedPropertiesAsync succeeds. */
  shared?: boolean;
  displayLanguage?: string;
  /** The client's highest Mailbox requirement set, e.g. "1.13" or "1.15". */
  mailbox?: string;
  outcomes?: Partial<Record<ComposeCall, CallOutcome>>;
}

// The run-time values of the real office.js (the typings declare numeric enums; office.js uses strings).
const AsyncResultStatus = {
  Succeeded: "succeeded",
  Failed: "failed",
} as unknown as typeof Office.AsyncResultStatus;
const CoercionType = { Text: "text" } as typeof Office.CoercionType;
const SendModeOverride = { PromptUser: "promptUser" } as typeof Office.MailboxEnums.SendModeOverride;
const BodyMode = { FullBody: 0 } as typeof Office.MailboxEnums.BodyMode;

type Callback<T> = (result: Office.AsyncResult<T>) => void;

export interface ComposeStandIn {
  office: SendGuardOffice & {
    actions: { associate(name: string, handler: (event: SendEvent) => void): void };
  };
  /** Handlers the script bound with Office.actions.associate. */
  associated: Map<string, (event: SendEvent) => void>;
  /** Which optional calls the guard made, to show it asks only what the client supports. */
  calls: ComposeCall[];
}

export function composeStandIn(draft: OutgoingDraft, onCall?: (call: ComposeCall) => void): ComposeStandIn {
  const outcomes = draft.outcomes ?? {};
  const calls: ComposeCall[] = [];
  const answer = <T>(call: ComposeCall, callback: Callback<T> | undefined, value: T): void => {
    calls.push(call);
    onCall?.(call);
    const outcome = outcomes[call];
    if (outcome === "never-answers") return;
    const failed = outcome === "fails";
    const result = {
      asyncContext: undefined,
      diagnostics: undefined,
      status: failed ? AsyncResultStatus.Failed : AsyncResultStatus.Succeeded,
      value: failed ? (undefined as T) : value,
      error: (failed
        ? { name: "GenericResponseError", message: "Outlook could not do it", code: 9020 }
        : undefined) as Office.Error,
    } satisfies Office.AsyncResult<T>;
    // Office always calls back later, never inside the call itself.
    setTimeout(() => callback?.(result), 0);
  };
  const recipients = (call: "to" | "cc" | "bcc", addresses: string[] = []): ComposeItem["to"] => ({
    getAsync: ((callback: Callback<Office.EmailAddressDetails[]>) =>
      answer(
        call,
        callback,
        addresses.map((emailAddress) => ({
          emailAddress,
          displayName: emailAddress,
          appointmentResponse: "",
          recipientType: "externalUser",
        })),
      )) as ComposeItem["to"]["getAsync"],
  });
  const supports = (version: string): boolean => isVersionAtLeast(draft.mailbox ?? "1.15", version);
  const attached: DraftAttachment[] = [
    ...(draft.attachmentNames ?? []).map((name) => ({ name, content: new Uint8Array(1000) })),
    ...(draft.attachments ?? []),
  ];

  const item: ComposeItem = {
    subject: {
      getAsync: ((callback: Callback<string>) =>
        answer("subject", callback, draft.subject ?? "")) as ComposeItem["subject"]["getAsync"],
    },
    body: {
      getAsync: (
        _coercion: Office.CoercionType | string,
        optionsOrCallback?: Office.AsyncContextOptions | Callback<string>,
        maybeCallback?: Callback<string>,
      ) =>
        answer(
          "body",
          typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback,
          draft.body ?? "",
        ),
    },
    to: recipients("to", draft.to),
    cc: recipients("cc", draft.cc),
    bcc: recipients("bcc", draft.bcc),
    ...(supports("1.8")
      ? {
          getAttachmentsAsync: ((callback: Callback<Office.AttachmentDetailsCompose[]>) =>
            answer(
              "attachments",
              callback,
              attached.map(
                ({ name, content, isInline, attachmentType }, i) =>
                  ({
                    id: String(i),
                    name,
                    size: typeof content === "string" ? content.length : content.byteLength,
                    isInline: isInline ?? false,
                    attachmentType: attachmentType ?? "file",
                  }) as Office.AttachmentDetailsCompose,
              ),
            )) as ComposeItem["getAttachmentsAsync"],
          getAttachmentContentAsync: (
            id: string,
            optionsOrCallback?: Office.AsyncContextOptions | Callback<Office.AttachmentContent>,
            maybeCallback?: Callback<Office.AttachmentContent>,
          ) => {
            const callback = typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback;
            const attachment = attached[Number(id)];
            answer(
              "attachmentContent",
              callback,
              attachment ? contentOf(attachment) : ({} as Office.AttachmentContent),
            );
          },
        }
      : {}),
    ...(supports("1.13")
      ? {
          getSharedPropertiesAsync: ((callback: Callback<Office.SharedProperties>) =>
            answer(
              "sharedProperties",
              callback,
              {} as Office.SharedProperties,
            )) as ComposeItem["getSharedPropertiesAsync"],
        }
      : {}),
    ...(supports("1.14")
      ? {
          getItemClassAsync: ((callback: Callback<string>) =>
            answer("itemClass", callback, draft.itemClass ?? "IPM.Note")) as ComposeItem["getItemClassAsync"],
        }
      : {}),
  };
  if (!draft.shared) outcomes.sharedProperties ??= "fails";

  const associated = new Map<string, (event: SendEvent) => void>();
  return {
    office: {
      AsyncResultStatus,
      CoercionType,
      MailboxEnums: supports("1.14") ? { SendModeOverride, BodyMode } : { BodyMode },
      context: {
        displayLanguage: draft.displayLanguage ?? "da-DK",
        mailbox: { item },
        requirements: {
          isSetSupported: (name: string, version?: string | number) =>
            name === "Mailbox" && supports(String(version ?? "1.1")),
        },
      },
      actions: { associate: (name, handler) => associated.set(name, handler) },
    },
    associated,
    calls,
  };
}

/** What getAttachmentContentAsync gives: base64 for a file, .eml text for an item, a URL for a cloud link. */
function contentOf({ content, attachmentType }: DraftAttachment): Office.AttachmentContent {
  const format = (value: string) => value as unknown as Office.MailboxEnums.AttachmentContentFormat;
  if (attachmentType === "cloud")
    return { format: format("url"), content: "https://nyborg-my.sharepoint.com/x" };
  if (typeof content === "string") return { format: format("eml"), content };
  return { format: format("base64"), content: Buffer.from(content).toString("base64") };
}

/** An OnMessageSend event that records what the handler completed it with. */
export function sendEvent(): SendEvent & { completions: Office.SmartAlertsEventCompletedOptions[] } {
  const completions: Office.SmartAlertsEventCompletedOptions[] = [];
  return { completions, completed: (options) => void completions.push(options) };
}

/**
 * `count` distinct CPR numbers that the engine finds, one to a line (15 bytes each, as in issue 14's probe): dates
 * from 1 January 1900 on, serials from 1000 up once the dates run out.
 */
export function cprLines(count: number): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  return Array.from({ length: count }, (_, i) => {
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    const year = Math.floor(i / 336) % 100;
    const serial = 1000 + Math.floor(i / 33_600);
    return `${two(day)}${two(month)}${two(year)}-${serial}`;
  }).join("\n");
}
