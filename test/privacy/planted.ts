// The privacy harness's one source of truth: the secrets it plants in mails, file names, headers and configuration,
// and the scanner that looks for them in any output (text, JSON, HTML, a page's text). Every privacy test plants
// from here and scans with `findLeaks`, so a new layout or a new kind of secret is added once and checked everywhere.

/** What a planted value is, which decides where it may appear (see `Forbidden`). */
export type PlantedKind = "cpr" | "art9" | "name" | "address" | "iban" | "passport" | "body";

export interface Planted {
  kind: PlantedKind;
  /** How the test refers to it in a leak report. */
  label: string;
  /** As it is written into the mail, file name or header. */
  written: string;
  /** Matches the value in any layout in normalised output (see `normaliseOutput`). */
  pattern: RegExp;
}

/**
 * Between two characters of a planted number: up to three characters that are neither letters nor digits. That is
 * every layout a person or a formatter writes (hyphen, spaces, " - ", en dash, dots, a line break, zero-width
 * characters, HTML tags' leftovers), and the digits-only form when there are none. A masked value cannot match:
 * "070761-****" has four asterisks and never the serial's digits.
 */
const NUMBER_GAP = "[^\\p{L}\\p{N}]{0,3}";

/** The value's letters and digits in order, any layout between them (full-width forms are folded before matching). */
function identifier(value: string): RegExp {
  const characters = [...value.normalize("NFKC")].filter((c) => /[\p{L}\p{N}]/u.test(c));
  return new RegExp(characters.join(NUMBER_GAP), "iu");
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Words as whole words ("hiv" is not in "arkiv"), any run of space between them, any case. */
function words(text: string): RegExp {
  const inner = text.split(/\s+/).map(escape).join("\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${inner}(?![\\p{L}\\p{N}])`, "iu");
}

function cpr(label: string, written: string): Planted {
  return { kind: "cpr", label, written, pattern: identifier(written) };
}

/**
 * One CPR number per layout the engine reads (src/core/detect/cpr-layout.ts), each a different person so a report
 * names the layout that leaked. All dates exist; 070761-4285 and 211062-5629 are the published test numbers.
 */
export const CPR = {
  plain: cpr("CPR plain", "0707614285"),
  hyphen: cpr("CPR hyphen", "211062-5629"),
  space: cpr("CPR space", "010180 1234"),
  spacedDash: cpr("CPR spaced dash", "020202 - 4321"),
  enDash: cpr("CPR en dash", "150585–1237"),
  fullWidth: cpr("CPR full-width", "１２０３７８－２２４６"),
  grouped: cpr("CPR grouped", "24 12 63 1119"),
  dotted: cpr("CPR dotted date", "13.04.71-2228"),
  substitute: cpr("CPR substitute", "0203291WQ3"),
} as const;

/** The masked form every output may show: the birth date and "-****". */
export function maskedCpr(planted: Planted): string {
  const digits = planted.written.normalize("NFKC").replace(/[^\p{L}\p{N}]/gu, "");
  return `${digits.slice(0, 6)}-****`;
}

function plant(kind: PlantedKind, label: string, written: string, pattern = words(written)): Planted {
  return { kind, label, written, pattern };
}

/** Art. 9 and art. 10 words the lexicons match (issue 14 found these in `reasons`), one per category. */
export const ART9 = {
  health: plant("art9", "health: hiv", "hiv"),
  mental: plant("art9", "health: skizofreni", "skizofreni"),
  religion: plant("art9", "religion: muslim", "muslim"),
  sexuality: plant("art9", "sexuality: homoseksuel", "homoseksuel"),
  criminal: plant("art9", "criminal: dømt for", "dømt for"),
} as const;

export const NAME = {
  sender: plant("name", "sender's surname", "Qvistgaard"),
  child: plant("name", "child's name", "Ludvigsen-Brask"),
} as const;

export const ADDRESS = {
  street: plant("address", "street", "Vindebyørevej 17"),
  email: plant("address", "sender's mail address", "xenia.qvistgaard", identifier("xenia.qvistgaard")),
} as const;

export const IBAN = plant("iban", "IBAN", "DK50 0040 0440 1162 43", identifier("0040 0440 1162 43"));
export const PASSPORT = plant("passport", "passport number", "209876543", identifier("209876543"));
/** A sentence of body text with no finding in it: body text must never reach a log, a record or a statistic. */
export const BODY = plant("body", "body text", "blåbærsyltetøjet står i vindueskarmen");

export const ALL_PLANTED: readonly Planted[] = [
  ...Object.values(CPR),
  ...Object.values(ART9),
  ...Object.values(NAME),
  ...Object.values(ADDRESS),
  IBAN,
  PASSPORT,
  BODY,
];

/** Which kinds must not appear in an output: every kind, or a narrower set where the output may show the rest. */
export type Forbidden = readonly PlantedKind[] | "all";

export interface Leak {
  /** Which output, e.g. "classify --json" or "pane DOM". */
  where: string;
  label: string;
  /** What was found, with a little context, for the failure message. */
  found: string;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/**
 * Output as a reader would read it: full-width and other compatibility forms folded (NFKC, so "０７" reads "07"),
 * HTML entities decoded (a report or the DOM's HTML may write "&#48;"), JSON's escaped line breaks as line breaks.
 */
export function normaliseOutput(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(parseInt(decimal, 10)))
    .replace(/&([a-z]+);/gi, (entity, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? entity)
    .replace(/\\[nrt]/g, " ")
    .normalize("NFKC");
}

/** Any output as text to scan: strings as they are, everything else as its JSON. */
export function outputText(output: unknown): string {
  return typeof output === "string" ? output : JSON.stringify(output);
}

/**
 * Every planted value of a forbidden kind found in `output`. `planted` defaults to all of them; a test narrows it
 * when a mail carries only some (which keeps a report short), never to hide one.
 */
export function findLeaks(
  where: string,
  output: unknown,
  forbidden: Forbidden = "all",
  planted: readonly Planted[] = ALL_PLANTED,
): Leak[] {
  const text = normaliseOutput(outputText(output));
  return planted
    .filter((p) => forbidden === "all" || forbidden.includes(p.kind))
    .flatMap((p) => {
      const match = p.pattern.exec(text);
      if (!match) return [];
      const from = Math.max(0, match.index - 30);
      const found = text.slice(from, match.index + match[0].length + 30).replace(/\s+/g, " ");
      return [{ where, label: p.label, found }];
    });
}

/** The leaks of several outputs, for one `expect(...).toEqual([])` that names each output and value. */
export function findLeaksIn(
  outputs: readonly { where: string; output: unknown }[],
  forbidden: Forbidden = "all",
): Leak[] {
  return outputs.flatMap(({ where, output }) => findLeaks(where, output, forbidden));
}

/**
 * Where the task pane prints the mail's own words as Outlook shows them too: the subject, the sender, and beside a
 * reply the outside recipients. Only CPR numbers are masked there; the rest of the pane is its own words.
 */
export const MAIL_OWN_TEXT =
  '[data-testid="subject"], [data-testid="sender"], [data-testid="compose-external"]';

/** The pane as the tests read it (jsdom or Chromium): the mail's own lines, the rest of its DOM, its console. */
export interface PaneOutput {
  ownLines: string[];
  restText: string;
  restHtml: string;
  console: string[];
}

/** The mail's own lines may show its words but no CPR number; the rest of the pane and the console nothing planted. */
export function paneLeaks(pane: PaneOutput): Leak[] {
  return [
    ...findLeaks("pane subject, sender, recipients", pane.ownLines, ["cpr"]),
    ...findLeaks("pane text", pane.restText),
    ...findLeaks("pane HTML", pane.restHtml),
    ...findLeaks("pane console", pane.console),
  ];
}
