import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pick, seededRandom } from "./prng";

const CORPUS = join(__dirname, "..", "fixtures", "corpus");
const FIELDS = ["handling", "topic", "sender"] as const;
/** Replies and forwards as staff see them in a shared mailbox; the subject's words stay the same. */
const SUBJECT_PREFIXES = ["SV: ", "Re: ", "VS: ", "Fwd: ", "Vedr.: "];

interface CorpusMail {
  file: string;
  eml: string;
  labels: Partial<Record<(typeof FIELDS)[number], string>>;
}

function corpusMails(): CorpusMail[] {
  return readdirSync(CORPUS)
    .sort()
    .flatMap((set) =>
      readFileSync(join(CORPUS, set, "labels.jsonl"), "utf8")
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line) => {
          const parsed = JSON.parse(line) as { file: string } & CorpusMail["labels"];
          const labels: CorpusMail["labels"] = {};
          for (const field of FIELDS) if (parsed[field] !== undefined) labels[field] = parsed[field];
          return { file: parsed.file, eml: readFileSync(join(CORPUS, set, parsed.file), "latin1"), labels };
        }),
    );
}

/**
 * Round r's copy of a mail: another sender (so k-anonymity counts it as one more citizen) and now and then a reply
 * or forward prefix on the subject. Only headers change, so every encoding of the body survives as it is.
 */
function variant(eml: string, round: number, random: () => number): string {
  const headerEnd = eml.search(/\r?\n\r?\n/);
  const head = headerEnd < 0 ? eml : eml.slice(0, headerEnd);
  const rest = headerEnd < 0 ? "" : eml.slice(headerEnd);
  const varied = head
    .replace(/^(From:.*?)([\w.+-]+)@([\w.-]+)/im, `$1$2+v${round}@$3`)
    .replace(/^Subject: /im, () => `Subject: ${random() < 0.3 ? pick(random, SUBJECT_PREFIXES) : ""}`);
  return varied + rest;
}

/**
 * `count` labelled .eml files and their LABELS.jsonl in `dir`, as `kanalvagt learn --labels` reads them: the corpus
 * mails of every set in order, then copies with the variation above until there are `count`. The same count gives
 * the same files on every run (a fixed seed). Returns the labels file's path.
 */
export function writeLearnInput(dir: string, count: number): string {
  const mails = corpusMails();
  const random = seededRandom(11);
  mkdirSync(dir, { recursive: true });
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const mail = mails[i % mails.length];
    if (mail === undefined) throw new Error(`no labelled mails in ${CORPUS}`);
    const round = Math.floor(i / mails.length);
    const file = round === 0 ? mail.file : mail.file.replace(/\.eml$/, `-v${round}.eml`);
    writeFileSync(join(dir, file), round === 0 ? mail.eml : variant(mail.eml, round, random), "latin1");
    lines.push(JSON.stringify({ file, ...mail.labels }));
  }
  const labels = join(dir, "LABELS.jsonl");
  writeFileSync(labels, `${lines.join("\n")}\n`);
  return labels;
}
