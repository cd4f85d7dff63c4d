/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return --
   these tests build deliberately broken documents, which have no type. */
import { readFileSync } from "node:fs";
import { configJsonSchema } from "../../../../src/core/config/json-schema";
import { DEFAULT_CONFIG, loadConfig, validateConfig } from "../../../../src/core/config/load";
import type { Config } from "../../../../src/core/config/schema";
import { TOPICS } from "../../../../src/core/taxonomy";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

function broken(change: (doc: Loose) => void): Loose {
  const doc = structuredClone(DEFAULT_CONFIG) as Loose;
  change(doc);
  return doc;
}

function problems(doc: unknown): Record<string, string> {
  const result = validateConfig(doc);
  if (result.ok) throw new Error("expected the configuration to be rejected");
  return Object.fromEntries(result.problems.map((p) => [p.path, p.problem]));
}

describe("the default configuration", () => {
  it("is valid and covers every topic", () => {
    expect(validateConfig(DEFAULT_CONFIG).ok).toBe(true);
    expect(Object.keys(DEFAULT_CONFIG.topics).sort()).toEqual([...TOPICS].sort());
  });

  it("points self-service links only to https pages of known public sites", () => {
    const hosts = Object.values(DEFAULT_CONFIG.topics).flatMap((t) =>
      t.selfService.map((l) => new URL(l.url).host),
    );
    expect(hosts.length).toBeGreaterThan(10);
    for (const host of hosts) {
      expect(host).toMatch(
        /(^|\.)(nyborg\.dk|borger\.dk|virk\.dk|skat\.dk|mitid\.dk|jobnet\.dk|sundhed\.dk|bbr\.dk|bygogmiljoe\.dk|vurderingsportalen\.dk|nfs\.as|nyborgbibliotek\.dk)$/,
      );
    }
  });

  it("warns that the phone number and booking link are still placeholders", () => {
    const { warnings } = loadConfig(DEFAULT_CONFIG);
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ["config.placeholder", "municipality.phone"],
      ["config.placeholder", "municipality.bookingUrl"],
    ]);
  });
});

describe("configuration errors name the path and the problem", () => {
  it("a wrong type", () => {
    expect(problems(broken((d) => (d.thresholds.unsureBelow = "høj")))).toEqual({
      "thresholds.unsureBelow": expect.stringContaining("expected number"),
    });
  });

  it("an unknown topic", () => {
    const found = problems(broken((d) => (d.topics.parkering = d.topics.veje_trafik)));
    expect(found["topics.parkering"]).toMatch(/unknown topic; the topics are borgerservice/);
  });

  it("a missing field", () => {
    expect(problems(broken((d) => delete d.municipality.name))).toEqual({
      "municipality.name": "is missing (expected string)",
    });
  });

  it("a missing topic", () => {
    expect(Object.keys(problems(broken((d) => delete d.topics.affald)))).toEqual(["topics.affald"]);
  });

  it("a bad URL", () => {
    const found = problems(
      broken((d) => (d.topics.ydelser.selfService[0].url = "http://borger.dk/boligstoette")),
    );
    expect(found).toEqual({ "topics.ydelser.selfService[0].url": "must be an https:// address" });
  });

  it("an unknown placeholder in a template, and the sender's name in a subject", () => {
    const found = problems(
      broken((d) => {
        d.templates.booking.en.body += " {{cpr}}";
        d.templates["digital-post-svar"].da.subject = "Svar til {{navn}}";
      }),
    );
    expect(found["templates.booking.en.body"]).toMatch(/unknown placeholder \{\{cpr\}\}/);
    expect(found["templates.digital-post-svar.da.subject"]).toMatch(/not encrypted/);
  });

  it("the sender's name in the e-mail receipt", () => {
    const found = problems(broken((d) => (d.templates.kvittering.da.body = "Kære {{navn}}")));
    expect(found["templates.kvittering.da.body"]).toMatch(/may not use \{\{navn\}\}/);
  });

  it("an unknown field, a bad colour, a bad closing day and a bad date", () => {
    const found = problems(
      broken((d) => {
        d.municipality.fax = "12345678";
        d.categories.flags.klage.color = "Pink";
        d.calendar.closingDays.push({ id: "x", month: 13, day: 1 });
        d.calendar.closedDates.push("24-12-2026");
      }),
    );
    expect(Object.keys(found).sort()).toEqual([
      "calendar.closedDates[0]",
      "calendar.closingDays[3].month",
      "categories.flags.klage.color",
      "municipality.fax",
    ]);
    expect(found["municipality.fax"]).toBe("unknown field");
  });

  it("a malformed keyword pattern", () => {
    const at = DEFAULT_CONFIG.classification.klage.length;
    expect(Object.keys(problems(broken((d) => d.classification.klage.push("kl*ge"))))).toEqual([
      `classification.klage[${at}]`,
    ]);
  });
});

describe("loadConfig", () => {
  it("uses a valid configuration as given", () => {
    const custom = broken((d) => (d.municipality.name = "Eksempel Kommune")) as Config;
    expect(loadConfig(custom).config.municipality.name).toBe("Eksempel Kommune");
  });

  it("falls back to the default, with visible warnings, when the configuration is invalid", () => {
    const { config, warnings } = loadConfig(broken((d) => (d.municipality.website = "nyborg")));
    expect(config).toBe(DEFAULT_CONFIG);
    expect(warnings[0]).toEqual({
      code: "config.invalid",
      path: "municipality.website",
      problem: "must be an https:// address",
    });
  });

  it("reads JSON text, and reports text that is not JSON", () => {
    expect(loadConfig(JSON.stringify(DEFAULT_CONFIG)).config.version).toBe(DEFAULT_CONFIG.version);
    const { config, warnings } = loadConfig("{ municipality: ");
    expect(config).toBe(DEFAULT_CONFIG);
    expect(warnings[0]?.code).toBe("config.not-json");
  });
});

describe("the JSON Schema for editors", () => {
  it("is up to date with the zod schema (run npm run config-schema after changing it)", () => {
    const file = JSON.parse(readFileSync("docs/kanalvagt-config.schema.json", "utf8")) as unknown;
    expect(file).toEqual(configJsonSchema());
  });

  it("accepts a document that names it", () => {
    expect(validateConfig({ $schema: "./kanalvagt-config.schema.json", ...DEFAULT_CONFIG }).ok).toBe(true);
  });
});

describe("the learned model a configuration names", () => {
  it.each([
    ["models/kommune-model.json", true],
    ["kommune-model.json", true],
    ["../kommune-model.json", false],
    ["https://example.dk/model.json", false],
    ["models/kommune-model.txt", false],
  ])("%s is %s", (modelFile, ok) => {
    expect(validateConfig({ ...DEFAULT_CONFIG, modelFile }).ok).toBe(ok);
  });
});
