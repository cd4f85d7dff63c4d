import type { TriageRecord } from "../core/record";
import { batchStepError, mailboxPath, type CallOptions, type GraphClient } from "./client";
import type { GraphCallError } from "./errors";
import type { GraphMessage } from "./graph-types";
import { toSummary, type MessageSummary } from "./messages";
import { addinCustomPropertiesId, expandProperties, TRIAGE_RECORD_PROPERTY } from "./properties";

/** What bulk triage stores on one message: the record (no content) and the message's full category list. */
export interface TriageWrite {
  messageId: string;
  record: TriageRecord;
  /** Replaces the message's categories (Graph has no "add"): build it with mergeCategories. */
  categories: string[];
}

export type WriteOutcome =
  { messageId: string; ok: true } | { messageId: string; ok: false; error: GraphCallError };

const WRITE_SCOPE = "Mail.ReadWrite.Shared";

function messagePath(mailbox: string, messageId: string): string {
  return `${mailboxPath(mailbox)}/messages/${encodeURIComponent(messageId)}`;
}

function patchBody(write: TriageWrite): unknown {
  return {
    categories: write.categories,
    singleValueExtendedProperties: [{ id: TRIAGE_RECORD_PROPERTY, value: JSON.stringify(write.record) }],
  };
}

/**
 * The message's categories after triage: staff's own categories stay, Kanalvagt's earlier ones (any name in
 * `ownNames`) give way to the new ones, no name twice.
 */
export function mergeCategories(
  existing: readonly string[],
  triageCategories: readonly string[],
  ownNames: readonly string[],
): string[] {
  const own = new Set(ownNames);
  return [...new Set([...existing.filter((name) => !own.has(name)), ...triageCategories])];
}

/** Stores one triage record and the categories with a single PATCH. */
export async function writeTriage(
  client: GraphClient,
  mailbox: string,
  write: TriageWrite,
  options: Pick<CallOptions, "signal"> = {},
): Promise<void> {
  await client.patch(
    { mailbox, operation: "store triage record" },
    messagePath(mailbox, write.messageId),
    patchBody(write),
    { ...options, scope: WRITE_SCOPE, messageId: write.messageId },
  );
}

/**
 * Stores many triage records as PATCHes in JSON batches of 20: a twentieth of the requests, and of the throttling
 * budget's request count. Each message gets its own outcome; a failure on one never hides the others.
 */
export async function writeTriages(
  client: GraphClient,
  mailbox: string,
  writes: readonly TriageWrite[],
  options: Pick<CallOptions, "signal"> = {},
): Promise<WriteOutcome[]> {
  const call = { mailbox, operation: "store triage records" };
  const answers = await client.batch(
    call,
    writes.map((write, index) => ({
      id: String(index),
      method: "PATCH" as const,
      url: messagePath(mailbox, write.messageId),
      body: patchBody(write),
    })),
    { ...options, scope: WRITE_SCOPE },
  );
  return answers.map((answer, index): WriteOutcome => {
    const messageId = writes[index]?.messageId ?? "";
    if (answer.status >= 200 && answer.status < 300) return { messageId, ok: true };
    return { messageId, ok: false, error: batchStepError(call, answer, WRITE_SCOPE, messageId) };
  });
}

/** Reads back what is stored on one message: triage record, categories, reply state and the add-in's custom properties. */
export async function readTriage(
  client: GraphClient,
  mailbox: string,
  messageId: string,
  options: Pick<CallOptions, "signal"> & { addinId?: string } = {},
): Promise<MessageSummary> {
  const addinProperty = options.addinId === undefined ? undefined : addinCustomPropertiesId(options.addinId);
  const properties = addinProperty ? [TRIAGE_RECORD_PROPERTY, addinProperty] : [TRIAGE_RECORD_PROPERTY];
  const message = await client.get<GraphMessage>(
    { mailbox, operation: "read triage record" },
    messagePath(mailbox, messageId),
    {
      select: ["id", "receivedDateTime", "categories", "isRead", "hasAttachments"],
      expand: [expandProperties(properties)],
    },
    { signal: options.signal, messageId },
  );
  return toSummary(message, addinProperty);
}
