import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  checkLaunchEvents,
  checkResourceIds,
  checkUrls,
  checkVersion,
} from "../../../scripts/lib/manifest-checks.cjs";
import { validateAgainstSchema, xmllintAvailable } from "../../../scripts/lib/manifest-files.cjs";
import { ROOT, runCli } from "./run-cli";

jest.setTimeout(60_000);

const BASE = "https://addin.nyborg.dk/kanalvagt/";
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "kanalvagt-manifest-"));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

// CI installs xmllint; a developer without it still gets the other checks.
const schemaTest = xmllintAvailable() || process.env.CI ? test : test.skip;

describe("kanalvagt manifest --base-url URL", () => {
  test("writes a manifest whose every URL is under the host, with the checks npm run validate makes", async () => {
    const out = join(folder, "manifest.xml");
    const run = await runCli(["manifest", "--base-url", "https://addin.nyborg.dk/kanalvagt", "--out", out]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain(`is written for ${BASE}`);
    const xml = await readFile(out, "utf8");
    expect(xml).not.toContain("localhost");
    expect(xml).toContain(`${BASE}taskpane.html`);
    expect(xml).toContain(`${BASE}launchevent.js`);
    expect(checkUrls(xml, BASE)).toEqual([]);
    expect(checkResourceIds(xml)).toEqual([]);
    expect(checkVersion(xml)).toEqual([]);
    expect(checkLaunchEvents(xml)).toEqual([]);
  });

  schemaTest("the manifest it writes is valid against Microsoft's schemas", async () => {
    const out = join(folder, "manifest.xml");
    expect((await runCli(["manifest", "--base-url", BASE, "--out", out])).code).toBe(0);
    const { valid, output } = validateAgainstSchema(out);
    expect(output).toMatch(/validates$/);
    expect(valid).toBe(true);
  });

  test("reads the release zip's template when told", async () => {
    const template = join(folder, "manifest.template.xml");
    await writeFile(template, await readFile(join(ROOT, "manifest.xml")));
    const out = join(folder, "out.xml");
    const run = await runCli(["manifest", "--base-url", BASE, "--template", template, "--out", out]);
    expect(run.code).toBe(0);
    expect(checkUrls(await readFile(out, "utf8"), BASE)).toEqual([]);
  });

  test.each([
    ["http", ["--base-url", "http://addin.nyborg.dk/"], "must use https"],
    ["no address", [], "--base-url is needed"],
    ["not a URL", ["--base-url", "addin.nyborg.dk"], "is not a valid URL"],
    ["a query", ["--base-url", "https://addin.nyborg.dk/?x=1"], "must not contain a query"],
  ])("refuses %s with a clear message and writes nothing", async (_name, args, message) => {
    const out = join(folder, "manifest.xml");
    const run = await runCli(["manifest", ...args, "--out", out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    await expect(readFile(out)).rejects.toThrow();
  });

  test("a template that is no manifest template: exit 1, and says so", async () => {
    const template = join(folder, "other.xml");
    await writeFile(template, "<OfficeApp/>");
    const run = await runCli([
      "manifest",
      "--base-url",
      BASE,
      "--template",
      template,
      "--out",
      join(folder, "m.xml"),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("is it the manifest template?");
  });
});
