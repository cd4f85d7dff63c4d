/**
 * UTF-7 (RFC 2152), which old mail clients still send and TextDecoder does not know: postal-mime then leaves the
 * text as its ASCII form ("f+AOU-et" for "fået"), and the engine would miss every non-ASCII word.
 */

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function decodeShifted(encoded: string): string {
  let bits = 0;
  let value = 0;
  const units: number[] = [];
  for (const c of encoded) {
    value = (value << 6) | BASE64.indexOf(c);
    bits += 6;
    if (bits >= 16) {
      bits -= 16;
      units.push((value >> bits) & 0xffff);
    }
  }
  return String.fromCharCode(...units);
}

/** "+AOU-" → "å", "+-" → "+"; other text stays as it is. */
export function decodeUtf7(text: string): string {
  return text.replace(/\+([A-Za-z0-9+/]*)-?/g, (whole, encoded: string) =>
    encoded === "" ? (whole === "+-" ? "+" : whole) : decodeShifted(encoded),
  );
}

/** Whether the mail declares UTF-7 and no other charset, so its texts can be decoded as UTF-7 whole. */
export function declaresOnlyUtf7(bytes: Uint8Array): boolean {
  const text = new TextDecoder("latin1").decode(bytes.subarray(0, Math.min(bytes.length, 256 * 1024)));
  const charsets = [...text.matchAll(/charset\s*=\s*"?([\w.:-]+)/gi)].map((m) => (m[1] ?? "").toLowerCase());
  return charsets.length > 0 && charsets.every((c) => /^(?:x-)?(?:unicode-[\d-]+-)?utf-?7$/.test(c));
}
