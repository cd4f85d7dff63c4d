const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/** Standard base64 (with "=" padding) to bytes. Written out because `atob` and `Buffer` are not in every runtime. */
export function decodeBase64(text: string): Uint8Array {
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
