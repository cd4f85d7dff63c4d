import { readFileSync } from "node:fs";
import type { compileLexicon as Compile } from "../../../../src/core/detect/lexicon/compile";
import { shippedStems } from "../../../../src/core/detect/lexicon/shipped-stems";
import type { DetectionSettings } from "../../../../src/core/detect/settings";

describe("the shipped lexicons' stems (data/stems.json)", () => {
  it("are up to date with the lexicon files and the stemmers (run npm run lexicon-stems after changing them)", () => {
    const file = JSON.parse(readFileSync("src/core/detect/lexicon/data/stems.json", "utf8")) as unknown;
    expect(file).toEqual(shippedStems());
  });

  it("spare the engine's start every stemming: compiling the shipped lexicons calls no stemmer", () => {
    const calls: string[] = [];
    jest.isolateModules(() => {
      for (const lang of ["danish", "english", "german"]) {
        jest.doMock(`@orama/stemmers/${lang}`, () => {
          const real = jest.requireActual<{ stemmer: (word: string) => string }>(`@orama/stemmers/${lang}`);
          return {
            stemmer: (word: string) => {
              calls.push(`${lang}:${word}`);
              return real.stemmer(word);
            },
          };
        });
      }
      const { compileLexicon } = jest.requireActual<{ compileLexicon: typeof Compile }>(
        "../../../../src/core/detect/lexicon/compile",
      );
      const { DEFAULT_DETECTION_SETTINGS } = jest.requireActual<{
        DEFAULT_DETECTION_SETTINGS: DetectionSettings;
      }>("../../../../src/core/detect/settings");
      const compiled = compileLexicon(DEFAULT_DETECTION_SETTINGS);
      expect(compiled.patterns.length).toBeGreaterThan(500);
      // An admin's own word is stemmed when it is compiled: the mock does count.
      compileLexicon({
        ...DEFAULT_DETECTION_SETTINGS,
        lexiconAdditions: { helbred: [{ term: "kanalvagtsyndrom", weight: 0.5 }] },
      });
    });
    expect(calls).toEqual(["danish:kanalvagtsyndrom"]);
  });
});
