import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEFAULT_CONFIG } from "../../../src/core/config/load";
import { parseEml } from "../../../src/eml/parse-eml";
import { stats } from "../../../src/cli/stats";
import { triageMailbox } from "../../../src/cli/triage";
import type { Output } from "../../../src/cli/output";
import { TRIAGE_RECORD_PROPERTY } from "../../../src/graph/properties";
import type { RunningEmulator } from "../../../src/graph-emulator/server";
import { CORPUS_DIR, startWithCorpus } from "../graph/harness";

jest.setTimeout(120_000);

/** Ten digits as a CPR number is written (ddmmyy-xxxx, with or without the hyphen or a space), day and month valid. */
const CPR = /(?<!\d)(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])\d{2}[- ]?\d{4}(?!\d)/g;

/** A name or address as a whole word: "Inge" is a sender's name, but not in "Ingen". */
function wholeWord(text: string): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}.@])${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`,
    "u",
  );
}

function capture(): { output: Output; text: () => string } {
  const lines: string[] = [];
  return {
    output: { out: (line) => lines.push(line), err: (line) => lines.push(line) },
    text: () => lines.join("\n"),
  };
}

/** Every sender's display name and address in the corpus, except the municipality's own words and mailboxes. */
async function corpusSenders(ownWords: string, mailboxes: ReadonlySet<string>): Promise<string[]> {
  const senders = new Set<string>();
  for (const set of readdirSync(CORPUS_DIR)) {
    for (const file of readdirSync(path.join(CORPUS_DIR, set)).filter((f) => f.endsWith(".eml"))) {
      const parsed = await parseEml(readFileSync(path.join(CORPUS_DIR, set, file)));
      if (!parsed.ok || !parsed.mail.from) continue;
      const { name, address } = parsed.mail.from;
      if (name && name.trim().length >= 3 && !ownWords.includes(name.trim())) senders.add(name.trim());
      if (address && !mailboxes.has(address.toLowerCase())) senders.add(address.toLowerCase());
    }
  }
  return [...senders];
}

describe("no personal data in any statistics output or stored record", () => {
  let running: RunningEmulator;

  beforeAll(async () => {
    running = await startWithCorpus();
  });
  afterAll(() => running.close());

  it("scans table, csv, json and html for every mailbox, the triage run's output and every record written", async () => {
    const mailboxes = running.emulator.addresses.map((m) => m.address);
    const state = mkdtempSync(path.join(tmpdir(), "kanalvagt-state-"));
    const outputs: { where: string; text: string }[] = [];

    for (const mailbox of mailboxes) {
      const run = capture();
      const code = await triageMailbox(
        [
          "--mailbox",
          mailbox,
          "--since",
          "2025-12-01",
          "--graph-url",
          running.url,
          "--state",
          path.join(state, "s.json"),
        ],
        run.output,
        {},
      );
      // On a failure the run's own lines say why (a Graph error, a timeout under load): the figures are fictional.
      expect({ code, output: code === 0 ? "" : run.text() }).toEqual({ code: 0, output: "" });
      outputs.push({ where: `triage ${mailbox}`, text: run.text() });
      for (const format of ["table", "csv", "json", "html"]) {
        const out = capture();
        const args = ["--mailbox", mailbox, "--from", "2026-01-01", "--to", "2026-03-01", "--format", format];
        expect(await stats([...args, "--graph-url", running.url], out.output, {})).toBe(0);
        outputs.push({ where: `stats ${format} ${mailbox}`, text: out.text() });
      }
      const box = running.emulator.mailbox(mailbox)!;
      for (let i = 0; i < box.size; i++) {
        const message = box.message(i);
        outputs.push({
          where: `record ${mailbox}#${i}`,
          text: `${message.properties[TRIAGE_RECORD_PROPERTY] ?? ""}\n${message.categories.join("\n")}`,
        });
      }
    }
    expect(outputs.filter((o) => o.where.startsWith("record") && o.text.includes('"v":1'))).toHaveLength(
      running.emulator.addresses.reduce((sum, m) => sum + m.messages, 0),
    );

    const senders = await corpusSenders(JSON.stringify(DEFAULT_CONFIG), new Set(mailboxes));
    expect(senders.length).toBeGreaterThan(100);
    const leaks = outputs.flatMap(({ where, text }) => [
      ...[...text.matchAll(CPR)].map((m) => `${where}: CPR-like ${m[0]}`),
      ...senders.filter((s) => wholeWord(s).test(text)).map((s) => `${where}: sender ${s}`),
    ]);
    expect(leaks).toEqual([]);
  });
});
