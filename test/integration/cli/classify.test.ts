import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { jsonLines, ROOT, runCli, type CliRun } from "./run-cli";

jest.setTimeout(120_000);

const CORPUS = join(ROOT, "test", "fixtures", "corpus");
const SETS = readdirSync(CORPUS).sort();
const labels = SETS.flatMap((set) =>
  readFileSync(join(CORPUS, set, "labels.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => ({ ...(JSON.parse(line) as { file: string; cpr: string[] }), set })),
);
const labelledCpr = labels.flatMap((label) => label.cpr);
const withCpr = labels.find((label) => label.cpr.length > 0);

/** Every way the CLI could print a full CPR number: 0101901234, 010190-1234, 010190 1234. */
function fullCprIn(text: string): string[] {
  return labelledCpr.filter((cpr) =>
    [cpr, `${cpr.slice(0, 6)}-${cpr.slice(6)}`, `${cpr.slice(0, 6)} ${cpr.slice(6)}`].some((form) =>
      text.includes(form),
    ),
  );
}

const FINDING_KEYS = ["confidence", "end", "kind", "masked", "reasons", "start", "where"];
const RECORD_KEYS = [
  "attachments",
  "confidence",
  "elapsed_ms",
  "encrypted",
  "file",
  "findings",
  "findings_not_shown",
  "flags",
  "handling",
  "lang",
  "ok",
  "recommendation",
  "sender",
  "sensitivity",
  "signed",
  "topic",
  "unsure",
];

describe("kanalvagt classify on the corpus", () => {
  let json: CliRun;
  let revealed: CliRun;
  let table: CliRun;

  beforeAll(async () => {
    [json, revealed, table] = await Promise.all([
      runCli(["classify", "--json", CORPUS]),
      runCli(["classify", "--json", "--reveal", CORPUS]),
      runCli(["classify", CORPUS]),
    ]);
  });

  it("prints exactly one JSON object per mail, in sorted file order, and exits 0", () => {
    expect(json.code).toBe(0);
    const records = jsonLines(json.stdout);
    const files = SETS.flatMap((set) =>
      readdirSync(join(CORPUS, set))
        .filter((name) => name.endsWith(".eml"))
        .map((name) => join(set, name)),
    ).sort();
    expect(records.map((record) => relative(CORPUS, String(record.file)))).toEqual(files);
  });

  it("gives each mail the stable --json shape scripts read", () => {
    for (const record of jsonLines(json.stdout)) {
      expect(Object.keys(record).sort()).toEqual(RECORD_KEYS);
      expect(record.ok).toBe(true);
      expect(["foelsomme", "fortrolige", "almindelige", "ingen"]).toContain(record.sensitivity);
      expect(Object.keys(record.recommendation as object).sort()).toEqual([
        "channel",
        "template",
        "warnings",
      ]);
      expect(typeof record.elapsed_ms).toBe("number");
      const confidence = record.confidence as Record<string, number>;
      expect(Object.keys(confidence).sort()).toEqual(["handling", "sender", "topic"]);
      // A field is unsure exactly when its confidence is under the default configuration's threshold.
      const below = ["handling", "topic", "sender"].filter((f) => (confidence[f] ?? 0) < 0.5);
      expect(record.unsure).toEqual(below);
      for (const finding of record.findings as Record<string, unknown>[]) {
        // Findings inside an attachment add its name and, where the format has pages, the page.
        const keys = Object.keys(finding).filter((key) => key !== "attachment" && key !== "page");
        expect(keys.sort()).toEqual(FINDING_KEYS);
      }
    }
  });

  it("prints no full CPR number without --reveal, in JSON or in the table", () => {
    expect(labelledCpr.length).toBeGreaterThan(0);
    expect(fullCprIn(json.stdout + json.stderr)).toEqual([]);
    expect(fullCprIn(table.stdout + table.stderr)).toEqual([]);
  });

  it("shows masked CPR numbers, and their digits with --reveal", () => {
    if (withCpr === undefined) throw new Error("the corpus set has no mail with a CPR number");
    const cpr = withCpr.cpr[0] ?? "";
    const record = (run: CliRun) =>
      jsonLines(run.stdout).find((line) => String(line.file).endsWith(join(withCpr.set, withCpr.file))) as {
        findings: { kind: string; masked: string; value?: string }[];
      };
    const masked = record(json).findings.filter((finding) => finding.kind === "cpr");
    expect(masked.map((finding) => finding.masked)).toContain(`${cpr.slice(0, 6)}-****`);
    expect(masked.every((finding) => finding.value === undefined)).toBe(true);
    expect(record(revealed).findings.map((finding) => finding.value)).toContain(cpr);
    expect(fullCprIn(revealed.stdout).length).toBeGreaterThan(0);
  });

  it("prints a table with one row per mail by default", () => {
    expect(table.code).toBe(0);
    const lines = table.stdout.split("\n");
    expect(lines[0]).toMatch(
      /^file\s+handling\s+topic\s+sender\s+sensitivity\s+signed\/encrypted\s+findings$/,
    );
    for (const label of labels) expect(table.stdout).toContain(label.file);
    expect(table.stdout).toMatch(/\d+ mail\(s\), 0 could not be read\./);
  });
});

describe("kanalvagt classify on a folder with broken files", () => {
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "kanalvagt-cli-"));
    mkdirSync(join(folder, "nested", "deeper"), { recursive: true });
    if (withCpr === undefined) throw new Error("the corpus set has no mail with a CPR number");
    const source = join(CORPUS, withCpr.set, withCpr.file);
    copyFileSync(source, join(folder, "nested", "deeper", "good.eml"));
    copyFileSync(source, join(folder, "c-good.eml"));
    writeFileSync(join(folder, "a-empty.eml"), "");
    // No headers at all, but a CPR number in the text: the error must not repeat it.
    writeFileSync(join(folder, "b-broken.eml"), `notes about cpr ${withCpr.cpr[0] ?? ""}\n`);
    writeFileSync(join(folder, "notes.txt"), "not a mail");
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("reports each broken file in its place, carries on, and exits 1", async () => {
    const run = await runCli(["classify", "--json", folder]);
    expect(run.code).toBe(1);
    const records = jsonLines(run.stdout);
    expect(records.map((record) => [relative(folder, String(record.file)), record.ok])).toEqual([
      ["a-empty.eml", false],
      ["b-broken.eml", false],
      ["c-good.eml", true],
      [join("nested", "deeper", "good.eml"), true],
    ]);
    expect(records[0]).toEqual({ file: join(folder, "a-empty.eml"), ok: false, error: "the file is empty" });
    expect(String(records[1]?.error)).toMatch(/not an \.eml message/);
    expect(fullCprIn(run.stdout + run.stderr)).toEqual([]);
  });

  it("shows failures as table rows and still exits 1", async () => {
    const run = await runCli(["classify", folder]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/b-broken\.eml\s+ERROR: no e-mail header/);
    expect(run.stdout).toMatch(/4 mail\(s\), 2 could not be read\./);
  });

  it("reports a PATH that does not exist and processes the others", async () => {
    const run = await runCli(["classify", "--json", join(folder, "missing.eml"), join(folder, "c-good.eml")]);
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout).map((record) => record.ok)).toEqual([false, true]);
  });

  it("warns about an invalid --config, naming the file, and goes on with the default", async () => {
    const config = join(folder, "config.json");
    writeFileSync(config, JSON.stringify({ municipality: 42 }));
    const run = await runCli(["classify", "--json", "--config", config, join(folder, "c-good.eml")]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(config);
    expect(run.stderr).toMatch(/default configuration/);
    expect(jsonLines(run.stdout)).toHaveLength(1);
  });

  it("answers wrong usage with the help text and exit code 2", async () => {
    const run = await runCli(["classify", "--bogus", folder]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/kanalvagt classify \[--json\]/);
  });
});

