import type { AttachmentContent, AttachmentPart } from "../core/attachment";
import type { AttachmentLimits } from "../core/config/attachment-limits";
import { htmlToText } from "../core/text/html-to-text";
import { NotRead, notRead, readUpTo, TextBudget } from "./outcome";
import { isPdf } from "./pdf-signature";
import { isRtf, rtfToText } from "./rtf";
import { charsetOf, decodeText, htmlMetaCharset } from "./text-decoding";
import { readZipDocument } from "./zip-documents";
import { isZip } from "./zip";

/** What the attachment says it is; the bytes decide where they can (a PDF named .txt is read as a PDF). */
export interface AttachmentLabel {
  name: string;
  contentType?: string;
}

type Kind = "pdf" | "zip" | "cfb" | "rtf" | "message" | "image" | "html" | "text" | "unknown";

const TEXT_EXTENSIONS = new Set(["txt", "csv", "tsv", "ics", "vcf", "json", "xml", "log", "md"]);
const HTML_EXTENSIONS = new Set(["htm", "html"]);
const IMAGE_EXTENSIONS = new Set(["jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff", "heic", "heif", "webp"]);

/** A PDF's text layer page by page (pdf.ts, with pdf.js); it throws NotRead for what it cannot read. */
export type PdfReader = (
  bytes: Uint8Array,
  limits: AttachmentLimits,
  budget: TextBudget,
) => Promise<AttachmentPart[]>;

/**
 * An attachment's bytes → its text by page or part, or why it was not read. Never throws: a damaged or hostile
 * file gives `{ read: false, reason }`. Attached mails are the caller's (attachment-reading.ts), which reads them
 * with their own attachments; here they are "unsupported".
 */
export type AttachmentExtractor = (
  bytes: Uint8Array,
  label: AttachmentLabel,
  limits: AttachmentLimits,
) => Promise<AttachmentContent>;

/**
 * The extractor, with or without a PDF reader: pdf.js is megabytes, so the send guard, which must stay one small
 * script (launchevent.js), reads every other format and lists a PDF as "unsupported".
 */
export function attachmentExtractor(readPdf?: PdfReader): AttachmentExtractor {
  return async (bytes, label, limits) => {
    if (bytes.byteLength > limits.maxBytes) return notRead("too-large");
    const budget = new TextBudget(limits.maxTextChars);
    try {
      return readUpTo(await partsOf(kindOf(bytes, label), bytes, label, limits, budget, readPdf), budget);
    } catch (err) {
      if (err instanceof NotRead) return notRead(err.reason);
      return notRead("damaged");
    }
  };
}

async function partsOf(
  kind: Kind,
  bytes: Uint8Array,
  label: AttachmentLabel,
  limits: AttachmentLimits,
  budget: TextBudget,
  readPdf: PdfReader | undefined,
): Promise<AttachmentPart[]> {
  switch (kind) {
    case "pdf":
      if (!readPdf) throw new NotRead("unsupported");
      return readPdf(bytes, limits, budget);
    case "zip":
      return readZipDocument(bytes, limits, budget);
    case "cfb":
      // Legacy .doc/.xls/.msg and password-protected Office documents share this container; only the latter says
      // so in a stream name.
      throw new NotRead(hasEncryptionInfo(bytes) ? "encrypted" : "unsupported");
    case "rtf":
      return [{ text: rtfToText(bytes, budget) }];
    case "html": {
      const text = htmlToText(decodeText(bytes, charsetOf(label.contentType) ?? htmlMetaCharset(bytes)));
      return [{ text: budget.fit(text) }];
    }
    case "text":
      return [{ text: budget.fit(decodeText(bytes, charsetOf(label.contentType))) }];
    case "image":
      throw new NotRead("image");
    default:
      throw new NotRead("unsupported");
  }
}

export function isMessage(label: AttachmentLabel): boolean {
  return mimeType(label) === "message/rfc822" || extension(label) === "eml";
}

function kindOf(bytes: Uint8Array, label: AttachmentLabel): Kind {
  if (isPdf(bytes)) return "pdf";
  if (isZip(bytes)) return "zip";
  if (isCfb(bytes)) return "cfb";
  if (isRtf(bytes)) return "rtf";
  if (isMessage(label)) return "message";
  const type = mimeType(label);
  const ext = extension(label);
  if (isImage(bytes) || type.startsWith("image/") || IMAGE_EXTENSIONS.has(ext)) return "image";
  if (type === "text/html" || HTML_EXTENSIONS.has(ext)) return "html";
  if (type.startsWith("text/") || TEXT_EXTENSIONS.has(ext)) return "text";
  return "unknown";
}

function mimeType(label: AttachmentLabel): string {
  return (label.contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

function extension(label: AttachmentLabel): string {
  const dot = label.name.lastIndexOf(".");
  return dot < 0 ? "" : label.name.slice(dot + 1).toLowerCase();
}

function startsWith(bytes: Uint8Array, ...signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** Microsoft's compound file (OLE2): legacy Office files, Outlook .msg, and encrypted Office 2007+ documents. */
function isCfb(bytes: Uint8Array): boolean {
  return startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
}

/** An encrypted .docx/.xlsx is a compound file with a stream named "EncryptionInfo" (UTF-16 in its directory). */
function hasEncryptionInfo(bytes: Uint8Array): boolean {
  const name = new Uint8Array([..."EncryptionInfo"].flatMap((char) => [char.charCodeAt(0), 0]));
  for (let at = bytes.indexOf(name[0] ?? 0); at >= 0; at = bytes.indexOf(name[0] ?? 0, at + 1)) {
    if (name.every((byte, i) => bytes[at + i] === byte)) return true;
  }
  return false;
}

function isImage(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || // PNG
    startsWith(bytes, 0xff, 0xd8, 0xff) || // JPEG
    startsWith(bytes, 0x47, 0x49, 0x46, 0x38) || // GIF
    startsWith(bytes, 0x49, 0x49, 0x2a, 0x00) || // TIFF, little-endian
    startsWith(bytes, 0x4d, 0x4d, 0x00, 0x2a) || // TIFF, big-endian
    (startsWith(bytes, 0x52, 0x49, 0x46, 0x46) &&
      new TextDecoder("latin1").decode(bytes.subarray(8, 12)) === "WEBP")
  );
}
