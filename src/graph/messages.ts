import type { Mail } from "../core/mail";
import { parseTriageRecord, type TriageRecord } from "../core/record";
import { TRIAGE_RECORD_NAME } from "../core/triage-record-name";
import { batchStepError, mailboxPath, queryString, type CallOptions, type GraphClient } from "./client";
import type { GraphCallError } from "./errors";
import type { GraphAttachment, GraphMessage } from "./graph-types";
import {
  addinCustomPropertiesId,
  expandProperties,
  LAST_VERB_PROPERTY,
  LAST_VERB_TIME_PROPERTY,
  MESSAGE_CLASS_PROPERTY,
  TRIAGE_RECORD_PROPERTY,
} from "./properties";
import { graphMessageToMail, propertyValue } from "./to-mail";

/** Graph's largest page for /messages ($top from 1 to 1000, per the "List messages" reference). */
export const MAX_MESSAGE_PAGE_SIZE = 1000;

/** A half-open period [from, to) of receivedDateTime. */
export interface Period {
  from: Date;
  to: Date;
}

/** PidTagLastVerbExecuted values Outlook writes when someone acts on a mail ([MS-OXOMSG] 2.2.1.34). */
export const LAST_VERBS = { 102: "reply", 103: "reply-all", 104: "forward" } as const;
export type LastVerb = (typeof LAST_VERBS)[keyof typeof LAST_VERBS];

/** What the statistics read about one message: no subject, no body, no names. */
export interface MessageSummary {
  id: string;
  /** ISO 8601, UTC. */
  receivedDateTime: string;
  /** The sender's address, lower-cased (for internal/external and automated senders; never shown or exported). */
  fromAddress?: string;
  categories: string[];
  isRead: boolean;
  conversationId?: string;
  hasAttachments: boolean;
  /** The triage record Kanalvagt stored, when there is one and it is valid. */
  triage?: TriageRecord;
  /** True when the property is there but is not a valid record (written by a newer version, or damaged). */
  triageUnreadable?: true;
  /** The last reply/forward Outlook recorded, if any. */
  lastAction?: { verb: LastVerb | number; at?: string };
  /** The add-in's Office.js custom properties, when asked for with addinId. */
  addinProperties?: Record<string, unknown>;
}

export interface ListMessagesOptions extends Pick<CallOptions, "signal"> {
  /** Messages per request; Graph's maximum unless a test wants small pages. */
  pageSize?: number;
  order?: "asc" | "desc";
  /** The manifest <Id>: also read the custom properties the pane stored with Office.js. */
  addinId?: string;
}

/** The fields statistics need; everything else stays on the server. */
export const SUMMARY_FIELDS = [
  "id",
  "receivedDateTime",
  "from",
  "categories",
  "isRead",
  "conversationId",
  "hasAttachments",
] as const;

/** Graph wants UTC instants without fractions in $filter, e.g. 2025-03-01T00:00:00Z. */
export function odataInstant(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("the period has an invalid date");
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The $filter for a period, shared with callers that build their own requests (e.g. counting). */
export function periodFilter(period: Period): string {
  return `receivedDateTime ge ${odataInstant(period.from)} and receivedDateTime lt ${odataInstant(period.to)}`;
}

/**
 * Lists a mailbox's messages received in the period, one page at a time (largest page Graph allows, only the fields
 * statistics need, with the triage record and reply state expanded), so memory stays flat however big the mailbox.
 */
export async function* listMessages(
  client: GraphClient,
  mailbox: string,
  period: Period,
  options: ListMessagesOptions = {},
): AsyncGenerator<MessageSummary[]> {
  const pageSize = options.pageSize ?? MAX_MESSAGE_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_MESSAGE_PAGE_SIZE) {
    throw new RangeError(`pageSize must be a whole number from 1 to ${MAX_MESSAGE_PAGE_SIZE}`);
  }
  if (!(period.from < period.to)) throw new RangeError("the period must end after it starts");
  const properties = [TRIAGE_RECORD_PROPERTY, LAST_VERB_PROPERTY, LAST_VERB_TIME_PROPERTY];
  const addinProperty = options.addinId === undefined ? undefined : addinCustomPropertiesId(options.addinId);
  if (addinProperty) properties.push(addinProperty);
  const call = { mailbox, operation: "list messages" };
  const pages = client.pages<GraphMessage>(
    call,
    `${mailboxPath(mailbox)}/messages`,
    {
      select: SUMMARY_FIELDS,
      filter: periodFilter(period),
      orderby: `receivedDateTime ${options.order ?? "asc"}`,
      top: pageSize,
      expand: [expandProperties(properties)],
    },
    { signal: options.signal },
  );
  for await (const page of pages) yield page.map((message) => toSummary(message, addinProperty));
}