describe("kanalvagt classify on a mail saved under the citizen's CPR number", () => {
  let folder: string;
  const named = "0101901234";

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "kanalvagt-cli-"));
    if (withCpr === undefined) throw new Error("the corpus set has no mail with a CPR number");
    copyFileSync(join(CORPUS, withCpr.set, withCpr.file), join(folder, `${named} ansøgning.eml`));
    writeFileSync(join(folder, "010190-1234.eml"), "");
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("masks the number in the printed file names, in JSON and in the table", async () => {
    const [json, table] = await Promise.all([
      runCli(["classify", "--json", folder]),
      runCli(["classify", folder]),
    ]);
    expect(jsonLines(json.stdout).map((record) => relative(folder, String(record.file)))).toEqual([
      "010190-****.eml",
      "010190-**** ansøgning.eml",
    ]);
    for (const run of [json, table]) {
      expect(run.stdout + run.stderr).not.toMatch(/0101901234|010190-1234/);
    }
    expect(table.stdout).toContain("010190-**** ansøgning.eml");
  });

  it("prints the file names as they are with --reveal", async () => {
    const run = await runCli(["classify", "--json", "--reveal", folder]);
    expect(jsonLines(run.stdout).map((record) => relative(folder, String(record.file)))).toEqual([
      "010190-1234.eml",
      `${named} ansøgning.eml`,
    ]);
  });
});

describe("kanalvagt classify --json on a mail with more CPR numbers than the engine keeps, in a batch", () => {
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "kanalvagt-cli-many-"));
    if (withCpr === undefined) throw new Error("the corpus set has no mail with a CPR number");
    copyFileSync(join(CORPUS, withCpr.set, withCpr.file), join(folder, "a-before.eml"));
    const body = Array.from({ length: 12_000 }, (_, i) => {
      const two = (n: number): string => String(n).padStart(2, "0");
      return `CPR-nr. ${two(1 + (i % 28))}${two(1 + (Math.floor(i / 28) % 12))}${two(Math.floor(i / 336))}-1234`;
    }).join("\r\n");
    writeFileSync(
      join(folder, "b-many.eml"),
      `From: borger@example.dk\r\nTo: borgerservice@nyborg.dk\r\nSubject: Liste\r\n\r\n${body}\r\n`,
    );
    copyFileSync(join(CORPUS, withCpr.set, withCpr.file), join(folder, "c-after.eml"));
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("lists the first 1,000 findings, counts the rest, and every file after it still gets its line", async () => {
    const run = await runCli(["classify", "--json", folder]);
    const records = jsonLines(run.stdout);
    expect(records.map((record) => relative(folder, String(record.file)))).toEqual([
      "a-before.eml",
      "b-many.eml",
      "c-after.eml",
    ]);
    const many = records[1] as { findings: unknown[]; findings_not_shown: number };
    expect(many.findings).toHaveLength(1_000);
    // Past the engine's 10,000 kept findings the rest are counted, not kept: the count stays exact.
    expect(many.findings.length + many.findings_not_shown).toBe(12_000);
    expect(records[2]).toMatchObject({ ok: true, findings_not_shown: 0 });
  });
});
