import type { SignatureState } from "../analysis";
import type { Mail } from "../mail";

/**
 * Whether a mail was S/MIME signed or encrypted, from the signals the sources give (docs: platform.md):
 * 1. the top-level Content-Type header (transport headers: .eml files, Graph, Office.js getAllInternetHeadersAsync);
 * 2. Outlook's item class (IPM.Note.SMIME.MultipartSigned, IPM.Note.SMIME);
 * 3. attachment names and types (smime.p7s, smime.p7m), as Graph and some clients show S/MIME parts.
 *
 * The first signal present decides, in that order. Only transport headers can show that a mail is not signed: an
 * item class IPM.Note proves nothing (classic Outlook reports it for S/MIME mail too), nor does a missing .p7s.
 * With no headers and no positive signal the state is "unknown", never "unsigned".
 */

interface ContentType {
  mediaType: string;
  params: Map<string, string>;
}

/** Parses `type/subtype; name=value; name="quoted value"` leniently; names and the media type are lower-cased. */
export function parseContentType(header: string): ContentType {
  const [type = "", ...rest] = splitOutsideQuotes(header, ";");
  const params = new Map<string, string>();
  for (const part of rest) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim().toLowerCase();
    const value = part
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/s, "$1")
      .replace(/\\(.)/g, "$1");
    if (name.length > 0 && !params.has(name)) params.set(name, value);
  }
  return { mediaType: type.trim().toLowerCase(), params };
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? "";
    if (c === "\\" && quoted) {
      current += c + (text[i + 1] ?? "");
      i++;
    } else if (c === '"') {
      quoted = !quoted;
      current += c;
    } else if (c === separator && !quoted) {
      parts.push(current);
      current = "";
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts;
}

const PKCS7_SIGNATURE = new Set(["application/pkcs7-signature", "application/x-pkcs7-signature"]);
const PKCS7_MIME = new Set(["application/pkcs7-mime", "application/x-pkcs7-mime"]);
/** Headers every transported mail has; their presence shows the reader had the real header block. */
const TRANSPORT_HEADERS = ["mime-version", "received", "message-id"];

function signed(reasons: string[]): SignatureState {
  return { signed: true, encrypted: false, status: "signed", reasons };
}

/** Encrypted content hides whether it is also signed inside: say so rather than claim it is not. */
function encrypted(reasons: string[]): SignatureState {
  return {
    signed: false,
    encrypted: true,
    status: "encrypted",
    reasons: [...reasons, "signature.signed-unknown"],
  };
}

function fromContentType(header: string): SignatureState {
  const { mediaType, params } = parseContentType(header);
  const reason = `signature.content-type:${mediaType}`;
  if (mediaType === "multipart/signed") {
    const protocol = (params.get("protocol") ?? "").toLowerCase();
    if (PKCS7_SIGNATURE.has(protocol)) return signed([reason]);
    return signed([reason, `signature.protocol:${protocol || "?"}`]);
  }
  if (mediaType === "multipart/encrypted") return encrypted([reason]);
  if (PKCS7_MIME.has(mediaType)) {
    const smimeType = (params.get("smime-type") ?? "").toLowerCase();
    if (smimeType === "signed-data") return signed([`${reason}; smime-type=signed-data`]);
    if (smimeType === "enveloped-data" || smimeType === "authenveloped-data") {
      return encrypted([`${reason}; smime-type=${smimeType}`]);
    }
    // Older clients leave smime-type out; enveloped data is by far the most common then.
    return encrypted([reason, "signature.ambiguous"]);
  }
  return { signed: false, encrypted: false, status: "unsigned", reasons: [reason] };
}

function fromItemClass(itemClass: string): SignatureState | undefined {
  const normalised = itemClass.trim().toLowerCase();
  if (normalised.startsWith("ipm.note.smime.multipartsigned"))
    return signed([`signature.item-class:${itemClass}`]);
  // Outlook uses IPM.Note.SMIME both for encrypted and for opaque-signed mail; encrypted is the common case.
  if (normalised === "ipm.note.smime")
    return encrypted([`signature.item-class:${itemClass}`, "signature.ambiguous"]);
  return undefined;
}

function fromAttachments(mail: Mail): SignatureState | undefined {
  const names = mail.attachments.map((a) => ({
    name: a.name.trim().toLowerCase(),
    type: a.contentType ?? "",
  }));
  const p7m = names.find((a) => a.name.endsWith(".p7m") || PKCS7_MIME.has(a.type.toLowerCase()));
  if (p7m !== undefined)
    return encrypted([`signature.attachment:${p7m.name || p7m.type}`, "signature.ambiguous"]);
  const p7s = names.find((a) => a.name.endsWith(".p7s") || PKCS7_SIGNATURE.has(a.type.toLowerCase()));
  if (p7s !== undefined) return signed([`signature.attachment:${p7s.name || p7s.type}`]);
  return undefined;
}

export function detectSignature(mail: Mail): SignatureState {
  // The top-level Content-Type describes the mail itself; a .p7s attachment under a plain multipart/mixed is a
  // forwarded signed mail, not a signature on this one. So when the header is there, it decides.
  const contentType = mail.headers["content-type"];
  if (contentType !== undefined && contentType.trim().length > 0) return fromContentType(contentType);
  const byItemClass = mail.itemClass === undefined ? undefined : fromItemClass(mail.itemClass);
  if (byItemClass !== undefined) return byItemClass;
  const byAttachment = fromAttachments(mail);
  if (byAttachment !== undefined) return byAttachment;
  // Transport headers without a Content-Type mean text/plain (RFC 2045), which is a plain mail.
  if (TRANSPORT_HEADERS.some((name) => name in mail.headers)) {
    return {
      signed: false,
      encrypted: false,
      status: "unsigned",
      reasons: ["signature.content-type:text/plain"],
    };
  }
  return { signed: false, encrypted: false, status: "unknown", reasons: ["signature.no-signal"] };
}
