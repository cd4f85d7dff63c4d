// npm run validate [-- [--base-url URL] [manifest.xml ...]]
// Checks manifest.xml (and dist/manifest.xml when a build wrote it, or the files named) offline: first against
// Microsoft's XSDs with xmllint, then the checks an XSD cannot make, which run as jest tests
// (test/unit/manifest/manifest-files.test.ts) so that npm test and npm run validate report them the same way.
// The base URL a manifest's URLs must start with is --base-url, else the one the build recorded in build-info.json
// beside the manifest (dist/build-info.json), else the development base https://localhost:3000/.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";

const require = createRequire(import.meta.url);
const {
  PROJECT_ROOT,
  XMLLINT_MISSING,
  defaultManifestPaths,
  manifestTarget,
  validateAgainstSchema,
  xmllintAvailable,
} = require("./lib/manifest-files.cjs");

const MANIFEST_CHECKS = join("test", "unit", "manifest", "manifest-files.test.ts");

function fail(message, code = 1) {
  console.error(`\n✗ ${message}`);
  process.exit(code);
}

let options;
try {
  options = parseArgs({ options: { "base-url": { type: "string" } }, allowPositionals: true });
} catch (error) {
  fail(`${error.message}\nUsage: npm run validate -- [--base-url https://…/] [manifest.xml …]`, 2);
}

// npm runs scripts from the project root; INIT_CWD is where the user typed the command.
const typedFrom = process.env.INIT_CWD ?? process.cwd();
const paths =
  options.positionals.length > 0
    ? options.positionals.map((path) => resolve(typedFrom, path))
    : defaultManifestPaths();
for (const path of paths) {
  if (!existsSync(path)) fail(`${path} does not exist.`, 2);
}

let targets;
try {
  targets = paths.map((path) => manifestTarget(path, options.values["base-url"]));
} catch (error) {
  fail(error.message, 2);
}

if (!xmllintAvailable()) fail(XMLLINT_MISSING, 2);

const shown = (path) => {
  const inProject = relative(PROJECT_ROOT, path);
  return inProject.startsWith("..") ? path : inProject;
};
let schemaErrors = 0;
for (const target of targets) {
  const { valid, output } = validateAgainstSchema(target.path);
  if (valid) {
    console.log(`✓ ${shown(target.path)}: valid against Microsoft's manifest schemas`);
  } else {
    schemaErrors++;
    console.error(`✗ ${shown(target.path)}: schema errors\n${output}`);
  }
}
if (schemaErrors > 0) {
  fail(
    "The manifest does not match Microsoft's schemas (see the element named above). Fix that first; the other checks run once it does.",
  );
}

for (const target of targets)
  console.log(`  ${shown(target.path)}: URLs must be under ${target.baseUrl} (from ${target.baseFrom})`);

const jest = spawnSync(
  process.execPath,
  [require.resolve("jest/bin/jest"), "--runTestsByPath", MANIFEST_CHECKS, "--verbose"],
  {
    cwd: PROJECT_ROOT,
    stdio: "inherit",
    env: { ...process.env, KANALVAGT_MANIFESTS: JSON.stringify(targets) },
  },
);
if (jest.error) fail(`Could not run jest: ${jest.error.message}`);
if (jest.status !== 0) fail("The manifest checks failed (see the element named above).");
console.log("\n✓ Manifest valid.");

// The configuration the build bundles: the schema's verdict and every value still to fill in.
console.log("\nConfiguration (src/core/config/default-config.json):");
const configCheck = spawnSync(
  process.execPath,
  [join(PROJECT_ROOT, "bin", "kanalvagt.cjs"), "config", "check", "src/core/config/default-config.json"],
  { cwd: PROJECT_ROOT, stdio: "inherit" },
);
if (configCheck.status !== 0) fail("The bundled configuration is invalid (see above).");
