/**
 * Splits a mail's text into what the sender wrote now and the history they quoted or forwarded.
 *
 * Quoted history starts at the first reply or forward marker (Danish, English, German): an attribution line
 * ("Den 12. marts 2025 kl. 10.14 skrev Anne Jensen <anne@example.dk>:", "On Tue, 11 Mar 2025 at 09:00, Bo wrote:",
 * "Am 11.03.2025 um 09:00 schrieb Bo:"), a separator ("-----Oprindelig meddelelse-----", "-----Original Message-----",
 * "-----Ursprüngliche Nachricht-----", "---------- Videresendt meddelelse ---------", "Begin forwarded message:"),
 * or a header block ("Fra: … / Sendt: …", "From: … / Sent: …", "Von: … / Gesendet: …"). Everything from there on is
 * quoted. Above it, lines starting with ">" (inline quoting) are quoted too; the rest is the sender's new text.
 *
 * The sender's own signature (below "-- ") stays in the new text: it is theirs, written now, and may carry their
 * own personal data.
 */

export interface QuotedSplit {
  body: string;
  quoted: string;
}

/** Attribution lines are short; longer lines are prose and are not tested (also keeps the cost per line bounded). */
const MAX_ATTRIBUTION = 400;

/** First words of an attribution line ("Den 12. marts … skrev", "On Tue … wrote", "Am … schrieb", "Le … a écrit"). */
const ATTRIBUTION_OPENERS = ["den", "d\\.", "on", "am", "le"];
/** Lines that introduce a forwarded mail. */
const FORWARD_INTROS = [
  "begin forwarded message",
  "start på videresendt (?:meddelelse|besked)",
  "videresendt (?:meddelelse|besked)",
  "anfang der weitergeleiteten nachricht",
];
/** The first field of a header block ("Fra: …", "From: …"). */
const HEADER_FROM_FIELDS = ["fra", "from", "von", "de"];

const ATTRIBUTION_START = new RegExp(`^\\s*(?:${ATTRIBUTION_OPENERS.join("|")})\\s`, "i");
const ATTRIBUTION_END =
  /(?:\b(?:skrev|wrote|schrieb|a écrit|escribió|schreef)\b[^\n:]{0,160}|<[^<>\s]+@[^<>\s]+>\s*(?:skrev|wrote|schrieb)?):\s*$/i;

const SEPARATOR =
  /^\s*-{2,}\s*(?:oprindelig (?:meddelelse|besked)|original message|ursprüngliche nachricht|videresendt (?:meddelelse|besked|e-?mail)|forwarded message|weitergeleitete nachricht|message d'origine|message transféré)\s*-{2,}\s*$/i;
const FORWARD_INTRO = new RegExp(`^\\s*(?:${FORWARD_INTROS.join("|")})\\s*:?\\s*$`, "i");
const UNDERSCORE_RULE = /^\s*_{10,}\s*$/;
const HEADER_FROM = new RegExp(`^\\s*\\*?(?:${HEADER_FROM_FIELDS.join("|")})\\s*:\\*?\\s*\\S`, "i");
const HEADER_SENT = /^\s*\*?(?:sendt|sent|dato|date|gesendet|datum|envoyé)\s*:/i;

/** How many lines below a "Fra:" line its "Sendt:" line may stand (Outlook puts it next; others put To/Cc between). */
const HEADER_BLOCK_SPAN = 4;

function isAttribution(line: string): boolean {
  return (
    line.length <= MAX_ATTRIBUTION &&
    ATTRIBUTION_START.test(line) &&
    /\d/.test(line) &&
    ATTRIBUTION_END.test(line)
  );
}

function isHeaderBlockStart(lines: readonly string[], i: number): boolean {
  if (!HEADER_FROM.test(lines[i] ?? "")) return false;
  for (let j = i + 1; j <= i + HEADER_BLOCK_SPAN && j < lines.length; j++) {
    if (HEADER_SENT.test(lines[j] ?? "")) return true;
  }
  return false;
}

/**
 * The letters a history marker line can start with (lower case), from the words above. The other markers start
 * with "-" or "_", and a line starting with anything but a letter or digit is always looked at.
 */
const MARKER_INITIALS = new Set(
  [...ATTRIBUTION_OPENERS, ...FORWARD_INTROS, ...HEADER_FROM_FIELDS].map((word) => word.charCodeAt(0)),
);

/**
 * Whether a line may start quoted history: one that starts with a digit, or with a letter no marker starts with,
 * cannot, and the patterns need not look at it (a mail of 10 MB has a hundred thousand lines).
 */
function mayStartHistory(line: string): boolean {
  const c = line.charCodeAt(0);
  if (c >= 48 && c <= 57) return false;
  const lower = c | 0x20;
  if (lower >= 97 && lower <= 122) return MARKER_INITIALS.has(lower);
  return true;
}

/** The line where quoted history begins, or lines.length. */
function historyStart(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (!mayStartHistory(line)) continue;
    if (SEPARATOR.test(line) || FORWARD_INTRO.test(line) || isHeaderBlockStart(lines, i)) return i;
    if (UNDERSCORE_RULE.test(line) && isHeaderBlockStart(lines, i + 1)) return i;
    if (isAttribution(line)) return i;
    // Mail clients wrap long attribution lines; the second half then ends with "skrev:" or "wrote:".
    const next = lines[i + 1];
    if (next !== undefined && ATTRIBUTION_START.test(line) && isAttribution(`${line} ${next}`)) return i;
  }
  return lines.length;
}

/** White space as the patterns' \s knows it (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A line quoted inline: ">" after any white space. */
function isQuoteLine(line: string): boolean {
  let i = 0;
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  return line.charCodeAt(i) === 62;
}

export function splitQuoted(text: string): QuotedSplit {
  const lines = text.split("\n");
  const start = historyStart(lines);
  let quotedAbove = false;
  let historyOffset = 0;
  for (let i = 0; i < start; i++) {
    const line = lines[i] ?? "";
    quotedAbove ||= isQuoteLine(line);
    historyOffset += line.length + 1;
  }
  if (!quotedAbove) {
    // The usual case: the new text and the history are each one stretch of the text, so no lines need joining.
    return {
      body: (start === 0 ? "" : text.slice(0, historyOffset - 1)).trimEnd(),
      quoted: (start === lines.length ? "" : text.slice(historyOffset)).trimEnd(),
    };
  }
  const body: string[] = [];
  const quoted: string[] = [];
  for (let i = 0; i < start; i++) {
    const line = lines[i] ?? "";
    (isQuoteLine(line) ? quoted : body).push(line);
  }
  for (let i = start; i < lines.length; i++) quoted.push(lines[i] ?? "");
  return { body: body.join("\n").trimEnd(), quoted: quoted.join("\n").trimEnd() };
}
