import type { Candidate } from "./cpr-layout";
import { NUMBER_NOUNS } from "./identifier-context";

/**
 * What the characters right around a CPR candidate say about it, beyond the context words: an amount, a time stamp,
 * a technical value, a person's name before it, the header of the table it stands in, and whether a CPR word is
 * denied ("ikke mit CPR-nummer"). Each looks at a bounded stretch of text, so the cost per candidate is constant.
 */

/** "kr." / "DKK" / "€" before, or "kr", "DKK", ",-", ",00", ".-" after: an amount. */
const CURRENCY_BEFORE = /(?:\bkr\.?|\bdkk|\beur|€|\$|£)[ \t]?$/iu;
const CURRENCY_AFTER = /^(?:[ \t]?(?:kr\b|kr\.|dkk\b|eur\b|euro\b|€)|,-|,\d\d(?!\d)|\.-)/iu;
const CURRENCY_REACH = 6;

export function isAmount(text: string, c: Candidate): boolean {
  return (
    CURRENCY_BEFORE.test(text.slice(Math.max(0, c.start - CURRENCY_REACH), c.start)) ||
    CURRENCY_AFTER.test(text.slice(c.end, c.end + CURRENCY_REACH))
  );
}

/**
 * "ts=…", "id = …", '"created": …', "created_at: …", "sessionId: …": a value in a key-value pair of a log, a link
 * or a data file, where the key is code (quoted, or with "_" or an inner capital), not a word a person writes.
 */
const TECHNICAL_KEY =
  /(?:[\w.-][ \t]?=[ \t]*|"[\w.-]+"[ \t]*:[ \t]*"?|(?<![\p{L}\p{N}])(?:[a-z]+_\w+|[a-z]+[A-Z]\w*)[ \t]*:[ \t]*)$/u;
const KEY_REACH = 40;

export function isTechnicalValue(text: string, c: Candidate): boolean {
  // Only a number right after "=", ":" or a quote can be a value; most are not, and need no look at the text before.
  const last = lastNonBlankBefore(text, c.start);
  if (last !== "=" && last !== ":" && last !== '"') return false;
  return TECHNICAL_KEY.test(text.slice(Math.max(0, c.start - KEY_REACH), c.start));
}

/** The last character before `position` that is not a space or a tab, looking back a few characters at most. */
function lastNonBlankBefore(text: string, position: number): string | undefined {
  for (let i = position - 1; i >= 0 && i >= position - 4; i--) {
    const c = text[i];
    if (c !== " " && c !== "\t") return c;
  }
  return undefined;
}

/**
 * A date and a time of day written like a CPR number ("150324 1430", "1503241430"): the serial is a time of day
 * (00:00–23:59) and the six digits, read as a date of this century, lie within the last year. As a CPR number such a
 * serial (first digit 0–2) means a birth in the 1900s, so the only CPR numbers this passes over are those of people
 * born a hundred years before a recent date, written with nothing to say what they are.
 */
const RECENT_DAYS = 366;

export function looksLikeTimeStamp(c: Candidate, todayKey: number): boolean {
  if (c.layout === "letters") return false;
  const hours = Number(c.value.slice(6, 8));
  const minutes = Number(c.value.slice(8, 10));
  if (hours > 23 || minutes > 59) return false;
  const day = Number(c.value.slice(0, 2));
  const month = Number(c.value.slice(2, 4));
  const year = 2000 + Number(c.value.slice(4, 6));
  const days = utcDays(todayKey) - Date.UTC(year, month - 1, day) / DAY_MS;
  return days >= 0 && days <= RECENT_DAYS;
}

const DAY_MS = 86_400_000;

/** Days since 1970 of a YYYYMMDD day number. */
function utcDays(dayNumber: number): number {
  return (
    Date.UTC(Math.floor(dayNumber / 10_000), (Math.floor(dayNumber / 100) % 100) - 1, dayNumber % 100) /
    DAY_MS
  );
}

/**
 * A person's name right before the number: two to four capitalised words of at most 12 letters each, then at most a
 * comma, colon, dash or bracket ("Jens Hansen, 0101901234", "Anne-Marie Holm (0101901234)"), on the same line or
 * alone on the line above. Names are short words; a capitalised compound noun in a subject line
 * ("Helbredsoplysninger Nummeret …") is not one.
 */
const NAME_BEFORE =
  /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{1,11}(?:[ -]\p{Lu}\p{Ll}{1,11}){1,3}[ \t]*(?:[,:(–-][ \t]*)?(?:\n[ \t]*)?\(?$/u;
const LAST_WORD = /(\p{L}+)[^\p{L}]*$/u;
const NAME_REACH = 70;

const LOWER_CASE_LETTER = /\p{Ll}/u;
const BETWEEN_NAME_AND_NUMBER = new Set([" ", "\t", ",", ":", "(", "–", "-", "\n"]);

export function hasNameBefore(text: string, c: Candidate): boolean {
  // A name ends in a lower-case letter a few characters before the number; most numbers have none there.
  let i = c.start - 1;
  while (i >= 0 && i >= c.start - 6 && BETWEEN_NAME_AND_NUMBER.has(text[i] ?? "")) i--;
  if (!LOWER_CASE_LETTER.test(text[i] ?? "")) return false;
  const before = text.slice(Math.max(0, c.start - NAME_REACH), c.start);
  const name = NAME_BEFORE.exec(before)?.[0];
  if (name === undefined) return false;
  return !NUMBER_NOUNS.has((LAST_WORD.exec(name)?.[1] ?? "").toLowerCase());
}

/** The regex that finds a negation word ending one short word or less before a CPR word. */
export function negationBefore(words: readonly string[]): RegExp {
  const alternatives = words.map((w) => w.toLowerCase().replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&")).join("|");
  return new RegExp(`(?<!\\p{L})(?:${alternatives})(?:\\s+\\p{L}{1,6})?[\\s:(]*$`, "iu");
}

const NEGATION_REACH = 30;

/** Whether the CPR word starting at `wordStart` is denied by a negation right before it. */
export function isDenied(text: string, wordStart: number, negation: RegExp): boolean {
  return negation.test(text.slice(Math.max(0, wordStart - NEGATION_REACH), wordStart));
}

const BLANK_LINE = /\n[ \t]*\n/g;
/** How far back a table's header is looked for: a header further up is not read. */
export const HEADER_REACH = 4000;

/**
 * The first line of the paragraph around a position: a table's header row when the position stands in a table. Asked
 * in increasing order of position (candidates come in text order), the search goes forward over the text once.
 */
export class ParagraphHeaders {
  private paragraphStart = 0;
  private searchedTo = 0;

  constructor(private readonly text: string) {}

  /** [start, end) of the header line of the paragraph holding `position`, if it is a line above and not too far up. */
  headerOf(position: number): { start: number; end: number } | undefined {
    const from = Math.max(this.searchedTo, position - HEADER_REACH);
    if (from < position) {
      // A slice, so a search that finds nothing stops at `position` rather than running on to the end of the text.
      const stretch = this.text.slice(from, position);
      BLANK_LINE.lastIndex = 0;
      for (let m = BLANK_LINE.exec(stretch); m !== null; m = BLANK_LINE.exec(stretch)) {
        this.paragraphStart = from + m.index + m[0].length;
      }
      this.searchedTo = position;
    }
    if (position - this.paragraphStart > HEADER_REACH) return undefined;
    const firstLine = this.text.slice(this.paragraphStart, position).indexOf("\n");
    if (firstLine < 0) return undefined;
    return { start: this.paragraphStart, end: this.paragraphStart + firstLine };
  }
}
