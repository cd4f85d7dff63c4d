/**
 * Parses the header block that item.getAllInternetHeadersAsync returns (RFC 5322: folded lines, repeated fields) into
 * the Mail's header map: lower-cased names; a repeated field's values joined with ", " in their order.
 * Parsing stops at the first empty line, should a body follow. Lines that are neither a field nor a continuation are
 * skipped: they cannot be attributed to any header.
 */
export function parseInternetHeaders(raw: string): Record<string, string> {
  const fields: string[] = [];
  for (const line of raw.split(/\r\n|\n|\r/)) {
    if (line === "") break;
    if (/^[ \t]/.test(line) && fields.length > 0) {
      fields[fields.length - 1] += line.replace(/^[ \t]+/, " ");
    } else {
      fields.push(line);
    }
  }
  // A Map, not an object: a header named "__proto__" or "constructor" must be data, not a prototype lookup.
  const headers = new Map<string, string>();
  for (const field of fields) {
    const colon = field.indexOf(":");
    const name = field.slice(0, Math.max(colon, 0)).trim().toLowerCase();
    if (name === "" || /\s/.test(name)) continue;
    const value = field.slice(colon + 1).trim();
    const earlier = headers.get(name);
    headers.set(name, earlier === undefined ? value : `${earlier}, ${value}`);
  }
  return Object.fromEntries(headers);
}
