// npm run package's zip (scripts/lib/release.cjs) on a small stand-in build: the layout docs/admin-guide.md describes,
// and checksums that match the files.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { unzipSync } from "fflate";
import {
  CHECKSUMS,
  EXAMPLE_CONFIG,
  MANIFEST_TEMPLATE,
  SITE_FOLDER,
  releaseFiles,
  sha256,
  zipRelease,
} from "../../scripts/lib/release.cjs";

const ROOT = join(__dirname, "..", "..");
let dist: string;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), "kanalvagt-dist-"));
  const built: Record<string, string> = {
    "taskpane.html": "<html>pane</html>",
    "launchevent.js": "/* guard */",
    "launchevent.html": "<html>guard</html>",
    "js/taskpane.1234abcd.js": "console.log(1)",
    "assets/icon-64.png": "png",
    "manifest.xml": "<OfficeApp/>",
    "build-info.json": "{}",
  };
  for (const [path, text] of Object.entries(built)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

function release(): Record<string, Uint8Array> {
  const files = releaseFiles({
    version: "1.2.3",
    distDir: dist,
    manifestTemplate: readFileSync(join(ROOT, "manifest.xml")),
    exampleConfig: readFileSync(join(ROOT, "src/core/config/default-config.json")),
  });
  return unzipSync(zipRelease(files));
}

describe("the release zip", () => {
  it("holds the site, the manifest template, the example configuration and the checksums in one versioned folder", () => {
    expect(Object.keys(release()).sort()).toEqual(
      [
        `${CHECKSUMS}`,
        `${EXAMPLE_CONFIG}`,
        `${MANIFEST_TEMPLATE}`,
        `${SITE_FOLDER}/assets/icon-64.png`,
        `${SITE_FOLDER}/js/taskpane.1234abcd.js`,
        `${SITE_FOLDER}/launchevent.html`,
        `${SITE_FOLDER}/launchevent.js`,
        `${SITE_FOLDER}/taskpane.html`,
      ].map((path) => `kanalvagt-1.2.3/${path}`),
    );
  });

  it("has a SHA256SUMS line, in sha256sum -c format, that matches every other file", () => {
    const zip = release();
    const sums = new TextDecoder().decode(zip[`kanalvagt-1.2.3/${CHECKSUMS}`]);
    const lines = sums.trimEnd().split("\n");
    const others = Object.keys(zip).filter((path) => !path.endsWith(CHECKSUMS));
    expect(lines).toHaveLength(others.length);
    for (const line of lines) {
      const [hash, path] = line.split("  ");
      expect(sha256(zip[`kanalvagt-1.2.3/${path}`]!)).toBe(hash);
    }
  });

  it("gives the same bytes for the same files", () => {
    const files = releaseFiles({
      version: "1.2.3",
      distDir: dist,
      manifestTemplate: Buffer.from("<OfficeApp/>"),
      exampleConfig: Buffer.from("{}"),
    });
    expect(sha256(zipRelease(files))).toBe(sha256(zipRelease(files)));
  });

  it("is what the admin guide describes", () => {
    const guide = readFileSync(join(ROOT, "docs/admin-guide.md"), "utf8");
    for (const name of [
      `${SITE_FOLDER}/`,
      MANIFEST_TEMPLATE,
      EXAMPLE_CONFIG,
      CHECKSUMS,
      "kanalvagt-VERSION.zip",
    ]) {
      expect(guide).toContain(name);
    }
  });
});
