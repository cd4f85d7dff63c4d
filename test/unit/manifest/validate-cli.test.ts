// `npm run validate -- <copy>` on broken copies of manifest.xml: it must fail and name what is wrong.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT, xmllintAvailable } from "../../../scripts/lib/manifest-files.cjs";

const VALIDATOR = join(PROJECT_ROOT, "scripts", "validate-manifest.mjs");
const source = readFileSync(join(PROJECT_ROOT, "manifest.xml"), "utf8");

// CI installs xmllint, so there its absence must fail these tests rather than skip them.
const withXmllint = xmllintAvailable() || process.env.CI ? test : test.skip;

let workDir: string;
beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), "kanalvagt-manifest-"));
});
afterEach(() => {
  rmSync(workDir, { recursive: true, force: true });
});

/** Writes a copy of manifest.xml (with the icons beside it, as in the project) and runs the validator on it. */
function validateCopy(xml: string, env: NodeJS.ProcessEnv = {}): { status: number | null; output: string } {
  const copy = join(workDir, "manifest.xml");
  writeFileSync(copy, xml);
  cpSync(join(PROJECT_ROOT, "assets"), join(workDir, "assets"), { recursive: true });
  const { KANALVAGT_MANIFESTS: _fromOuterRun, ...outer } = process.env;
  const run = spawnSync(process.execPath, [VALIDATOR, copy], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { ...outer, INIT_CWD: PROJECT_ROOT, ...env },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

function swapLines(xml: string, first: RegExp, second: RegExp): string {
  const lines = xml.split("\n");
  const a = lines.findIndex((line) => first.test(line));
  const b = lines.findIndex((line) => second.test(line));
  expect(a).toBeGreaterThanOrEqual(0);
  expect(b).toBeGreaterThanOrEqual(0);
  [lines[a], lines[b]] = [lines[b]!, lines[a]!];
  return lines.join("\n");
}

withXmllint("fails on Permissions and Rule in the wrong order and names the element", () => {
  const swapped = swapLines(source, /<Permissions>/, /<Rule xsi:type="ItemIs"/);
  const { status, output } = validateCopy(swapped);
  expect(status).not.toBe(0);
  expect(output).toMatch(
    /manifest\.xml:\d+: element Permissions: Schemas validity error .* This element is not expected/,
  );
});

withXmllint("fails on IconUrl after SupportUrl and names the element", () => {
  const swapped = swapLines(source, /<IconUrl /, /<SupportUrl /);
  const { status, output } = validateCopy(swapped);
  expect(status).not.toBe(0);
  expect(output).toMatch(/element (IconUrl|HighResolutionIconUrl|SupportUrl): Schemas validity error/);
});

withXmllint(
  "runs the checks the schema cannot make, and names an undefined resid",
  () => {
    const broken = source.replace(
      '<SourceLocation resid="Taskpane.Url"/>',
      '<SourceLocation resid="Pane.Url"/>',
    );
    expect(broken).not.toBe(source);
    const { status, output } = validateCopy(broken);
    expect(status).not.toBe(0);
    expect(output).toContain(
      '<SourceLocation resid="Pane.Url">: resid "Pane.Url" is not defined in <Resources>',
    );
  },
  60_000,
);

test("says to install libxml2-utils when xmllint is missing", () => {
  const { status, output } = validateCopy(source, { XMLLINT: join(workDir, "no-xmllint-here") });
  expect(status).not.toBe(0);
  expect(output).toContain("install libxml2-utils");
});

test("names a manifest path that does not exist", () => {
  const missing = join(workDir, "nowhere.xml");
  const run = spawnSync(process.execPath, [VALIDATOR, missing], { cwd: PROJECT_ROOT, encoding: "utf8" });
  expect(run.status).not.toBe(0);
  expect(run.stderr).toContain(`${missing} does not exist`);
});
