import { docxBomb } from "../fixtures/attachments/hostile";
import { buildDocx, buildXlsx, type Cell } from "../../src/demo/documents/office-writer";
import { buildPdf } from "../../src/demo/documents/pdf-writer";
import type { AttachmentLimits } from "../../src/core/config/attachment-limits";
import { DEFAULT_ATTACHMENT_LIMITS } from "../../src/core/config/attachment-limit-defaults";
import { digits, pick, seededRandom, type Random } from "./prng";

/** The attachment benchmark's inputs, the same bytes on every run (seeded). */
const WORDS = [
  "ansøgning",
  "om",
  "hjælp",
  "til",
  "husleje",
  "min",
  "søn",
  "har",
  "fået",
  "bevilget",
  "Nyborg",
  "Kommune",
  "lønseddel",
  "udbetaling",
  "skat",
  "fradrag",
  "pension",
  "kr.",
  "og",
  "i",
];

/** Common words and made-up names and numbers, so the text compresses about as ordinary prose does (3–4 times). */
const word = (random: Random): string =>
  random() < 0.6
    ? pick(random, WORDS)
    : Array.from({ length: 3 + Math.floor(random() * 8) }, () =>
        String.fromCharCode(97 + Math.floor(random() * 26)),
      ).join("");

const sentence = (random: Random, words: number): string =>
  Array.from({ length: words }, () => word(random)).join(" ");

const FIRST_NAMES = [
  "Freja",
  "Noah",
  "Ida",
  "Oscar",
  "Emma",
  "William",
  "Alma",
  "Malik",
  "Sofie",
  "Aksel",
  "Laura",
  "Emil",
  "Yasmin",
  "Carl",
  "Nora",
  "Ali",
];
const LAST_NAMES = [
  "Nielsen",
  "Jensen",
  "Hansen",
  "Pedersen",
  "Andersen",
  "Christensen",
  "Larsen",
  "Sørensen",
  "Rasmussen",
  "Yilmaz",
  "Hussein",
  "Madsen",
];
const STREETS = [
  "Nørregade",
  "Vestergade",
  "Skovvej",
  "Strandvejen",
  "Kongensgade",
  "Æblehaven",
  "Møllevej",
  "Kirkestræde",
];
const TOWNS = ["5800 Nyborg", "5000 Odense C", "5700 Svendborg", "5750 Ringe", "5853 Ørbæk"];
const NOTES = [
  "",
  "",
  "",
  "Allergi: nødder",
  "Må hentes af bedsteforældre",
  "Ordblind, har IT-rygsæk",
  "Diabetes type 1",
  "Skal have frugt med",
];

const child = (random: Random): string => `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;

/** A child's CPR number (born 2008–2020, so the serial begins with 4–9): in a list of pupils, each one different. */
function childCpr(random: Random): string {
  const day = String(1 + Math.floor(random() * 28)).padStart(2, "0");
  const month = String(1 + Math.floor(random() * 12)).padStart(2, "0");
  const year = String(8 + Math.floor(random() * 13)).padStart(2, "0");
  return `${day}${month}${year}-${4 + Math.floor(random() * 6)}${digits(random, 3)}`;
}

/** One pupil of a school's list: every text a shared string, as Excel stores it; the phone a number. */
const childRow = (random: Random): Cell[] => [
  { shared: child(random) },
  { shared: childCpr(random) },
  { shared: `${pick(random, STREETS)} ${1 + Math.floor(random() * 120)}` },
  { shared: pick(random, TOWNS) },
  { shared: `${Math.floor(random() * 10)}.${pick(random, ["a", "b", "c"])}` },
  { shared: child(random) },
  { number: `${2 + Math.floor(random() * 8)}${digits(random, 7)}` },
  { shared: pick(random, NOTES) },
];

export interface AttachmentInput {
  /** What the tables call it. */
  label: string;
  /** The attachment's file name. */
  name: string;
  make: () => Promise<Uint8Array>;
  limits: AttachmentLimits;
}

/**
 * The workbook's 9.6 million characters are more than the default cap of 5 million, so it is read twice: with the cap
 * lifted (the figure of reading all of it), and with the default, where it stops at "limit" with the first 5 million
 * characters kept for the engine.
 */
const WHOLE_WORKBOOK: AttachmentLimits = { ...DEFAULT_ATTACHMENT_LIMITS, maxTextChars: 20_000_000 };

/** A school's list of pupils, 5 MB as Excel writes it; built once for the two rows that read it. */
let pupils: Promise<Uint8Array> | undefined;

function buildPupils(): Promise<Uint8Array> {
  const random = seededRandom(5);
  const heading = "Navn,CPR-nummer,Adresse,Postnr. og by,Klasse,Forælder,Telefon,Bemærkning".split(",");
  const rows: Cell[][] = [heading.map((shared) => ({ shared }))];
  const target = 5 * 1024 * 1024;
  let xlsx: Uint8Array = new Uint8Array();
  // A sample sets the bytes per row; then rows are added to reach the target in one or two more builds.
  for (let add = 20_000; add > 0;) {
    for (let i = 0; i < add; i++) rows.push(childRow(random));
    xlsx = buildXlsx([rows]);
    add = Math.ceil(((target - xlsx.byteLength) * rows.length) / xlsx.byteLength);
  }
  return Promise.resolve(xlsx);
}

export const ATTACHMENT_INPUTS: Record<string, AttachmentInput> = {
  pdf20: {
    label: "20-page text PDF",
    name: "lønsedler.pdf",
    limits: DEFAULT_ATTACHMENT_LIMITS,
    make: () => {
      const random = seededRandom(20);
      const pages = Array.from({ length: 20 }, () =>
        Array.from({ length: 45 }, () => [
          sentence(random, 6),
          ` ${digits(random, 6)} `,
          sentence(random, 5),
        ]),
      );
      return Promise.resolve(buildPdf(pages));
    },
  },
  docx2mb: {
    label: "2 MB DOCX",
    name: "ansøgning.docx",
    limits: DEFAULT_ATTACHMENT_LIMITS,
    make: () => {
      const random = seededRandom(2);
      const lines: string[] = [];
      let docx: Uint8Array = new Uint8Array();
      // Grow until the file is 2 MB of compressed Word XML (a real 2 MB document is often part pictures).
      while (docx.byteLength < 2 * 1024 * 1024) {
        for (let i = 0; i < 4000; i++) lines.push(`${sentence(random, 12)} ${digits(random, 8)}`);
        docx = buildDocx(lines.join("\n"), { runs: "paragraph" });
      }
      return Promise.resolve(docx);
    },
  },
  xlsx5mb: {
    label: "5 MB XLSX (pupils, CPR numbers)",
    name: "elevliste.xlsx",
    limits: WHOLE_WORKBOOK,
    make: () => (pupils ??= buildPupils()),
  },
  xlsx5mbCut: {
    label: "5 MB XLSX, default text limit",
    name: "elevliste.xlsx",
    limits: DEFAULT_ATTACHMENT_LIMITS,
    make: () => (pupils ??= buildPupils()),
  },
  // It lies about its size, so the inflater's own counting has to refuse it.
  bomb: {
    label: "1 GB zip bomb",
    name: "bombe.docx",
    limits: DEFAULT_ATTACHMENT_LIMITS,
    make: () => docxBomb(1024, 100_000),
  },
};
