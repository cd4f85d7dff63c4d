// The command line compiled: esbuild bundles src/cli/run.ts with every package it imports into one ES module,
// build/cli/kanalvagt.mjs, that plain Node 20 runs. `npm run build:cli` builds it; bin/kanalvagt.cjs calls
// freshCliBundle(), which builds it when it is missing or older than a file it was built from, so `npx kanalvagt`
// works right after `npm ci` and after an edit with no build step to remember. The release zip carries the same file.
"use strict";

const { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..", "..");
const ENTRY = path.join(ROOT, "src", "cli", "run.ts");
// Two folders below the root, as src/cli is: src/cli/manifest.ts finds the project's manifest.xml from __dirname.
const OUT_DIR = path.join(ROOT, "build", "cli");
const BUNDLE = path.join(OUT_DIR, "kanalvagt.mjs");
/** The files the bundle was built from (esbuild's metafile inputs), absolute, for the freshness check. */
const INPUTS = path.join(OUT_DIR, "inputs.json");

// An ES module has no require or __dirname; the CommonJS packages in the bundle (msal-node, the Graph client) call
// require("node:…"), and src/cli/manifest.ts reads __dirname. pdf.js needs a real import.meta.url, hence ESM.
const BANNER = [
  'import { createRequire as __createRequire } from "node:module";',
  'import { dirname as __pathDirname } from "node:path";',
  'import { fileURLToPath as __fileURLToPath } from "node:url";',
  "const require = __createRequire(import.meta.url);",
  "const __dirname = __pathDirname(__fileURLToPath(import.meta.url));",
].join("\n");

/** Writes a file whole or not at all: parallel runs (jest's workers) may build at once, and a reader never sees half. */
function writeAtomically(file, contents) {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, contents);
  renameSync(partial, file);
}

/** Bundles the CLI into build/cli/kanalvagt.mjs; returns its path. */
function buildCli() {
  // Required here, not at the top: esbuild is a development dependency, needed only to build.
  const esbuild = require("esbuild");
  const result = esbuild.buildSync({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    outfile: BUNDLE,
    banner: { js: BANNER },
    metafile: true,
    write: false,
    logLevel: "warning",
  });
  mkdirSync(OUT_DIR, { recursive: true });
  const [output] = result.outputFiles;
  const inputs = Object.keys(result.metafile.inputs).map((input) => path.resolve(ROOT, input));
  writeAtomically(INPUTS, JSON.stringify(inputs));
  writeAtomically(BUNDLE, output.contents);
  return BUNDLE;
}

/** True when the bundle exists and no file it was built from (sources or packages) changed or vanished since. */
function isFresh() {
  try {
    const built = statSync(BUNDLE).mtimeMs;
    const inputs = JSON.parse(readFileSync(INPUTS, "utf8"));
    return inputs.every((input) => statSync(input).mtimeMs <= built);
  } catch {
    return false;
  }
}

/** The bundle's path, built first if it is missing or stale. */
function freshCliBundle() {
  return isFresh() ? BUNDLE : buildCli();
}

module.exports = { BUNDLE, buildCli, freshCliBundle };

if (require.main === module) {
  buildCli();
  console.log(`✓ ${path.relative(process.cwd(), BUNDLE)}`);
}
