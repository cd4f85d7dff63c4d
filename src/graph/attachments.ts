import { decodeBase64 } from "../core/classify/base64";
import type { FetchedAttachment } from "../core/attachment";
import type { AttachmentLimits } from "../core/config/attachment-limits";
import type { CallOptions, GraphClient } from "./client";
import type { GraphAttachment } from "./graph-types";
import { messagePath } from "./messages";

const FILE = "#microsoft.graph.fileAttachment";
const ITEM = "#microsoft.graph.itemAttachment";
const REFERENCE = "#microsoft.graph.referenceAttachment";

/**
 * The content of a message's attachments over Graph, one request per attachment so a mail of large files never sits
 * in memory at once: a file attachment's `contentBytes`, an item attachment (an attached mail or meeting) as MIME
 * from its `$value`. A reference attachment is a link to OneDrive or SharePoint and stays unread ("cloud"). A file
 * over the size or count limit is not fetched; one Graph fails to give is "damaged" ("could not be fetched"), and the
 * mail is still triaged with the rest. Index i is attachment i's. Rejects only when the run is cancelled.
 */
export async function fetchGraphAttachments(
  client: GraphClient,
  mailbox: string,
  messageId: string,
  attachments: readonly GraphAttachment[],
  limits: Pick<AttachmentLimits, "maxAttachments" | "maxBytes">,
  options: Pick<CallOptions, "signal"> = {},
): Promise<FetchedAttachment[]> {
  const fetched: FetchedAttachment[] = [];
  for (const [i, attachment] of attachments.entries()) {
    const type = attachment["@odata.type"] ?? FILE;
    if (type === REFERENCE) fetched.push({ notRead: "cloud" });
    else if (i >= limits.maxAttachments) fetched.push({ notRead: "limit" });
    else if ((attachment.size ?? 0) > limits.maxBytes) fetched.push({ notRead: "too-large" });
    else if (attachment.id === undefined || (type !== FILE && type !== ITEM))
      fetched.push({ notRead: "unsupported" });
    else {
      const path = `${messagePath(mailbox, messageId)}/attachments/${encodeURIComponent(attachment.id)}`;
      try {
        fetched.push(await fetchOne(client, mailbox, messageId, path, type === ITEM, options));
      } catch (error) {
        if (options.signal?.aborted) throw error;
        // The error names the call and the message id only; the attachment is listed as not fetched.
        fetched.push({ notRead: "damaged" });
      }
    }
  }
  return fetched;
}

async function fetchOne(
  client: GraphClient,
  mailbox: string,
  messageId: string,
  path: string,
  isItem: boolean,
  options: Pick<CallOptions, "signal">,
): Promise<FetchedAttachment> {
  const call = { mailbox, operation: "read attachment" };
  if (isItem) {
    const bytes = await client.getBytes(call, `${path}/$value`, { ...options, messageId });
    return { bytes, contentType: "message/rfc822" };
  }
  const file = await client.get<{ contentBytes?: string }>(call, path, undefined, { ...options, messageId });
  return { bytes: decodeBase64(file.contentBytes ?? "") };
}
