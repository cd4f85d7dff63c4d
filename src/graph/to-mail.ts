import type { Address, AttachmentInfo, Mail } from "../core/mail";
import type { GraphEmailAddress, GraphExtendedProperty, GraphMessage } from "./graph-types";
import { MESSAGE_CLASS_PROPERTY, samePropertyId } from "./properties";

/** Graph's message JSON (with body, headers, attachment metadata and the item class) as the engine's Mail. */
export function graphMessageToMail(message: GraphMessage): Mail {
  const mail: Mail = {
    subject: message.subject ?? "",
    to: addresses(message.toRecipients),
    cc: addresses(message.ccRecipients),
    headers: headers(message.internetMessageHeaders),
    attachments: (message.attachments ?? []).map(attachment),
  };
  const from = addresses(message.from ? [message.from] : message.sender ? [message.sender] : [])[0];
  if (from) mail.from = from;
  if (message.receivedDateTime) mail.date = message.receivedDateTime;
  const content = message.body?.content;
  if (content !== undefined && content !== "") {
    if (message.body?.contentType === "html") mail.htmlBody = content;
    else mail.textBody = content;
  }
  const itemClass = propertyValue(message.singleValueExtendedProperties, MESSAGE_CLASS_PROPERTY);
  if (itemClass) mail.itemClass = itemClass;
  return mail;
}

export function propertyValue(
  properties: GraphExtendedProperty[] | undefined,
  id: string,
): string | undefined {
  return properties?.find((property) => samePropertyId(property.id, id))?.value;
}

function addresses(list: GraphEmailAddress[] | undefined): Address[] {
  const result: Address[] = [];
  for (const entry of list ?? []) {
    const address = entry.emailAddress?.address ?? "";
    const name = entry.emailAddress?.name;
    if (!address && !name) continue;
    // Graph repeats the address as the name when there is none; Mail keeps a name only when it adds something.
    result.push(name && name !== address ? { name, address } : { address });
  }
  return result;
}

/** Lower-cased names; repeated headers (Received …) joined with ", " as Mail documents. */
function headers(list: { name: string; value: string }[] | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const { name, value } of list ?? []) {
    const key = name.toLowerCase();
    const earlier = result[key];
    result[key] = earlier === undefined ? value : `${earlier}, ${value}`;
  }
  return result;
}

function attachment(item: {
  name?: string;
  contentType?: string;
  size?: number;
  isInline?: boolean;
}): AttachmentInfo {
  const info: AttachmentInfo = { name: item.name ?? "" };
  if (item.contentType !== undefined) info.contentType = item.contentType;
  if (item.size !== undefined) info.size = item.size;
  if (item.isInline === true) info.isInline = true;
  return info;
}
