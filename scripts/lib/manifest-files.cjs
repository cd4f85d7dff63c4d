// Finding the manifests to validate on disk, the base URL each must use, and running xmllint on them.
// Shared by scripts/validate-manifest.mjs and the jest manifest checks.
"use strict";

const { spawnSync } = require("node:child_process");
const { existsSync, readFileSync, statSync } = require("node:fs");
const { dirname, join, resolve } = require("node:path");
const { BUILD_INFO_FILE, DEV_BASE_URL, normaliseBaseUrl } = require("./manifest.cjs");

const PROJECT_ROOT = resolve(__dirname, "..", "..");
const SCHEMA = join(PROJECT_ROOT, "schemas", "addin-manifest", "OfficeAppManifestV1_1.xsd");

const XMLLINT_MISSING =
  "xmllint was not found: install libxml2-utils (Debian/Ubuntu: sudo apt-get install -y libxml2-utils), " +
  "or set XMLLINT to the path of an xmllint binary.";

/**
 * A manifest to validate: its path, the base URL every URL in it must start with, and where that base came from.
 * The base is `baseUrl` when given, else the one in build-info.json beside the manifest (written by `npm run build`),
 * else the development base https://localhost:3000/. Files the manifest references (icons) are looked up relative to
 * the manifest's folder, which is the site root for both the source tree and dist/.
 */
function manifestTarget(path, baseUrl) {
  const absolute = resolve(path);
  const siteRoot = dirname(absolute);
  if (baseUrl !== undefined) {
    return { path: absolute, siteRoot, baseUrl: normaliseBaseUrl(baseUrl), baseFrom: "--base-url" };
  }
  const infoFile = join(siteRoot, BUILD_INFO_FILE);
  if (existsSync(infoFile)) {
    const info = JSON.parse(readFileSync(infoFile, "utf8"));
    if (typeof info.baseUrl !== "string") {
      throw new Error(`${infoFile} has no "baseUrl": rebuild with npm run build.`);
    }
    return { path: absolute, siteRoot, baseUrl: normaliseBaseUrl(info.baseUrl), baseFrom: infoFile };
  }
  return { path: absolute, siteRoot, baseUrl: DEV_BASE_URL, baseFrom: "the development default" };
}

/** The project's manifest.xml, plus dist/manifest.xml when a build has written it. */
function defaultManifestPaths() {
  const built = join(PROJECT_ROOT, "dist", "manifest.xml");
  return [join(PROJECT_ROOT, "manifest.xml"), ...(existsSync(built) ? [built] : [])];
}

const xmllintCommand = (env) => env.XMLLINT || "xmllint";

function xmllintAvailable(env = process.env) {
  return !spawnSync(xmllintCommand(env), ["--version"], { stdio: "ignore" }).error;
}

/** Validates one manifest against the project's copy of Microsoft's XSDs. Throws XMLLINT_MISSING without xmllint. */
function validateAgainstSchema(path, env = process.env) {
  const run = spawnSync(xmllintCommand(env), ["--nonet", "--noout", "--schema", SCHEMA, path], {
    encoding: "utf8",
  });
  if (run.error) {
    throw new Error(
      run.error.code === "ENOENT" ? XMLLINT_MISSING : `xmllint failed to run: ${run.error.message}`,
    );
  }
  return { valid: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

/** Reads a file of the site the manifest describes, by its path relative to the base URL. */
function siteFileReader(siteRoot) {
  return (relativePath) => {
    const file = resolve(siteRoot, relativePath);
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
  };
}

module.exports = {
  PROJECT_ROOT,
  SCHEMA,
  XMLLINT_MISSING,
  manifestTarget,
  defaultManifestPaths,
  xmllintAvailable,
  validateAgainstSchema,
  siteFileReader,
};
