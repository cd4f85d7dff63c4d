// A citizen's mail that carries every planted secret in every place a mail has: subject, display name, sender and
// reply addresses, a transport header, the body, an attachment's name and its content. Built as .eml bytes for the
// command line and the Graph emulator, and as plain parts for the pane and the send guard.
import type { OutgoingDraft } from "../unit/commands/send-guard/compose-standin";
import { buildDocx } from "../../src/demo/documents/office-writer";
import { buildPdf } from "../../src/demo/documents/pdf-writer";
import { ADDRESS, ART9, BODY, CPR, IBAN, NAME, PASSPORT } from "./planted";

/** The display name: a name, a CPR number and a health word, as issue 14 found them in real senders. */
export const DISPLAY_NAME = `Xenia ${NAME.sender.written} ${CPR.hyphen.written} ${ART9.health.written}`;
/** The sender's address holds a CPR number as its local part (seen in citizens' mail). */
export const SENDER_ADDRESS = `${CPR.plain.written}@example.com`;
export const REPLY_TO = `${ADDRESS.email.written}@example.net`;
export const SUBJECT = `Ansøgning ${CPR.plain.written} – ${ART9.mental.written}`;
/** Attachment and file names are shown to staff (CPR numbers masked), so they carry CPR numbers only. */
export const ATTACHMENT_NAME = `journal ${CPR.enDash.written}.txt`;
export const ATTACHMENT_TEXT =
  `Journal for cpr-nr. ${CPR.grouped.written}: ${ART9.health.written}, ${ART9.mental.written}. ` +
  `${BODY.written}. Adresse ${ADDRESS.street.written}.`;

/**
 * Further attachments the command line reads (src/attachments): a Word document, a PDF (ASCII only, as the test's
 * PDF writer writes it) and a damaged document, which is listed as not read under its name.
 */
export const DOCUMENT_ATTACHMENTS = [
  {
    name: `notat ${CPR.fullWidth.written}.docx`,
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    bytes: buildDocx(ATTACHMENT_TEXT),
  },
  {
    name: `scanning ${CPR.substitute.written}.pdf`,
    type: "application/pdf",
    bytes: buildPdf([
      [[`Cpr-nr. ${CPR.spacedDash.written}, ${ART9.health.written}, ${ART9.criminal.written} vold.`]],
      [[`Pasnummer ${PASSPORT.written}. IBAN ${IBAN.written}.`]],
    ]),
  },
  {
    name: `ødelagt ${CPR.dotted.written}.docx`,
    type: "application/octet-stream",
    bytes: Uint8Array.from([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...Buffer.from(`cpr ${CPR.plain.written} ${BODY.written}`),
    ]),
  },
] as const;

export const BODY_TEXT = [
  "Kære Borgerservice",
  "",
  `Jeg skriver om min søn ${NAME.child.written}. Mit cpr-nr. er ${CPR.plain.written}, og hans cpr-nr. er ${CPR.hyphen.written}.`,
  `Min mands cpr-nummer: ${CPR.space.written}. Datterens personnummer ${CPR.spacedDash.written}.`,
  `Mit gamle cpr-nr. ${CPR.enDash.written}. CPR-nr. ${CPR.fullWidth.written}. Personnummer ${CPR.grouped.written}.`,
  `Cpr: ${CPR.dotted.written}. Erstatningspersonnummer ${CPR.substitute.written}.`,
  `Jeg har ${ART9.health.written} og er diagnosticeret med ${ART9.mental.written}.`,
  `Jeg er ${ART9.religion.written} og ${ART9.sexuality.written}, og jeg er ${ART9.criminal.written} vold.`,
  `Jeg bor på ${ADDRESS.street.written}, 5800 Nyborg. Udbetal til IBAN ${IBAN.written}.`,
  `Mit pasnummer er ${PASSPORT.written}. ${BODY.written[0]!.toUpperCase()}${BODY.written.slice(1)}.`,
  "",
  "Med venlig hilsen",
  `Xenia ${NAME.sender.written}`,
].join("\n");

/** RFC 2047: non-ASCII header text base64-encoded, as a mail client sends it. */
function encodedWord(text: string): string {
  return `=?utf-8?B?${Buffer.from(text, "utf8").toString("base64")}?=`;
}

const base64Lines = (bytes: Buffer): string => bytes.toString("base64").replace(/.{76}/g, "$&\r\n");

export interface PlantedEmlOptions {
  /** The municipal mailbox it was sent to (the Graph emulator files it there). */
  to?: string;
  date?: string;
}

/** The planted mail as an .eml file. */
export function plantedEml(options: PlantedEmlOptions = {}): Buffer {
  const boundary = "planted-boundary";
  const lines = [
    `From: ${encodedWord(DISPLAY_NAME)} <${SENDER_ADDRESS}>`,
    `Reply-To: ${encodedWord(`Xenia ${NAME.sender.written}`)} <${REPLY_TO}>`,
    `To: Borgerservice <${options.to ?? "borgerservice@nyborg.dk"}>`,
    `Subject: ${encodedWord(SUBJECT)}`,
    `Date: ${options.date ?? "Tue, 3 Feb 2026 09:15:00 +0100"}`,
    `Message-ID: <planted-${Date.parse(options.date ?? "2026-02-03")}@example.com>`,
    `X-Sagsreference: ${encodedWord(`cpr ${CPR.space.written} ${ART9.religion.written} ${ADDRESS.street.written}`)}`,
    "MIME-Version: 1.0",
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: base64",
    "",
    base64Lines(Buffer.from(BODY_TEXT, "utf8")),
    `--${boundary}`,
    `Content-Type: text/plain; charset=utf-8; name="${encodedWord(ATTACHMENT_NAME)}"`,
    `Content-Disposition: attachment; filename="${encodedWord(ATTACHMENT_NAME)}"`,
    "Content-Transfer-Encoding: base64",
    "",
    base64Lines(Buffer.from(ATTACHMENT_TEXT, "utf8")),
    ...DOCUMENT_ATTACHMENTS.flatMap(({ name, type, bytes }) => [
      `--${boundary}`,
      `Content-Type: ${type}; name="${encodedWord(name)}"`,
      `Content-Disposition: attachment; filename="${encodedWord(name)}"`,
      "Content-Transfer-Encoding: base64",
      "",
      base64Lines(Buffer.from(bytes)),
    ]),
    `--${boundary}--`,
    "",
  ];
  return Buffer.from(lines.join("\r\n"), "utf8");
}

/** File names with a CPR number in each layout a person types one into a name. */
export const PLANTED_FILE_NAMES = [
  `sag ${CPR.plain.written}.eml`,
  `sag ${CPR.hyphen.written}.eml`,
  `sag ${CPR.spacedDash.written}.eml`,
  `sag ${CPR.enDash.written}.eml`,
  `sag ${CPR.fullWidth.written}.eml`,
  `sag ${CPR.grouped.written}.eml`,
  `sag ${CPR.substitute.written}.eml`,
] as const;

/** A reply to the planted mail being sent to its sender: the subject, the quote and the attachment go with it. */
export const PLANTED_REPLY: OutgoingDraft = {
  subject: `Sv: ${SUBJECT}`,
  body: `Hej Xenia\n\nVi har modtaget din mail.\n\n-----Oprindelig meddelelse-----\n${BODY_TEXT}`,
  to: [SENDER_ADDRESS, REPLY_TO],
  attachmentNames: [ATTACHMENT_NAME],
};
