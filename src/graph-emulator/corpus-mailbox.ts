import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Mail } from "../core/mail";
import { parseEml } from "../eml/parse-eml";
import { triagedState } from "./corpus-triage";
import { unit } from "./hash";
import { ListedMailbox, type ListedMessage } from "./listed-mailbox";
import type { MessageContent } from "./mailbox";

/**
 * Shared mailboxes seeded from the .eml corpus: each mail lands in the municipal mailbox it was sent to, at a
 * received time spread over the period by a hash of its file name. The labels are never read: the emulator knows
 * mail, not answers (a triaged message's record is the real engine's verdict on it). The manifest tells a test which message came from which file.
 */
export interface CorpusSeedOptions {
  /** The folder holding the sets (a/, b/ …) of .eml files. */
  dir: string;
  end: Date;
  days?: number;
  /** Where mail to no municipal address goes. */
  fallbackMailbox?: string;
  /** The municipality's mail domain; the mailbox is the first recipient in it. */
  domain?: string;
  /** The share (0–1) of messages that carry a triage record and answer state, as after bulk triage; none by default. */
  triaged?: number;
}

export interface CorpusEntry {
  mailbox: string;
  id: string;
  /** "a/a001-flytning-adresse.eml" */
  file: string;
  receivedDateTime: string;
}

export interface CorpusSeed {
  mailboxes: Map<string, ListedMailbox>;
  manifest: CorpusEntry[];
  /** Files the eml parser refused, with its reason (none in a healthy corpus). */
  unreadable: { file: string; error: string }[];
}

const DAY = 86_400_000;
const MINUTE = 60_000;

function fileHash(file: string): number {
  return createHash("sha256").update(file).digest().readUInt32BE(0);
}

function messageId(file: string): string {
  return `AAMkADC${createHash("sha256").update(`corpus/${file}`).digest("base64url").slice(0, 43)}AAA=`;
}

function itemClass(mail: Mail): string {
  const type = (mail.headers["content-type"] ?? "").toLowerCase();
  if (type.startsWith("multipart/signed")) return "IPM.Note.SMIME.MultipartSigned";
  if (type.startsWith("application/pkcs7-mime") || type.startsWith("application/x-pkcs7-mime"))
    return "IPM.Note.SMIME";
  return "IPM.Note";
}

function content(mail: Mail, bytes: Uint8Array[]): MessageContent {
  return {
    subject: mail.subject,
    to: mail.to.map((a) => a.address),
    cc: mail.cc.map((a) => a.address),
    body:
      mail.htmlBody !== undefined
        ? { contentType: "html", content: mail.htmlBody }
        : { contentType: "text", content: mail.textBody ?? "" },
    headers: Object.entries(mail.headers).map(([name, value]) => ({ name, value })),
    attachments: mail.attachments.map((a, i) => {
      const contentType = a.contentType ?? "application/octet-stream";
      return {
        id: `AAMkAtt${i + 1}`,
        name: a.name,
        contentType,
        size: a.size ?? 0,
        isInline: a.isInline === true,
        // Exchange keeps an attached mail as an Outlook item, which Graph lists as an itemAttachment.
        kind: contentType.toLowerCase().startsWith("message/rfc822") ? "item" : "file",
        bytes: bytes[i] ?? new Uint8Array(),
      };
    }),
    itemClass: itemClass(mail),
  };
}

export async function seedCorpus(options: CorpusSeedOptions): Promise<CorpusSeed> {
  const days = options.days ?? 60;
  const domain = `@${options.domain ?? "nyborg.dk"}`;
  const fallback = options.fallbackMailbox ?? `postkasse${domain}`;
  const start = options.end.getTime() - days * DAY;
  const sets = (await readdir(options.dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const byMailbox = new Map<string, ListedMessage[]>();
  const manifest: CorpusEntry[] = [];
  const unreadable: { file: string; error: string }[] = [];
  for (const set of sets) {
    const files = (await readdir(path.join(options.dir, set))).filter((f) => f.endsWith(".eml")).sort();
    for (const name of files) {
      const file = `${set}/${name}`;
      const parsed = await parseEml(await readFile(path.join(options.dir, set, name)));
      if (!parsed.ok) {
        unreadable.push({ file, error: parsed.error });
        continue;
      }
      const mail = parsed.mail;
      const mailbox =
        [...mail.to, ...mail.cc].map((a) => a.address.toLowerCase()).find((a) => a.endsWith(domain)) ??
        fallback;
      const h = fileHash(file);
      const day = Math.floor(unit(h, 0, 1) * days);
      const received = start + day * DAY + 6 * 3_600_000 + Math.floor(unit(h, 0, 2) * 840) * MINUTE;
      const id = messageId(file);
      const list = byMailbox.get(mailbox) ?? [];
      list.push({
        message: {
          id,
          received,
          from: mail.from?.address.toLowerCase() ?? "",
          conversationId: `AAQkADC${id.slice(7, 30)}`,
          hasAttachments: mail.attachments.some((a) => a.isInline !== true),
          ...triagedState(mail, id, received, options.end.getTime(), options.triaged ?? 0),
        },
        content: content(mail, parsed.attachmentBytes),
      });
      byMailbox.set(mailbox, list);
      manifest.push({
        mailbox,
        id,
        file,
        receivedDateTime: new Date(received).toISOString().replace(/\.\d{3}Z$/, "Z"),
      });
    }
  }
  const mailboxes = new Map([...byMailbox].map(([address, list]) => [address, new ListedMailbox(list)]));
  return { mailboxes, manifest, unreadable };
}
