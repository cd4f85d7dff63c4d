import type { MailText } from "../analysis";
import type { Mail } from "../mail";
import type { Location } from "../taxonomy";
import { lowerCaseSameLength } from "../text/lower-case";
import words from "./lexicon/data/personal-details.json";

/**
 * Whether the mail names an identifiable private person with personal details: the "almindelige" level. Not a
 * finding kind; the reasons say which signals decided and never quote the details themselves.
 */
export interface PersonalDetails {
  present: boolean;
  /** e.g. "personal.name:signature", "personal.address:body", "personal.relative:body". */
  reasons: string[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const anyOf = (list: readonly string[]): string =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");

/**
 * The text as the word lists' patterns see it: they are lower-case and match without the `i` flag, whose first use
 * costs the cold first triage several milliseconds. For the lists' letters, lower-casing (one unit for one, as
 * lower-case.ts explains) matches what `iu` matched, but for "ſ" (long s), which `iu` matched to "s". Mail text is
 * NFKC-normalised and has no "ſ", but a sender's name is not.
 */
const fold = (text: string): string => lowerCaseSameLength(text.replace(/ſ/g, "s"));

const BEFORE = "(?<![\\p{L}\\p{N}])";
const AFTER = "(?![\\p{L}\\p{N}])";
const POSSESSIVE = "(?:[Mm]in|[Mm]it|[Mm]ine|[Vv]ores|[Mm]y|[Oo]ur|[Mm]eine?)";
const RELATION = `(?:${anyOf(words.relations)})s?`;

/** A capitalised word and a house number; checked afterwards for a street ending or a postcode and town. */
const STREET = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}-]{1,30})\s(\d{1,3}[A-Za-z]?)(?![\p{L}\p{N}])/gu;
const POSTCODE_TOWN = /^,?\s{1,3}(?:\d{1,2}\.?\s?(?:sal|tv|th|mf)\.?,?\s{1,3})?\d{4}\s\p{Lu}\p{Ll}/u;
/** Eight digits starting 2–9, optionally after +45/0045, in a block or in groups split by spaces. */
const PHONE = /(?<![\d+])((?:\+|00)45\s?)?[2-9]\d(?: ?\d\d){3}(?!\d)/g;
const PHONE_WORD = new RegExp(`${BEFORE}(?:${anyOf(words.phoneWords)})${AFTER}`, "u");
const BIRTH_DATE = new RegExp(`${BEFORE}(?:${anyOf(words.birthWords)})${AFTER}[^\\n\\d]{0,20}\\d`, "gu");
const INCOME = new RegExp(`${BEFORE}(?:${anyOf(words.incomeWords)})${AFTER}[^\\n\\d]{0,30}\\d`, "gu");
const AGE = new RegExp(
  `${BEFORE}(?:på\\s\\d{1,3}\\s?år|\\d{1,3}\\s?år\\sgammel|\\d{1,3}-årig|\\d{1,3}\\syears?\\sold|\\d{1,2}\\.?\\s?klasse)${AFTER}`,
  "gu",
);
const RELATIVE = new RegExp(`${BEFORE}${POSSESSIVE}\\s${RELATION}${AFTER}`, "gu");
const RELATIVE_NAMED = new RegExp(
  `${BEFORE}${POSSESSIVE}\\s${RELATION},?\\s\\p{Lu}\\p{Ll}{1,20}${AFTER}`,
  "gu",
);
const CLOSING = new RegExp(`^(?:${anyOf(words.closings)})[,.!]?(?:\\s+(.*))?$`, "u");
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'-]+|\p{Lu}\.)$/u;
/**
 * An organisation or a professional role, as the last part of a word ("Nyborg Kommune", "Færdselsstyrelsen",
 * "Restaurant Vinkælderen ApS", "formand"); "kommunen" in running text is not one.
 */
const ORGANISATION = new RegExp(
  `(?:${anyOf([...words.organisationWords, ...words.roleWords])})${AFTER}`,
  "u",
);
const isOrganisation = (text: string): boolean => ORGANISATION.test(fold(text));

/** How much of a long line around a detail counts as its context. */
const LINE_CONTEXT = 60;
const SIGNATURE_LINES = 5;

/** Whether the detail sits in an organisation's block: its own line (near it) or one of the two lines above. */
function nearOrganisation(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 3 * LINE_CONTEXT), start);
  const ownLine = before.lastIndexOf("\n");
  let cut = ownLine;
  for (let line = 0; line < 2 && cut > 0; line++) cut = before.lastIndexOf("\n", cut - 1);
  const above = ownLine < 0 ? "" : before.slice(Math.max(0, cut), ownLine);
  const lineStart = Math.max(ownLine + 1, before.length - LINE_CONTEXT);
  const after = text.slice(end, end + LINE_CONTEXT);
  const lineEnd = after.indexOf("\n");
  const own =
    before.slice(lineStart) + text.slice(start, end) + (lineEnd < 0 ? after : after.slice(0, lineEnd));
  return isOrganisation(above) || isOrganisation(own);
}

