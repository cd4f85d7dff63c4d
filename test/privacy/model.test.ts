// The shipped classifier model is the one learned artefact in the add-in (learned models from staff corrections,
// issues 9 and 11, do not exist yet). It is trained on the labelled corpus, and it ships to every client, so it must
// carry nothing of a mail. It holds hashed feature weights, not words: this checks that every string in it is either a
// weight table of exactly the declared size (numbers, no room for text) or a short label, version or setting that
// holds no planted value and nothing the engine would read as a CPR number.
import model from "../../src/core/classify/model.json";
import languageData from "../../src/core/classify/language-data.json";
import { decodeBase64 } from "../../src/core/classify/base64";
import { maskCprInText } from "../../src/core/privacy/mask-cpr-in-text";
import { findLeaks } from "./planted";

/** Every string in a JSON value, with its path. */
function strings(value: unknown, path = "$"): { path: string; text: string }[] {
  if (typeof value === "string") return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => [
      ...strings(key, `${path}{key}`),
      ...strings(item, `${path}.${key}`),
    ]);
  return [];
}

/** Ten digits as a CPR number is written, date valid or not: stricter than the engine, for a file that needs none. */
const TEN_DIGITS = /\d{2}[\s.-]?\d{2}[\s.-]?\d{2}[\s\p{Pd}]{0,3}\d{4}/u;

describe("the shipped model and language data carry nothing of a mail", () => {
  const heads = Object.entries(model.heads);

  it("holds its weights as tables of exactly buckets × labels signed bytes", () => {
    expect(heads.length).toBeGreaterThan(0);
    for (const [name, head] of heads) {
      expect([name, decodeBase64(head.weights).length]).toEqual([name, model.buckets * head.labels.length]);
    }
  });

  it.each([
    ["model.json", model],
    ["language-data.json", languageData],
  ])("%s has no planted value and no CPR-shaped number in any other string", (_, data) => {
    const texts = strings(data).filter(({ path }) => !/^\$\.heads\.\w+\.weights$/.test(path));
    expect(texts.length).toBeGreaterThan(10);
    const problems = texts.flatMap(({ path, text }) => [
      ...findLeaks(path, text).map((leak) => `${path}: ${leak.label}`),
      ...(maskCprInText(text) !== text || TEN_DIGITS.test(text)
        ? [`${path}: CPR-shaped "${text.slice(0, 40)}"`]
        : []),
    ]);
    expect(problems).toEqual([]);
  });
});
