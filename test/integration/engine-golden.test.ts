/**
 * The golden test: the engine's findings (kind, place, offsets, confidence, reasons) and decisions (sensitivity,
 * signature, handling, flags, topic, sender, language, recommendation) on every corpus mail and on 3,000 generated
 * mails, against a committed snapshot. Any change in behaviour shows up here, by mail. When a change is intended,
 * `npm run golden:update` writes the snapshot again (CONTRIBUTING.md).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_CONFIG } from "../../src/core/config/load";
import { triage } from "../../src/core/triage";
import { readEmlFile } from "../../src/eml/read-eml-file";
import { fuzzedMails } from "../golden/fuzzed-mails";
import {
  describeCorpusChanges,
  describeFuzzedChanges,
  failureReport,
  formatGolden,
  parseGolden,
} from "../golden/golden-diff";
import { fuzzedLine, GOLDEN_NOW, goldenMail, type GoldenMail } from "../golden/golden-record";

const CORPUS = join(__dirname, "..", "fixtures", "corpus");
const SNAPSHOT = join(__dirname, "..", "fixtures", "golden");
const CORPUS_SNAPSHOT = join(SNAPSHOT, "corpus.jsonl");
const FUZZED_SNAPSHOT = join(SNAPSHOT, "fuzzed.txt");
const UPDATE = process.env.UPDATE_GOLDEN === "1";
const UPDATE_COMMAND = "npm run golden:update";

/** Every .eml of every set under the corpus folder, as "set/file.eml", sorted; new sets are picked up by themselves. */
function corpusFiles(): string[] {
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((set) =>
      readdirSync(join(CORPUS, set.name))
        .filter((file) => file.endsWith(".eml"))
        .map((file) => `${set.name}/${file}`),
    )
    .sort();
}

function readSnapshot(path: string): string {
  return existsSync(path) ? readFileSync(path, "utf8") : "";
}

/** The corpus pass reads files asynchronously, so jest's 5 s default applies to it; 600 mails on a busy machine need more. */
const CORPUS_PASS_TIMEOUT = 120_000;

describe("golden: the engine's findings and decisions stay as committed", () => {
  it(
    "on every corpus mail (test/fixtures/golden/corpus.jsonl)",
    async () => {
      const actual = new Map<string, GoldenMail>();
      for (const name of corpusFiles()) {
        const read = await readEmlFile(join(CORPUS, name));
        if (!read.ok) {
          actual.set(name, { mail: JSON.stringify({ mail: name, unreadable: read.error }), findings: [] });
          continue;
        }
        actual.set(name, goldenMail(name, triage(read.mail, DEFAULT_CONFIG, GOLDEN_NOW)));
      }
      expect(actual.size).toBeGreaterThan(0);
      if (UPDATE) {
        writeFileSync(CORPUS_SNAPSHOT, formatGolden(actual.values()));
        return;
      }
      const changes = describeCorpusChanges(parseGolden(readSnapshot(CORPUS_SNAPSHOT)), actual);
      if (changes.length > 0) throw new Error(failureReport("corpus mail(s)", changes, UPDATE_COMMAND));
    },
    CORPUS_PASS_TIMEOUT,
  );

  it("on 3,000 generated mails (test/fixtures/golden/fuzzed.txt)", () => {
    const actual = fuzzedMails().map(({ name, mail }) =>
      fuzzedLine(name, triage(mail, DEFAULT_CONFIG, GOLDEN_NOW)),
    );
    if (UPDATE) {
      writeFileSync(FUZZED_SNAPSHOT, `${actual.join("\n")}\n`);
      return;
    }
    const changes = describeFuzzedChanges(readSnapshot(FUZZED_SNAPSHOT).split("\n"), actual);
    if (changes.length > 0) throw new Error(failureReport("generated mail(s)", changes, UPDATE_COMMAND));
  });
});
