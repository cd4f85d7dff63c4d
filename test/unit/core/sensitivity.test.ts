import type { Finding } from "../../../src/core/detect/finding";
import { sensitivityOf } from "../../../src/core/sensitivity";
import { FINDING_KINDS, type FindingKind, type Sensitivity } from "../../../src/core/taxonomy";

const finding = (kind: FindingKind): Finding => ({
  kind,
  where: "body",
  start: 0,
  end: 1,
  confidence: 0.9,
  reasons: [],
  value: "x",
  masked: "x",
});

/** The taxonomy's rule, kind by kind. */
const LEVEL: Record<FindingKind, Sensitivity> = {
  helbred: "foelsomme",
  fagforening: "foelsomme",
  religion: "foelsomme",
  etnisk: "foelsomme",
  politisk: "foelsomme",
  seksuel: "foelsomme",
  genetisk_biometrisk: "foelsomme",
  cpr: "fortrolige",
  social: "fortrolige",
  strafbare_forhold: "fortrolige",
  bankkonto: "fortrolige",
  iban: "fortrolige",
  pas: "fortrolige",
  koerekort: "fortrolige",
};

describe("sensitivityOf", () => {
  it.each(FINDING_KINDS.map((kind) => [kind, LEVEL[kind]]))(
    "one %s finding makes the mail %s",
    (kind, level) => {
      expect(sensitivityOf([finding(kind)], false)).toBe(level);
      expect(sensitivityOf([finding(kind)], true)).toBe(level);
    },
  );

  it("takes the highest level among the findings", () => {
    expect(sensitivityOf([finding("cpr"), finding("helbred")], false)).toBe("foelsomme");
    expect(sensitivityOf([finding("iban"), finding("strafbare_forhold")], true)).toBe("fortrolige");
  });

  it("is almindelige with personal details and no finding, else ingen", () => {
    expect(sensitivityOf([], true)).toBe("almindelige");
    expect(sensitivityOf([], false)).toBe("ingen");
  });
});
