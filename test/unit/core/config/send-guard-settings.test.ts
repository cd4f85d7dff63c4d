import fc from "fast-check";
import { DEFAULT_CONFIG } from "../../../../src/core/config/default-config";
import { readSendGuardSettings } from "../../../../src/core/config/send-guard-settings";
import { configSchema } from "../../../../src/core/config/schema";

type Doc = Record<string, unknown>;

/** Changes to the send guard's sections an admin could make, valid and invalid alike. */
const EDITS: Record<string, (doc: Doc) => void> = {
  "an upper-case domain with spaces": (d) => (d.internalDomains = ["  Nyborg.DK "]),
  "a wildcard domain": (d) => (d.internalDomains = ["*.nyborg.dk"]),
  "a domain without a dot": (d) => (d.internalDomains = ["nyborg"]),
  "no domains": (d) => (d.internalDomains = []),
  "a number as domain": (d) => (d.internalDomains = [42]),
  "no internalDomains": (d) => delete d.internalDomains,
  "no sendGuard": (d) => delete d.sendGuard,
  "fail closed": (d) => ((d.sendGuard as Doc).failMode = "closed"),
  "fail shut": (d) => ((d.sendGuard as Doc).failMode = "shut"),
  "timeout 999": (d) => ((d.sendGuard as Doc).timeoutMs = 999),
  "timeout 1500.5": (d) => ((d.sendGuard as Doc).timeoutMs = 1500.5),
  "timeout 60000": (d) => ((d.sendGuard as Doc).timeoutMs = 60_000),
  "timeout as text": (d) => ((d.sendGuard as Doc).timeoutMs = "5000"),
  "minSensitivity foelsomme": (d) => ((d.sendGuard as Doc).minSensitivity = "foelsomme"),
  "minSensitivity ingen": (d) => ((d.sendGuard as Doc).minSensitivity = "ingen"),
  "allowSendAnyway as text": (d) => ((d.sendGuard as Doc).allowSendAnyway = "yes"),
  "an unknown sendGuard field": (d) => ((d.sendGuard as Doc).mode = "x"),
  "guard files up to 1 MB": (d) => ((d.sendGuard as Doc).attachments = { maxBytes: 1024 * 1024 }),
  "guard files up to 100 bytes": (d) => ((d.sendGuard as Doc).attachments = { maxBytes: 100 }),
  "guard inflate ratio 12.5": (d) => ((d.sendGuard as Doc).attachments = { maxInflateRatio: 12.5 }),
  "guard pages 2.5": (d) => ((d.sendGuard as Doc).attachments = { maxPages: 2.5 }),
  "guard pages as text": (d) => ((d.sendGuard as Doc).attachments = { maxPages: "10" }),
  "guard limits empty": (d) => ((d.sendGuard as Doc).attachments = {}),
  "guard limits as a number": (d) => ((d.sendGuard as Doc).attachments = 5),
  "an unknown guard limit": (d) => ((d.sendGuard as Doc).attachments = { maxSize: 5 }),
  "threshold 1": (d) => ((d.detection as Doc).threshold = 1),
  "threshold 1.5": (d) => ((d.detection as Doc).threshold = 1.5),
  "no detection": (d) => delete d.detection,
  "an unknown detection field": (d) => ((d.detection as Doc).limit = 3),
  "a health term": (d) =>
    ((d.detection as Doc).lexiconAdditions = { helbred: [{ term: "piskesmæld", weight: 0.8, lang: "da" }] }),
  "a term in an unknown category": (d) =>
    ((d.detection as Doc).lexiconAdditions = { hobby: [{ term: "golf", weight: 0.5 }] }),
  "a term of weight 2": (d) =>
    ((d.detection as Doc).lexiconAdditions = { helbred: [{ term: "gigt", weight: 2 }] }),
  "a term in Greek": (d) =>
    ((d.detection as Doc).lexiconAdditions = { helbred: [{ term: "ασθένεια", weight: 0.5 }] }),
  "a term in Klingon language": (d) =>
    ((d.detection as Doc).lexiconAdditions = { helbred: [{ term: "gigt", weight: 0.5, lang: "tlh" }] }),
  "a term with an unknown field": (d) =>
    ((d.detection as Doc).lexiconAdditions = { helbred: [{ term: "gigt", weight: 0.5, note: "x" }] }),
  "a disclosure cue": (d) =>
    ((d.detection as Doc).cueAdditions = {
      disclosure: [{ term: "min søn", weight: 0.6, compound: "none" }],
    }),
  "an unknown cue list": (d) => ((d.detection as Doc).cueAdditions = { other: [] }),
  "today as a date": (d) => ((d.detection as Doc).today = "2026-02-28"),
  "today as a month": (d) => ((d.detection as Doc).today = "2026-02"),
};

/** The edits in order; an edit of a section an earlier edit removed does nothing. */
function edited(names: string[]): Doc {
  const doc = structuredClone(DEFAULT_CONFIG) as unknown as Doc;
  for (const name of names) {
    try {
      EDITS[name]!(doc);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
    }
  }
  return doc;
}

describe("the send guard's own check of its sections", () => {
  it("takes the bundled configuration's sections as they are", () => {
    const reading = readSendGuardSettings(structuredClone(DEFAULT_CONFIG));
    expect(reading).toEqual({
      ok: true,
      settings: {
        internalDomains: DEFAULT_CONFIG.internalDomains,
        sendGuard: DEFAULT_CONFIG.sendGuard,
        detection: DEFAULT_CONFIG.detection,
      },
    });
  });

  it("accepts and refuses what the schema accepts and refuses, and reads the same values", () => {
    fc.assert(
      fc.property(fc.subarray(Object.keys(EDITS), { maxLength: 3 }), (names) => {
        const doc = edited(names);
        const schema = configSchema.safeParse(structuredClone(doc));
        const reading = readSendGuardSettings(doc);
        expect(reading.ok).toBe(schema.success);
        if (reading.ok && schema.success) {
          const { internalDomains, sendGuard, detection } = schema.data;
          expect(reading.settings).toEqual({ internalDomains, sendGuard, detection });
        }
      }),
      { numRuns: 300 },
    );
  });

  it("names the path of what is wrong", () => {
    expect(readSendGuardSettings(edited(["timeout 999"]))).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^sendGuard\.timeoutMs: /)],
    });
    expect(readSendGuardSettings(edited(["a term of weight 2"]))).toEqual({
      ok: false,
      problems: [expect.stringContaining("detection.lexiconAdditions.helbred[0]")],
    });
    expect(readSendGuardSettings(edited(["guard pages 2.5"]))).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^sendGuard\.attachments\.maxPages: /)],
    });
    expect(readSendGuardSettings([])).toEqual({ ok: false, problems: [expect.any(String)] });
  });
});
