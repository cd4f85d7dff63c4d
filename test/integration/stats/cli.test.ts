import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../../src/cli/main";
import type { Output } from "../../../src/cli/output";
import type { TeamStatistics } from "../../../src/core/stats/team-statistics";
import type { RunningEmulator } from "../../../src/graph-emulator/server";
import { generated, start } from "../graph/harness";

jest.setTimeout(60_000);

function capture(): { output: Output; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { output: { out: (line) => out.push(line), err: (line) => err.push(line) }, out, err };
}

describe("kanalvagt stats and triage on the command line", () => {
  const BOX = "cli@nyborg.dk";
  let running: RunningEmulator;
  const period = ["--from", "2026-02-01", "--to", "2026-03-01"];

  beforeAll(async () => {
    running = await start([generated({ count: 600, days: 30, address: BOX }).mailbox]);
  });
  afterAll(() => running.close());

  it("wrong usage says what is wrong, shows the help and exits 2", async () => {
    const missing = capture();
    expect(await main(["stats", "--mailbox", BOX], missing.output)).toBe(2);
    expect(missing.err.join("\n")).toMatch(/needs --mailbox, --from and --to[\s\S]*kanalvagt stats —/);
    const format = capture();
    expect(await main(["stats", "--mailbox", BOX, ...period, "--format", "pdf"], format.output)).toBe(2);
    expect(format.err[0]).toMatch(/--format must be one of table, csv, json, html/);
    const date = capture();
    const args = [
      "stats",
      "--mailbox",
      BOX,
      "--from",
      "2026-02-30",
      "--to",
      "2026-03-01",
      "--graph-url",
      running.url,
    ];
    expect(await main(args, date.output)).toBe(2);
    expect(date.err.join("\n")).toMatch(/yyyy-mm-dd/);
    expect(await main(["triage"], capture().output)).toBe(2);
  });

  it("without the emulator and without credentials, says which variables to set", async () => {
    const run = capture();
    const previous = { ...process.env };
    for (const key of Object.keys(process.env)) if (key.startsWith("KANALVAGT_")) delete process.env[key];
    try {
      expect(await main(["stats", "--mailbox", BOX, ...period], run.output)).toBe(1);
    } finally {
      Object.assign(process.env, previous);
    }
    expect(run.err.join("\n")).toMatch(/KANALVAGT_CLIENT_ID[\s\S]*KANALVAGT_TENANT_ID/);
  });

  it("prints the table with progress on stderr, and writes a self-contained HTML report", async () => {
    const table = capture();
    expect(await main(["stats", "--mailbox", BOX, ...period, "--graph-url", running.url], table.output)).toBe(
      0,
    );
    expect(table.out.join("\n")).toMatch(/Modtaget\s+\d+/);
    expect(table.err.some((line) => /mails læst/.test(line))).toBe(true);

    const file = path.join(mkdtempSync(path.join(tmpdir(), "kanalvagt-report-")), "rapport.html");
    const html = capture();
    const args = [
      "stats",
      "--mailbox",
      BOX,
      ...period,
      "--format",
      "html",
      "--out",
      file,
      "--graph-url",
      running.url,
    ];
    expect(await main(args, html.output)).toBe(0);
    const report = readFileSync(file, "utf8");
    expect(report).toMatch(/^<!doctype html>\n<html lang="da">/);
    // Self-contained: no script, nothing fetched from anywhere.
    expect(report).not.toMatch(/<script|<link|src=|href=|url\(/i);
    // Every chart names itself and has the numbers beside it in a table.
    const charts = report.match(/<svg role="img" aria-labelledby="[^"]+"/g) ?? [];
    expect(charts.length).toBeGreaterThanOrEqual(3);
    expect((report.match(/<title id=/g) ?? []).length).toBe(charts.length);
    expect((report.match(/<table>/g) ?? []).length).toBeGreaterThan(charts.length);
    expect(report).toMatch(/Rettet af personalet<\/th><td>\d+,\d % \(\d+ af \d+ sorterede mails\)/);
  });

  it("with --lang en writes the table and the HTML report in English, with the same figures", async () => {
    const base = ["stats", "--mailbox", BOX, ...period, "--graph-url", running.url];
    const danish = capture();
    const english = capture();
    expect(await main(base, danish.output)).toBe(0);
    expect(await main([...base, "--lang", "en"], english.output)).toBe(0);
    const table = english.out.join("\n");
    expect(table).toMatch(/^Period 2026-02-01 – 2026-03-01, compared with /);
    expect(table).toMatch(/Received\s+\d+/);
    expect(table).toMatch(/Backlog: Mails that may need an answer/);
    expect(table).not.toMatch(/Modtaget|Efterslæb|ændring|Tavs postkasse/);
    const counts = (text: string) => text.match(/\d+/g);
    expect(counts(table)).toEqual(counts(danish.out.join("\n")));

    const html = capture();
    expect(await main([...base, "--format", "html", "--lang", "en"], html.output)).toBe(0);
    const report = html.out.join("\n");
    expect(report).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(report).toContain("<h2>Key figures</h2>");
    expect(report).not.toMatch(/Nøgletal|Efterslæb|Om tallene|Emner/);

    const wrong = capture();
    expect(await main([...base, "--lang", "de"], wrong.output)).toBe(2);
    expect(wrong.err[0]).toMatch(/--lang must be one of da, en/);
  });

  it("shows several mailboxes side by side with totals and the previous period; one it may not read is named", async () => {
    const other = "andet@nyborg.dk";
    const denied = "lukket@nyborg.dk";
    const team = await start(
      [
        generated({ count: 200, days: 30, address: BOX }).mailbox,
        generated({ count: 100, days: 30, address: other, seed: 7 }).mailbox,
        generated({ count: 10, days: 30, address: denied }).mailbox,
      ],
      { deniedMailboxes: [denied] },
    );
    try {
      const args = [
        "stats",
        "--mailbox",
        BOX,
        "--mailbox",
        denied,
        "--mailbox",
        other,
        "--graph-url",
        team.url,
      ];
      const half = ["--from", "2026-02-15", "--to", "2026-02-28"];
      const table = capture();
      expect(await main([...args, ...half], table.output)).toBe(1);
      const text = table.out.join("\n");
      expect(text).toMatch(/Periode 2026-02-15 – 2026-02-28, sammenlignet med 2026-02-01 – 2026-02-14/);
      expect(text).toMatch(new RegExp(`${BOX}\\s+${other}\\s+I alt`));
      expect(text).toMatch(/Sorteret\s+\d+,\d % \(\d+ af \d+ modtagne mails\)/);
      expect(text).toMatch(/ændring\s+[+−]?\d+ mod forrige periode \(\d+\)|ændring\s+Uændret/);
      expect(text).toMatch(/Efterslæb\s+(\d+,\d %|Kan ikke opgøres)/);
      // Where the engine is weak: the share staff corrected, with its base like every other share.
      expect(text).toMatch(/Rettet af personalet\s+\d+,\d % \(\d+ af \d+ sorterede mails\)/);
      expect(text).toMatch(/… heraf markeringer rettet\s+\d+,\d %/);
      expect(text).toMatch(/Kunne ikke læses: lukket@nyborg\.dk: .*administrator/);
      expect(table.err.join("\n")).toMatch(
        /lukket@nyborg\.dk kunne ikke læses[\s\S]*lukket@nyborg\.dk could not be read/,
      );

      const json = capture();
      expect(await main([...args, ...half, "--format", "json"], json.output)).toBe(1);
      const parsed = JSON.parse(json.out.join("\n")) as TeamStatistics;
      const [first, failed, second] = parsed.mailboxes;
      expect(failed && "failure" in failed && failed.address === denied).toBe(true);
      expect(JSON.stringify(failed)).toMatch(/administrator/);
      if (!first || !second || !("stats" in first) || !("stats" in second))
        throw new Error("two mailboxes read");
      expect(parsed.totals?.current.totals.received).toBe(
        first.stats.current.totals.received + second.stats.current.totals.received,
      );
      expect(first.stats.previous.period).toEqual({ from: "2026-02-01", to: "2026-02-14" });
      expect(parsed.totals?.current.corrections.byField).toEqual({
        handling: 0,
        topic: 0,
        sender: 0,
        flags: 0,
      });
      // The previous period is counted, not empty: the generated mail spans both halves of February.
      expect(first.stats.previous.totals.received).toBeGreaterThan(0);

      const csv = capture();
      expect(await main([...args, ...half, "--format", "csv"], csv.output)).toBe(1);
      const received = csv.out
        .join("\n")
        .split(/\r?\n/)
        .find((line) => line.startsWith("I alt;nøgletal;2026-02-15..2026-02-28;Modtaget;"));
      expect(csv.out.join("\n")).toMatch(
        /\nI alt;nøgletal;2026-02-15\.\.2026-02-28;Rettet af personalet;procent;/,
      );
      const total = parsed.totals!;
      expect(received).toBe(
        `I alt;nøgletal;2026-02-15..2026-02-28;Modtaget;antal;${total.current.totals.received};${total.current.totals.received};;${total.previous.totals.received};${total.current.totals.received - total.previous.totals.received}`,
      );
    } finally {
      await team.close();
    }
  });

  it("triage runs in the emulator without sign-in, remembers nothing when done, and a second run changes nothing", async () => {
    const state = path.join(mkdtempSync(path.join(tmpdir(), "kanalvagt-state-")), "state.json");
    const args = [
      "triage",
      "--mailbox",
      BOX,
      "--since",
      "2026-01-01",
      "--graph-url",
      running.url,
      "--state",
      state,
    ];
    const first = capture();
    // With what it said on stderr, so a failure shows why.
    expect({ code: await main(args, first.output), err: first.err }).toMatchObject({ code: 0 });
    expect(first.out.join("\n")).toMatch(/^Færdig: 600 set: \d+ sorteret nu, \d+ allerede sorteret\.$/);
    const second = capture();
    expect(await main(args, second.output)).toBe(0);
    expect(second.out.join("\n")).toBe("Færdig: 600 set: 0 sorteret nu, 600 allerede sorteret.");
    expect(() => readFileSync(state)).toThrow();
  });

  it("triage stopped by SIGTERM (a service manager's stop) keeps its checkpoint, says so, and resumes", async () => {
    const slow = await start([generated({ count: 300, days: 30, address: "sigterm@nyborg.dk" }).mailbox], {
      delayMs: 20,
    });
    try {
      const state = path.join(mkdtempSync(path.join(tmpdir(), "kanalvagt-state-")), "state.json");
      const args = ["triage", "--mailbox", "sigterm@nyborg.dk", "--since", "2026-01-01"];
      const withState = [...args, "--graph-url", slow.url, "--state", state];
      const stopped = capture();
      let signalled = false;
      const output: Output = {
        out: (line) => stopped.output.out(line),
        err: (line) => {
          stopped.output.err(line);
          // The first progress line: the run is under way. Node's default for SIGTERM would end it here, silently.
          if (!signalled && /sorteret nu/.test(line)) {
            signalled = true;
            process.emit("SIGTERM");
          }
        },
      };
      expect(await main(withState, output)).toBe(1);
      expect(signalled).toBe(true);
      expect(stopped.out.join("\n")).toMatch(/^Afbrudt: /);
      expect(stopped.err.join("\n")).toMatch(/kør kommandoen igen for at fortsætte/);
      expect(readFileSync(state, "utf8")).toContain("sigterm@nyborg.dk");
      expect(process.listenerCount("SIGTERM")).toBe(0);

      const resumed = capture();
      expect(await main(withState, resumed.output)).toBe(0);
      expect(resumed.err.join("\n")).toMatch(/fortsatte en afbrudt kørsel/);
    } finally {
      await slow.close();
    }
  });
});
