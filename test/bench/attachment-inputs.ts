import { docxBomb } from "../fixtures/attachments/hostile";
import { buildDocx, buildXlsx, type Cell } from "../../src/demo/documents/office-writer";
import { buildPdf } from "../../src/demo/documents/pdf-writer";
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

export const ATTACHMENT_INPUTS: Record<string, { name: string; make: () => Promise<Uint8Array> }> = {
  pdf20: {
    name: "20-page text PDF",
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
    name: "2 MB DOCX",
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
    name: "5 MB XLSX",
    make: () => {
      const random = seededRandom(5);
      const rows: Cell[][] = [];
      let xlsx: Uint8Array = new Uint8Array();
      while (xlsx.byteLength < 5 * 1024 * 1024) {
        for (let i = 0; i < 10_000; i++) {
          rows.push([
            { shared: pick(random, WORDS) },
            { inline: sentence(random, 3) },
            { number: digits(random, 10) },
            { number: digits(random, 7) },
          ]);
        }
        xlsx = buildXlsx([rows]);
      }
      return Promise.resolve(xlsx);
    },
  },
  // It lies about its size, so the inflater's own counting has to refuse it.
  bomb: { name: "1 GB zip bomb (.docx)", make: () => docxBomb(1024, 100_000) },
};
