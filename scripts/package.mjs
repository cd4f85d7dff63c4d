// npm run package: builds the add-in for production and writes release/kanalvagt-VERSION.zip (scripts/lib/release.cjs):
// the site to upload, manifest.template.xml (its URLs are https://localhost:3000/ until `npx kanalvagt manifest` or an
// editor rewrites them), kanalvagt-config.example.json and SHA256SUMS. docs/admin-guide.md tells an admin what to do.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { DEV_BASE_URL } = require("./lib/manifest.cjs");
const { releaseFiles, zipRelease } = require("./lib/release.cjs");

const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
console.log(`Building Kanalvagt ${version} for production …`);
// The site's files do not depend on the host; only the manifest does, and the release ships it as a template.
const build = spawnSync(
  process.execPath,
  [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ADDIN_BASE_URL: DEV_BASE_URL },
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const files = releaseFiles({
  version,
  distDir: path.join(root, "dist"),
  manifestTemplate: readFileSync(path.join(root, "manifest.xml")),
  exampleConfig: readFileSync(path.join(root, "src", "core", "config", "default-config.json")),
});
const out = path.join(root, "release", `kanalvagt-${version}.zip`);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, zipRelease(files));
console.log(`\n✓ ${path.relative(root, out)}: ${files.size} files (see docs/admin-guide.md, section 0)`);
