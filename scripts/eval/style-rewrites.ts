/**
 * Deterministic rewrites of a mail's text in styles people really write in, for the style-shift evaluation: the
 * same mail and the same labels, only the surface changed. Each rewrite is a pure function of the text (and, for
 * typos, of a seed), so every run measures exactly the same inputs.
 */
import { seededRandom, type Random } from "../../test/bench/prng";

/** What a rewrite sees: the subject and the plain text of the body, quoted history included. */
export interface MailSurface {
  subject: string;
  body: string;
}

export interface StyleRewrite {
  name: string;
  /** What the rewrite does, for the report. */
  description: string;
  apply(surface: MailSurface, seed: number): MailSurface;
}

const bothParts =
  (rewrite: (text: string) => string) =>
  (surface: MailSurface): MailSurface => ({ subject: rewrite(surface.subject), body: rewrite(surface.body) });

/** æ, ø, å written as a keyboard without them does: ae, oe, aa (capitals keep their capital). */
export function withoutDanishLetters(text: string): string {
  const table: Record<string, string> = { æ: "ae", ø: "oe", å: "aa", Æ: "Ae", Ø: "Oe", Å: "Aa" };
  return text.replace(/[æøåÆØÅ]/g, (letter) => table[letter] ?? letter);
}

export function allLowerCase(text: string): string {
  return text.toLowerCase();
}

/**
 * Sentence punctuation goes; punctuation inside a token stays, as people who never type a full stop still write
 * "nyborg.dk", "1.th" and "031164-1204".
 */
export function withoutPunctuation(text: string): string {
  return text
    .replace(/[.,;:!?…"“”„«»()]+(?=\s|$)/gu, "")
    .replace(/(^|\s)[.,;:!?…"“”„«»()]+/gu, "$1")
    .replace(/[ \t]+$/gmu, "");
}

const GREETING =
  /^\s*(?:hej|hejsa|hallo|kære|goddag|dear|hello|hi|sehr geehrte|liebe|guten tag)\b[^\n]{0,60}$/iu;
const SIGN_OFF =
  /^\s*(?:med venlig hilsen|venlig hilsen|mvh\.?|vh\.?|hilsen|de bedste hilsner|kind regards|best regards|regards|mit freundlichen grüßen|viele grüße|freundliche grüße)\b/iu;
/** Where quoted history begins: the marker lines of the usual clients, and "> " quoting. */
const HISTORY =
  /^\s*(?:>|-{2,}\s*(?:oprindelig|original|videresendt|forwarded|ursprüngliche)|(?:fra|from|von):\s|den .*skrev|on .*wrote|am .*schrieb)/iu;

/**
 * A phone's one-liner: the greeting and everything from the sign-off go, the rest of the new text becomes one line,
 * and the phone's footer follows. Quoted history below stays as it was.
 */
export function mobileOneLiner(surface: MailSurface): MailSurface {
  const lines = surface.body.split("\n");
  const historyAt = lines.findIndex((line) => HISTORY.test(line));
  const own = historyAt < 0 ? lines : lines.slice(0, historyAt);
  const history = historyAt < 0 ? [] : lines.slice(historyAt);
  const signOffAt = own.findIndex((line) => SIGN_OFF.test(line));
  const kept = (signOffAt < 0 ? own : own.slice(0, signOffAt)).filter(
    (line, i) => i > 0 || !GREETING.test(line),
  );
  const sentence = kept.join(" ").replace(/\s+/g, " ").trim();
  return {
    subject: surface.subject,
    body: [sentence, "", "Sendt fra min iPhone", ...(history.length > 0 ? ["", ...history] : [])].join("\n"),
  };
}

/**
 * The mail forwarded once more by its own sender with a line on top, as people do when they have heard nothing:
 * the question now stands at the bottom, below a forward header.
 */
export function forwardedChain(surface: MailSurface): MailSurface {
  return {
    subject: `VS: ${surface.subject}`,
    body: [
      "Se venligst nedenstående.",
      "",
      "---------- Videresendt besked ----------",
      "Fra: mig",
      "Dato: 3. marts 2025 kl. 09.12",
      `Emne: ${surface.subject}`,
      "",
      surface.body,
    ].join("\n"),
  };
}

/** Letters next to each other on a Danish keyboard, for slips of the finger. */
const NEIGHBOURS: Record<string, string> = {
  a: "sq",
  b: "vn",
  c: "xv",
  d: "sf",
  e: "wr",
  f: "dg",
  g: "fh",
  h: "gj",
  i: "uo",
  j: "hk",
  k: "jl",
  l: "kæ",
  m: "n",
  n: "bm",
  o: "ip",
  p: "oå",
  r: "et",
  s: "ad",
  t: "ry",
  u: "yi",
  v: "cb",
  y: "tu",
  æ: "lø",
  ø: "æå",
  å: "pø",
};

/** One slip in a word: two letters swapped, one dropped, one doubled, or a neighbouring key. */
function slip(word: string, random: Random): string {
  const at = 1 + Math.floor(random() * (word.length - 2)); // never the first letter: people see that one
  const letter = word[at] ?? "";
  const kind = Math.floor(random() * 4);
  if (kind === 0) return word.slice(0, at) + (word[at + 1] ?? "") + letter + word.slice(at + 2);
  if (kind === 1) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 2) return word.slice(0, at) + letter + word.slice(at);
  const options = NEIGHBOURS[letter.toLowerCase()] ?? letter;
  const replacement = options[Math.floor(random() * options.length)] ?? letter;
  return word.slice(0, at) + replacement + word.slice(at + 1);
}

/** The share of words of four letters or more that get one slip. */
export const TYPO_RATE = 0.15;

/** Typos in words of letters only (numbers, addresses and links are left alone), seeded so each run is the same. */
export function withTypos(text: string, seed: number, rate = TYPO_RATE): string {
  const random = seededRandom(seed);
  return text.replace(/(?<![\p{L}\p{N}@./-])\p{L}{4,}(?![\p{L}\p{N}@/-]|[.:]\p{L}|:\/)/gu, (word) =>
    random() < rate ? slip(word, random) : word,
  );
}

export const STYLE_REWRITES: readonly StyleRewrite[] = [
  {
    name: "ae-oe-aa",
    description: "æøå written ae, oe, aa",
    apply: bothParts(withoutDanishLetters),
  },
  { name: "lower case", description: "subject and body in lower case", apply: bothParts(allLowerCase) },
  {
    name: "no punctuation",
    description: "no sentence punctuation",
    apply: bothParts(withoutPunctuation),
  },
  {
    name: "mobile one-liner",
    description: "no greeting or sign-off, one line, phone footer",
    apply: mobileOneLiner,
  },
  {
    name: "forwarded",
    description: "forwarded again by the sender, the question at the bottom",
    apply: forwardedChain,
  },
  {
    name: "typos",
    description: `a slip in ${Math.round(TYPO_RATE * 100)} % of words of four letters or more`,
    apply: (surface, seed) => ({
      subject: withTypos(surface.subject, seed),
      body: withTypos(surface.body, seed + 1),
    }),
  },
];
