#!/usr/bin/env node
// `npm run deps`: the runtime dependencies (package.json "dependencies") with their version, licence and size on disk,
// each with the packages it pulls in, read from node_modules — no registry and no audit service is asked, so it works
// offline. `-- --json` prints the same as JSON. The licences are what each package.json declares; a package whose
// licence is not on the list the municipality accepts is marked, so a new dependency's licence is seen before it ships.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ACCEPTED = new Set([
  "MIT",
  "MIT-0",
  "ISC",
  "BSD-2-Clause",
  "BSD-3-Clause",
  "Apache-2.0",
  "0BSD",
  "MPL-2.0",
]);

/** "(MPL-2.0 OR Apache-2.0)": accepted when one of the alternatives is. */
const accepted = (licence) =>
  licence
    .replace(/[()]/g, "")
    .split(/\s+or\s+/i)
    .some((l) => ACCEPTED.has(l.trim()));

/** node_modules/<name>, looked up from a package's folder upwards as Node resolves it. */
function packageDir(name, from) {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", name);
    if (existsSync(path.join(candidate, "package.json"))) return candidate;
    if (dir === root || dir === path.dirname(dir)) return undefined;
  }
}

function readJson(file) {
  return JSON.parse(readFileSync(file, "utf8"));
}

function licenceOf(pkg) {
  if (typeof pkg.license === "string") return pkg.license;
  if (pkg.license && typeof pkg.license.type === "string") return pkg.license.type;
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((l) => l.type).join(" OR ");
  return "UNKNOWN";
}

/** Bytes of a folder's files, not counting nested node_modules (those are counted as packages of their own). */
function bytesOf(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += bytesOf(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}

/** The package and every package its dependencies (and optional ones present) pull in, by folder. */
function closure(name, from, seen = new Map()) {
  const dir = packageDir(name, from);
  if (dir === undefined || seen.has(dir)) return seen;
  const pkg = readJson(path.join(dir, "package.json"));
  seen.set(dir, { name: pkg.name, version: pkg.version, licence: licenceOf(pkg), bytes: bytesOf(dir) });
  for (const dep of [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.optionalDependencies ?? {})])
    closure(dep, dir, seen);
  return seen;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const manifest = readJson(path.join(root, "package.json"));
const all = new Map();
const rows = Object.keys(manifest.dependencies ?? {}).map((name) => {
  const packages = closure(name, root);
  for (const [dir, info] of packages) all.set(dir, info);
  const own = [...packages.values()][0];
  return {
    name,
    version: own?.version ?? "not installed",
    licence: own?.licence ?? "?",
    bytes: own?.bytes ?? 0,
    withDependencies: [...packages.values()].reduce((sum, p) => sum + p.bytes, 0),
    packages: packages.size,
  };
});
const unaccepted = [...all.values()].filter((p) => !accepted(p.licence));

if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ dependencies: rows, packages: all.size, unaccepted }, null, 2));
} else {
  const headings = ["dependency", "version", "licence", "own size", "with its packages", "packages"];
  const cells = rows.map((r) => [
    r.name,
    r.version,
    r.licence,
    kb(r.bytes),
    kb(r.withDependencies),
    String(r.packages),
  ]);
  const widths = headings.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) =>
    c
      .map((cell, i) => cell.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  console.log(line(headings));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const c of cells) console.log(line(c));
  const total = [...all.values()].reduce((sum, p) => sum + p.bytes, 0);
  console.log(
    `\n${all.size} packages installed for run time, ${kb(total)} on disk (shared packages counted once).`,
  );
  console.log(
    unaccepted.length === 0
      ? "Every licence is one of: " + [...ACCEPTED].join(", ") + "."
      : "Licences to review: " + unaccepted.map((p) => `${p.name}@${p.version} (${p.licence})`).join(", "),
  );
}
