import { badRequest } from "./graph-error";
import type { MessageContent, StoredAttachment, StoredMessage } from "./mailbox";
import type { Expand } from "./odata";

/** The message properties the emulator knows; $select of anything else is refused as Graph refuses it. */
const LIST_FIELDS = [
  "id",
  "receivedDateTime",
  "from",
  "sender",
  "categories",
  "isRead",
  "conversationId",
  "hasAttachments",
];
const CONTENT_FIELDS = [
  "subject",
  "toRecipients",
  "ccRecipients",
  "body",
  "bodyPreview",
  "internetMessageHeaders",
];
const KNOWN = new Set([...LIST_FIELDS, ...CONTENT_FIELDS]);
/** Without $select Graph sends a default set, which leaves out the transport headers. */
const DEFAULT_FIELDS = [...LIST_FIELDS, "subject", "toRecipients", "ccRecipients", "body", "bodyPreview"];

export function parseSelect(select: string | null): string[] {
  if (select === null || select.trim() === "") return DEFAULT_FIELDS;
  const fields = select.split(",").map((f) => f.trim());
  for (const field of fields) {
    if (!KNOWN.has(field)) {
      throw badRequest(
        "RequestBroker--ParseUri",
        `Could not find a property named '${field}' on type 'microsoft.graph.message'.`,
      );
    }
  }
  return fields.includes("id") ? fields : ["id", ...fields];
}

/** Graph's spelling of an extended property id, checked: "<Type> 0x<tag>" or "<Type> {<guid>} Name <name>". */
const PROPERTY_ID =
  /^(Binary|Boolean|Currency|CLSID|Double|Integer|Long|Short|String|SystemTime|Float|Object)\s+(?:0x([0-9a-f]{1,4})|\{([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}\s+(?:Name\s+(\S.*)|Id\s+0x([0-9a-f]{1,4})))$/i;

/** A key under which equal ids meet: type, GUID and tag compare without case, a name with it. */
export function propertyKey(id: string): string {
  const match = PROPERTY_ID.exec(id.trim());
  if (!match)
    throw badRequest(
      "ErrorInvalidExtendedPropertyValue",
      `The extended property id is not valid: ${id.slice(0, 100)}`,
    );
  const type = (match[1] ?? "").toLowerCase();
  if (match[2] !== undefined) return `${type} 0x${parseInt(match[2], 16).toString(16)}`;
  const guid = (match[3] ?? "").toLowerCase();
  return match[4] !== undefined
    ? `${type} {${guid}} name ${match[4]}`
    : `${type} {${guid}} id 0x${parseInt(match[5] ?? "0", 16).toString(16)}`;
}

const ITEM_CLASS = "string 0x1a";

function address(value: string): { emailAddress: { name: string; address: string } } {
  return { emailAddress: { name: value, address: value } };
}

export function isoSeconds(time: number): string {
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** A message as Graph's JSON, with only the selected fields and the asked-for expansions. */
export function messageJson(
  message: StoredMessage,
  content: () => MessageContent,
  fields: readonly string[],
  expand: Expand,
): Record<string, unknown> {
  const json: Record<string, unknown> = { "@odata.etag": `W/"${message.id.slice(-16, -4)}"` };
  let text: MessageContent | undefined;
  const get = (): MessageContent => (text ??= content());
  for (const field of fields) {
    switch (field) {
      case "id":
        json.id = message.id;
        break;
      case "receivedDateTime":
        json.receivedDateTime = isoSeconds(message.received);
        break;
      case "from":
      case "sender":
        json[field] = address(message.from);
        break;
      case "categories":
        json.categories = message.categories;
        break;
      case "isRead":
        json.isRead = message.isRead;
        break;
      case "conversationId":
        json.conversationId = message.conversationId;
        break;
      case "hasAttachments":
        json.hasAttachments = message.hasAttachments;
        break;
      case "subject":
        json.subject = get().subject;
        break;
      case "toRecipients":
        json.toRecipients = get().to.map(address);
        break;
      case "ccRecipients":
        json.ccRecipients = get().cc.map(address);
        break;
      case "body":
        json.body = get().body;
        break;
      case "bodyPreview":
        json.bodyPreview = get().body.contentType === "text" ? get().body.content.slice(0, 255) : "";
        break;
      case "internetMessageHeaders":
        json.internetMessageHeaders = get().headers;
        break;
    }
  }
  if (expand.attachments) {
    const select = expand.attachments.select;
    json.attachments = get().attachments.map((attachment) => attachmentJson(attachment, select, false));
  }
  if (expand.properties) {
    const stored = new Map(
      Object.entries(message.properties).map(([id, value]) => [propertyKey(id), { id, value }]),
    );
    const found = expand.properties.flatMap((id) => {
      const key = propertyKey(id);
      // The item class belongs to every message; Graph computes it rather than storing it.
      if (key === ITEM_CLASS) return [{ id: "String 0x1a", value: get().itemClass }];
      const hit = stored.get(key);
      return hit ? [hit] : [];
    });
    if (found.length > 0) json.singleValueExtendedProperties = found;
  }
  return json;
}

const ATTACHMENT_TYPES: Record<StoredAttachment["kind"], string> = {
  file: "#microsoft.graph.fileAttachment",
  item: "#microsoft.graph.itemAttachment",
  reference: "#microsoft.graph.referenceAttachment",
};
const ATTACHMENT_FIELDS = ["id", "name", "contentType", "size", "isInline"] as const;

/**
 * An attachment as Graph answers it: its type, the fields asked for, and a file's bytes as base64 `contentBytes`
 * when `withContent` (a read of the attachment itself, or the attachments collection).
 */
export function attachmentJson(
  attachment: StoredAttachment,
  select: string[] | undefined,
  withContent: boolean,
): Record<string, unknown> {
  const json: Record<string, unknown> = { "@odata.type": ATTACHMENT_TYPES[attachment.kind] };
  for (const key of ATTACHMENT_FIELDS) if (!select || select.includes(key)) json[key] = attachment[key];
  if (withContent && attachment.kind === "file") {
    json.contentBytes = Buffer.from(attachment.bytes ?? new Uint8Array()).toString("base64");
  }
  return json;
}
