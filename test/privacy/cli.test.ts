// kanalvagt classify and config check with every planted secret in the mails, their file names, a broken file, a
// missing path, a folder's name, usage errors and configuration files. Nothing planted may reach the terminal
// unmasked: file and attachment names are shown with CPR numbers masked, findings as their masked values, reasons
// by rule and never by matched word. With --reveal the same paths do show the values, which proves the scan sees them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { DEFAULT_CONFIG } from "../../src/core/config/load";
import { maskCprInText } from "../../src/core/privacy/mask-cpr-in-text";
import { ART9, CPR, IBAN, NAME, PASSPORT, findLeaks, maskedCpr } from "./planted";
import { ATTACHMENT_NAME, DOCUMENT_ATTACHMENTS, PLANTED_FILE_NAMES, plantedEml } from "./planted-mail";

jest.setTimeout(120_000);

interface Run {
  code: number;
  /** stdout and stderr together: both reach the terminal and a redirected log. */
  text: string;
  lines: string[];
}

async function run(args: string[]): Promise<Run> {
  const lines: string[] = [];
  const code = await main(args, { out: (line) => lines.push(line), err: (line) => lines.push(line) });
  return { code, text: lines.join("\n"), lines };
}

/**
 * Anything printed past the command's Output: the console and the process's own streams, where a library's warning
 * (pdf.js, a parser) or a stray debug line would go. Recorded for the whole file and passed through.
 */
let stray: jest.SpyInstance[] = [];

/** A Graph address nothing answers on: the cases that use it must fail before asking. */
const NO_GRAPH = ["--graph-url", "http://127.0.0.1:9"];

let folder: string;
const mailFiles = (): string[] => PLANTED_FILE_NAMES.map((name) => join(folder, name));

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "kanalvagt-privacy-"));
  for (const file of mailFiles()) writeFileSync(file, plantedEml());
  stray = [
    ...(["log", "info", "warn", "error", "debug"] as const).map((method) => jest.spyOn(console, method)),
    jest.spyOn(process.stdout, "write"),
    jest.spyOn(process.stderr, "write"),
  ];
});
afterAll(() => {
  for (const spy of stray) spy.mockRestore();
  rmSync(folder, { recursive: true, force: true });
});

describe("kanalvagt classify and config check show no planted value unmasked", () => {
  it("in the table", async () => {
    const table = await run(["classify", ...mailFiles()]);
    expect(table.code).toBe(0);
    expect(findLeaks("classify table", table.text)).toEqual([]);
    // What it does show: every file's name and every finding, masked.
    for (const planted of Object.values(CPR)) expect(table.text).toContain(maskedCpr(planted));
    expect(table.text).toContain("DK50 **** **** **** 43");
  });

  it("in the --json lines, whose reasons name rules and never the matched words", async () => {
    const json = await run(["classify", "--json", ...mailFiles()]);
    expect(json.code).toBe(0);
    expect(json.lines).toHaveLength(PLANTED_FILE_NAMES.length);
    expect(findLeaks("classify --json", json.text)).toEqual([]);
    const record = JSON.parse(json.lines[0]!) as {
      sensitivity: string;
      findings: { kind: string; attachment?: string }[];
      attachments: { name: string; read: boolean }[];
    };
    expect(record.sensitivity).toBe("foelsomme");
    expect(new Set(record.findings.map((f) => f.kind))).toEqual(
      new Set(["cpr", "helbred", "religion", "seksuel", "strafbare_forhold", "iban", "pas"]),
    );
    // The attachments were read (the text, the Word document, both pages of the PDF) and found in, masked.
    const readNames = [ATTACHMENT_NAME, ...DOCUMENT_ATTACHMENTS.slice(0, 2).map((a) => a.name)].map(
      maskCprInText,
    );
    expect(new Set(record.findings.flatMap((f) => (f.attachment ? [f.attachment] : [])))).toEqual(
      new Set(readNames),
    );
    expect(record.attachments.filter((a) => !a.read).map((a) => a.name)).toEqual([
      maskCprInText(DOCUMENT_ATTACHMENTS[2].name),
    ]);
  });

  it("in errors: broken file, missing path, empty folder, wrong option or date, bad configuration", async () => {
    const broken = join(folder, `brev ${CPR.hyphen.written}.eml`);
    writeFileSync(broken, Buffer.alloc(0));
    const empty = join(folder, `mappe ${CPR.enDash.written}`);
    mkdirSync(empty);
    const config = join(folder, `konfig ${CPR.space.written}.json`);
    writeFileSync(
      config,
      JSON.stringify({
        ...DEFAULT_CONFIG,
        internalDomains: [`${CPR.plain.written} ${ART9.health.written}`],
        [`sag ${CPR.grouped.written}`]: NAME.sender.written,
      }),
    );
    const notJson = join(folder, `konfig ${CPR.fullWidth.written}.json`);
    writeFileSync(notJson, `{"cpr": ${CPR.plain.written} ${ART9.mental.written}`);
    const runs = await Promise.all([
      run(["classify", broken, join(folder, `mangler ${CPR.substitute.written}.eml`), empty]),
      run(["classify", "--json", broken]),
      run(["classify", `--cpr=${CPR.plain.written}`]),
      run(["classify", "--config", config, broken]),
      run(["classify", "--config", notJson, broken]),
      run(["config", "check", config]),
      run(["config", "check", notJson]),
      run(["config", "check", join(folder, `mangler ${CPR.dotted.written}.json`)]),
      // Values that should have been dates: stats and triage say what they got.
      run(["triage", "--mailbox", "privat@nyborg.dk", "--since", CPR.hyphen.written]),
      run([
        "stats",
        "--mailbox",
        "privat@nyborg.dk",
        "--from",
        CPR.plain.written,
        "--to",
        "2026-01-01",
        ...NO_GRAPH,
      ]),
      run([
        "stats",
        "--mailbox",
        "privat@nyborg.dk",
        "--from",
        "2026-01-01",
        "--to",
        CPR.grouped.written,
        ...NO_GRAPH,
      ]),
      run([
        "stats",
        "--mailbox",
        "privat@nyborg.dk",
        "--from",
        "2026-01-01",
        "--to",
        "2026-02-01",
        "--as-of",
        CPR.fullWidth.written,
      ]),
      run([
        "stats",
        "--mailbox",
        "privat@nyborg.dk",
        "--from",
        "2026-01-01",
        "--to",
        "2026-02-01",
        "--format",
        CPR.substitute.written,
      ]),
    ]);
    for (const { code } of runs) expect(code).not.toBe(0);
    expect(runs.flatMap(({ text }, i) => findLeaks(`error run ${i}`, text))).toEqual([]);
    expect(runs[0].text).toContain(`brev ${maskedCpr(CPR.hyphen)}.eml`);
  });

  it("shows the values with --reveal, so the scan above looks where they would be", async () => {
    const revealed = await run(["classify", "--json", "--reveal", mailFiles()[0]!]);
    const leaked = new Set(findLeaks("classify --reveal", revealed.text).map((leak) => leak.label));
    for (const planted of [...Object.values(CPR), ...Object.values(ART9), IBAN, PASSPORT]) {
      expect([planted.label, leaked.has(planted.label)]).toEqual([planted.label, true]);
    }
  });

  it("and nothing printed past their output (console, stdout, stderr) holds one either", () => {
    const printed = stray.flatMap((spy) =>
      spy.mock.calls.map((call: unknown[]) => call.map(String).join(" ")),
    );
    expect(findLeaks("console and process streams", printed)).toEqual([]);
  });
});
