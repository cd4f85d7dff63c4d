/**
 * Repairs for broken MIME that postal-mime reads as an empty mail. A multipart Content-Type without its boundary
 * parameter makes every part vanish, so a mail of CPR numbers would look empty to the engine.
 */

const decoder = new TextDecoder("latin1");

/** Where the header block ends (the blank line), or -1. */
function headerEnd(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] !== 10) continue;
    if (bytes[i + 1] === 10) return i + 1;
    if (bytes[i + 1] === 13 && bytes[i + 2] === 10) return i + 2;
  }
  return -1;
}

/** The top-level Content-Type field with its folded lines: `multipart/…` without `boundary=`. */
const MULTIPART_WITHOUT_BOUNDARY = /^content-type:[ \t]*multipart\/[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*/im;

/**
 * A top-level multipart Content-Type without a boundary gets the one its body uses (the first `--token` line); a body
 * with no such line is read as plain text. Anything else is returned as it is.
 */
export function repairMissingBoundary(bytes: Uint8Array): Uint8Array {
  const end = headerEnd(bytes);
  if (end < 0) return bytes;
  const header = decoder.decode(bytes.subarray(0, end));
  const field = MULTIPART_WITHOUT_BOUNDARY.exec(header);
  if (!field || /boundary\s*=/i.test(field[0])) return bytes;
  const body = decoder.decode(bytes.subarray(end, Math.min(bytes.length, end + 64 * 1024)));
  const delimiter = /^--([0-9A-Za-z'()+_,./:=?-]{1,70})[ \t]*\r?$/m.exec(body)?.[1];
  const repaired = delimiter
    ? `${field[0].trimEnd()}; boundary="${delimiter}"`
    : "Content-Type: text/plain; charset=utf-8";
  const fixedHeader = header.slice(0, field.index) + repaired + header.slice(field.index + field[0].length);
  const head = Uint8Array.from(fixedHeader, (c) => c.charCodeAt(0));
  const out = new Uint8Array(head.length + bytes.length - end);
  out.set(head);
  out.set(bytes.subarray(end), head.length);
  return out;
}
