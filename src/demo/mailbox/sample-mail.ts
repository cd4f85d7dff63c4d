import { escapeHtml } from "../../core/escape-html";
import { buildPdf } from "../documents/pdf-writer";
import type { DemoItem } from "../protocol";

export interface Person {
  name: string;
  address: string;
}

export interface SampleAttachment {
  name: string;
  contentType: string;
  /** Bytes. */
  size: number;
  /** The file itself; without it the demo serves a scanned page (a PDF without text), which Kanalvagt cannot read. */
  content?: Uint8Array;
}

/** A mail in the demo's shared mailbox, written the way a person would describe it. */
export interface SampleMail {
  id: string;
  from: Person;
  /** Defaults to the shared mailbox. */
  to?: Person[];
  cc?: Person[];
  /** How long before the demo opened the mail arrived, so the list always looks current. */
  minutesAgo: number;
  subject: string;
  /** Plain text; paragraphs separated by an empty line. Empty for encrypted mail, which add-ins cannot read. */
  text: string;
  /** Defaults to the text as paragraphs. */
  html?: string;
  /** How the sender protected the mail (S/MIME); ordinary mail when left out. */
  protection?: "signed" | "encrypted";
  attachments?: SampleAttachment[];
  /** Further transport headers, e.g. a newsletter's List-Unsubscribe. */
  headers?: Record<string, string>;
  /** Outlook gives no transport headers for this item (as for mail moved from Sent Items). */
  withoutHeaders?: boolean;
  unread?: boolean;
}

export const SHARED_MAILBOX: Person = { name: "Borgerservice", address: "borgerservice@nyborg.dk" };

function textToHtml(text: string): string {
  const paragraphs = text.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p).replaceAll("\n", "<br>")}</p>`);
  return `<html><body><div dir="ltr">${paragraphs.join("")}</div></body></html>`;
}

/** RFC 2047: non-ASCII header text travels base64-encoded, as a real mail client sends it. */
function encodeWord(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const bytes = new TextEncoder().encode(text);
  return `=?utf-8?B?${btoa(String.fromCharCode(...bytes))}?=`;
}

function mailbox(person: Person): string {
  return `${encodeWord(person.name)} <${person.address}>`;
}

function contentType(mail: SampleMail): { header: string; itemClass: string } {
  if (mail.protection === "signed") {
    return {
      header:
        'multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256;\r\n\tboundary="sig-1"',
      itemClass: "IPM.Note.SMIME.MultipartSigned",
    };
  }
  if (mail.protection === "encrypted") {
    return {
      header: 'application/pkcs7-mime; smime-type=enveloped-data;\r\n\tname="smime.p7m"',
      itemClass: "IPM.Note.SMIME",
    };
  }
  const multipart = mail.attachments?.length ? "multipart/mixed" : "multipart/alternative";
  return { header: `${multipart};\r\n\tboundary="part-1"`, itemClass: "IPM.Note" };
}

/** The header block the sample mail would have had after travelling to the municipality's Exchange Online. */
function internetHeaders(mail: SampleMail, to: Person[], received: Date): string {
  const senderDomain = mail.from.address.split("@")[1] ?? "example.com";
  const lines = [
    `Received: from mail.${senderDomain} (mail.${senderDomain} [192.0.2.25])\r\n\tby mx.nyborg.dk with ESMTPS; ${received.toUTCString()}`,
    `Received: from DB9PR02MB0001.eurprd02.prod.outlook.example\r\n\tby DB9PR02MB0002.eurprd02.prod.outlook.example; ${received.toUTCString()}`,
    `Authentication-Results: spf=pass smtp.mailfrom=${senderDomain}; dkim=pass header.d=${senderDomain}`,
    `From: ${mailbox(mail.from)}`,
    `To: ${to.map(mailbox).join(", ")}`,
    ...(mail.cc?.length ? [`Cc: ${mail.cc.map(mailbox).join(", ")}`] : []),
    `Subject: ${encodeWord(mail.subject)}`,
    `Date: ${received.toUTCString()}`,
    `Message-ID: <${mail.id}@${senderDomain}>`,
    ...Object.entries(mail.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
    "MIME-Version: 1.0",
    `Content-Type: ${contentType(mail).header}`,
  ];
  return `${lines.join("\r\n")}\r\n`;
}

function details(person: Person, recipientType: string): Office.EmailAddressDetails {
  return { displayName: person.name, emailAddress: person.address, appointmentResponse: "", recipientType };
}

/** The item Outlook would hand an add-in for this sample mail, received `now - minutesAgo`. */
export function toDemoItem(mail: SampleMail, now: Date): DemoItem {
  const received = new Date(now.getTime() - mail.minutesAgo * 60_000);
  const to = mail.to ?? [SHARED_MAILBOX];
  const attachments = (mail.attachments ?? []).map((a, i) => ({
    id: `${mail.id}-attachment-${i + 1}`,
    name: a.name,
    contentType: a.contentType,
    size: a.size,
    isInline: false,
    attachmentType: "file",
    contentId: "",
  }));
  return {
    id: mail.id,
    subject: mail.subject,
    from: details(mail.from, "externalUser"),
    to: to.map((p) => details(p, "user")),
    cc: (mail.cc ?? []).map((p) => details(p, "externalUser")),
    dateTimeCreated: received.toISOString(),
    itemClass: contentType(mail).itemClass,
    textBody: mail.text,
    htmlBody: mail.html ?? (mail.text === "" ? "" : textToHtml(mail.text)),
    internetHeaders: mail.withoutHeaders ? "" : internetHeaders(mail, to, received),
    attachments,
    attachmentContent: Object.fromEntries(
      (mail.attachments ?? []).map((a, i) => [attachments[i]?.id ?? "", base64(a.content ?? scannedPage())]),
    ),
  };
}

let blankScan: Uint8Array | undefined;

/** A PDF page with no text layer, as a scanner writes it: what the demo's attachments without content stand for. */
function scannedPage(): Uint8Array {
  blankScan ??= buildPdf([[]]);
  return blankScan;
}

function base64(bytes: Uint8Array): string {
  let binary = "";
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let at = 0; at < bytes.byteLength; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary);
}