/** A person's full name: two to four capitalised words, none of them an organisation's. */
export function looksLikePersonName(candidate: string): boolean {
  const trimmed = candidate.trim().replace(/^["']|["']$/g, "");
  const parts = trimmed.split(/\s+/);
  return (
    parts.length >= 2 &&
    parts.length <= 4 &&
    parts.every((p) => NAME_WORD.test(p)) &&
    !isOrganisation(trimmed)
  );
}

type Signature = "person" | "organisation" | "none";

/**
 * The name under a closing ("Med venlig hilsen" then "Preben Holm", or "Mvh Sara Lykke" on one line). A title or an
 * organisation in the lines below it ("formand, Nyborg Håndboldklub", "Nyborg Optik ApS") makes it an organisation's.
 */
function signature(body: string): Signature {
  const lines = body.split("\n", 5000).map((l) => l.trim());
  let result: Signature = "none";
  lines.forEach((line, i) => {
    const closing = CLOSING.exec(fold(line));
    if (closing === null) return;
    // fold keeps the length, so the name after the closing is the line's end, in its own case.
    const sameLine = line.slice(line.length - (closing[1] ?? "").length);
    const block = sameLine.length > 0 ? [sameLine] : [];
    for (let k = i + 1; k < lines.length && block.length < SIGNATURE_LINES; k++) {
      const next = lines[k] ?? "";
      if (next.length > 0) block.push(next);
    }
    const name = (block[0] ?? "").replace(/,.*$/, "");
    if (block.some(isOrganisation)) result = "organisation";
    else if (result === "none" && looksLikePersonName(name)) result = "person";
  });
  return result;
}

function someMatch(pattern: RegExp, text: string, accept: (m: RegExpExecArray) => boolean): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (accept(m)) return true;
  }
  return false;
}

function hasAddress(text: string): boolean {
  return someMatch(STREET, text, (m) => {
    const word = (m[1] ?? "").toLowerCase();
    const end = m.index + m[0].length;
    const street =
      words.streetSuffixes.some((s) => word.endsWith(s)) || POSTCODE_TOWN.test(text.slice(end, end + 40));
    return street && !nearOrganisation(text, m.index, end);
  });
}

function hasPhone(text: string): boolean {
  return someMatch(PHONE, text, (m) => {
    const grouped = m[1] !== undefined || m[0].includes(" ");
    const labelled = PHONE_WORD.test(fold(text.slice(Math.max(0, m.index - 20), m.index)));
    return (grouped || labelled) && !nearOrganisation(text, m.index, m.index + m[0].length);
  });
}

const found = (pattern: RegExp, text: string): boolean => someMatch(pattern, text, () => true);

/**
 * Looks for a private person with personal details: a full name (the sender's display name or the name under a
 * closing, unless the signature shows an organisation or a professional role) with an address, a phone number, a
 * birth date, an age or school class, or an income; or a named relative ("min søn Oskar", "min mor, Erna Hansen");
 * or a relative with an age ("min søn på 7 år"). Details in a block that names an organisation (a municipal or
 * company footer) do not count.
 */
export function detectPersonalDetails(mail: Mail, text: MailText): PersonalDetails {
  const reasons: string[] = [];
  const signed = signature(text.body);
  if (signed !== "organisation") {
    const fromName = mail.from?.name;
    if (fromName !== undefined && looksLikePersonName(fromName)) reasons.push("personal.name:sender");
    if (signed === "person") reasons.push("personal.name:signature");
  }
  const named = reasons.length > 0;

  let details = false;
  let relativeNamed = false;
  let relative = false;
  let age = false;
  const parts: [Location, string][] = [
    ["subject", text.subject],
    ["body", text.body],
    ["quoted", text.quoted],
  ];
  for (const [where, part] of parts) {
    if (part.length === 0) continue;
    const folded = fold(part);
    const detailChecks: [string, boolean][] = [
      ["personal.address", hasAddress(part)],
      ["personal.phone", hasPhone(part)],
      ["personal.birth-date", found(BIRTH_DATE, folded)],
      ["personal.income", found(INCOME, folded)],
      ["personal.age", found(AGE, folded)],
    ];
    // A named relative is a relative with a name after it, so a part without a relative is not searched for one.
    const relativeHere = found(RELATIVE, part);
    const named = relativeHere && found(RELATIVE_NAMED, part);
    for (const [code, hit] of [...detailChecks, ["personal.relative", named] as const]) {
      if (hit) reasons.push(`${code}:${where}`);
    }
    details ||= detailChecks.some(([, hit]) => hit);
    age ||= detailChecks[4]?.[1] === true;
    relativeNamed ||= named;
    relative ||= relativeHere;
  }
  const present = relativeNamed || (named && details) || (relative && age);
  return { present, reasons: present ? reasons : [] };
}
