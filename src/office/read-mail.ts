import type { Address, AttachmentInfo, Mail } from "../core/mail";
import type { MailRead, ReadGap } from "./mailbox-port";
import type { OfficeApi, OfficeItemRead } from "./office-api";
import { callOffice } from "./office-call";
import { parseInternetHeaders } from "./internet-headers";

/** Reads one Outlook item into the engine's Mail. The body is required; headers are best effort (see ReadGap). */
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
  const [textBody, htmlBody, headers] = await Promise.all([
    bodyAs(office.CoercionType.Text),
    bodyAs(office.CoercionType.Html),
    readHeaders(office, item, timeoutMs),
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
  return { mail, gaps: headers.gap ? [headers.gap] : [] };
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
