/**
 * Bytes of a text attachment → string, by the charset the mail names, else a byte-order mark, else UTF-8 when the
 * bytes are valid UTF-8, else windows-1252 (what Danish Windows programs write: æ, ø, å in one byte each).
 */
export function decodeText(bytes: Uint8Array, charset?: string): string {
  const bom = byteOrderMark(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  const named = charset ? decoderFor(charset) : undefined;
  if (named) return named.decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** The charset parameter of a Content-Type ("text/plain; charset=iso-8859-1"). */
export function charsetOf(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? "");
  return match?.[1];
}

/** An HTML file's own <meta charset> or http-equiv declaration, read from its first kilobytes as ASCII. */
export function htmlMetaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
}

function byteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

function decoderFor(charset: string): TextDecoder | undefined {
  try {
    return new TextDecoder(charset.toLowerCase());
  } catch {
    return undefined;
  }
}
