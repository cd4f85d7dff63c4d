import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import {
  DEV_BASE_URL,
  buildInfo,
  normaliseBaseUrl,
  productionBaseUrl,
  rewriteManifestUrls,
} from "../../../scripts/lib/manifest.cjs";
import { PROJECT_ROOT } from "../../../scripts/lib/manifest-files.cjs";

const sourceManifest = readFileSync(join(PROJECT_ROOT, "manifest.xml"), "utf8");

describe("rewriteManifestUrls", () => {
  test("moves every URL of the source manifest to the production base", () => {
    const built = rewriteManifestUrls(sourceManifest, "https://addin.example.dk/kanalvagt/");
    expect(built).not.toContain("localhost");
    expect(built).toContain(
      '<SourceLocation DefaultValue="https://addin.example.dk/kanalvagt/taskpane.html"/>',
    );
    expect(built).toContain('DefaultValue="https://addin.example.dk/kanalvagt/assets/icon-16.png"');
  });

  test("adds the missing slash to a base given without one", () => {
    const built = rewriteManifestUrls(
      '<a href="https://localhost:3000/x.html"/>',
      "https://addin.example.dk/kv",
    );
    expect(built).toBe('<a href="https://addin.example.dk/kv/x.html"/>');
  });

  test("leaves no development URL behind, whatever the https base", () => {
    const devUrls = sourceManifest.split(DEV_BASE_URL).length - 1;
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ["https"] }), (base) => {
        const built = rewriteManifestUrls(sourceManifest, base);
        expect(built).not.toContain(DEV_BASE_URL);
        const escapedBase = normaliseBaseUrl(base).replaceAll("&", "&amp;");
        expect(built.split(escapedBase).length - 1).toBeGreaterThanOrEqual(devUrls);
      }),
    );
  });

  test("leaves everything that is not a URL untouched", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!text.includes(DEV_BASE_URL));
        expect(rewriteManifestUrls(text, "https://addin.example.dk/")).toBe(text);
      }),
    );
  });

  test("escapes an ampersand in the base so the manifest stays well-formed XML", () => {
    expect(rewriteManifestUrls('"https://localhost:3000/a"', "https://example.dk/r&d/")).toBe(
      '"https://example.dk/r&amp;d/a"',
    );
  });
});

describe("productionBaseUrl", () => {
  test("accepts an https URL and makes it end in a slash", () => {
    expect(productionBaseUrl({ ADDIN_BASE_URL: "https://addin.example.dk/kanalvagt" })).toBe(
      "https://addin.example.dk/kanalvagt/",
    );
    expect(productionBaseUrl({ ADDIN_BASE_URL: " https://addin.example.dk/ " })).toBe(
      "https://addin.example.dk/",
    );
  });

  test.each([
    ["missing", {}, /production build needs ADDIN_BASE_URL/],
    ["empty", { ADDIN_BASE_URL: "  " }, /production build needs ADDIN_BASE_URL/],
    ["with http", { ADDIN_BASE_URL: "http://addin.example.dk/" }, /must use https/],
    ["without a scheme", { ADDIN_BASE_URL: "addin.example.dk/kanalvagt" }, /is not a valid URL/],
    ["with a query", { ADDIN_BASE_URL: "https://addin.example.dk/?v=1" }, /must not contain a query/],
    ["with credentials", { ADDIN_BASE_URL: "https://user:pw@addin.example.dk/" }, /user name or password/],
  ])("ADDIN_BASE_URL %s is refused with a message that says what to set", (_case, env, reason) => {
    expect(() => productionBaseUrl(env)).toThrow(reason);
    expect(() => productionBaseUrl(env)).toThrow(
      "ADDIN_BASE_URL=https://addin.example.dk/kanalvagt/ npm run build",
    );
  });
});

describe("buildInfo", () => {
  test("records the normalised base URL the validator checks dist/manifest.xml against", () => {
    expect(buildInfo("https://addin.example.dk/kanalvagt")).toEqual({
      baseUrl: "https://addin.example.dk/kanalvagt/",
    });
  });
});