export function toSummary(message: GraphMessage, addinProperty?: string): MessageSummary {
  const summary: MessageSummary = {
    id: message.id,
    receivedDateTime: message.receivedDateTime ?? "",
    categories: message.categories ?? [],
    isRead: message.isRead ?? false,
    hasAttachments: message.hasAttachments ?? false,
  };
  const from = message.from?.emailAddress?.address;
  if (from) summary.fromAddress = from.toLowerCase();
  if (message.conversationId) summary.conversationId = message.conversationId;
  const properties = message.singleValueExtendedProperties;
  const custom = addinProperty === undefined ? undefined : propertyValue(properties, addinProperty);
  const addinProperties = custom === undefined ? undefined : parseJsonObject(custom);
  if (addinProperties) summary.addinProperties = addinProperties;
  // The pane stores the record among its Office.js custom properties; bulk triage in the extended property.
  const paneRecord = addinProperties?.[TRIAGE_RECORD_NAME];
  const record =
    propertyValue(properties, TRIAGE_RECORD_PROPERTY) ??
    (typeof paneRecord === "string" ? paneRecord : undefined);
  if (record !== undefined) {
    const parsed = parseTriageRecord(record);
    if (parsed) summary.triage = parsed;
    else summary.triageUnreadable = true;
  }
  const verb = Number(propertyValue(properties, LAST_VERB_PROPERTY));
  if (Number.isInteger(verb) && verb > 0) {
    const at = propertyValue(properties, LAST_VERB_TIME_PROPERTY);
    summary.lastAction = { verb: LAST_VERBS[verb as keyof typeof LAST_VERBS] ?? verb, ...(at ? { at } : {}) };
  }
  return summary;
}

function parseJsonObject(json: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Everything triage reads: body, transport headers, attachment metadata (the content is fetched one attachment at a
 * time, attachments.ts) and the item class.
 */
const MAIL_QUERY = {
  select: [
    "id",
    "subject",
    "from",
    "sender",
    "toRecipients",
    "ccRecipients",
    "receivedDateTime",
    "body",
    "internetMessageHeaders",
    "hasAttachments",
  ],
  expand: [
    "attachments($select=id,name,contentType,size,isInline)",
    expandProperties([MESSAGE_CLASS_PROPERTY]),
  ],
} as const;

export function messagePath(mailbox: string, messageId: string): string {
  return `${mailboxPath(mailbox)}/messages/${encodeURIComponent(messageId)}`;
}

/** One message as the engine's Mail, for triage of mail nobody opened. */
export async function getMailForTriage(
  client: GraphClient,
  mailbox: string,
  messageId: string,
  options: Pick<CallOptions, "signal"> = {},
): Promise<Mail> {
  const message = await client.get<GraphMessage>(
    { mailbox, operation: "read message for triage" },
    messagePath(mailbox, messageId),
    MAIL_QUERY,
    { ...options, messageId },
  );
  return graphMessageToMail(message);
}

/** A message read for triage: the Mail, and its attachments as Graph listed them (to fetch their content). */
export type MailOutcome =
  { id: string; mail: Mail; attachments: GraphAttachment[] } | { id: string; error: GraphCallError };

/** Several messages as Mails in JSON batches of 20 (one request instead of twenty); each gets a mail or an error. */
export async function getMailsForTriage(
  client: GraphClient,
  mailbox: string,
  messageIds: readonly string[],
  options: Pick<CallOptions, "signal"> = {},
): Promise<MailOutcome[]> {
  const call = { mailbox, operation: "read messages for triage" };
  const answers = await client.batch(
    call,
    messageIds.map((id, index) => ({
      id: String(index),
      method: "GET" as const,
      url: `${messagePath(mailbox, id)}${queryString(MAIL_QUERY)}`,
    })),
    { ...options, scope: "Mail.Read.Shared" },
  );
  return answers.map((answer, index): MailOutcome => {
    const id = messageIds[index] ?? "";
    if (answer.status >= 200 && answer.status < 300) {
      const message = answer.body as GraphMessage;
      return { id, mail: graphMessageToMail(message), attachments: message.attachments ?? [] };
    }
    return { id, error: batchStepError(call, answer, "Mail.Read.Shared", id) };
  });
}
