import type { Address, AttachmentInfo, Mail } from "../core/mail";
import { itemActions, itemCapabilities } from "./item-actions";
import type { MailRead, ReadGap, SharedMailbox } from "./mailbox-port";
import type { OfficeApi, OfficeItemRead } from "./office-api";
import { callOffice } from "./office-call";
import { parseInternetHeaders } from "./internet-headers";

/** DelegatePermissions bits (Office.MailboxEnums.DelegatePermissions): Write = 2, EditAll = 32. */
const MAY_EDIT = 2 | 32;

let unsavedItems = 0;

/**
 * Reads one Outlook item into the engine's Mail, with what Kanalvagt may do to it. The body is required; headers and
 * the shared-mailbox rights are best effort (see ReadGap).
 */
export async function readMail(
  office: OfficeApi,
  item: OfficeItemRead,
  timeoutMs?: number,
): Promise<MailRead> {
  const bodyAs = (coercion: Office.CoercionType): Promise<string> =>
    callOffice<string>(
      office,
      `item.body.getAsync(${coercion})`,
      (callback) => item.body.getAsync(coercion, callback),
      timeoutMs,
    );
  const [textBody, htmlBody, headers, shared] = await Promise.all([
    bodyAs(office.CoercionType.Text),
    bodyAs(office.CoercionType.Html),
    readHeaders(office, item, timeoutMs),
    readShared(office, item, timeoutMs),
  ]);

  const mail: Mail = {
    subject: item.subject ?? "",
    to: (item.to ?? []).map(toAddress).filter(isAddress),
    cc: (item.cc ?? []).map(toAddress).filter(isAddress),
    headers: headers.map,
    textBody,
    htmlBody,
    attachments: (item.attachments ?? []).map(toAttachmentInfo),
  };
  // In a shared mailbox or for mail sent on behalf of someone, `from` is who the mail speaks for; `sender` who sent it.
  const from = toAddress(item.from) ?? toAddress(item.sender);
  if (from) mail.from = from;
  const date = isoDate(item.dateTimeCreated);
  if (date) mail.date = date;
  if (item.itemClass) mail.itemClass = item.itemClass;
  const gaps = [headers.gap, shared.gap].filter((gap): gap is ReadGap => gap !== undefined);
  const can = itemCapabilities(office, item, shared.mailbox);
  const read: MailRead = {
    key: item.itemId || `unsaved-${++unsavedItems}`,
    mail,
    gaps,
    actions: itemActions(office, item, can, timeoutMs),
  };
  if (shared.mailbox) read.shared = shared.mailbox;
  return read;
}

/** Outlook offers getSharedPropertiesAsync only on items in a shared folder or mailbox. */
async function readShared(
  office: OfficeApi,
  item: OfficeItemRead,
  timeoutMs: number | undefined,
): Promise<{ mailbox?: SharedMailbox; gap?: ReadGap }> {
  const getShared = item.getSharedPropertiesAsync;
  if (typeof getShared !== "function" || !office.context.requirements.isSetSupported("Mailbox", "1.8")) {
    return {};
  }
  try {
    const properties = await callOffice<Office.SharedProperties>(
      office,
      "item.getSharedPropertiesAsync",
      (callback) => getShared.call(item, callback),
      timeoutMs,
    );
    return {
      mailbox: {
        owner: properties.owner ?? "",
        canEdit: (Number(properties.delegatePermissions) & MAY_EDIT) !== 0,
      },
    };
  } catch {
    // Without the rights we cannot tell what will work; the write-back calls will say so if they fail.
    return { mailbox: { owner: "", canEdit: true }, gap: "shared-failed" };
  }
}

async function readHeaders(
  office: OfficeApi,
  item: OfficeItemRead,
  timeoutMs: number | undefined,
): Promise<{ map: Record<string, string>; gap?: ReadGap }> {
  if (!office.context.requirements.isSetSupported("Mailbox", "1.8")) {
    return { map: {}, gap: "headers-unsupported" };
  }
  let raw: string;
  try {
    raw = await callOffice<string>(
      office,
      "item.getAllInternetHeadersAsync",
      (callback) => item.getAllInternetHeadersAsync(callback),
      timeoutMs,
    );
  } catch {
    return { map: {}, gap: "headers-failed" };
  }
  const map = parseInternetHeaders(raw ?? "");
  return Object.keys(map).length === 0 ? { map, gap: "headers-empty" } : { map };
}

function toAddress(details: Office.EmailAddressDetails | null | undefined): Address | undefined {
  const address = details?.emailAddress?.trim() ?? "";
  const name = details?.displayName?.trim() ?? "";
  if (address === "" && name === "") return undefined;
  return name === "" || name === address ? { address } : { name, address };
}

function isAddress(address: Address | undefined): address is Address {
  return address !== undefined;
}

function toAttachmentInfo(attachment: Office.AttachmentDetails): AttachmentInfo {
  return {
    name: attachment.name,
    contentType: attachment.contentType,
    size: attachment.size,
    isInline: attachment.isInline,
  };
}

function isoDate(date: Date | null | undefined): string | undefined {
  return date instanceof Date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}
