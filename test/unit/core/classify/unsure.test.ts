import { analyse } from "../../../../src/core/analyse";
import { classify } from "../../../../src/core/classify/classify";
import { DEFAULT_MODEL } from "../../../../src/core/classify/default-model";
import { DEFAULT_CONFIG } from "../../../../src/core/config/load";
import type { Config } from "../../../../src/core/config/schema";
import { emptyMail, type Mail } from "../../../../src/core/mail";
import { CLASSIFIED_FIELDS, unsureFields } from "../../../../src/core/triage-types";

const mail: Mail = {
  ...emptyMail(),
  from: { name: "Jonas Berg", address: "jonas.berg@gmail.com" },
  subject: "Spørgsmål",
  textBody: "Hej, jeg har et spørgsmål om min situation. Kan I hjælpe mig? Hilsen Jonas",
};

function withThreshold(unsureBelow: number): Config {
  return { ...DEFAULT_CONFIG, thresholds: { ...DEFAULT_CONFIG.thresholds, unsureBelow } };
}

const classified = (config: Config) => classify(mail, analyse(mail, config.detection), config, DEFAULT_MODEL);

describe("an unsure field", () => {
  it("carries its two likeliest values, likeliest first, the first being the decision", () => {
    const c = classified(withThreshold(1));
    // Under a threshold of 1 every field short of certain is unsure; this vague question leaves two of them so.
    expect(unsureFields(c)).toEqual(CLASSIFIED_FIELDS.filter((field) => c[field].confidence < 1));
    expect(unsureFields(c)).toEqual(expect.arrayContaining(["handling", "topic"]));
    for (const field of unsureFields(c)) {
      const [first, second] = c[field].choices ?? [];
      expect(first?.value).toBe(c[field].value);
      expect(first?.confidence).toBe(c[field].confidence);
      expect(second?.value).not.toBe(first?.value);
      expect(second?.confidence).toBeLessThanOrEqual(first?.confidence ?? 0);
      expect((first?.confidence ?? 0) + (second?.confidence ?? 0)).toBeLessThanOrEqual(1.01);
    }
  });

  it("is only a field below the configured threshold", () => {
    expect(unsureFields(classified(withThreshold(0)))).toEqual([]);
    const c = classified(DEFAULT_CONFIG);
    for (const field of CLASSIFIED_FIELDS) {
      expect(c[field].choices !== undefined).toBe(
        c[field].confidence < DEFAULT_CONFIG.thresholds.unsureBelow,
      );
    }
  });
});
