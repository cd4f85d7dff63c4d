// The manifest checks on the real files: manifest.xml, and dist/manifest.xml when a build wrote it. `npm run validate`
// runs this file with KANALVAGT_MANIFESTS naming the manifests (and base URLs) to check; `npm test` uses the defaults.
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import {
  checkIcons,
  checkLaunchEvents,
  checkLocaleOverrides,
  checkResourceIds,
  checkUrls,
  checkVersion,
} from "../../../scripts/lib/manifest-checks.cjs";
import {
  PROJECT_ROOT,
  defaultManifestPaths,
  manifestTarget,
  siteFileReader,
  validateAgainstSchema,
  xmllintAvailable,
  type ManifestTarget,
} from "../../../scripts/lib/manifest-files.cjs";

const passedTargets = process.env.KANALVAGT_MANIFESTS;
const targets: ManifestTarget[] = passedTargets
  ? (JSON.parse(passedTargets) as ManifestTarget[])
  : defaultManifestPaths().map((path) => manifestTarget(path));

// A developer without xmllint still gets the other checks; CI installs xmllint, so there its absence is a failure.
const schemaTest = xmllintAvailable() || process.env.CI ? test : test.skip;

function expectNoProblems(problems: string[]): void {
  if (problems.length > 0) throw new Error(problems.join("\n"));
}

const nameOf = (path: string): string => {
  const inProject = relative(PROJECT_ROOT, path);
  return inProject.startsWith("..") ? path : inProject;
};

describe.each(targets.map((target) => ({ ...target, name: nameOf(target.path) })))("$name", (target) => {
  const xml = readFileSync(target.path, "utf8");

  schemaTest("is valid against Microsoft's manifest schemas", () => {
    const { valid, output } = validateAgainstSchema(target.path);
    if (!valid) throw new Error(output);
  });

  test("every resid names a defined resource of the right kind", () => {
    expectNoProblems(checkResourceIds(xml));
  });

  test(`every URL is https and under ${target.baseUrl}`, () => {
    expectNoProblems(checkUrls(xml, target.baseUrl));
  });

  test("every icon exists as a PNG of the declared size", () => {
    expectNoProblems(checkIcons(xml, target.baseUrl, siteFileReader(target.siteRoot)));
  });

  test("the Version has one to four parts of at most five digits", () => {
    expectNoProblems(checkVersion(xml));
  });

  test("every da-DK text has an en-US override", () => {
    expectNoProblems(checkLocaleOverrides(xml));
  });

  test("every launch event runs from a declared runtime with a JavaScript file for classic Outlook", () => {
    expectNoProblems(checkLaunchEvents(xml));
  });
});

if (!passedTargets && !existsSync(join(PROJECT_ROOT, "dist", "manifest.xml"))) {
  test.skip("dist/manifest.xml (absent: npm run build writes it)", () => undefined);
}
