import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/cli/main";
import { DEFAULT_CONFIG } from "../../../src/core/config/load";
import { ROOT, runCli } from "./run-cli";

// Each test starts the real command, a new Node process, which is slow on a loaded machine.
jest.setTimeout(120_000);

describe("kanalvagt config check", () => {
  it("accepts the bundled configuration and names each value still to fill in", async () => {
    const run = await runCli(["config", "check", join(ROOT, "src/core/config/default-config.json")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("er gyldig / is valid");
    expect(run.stdout).toMatch(/^ {2}municipality\.phone$/m);
    expect(run.stdout).toMatch(/^ {2}municipality\.bookingUrl$/m);
  });

  it("lists nothing missing once every value is filled in", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kanalvagt-config-"));
    const file = join(dir, "kanalvagt-config.json");
    const filled = structuredClone(DEFAULT_CONFIG);
    filled.municipality.phone = "63 33 00 00";
    filled.municipality.bookingUrl = "https://booking.example.dk/";
    await writeFile(file, JSON.stringify(filled));
    const run = await runCli(["config", "check", file]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("Mangler");
  });

  it("rejects an invalid file with exit code 1 and the path of each problem", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kanalvagt-config-"));
    const file = join(dir, "bad.json");
    const bad = structuredClone(DEFAULT_CONFIG) as unknown as { municipality: { website: string } };
    bad.municipality.website = "http://nyborg.dk";
    await writeFile(file, JSON.stringify(bad));
    const run = await runCli(["config", "check", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("municipality.website: must be an https:// address");
  });

  it("masks a CPR number in the file's name, whether the file is valid or not", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kanalvagt-config-"));
    const valid = join(dir, "sag 0707614285.json");
    await writeFile(valid, JSON.stringify(DEFAULT_CONFIG));
    const invalid = join(dir, "sag 211062-5629.json");
    await writeFile(invalid, JSON.stringify({ ...DEFAULT_CONFIG, version: 7 }));
    const lines: string[] = [];
    const output = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) };
    expect(await main(["config", "check", valid], output)).toBe(0);
    expect(await main(["config", "check", invalid], output)).toBe(1);
    expect(lines.join("\n")).toContain("sag 070761-****.json er gyldig");
    expect(lines.join("\n")).toContain("sag 211062-****.json er ugyldig");
    expect(lines.join("\n")).not.toMatch(/4285|5629/);
  });

  it("is a usage error without a file", async () => {
    const run = await runCli(["config", "check"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("config check takes one FILE");
  });
});
