// The release zip an admin deploys without a build machine (npm run package, docs/admin-guide.md): the built site,
// the manifest template, an example configuration and SHA-256 checksums of every file, in one folder named with the
// version. Pure apart from reading the build folder, so the test can run it on a small stand-in build.
"use strict";

const { createHash } = require("node:crypto");
const { readdirSync, readFileSync } = require("node:fs");
const { join, relative, sep } = require("node:path");
const { zipSync } = require("fflate");

/** What the build writes that is not part of the site: the manifest (shipped as the template) and its base URL. */
const NOT_SITE = new Set(["manifest.xml", "build-info.json"]);

const SITE_FOLDER = "site";
const MANIFEST_TEMPLATE = "manifest.template.xml";
const EXAMPLE_CONFIG = "kanalvagt-config.example.json";
const CHECKSUMS = "SHA256SUMS";

function filesUnder(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      relative(folder, join(entry.parentPath ?? entry.path, entry.name))
        .split(sep)
        .join("/"),
    )
    .sort();
}

function sha256(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * The release's files by their path in the zip (all under `kanalvagt-VERSION/`): the site from `distDir`, the
 * manifest template and the example configuration, and SHA256SUMS in `sha256sum -c` format over all of them.
 */
function releaseFiles({ version, distDir, manifestTemplate, exampleConfig }) {
  const top = `kanalvagt-${version}`;
  const files = new Map();
  for (const path of filesUnder(distDir)) {
    if (!NOT_SITE.has(path)) files.set(`${SITE_FOLDER}/${path}`, readFileSync(join(distDir, path)));
  }
  files.set(MANIFEST_TEMPLATE, manifestTemplate);
  files.set(EXAMPLE_CONFIG, exampleConfig);
  const sums = [...files].map(([path, bytes]) => `${sha256(bytes)}  ${path}\n`).join("");
  files.set(CHECKSUMS, Buffer.from(sums, "utf8"));
  return new Map([...files].map(([path, bytes]) => [`${top}/${path}`, new Uint8Array(bytes)]));
}

/** The zip's bytes; a fixed time stamp, so the same files give the same zip. */
function zipRelease(files) {
  const mtime = new Date("2026-01-01T00:00:00Z");
  return zipSync(Object.fromEntries([...files].map(([path, bytes]) => [path, [bytes, { mtime }]])), {
    level: 9,
  });
}

module.exports = {
  SITE_FOLDER,
  MANIFEST_TEMPLATE,
  EXAMPLE_CONFIG,
  CHECKSUMS,
  releaseFiles,
  zipRelease,
  sha256,
};
