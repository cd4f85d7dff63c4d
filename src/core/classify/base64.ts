const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/**
 * The runtime's own decoder (Uint8Array.fromBase64: Chromium 140, Safari 18.2, Firefox 133 and later), where there is
 * one: decoding the text model's weights (570,000 characters) in script took 30–60 ms of the pane's first triage in
 * Chromium, the native decoder 2–4 ms.
 */
const nativeDecode = (Uint8Array as { fromBase64?: (text: string) => Uint8Array }).fromBase64;
/** What both decoders read alike; the native one also skips white space, which the one in script refuses. */
const PLAIN_BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Standard base64 (with "=" padding) to bytes. */
export function decodeBase64(text: string): Uint8Array {
  if (nativeDecode !== undefined && PLAIN_BASE64.test(text)) {
    try {
      return nativeDecode(text);
    } catch {
      // A dangling last character or partial padding: the decoder in script reads what it can, as it always did.
    }
  }
  return decodeInScript(text);
}

/** Written out because `atob`, `Buffer` and Uint8Array.fromBase64 are not in every runtime. */
function decodeInScript(text: string): Uint8Array {
  const clean = text.replace(/=+$/, "");
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (let i = 0; i < clean.length; i++) {
    const value = VALUE[clean.charCodeAt(i)] ?? -1;
    if (value < 0) throw new Error(`Not base64: character ${i + 1}`);
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

/** Bytes to standard base64 with "=" padding: what a learned model's weights are written as. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const chunk = (a << 16) | (b << 8) | c;
    const left = bytes.length - i;
    out += ALPHABET[(chunk >> 18) & 63] ?? "";
    out += ALPHABET[(chunk >> 12) & 63] ?? "";
    out += left > 1 ? (ALPHABET[(chunk >> 6) & 63] ?? "") : "=";
    out += left > 2 ? (ALPHABET[chunk & 63] ?? "") : "=";
  }
  return out;
}
