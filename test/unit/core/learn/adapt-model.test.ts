import { analyse } from "../../../../src/core/analyse";
import { calibratedScores, classificationInput } from "../../../../src/core/classify/classify";
import { DEFAULT_MODEL } from "../../../../src/core/classify/default-model";
import type { ModelHead, TextModel } from "../../../../src/core/classify/model";
import { DEFAULT_CONFIG } from "../../../../src/core/config/default-config";
import { adaptModel, DEFAULT_ADAPT_OPTIONS, type LocalExample } from "../../../../src/core/learn/adapt-model";
import type { Mail } from "../../../../src/core/mail";
import { CLASSIFIED_FIELDS } from "../../../../src/core/triage-types";
import { learningMails } from "../../../support/learning-mails";

function examples(): LocalExample[] {
  return learningMails().map((m) => {
    const mail: Mail = {
      subject: m.subject,
      from: m.from,
      to: [{ address: "borgerservice@nyborg.dk" }],
      cc: [],
      headers: {},
      textBody: m.body,
      attachments: [],
    };
    const { features, boosts } = classificationInput(
      mail,
      analyse(mail, DEFAULT_CONFIG.detection),
      DEFAULT_CONFIG,
    );
    return { id: m.file, features, boosts, labels: m.labels, sender: m.from.address };
  });
}

/** The same decisions, with the model's scores `factor` times smaller and the calibration `factor` times stronger. */
function rescaled(model: TextModel, factor: number): TextModel {
  const heads = { ...model.heads };
  for (const field of CLASSIFIED_FIELDS) {
    const head: ModelHead = model.heads[field];
    heads[field] = {
      ...head,
      scale: head.scale / factor,
      bias: head.bias.map((b) => b / factor),
      calibration: { ...head.calibration, model: head.calibration.model * factor },
    };
  }
  return { ...model, heads };
}

const options = { ...DEFAULT_ADAPT_OPTIONS, minMailsAndSenders: 5 };

describe("adaptModel", () => {
  const local = examples();

  it("learns the same from a model whatever share of its scale sits in the calibration", () => {
    // The calibration multiplies the model's scores; how much of the scale it holds must not change what 40 corrected
    // mails teach (topic's factor is about 6 in the shipped model: a change fitted on the model's own scale overfitted).
    const learned = adaptModel(DEFAULT_MODEL, local, options);
    const learnedFromRescaled = adaptModel(rescaled(DEFAULT_MODEL, 4), local, options);
    let moved = 0;
    for (const e of local) {
      for (const field of CLASSIFIED_FIELDS) {
        const before = calibratedScores(DEFAULT_MODEL.heads[field], e.features, e.boosts[field]);
        const a = calibratedScores(learned.heads[field], e.features, e.boosts[field]);
        const b = calibratedScores(learnedFromRescaled.heads[field], e.features, e.boosts[field]);
        a.forEach((score, i) => {
          expect(Math.abs(score - (b[i] ?? NaN))).toBeLessThan(0.05);
          moved = Math.max(moved, Math.abs(score - (before[i] ?? NaN)));
        });
      }
    }
    // Learning did change the scores, so the comparison above is not of two untouched models.
    expect(moved).toBeGreaterThan(0.5);
  });

  it("makes the corrected labels likelier on the mails it learned from", () => {
    const learned = adaptModel(DEFAULT_MODEL, local, options);
    const probabilityOfLabel = (model: TextModel, e: LocalExample, field: "handling" | "topic"): number => {
      const head = model.heads[field];
      const scores = calibratedScores(head, e.features, e.boosts[field]);
      const max = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - max));
      const sum = exp.reduce((x, y) => x + y, 0);
      return (exp[head.labels.indexOf(e.labels[field] ?? "")] ?? 0) / sum;
    };
    for (const field of ["handling", "topic"] as const) {
      const mean = (model: TextModel): number =>
        local.reduce((s, e) => s + probabilityOfLabel(model, e, field), 0) / local.length;
      expect(mean(learned)).toBeGreaterThan(mean(DEFAULT_MODEL));
    }
  });
});
