import type { Lang, ReasonTexts } from "./reason-text";
import { categoriesReasons } from "./reason-texts/categories";
import { identifiersReasons } from "./reason-texts/identifiers";
import { signatureReasons } from "./reason-texts/signature";
import { triageReasons } from "./reason-texts/triage";

const texts: ReasonTexts = {
  ...identifiersReasons,
  ...categoriesReasons,
  ...signatureReasons,
  ...triageReasons,
};

/** Splits "family.code:detail" into its key and detail. */
function splitCode(code: string): { key: string; detail: string } {
  const colon = code.indexOf(":");
  return colon < 0 ? { key: code, detail: "" } : { key: code.slice(0, colon), detail: code.slice(colon + 1) };
}

/** Whether a reason or warning code has a text; the tests check every code the engine emits. */
export function hasReasonText(code: string): boolean {
  return splitCode(code).key in texts;
}

/**
 * The trained model's strongest features as staff can read them. Its features include word pairs ("jeg har"), the
 * sender's domain ("@tld:com"), name parts ("n:…") and signal names ("#booking"); only single words of the text are
 * shown, as the stems they are ("begynder med «flyt»"), and a reason with none left says so without tokens.
 */
function modelWords(detail: string): { key: string; detail: string } {
  const words = [
    ...new Set(
      detail
        .split(", ")
        .map((feature) => feature.replace(/^s:/, ""))
        .filter((feature) => /^\p{L}{3,}$/u.test(feature)),
    ),
  ].slice(0, 3);
  return words.length === 0
    ? { key: "model.similar", detail: "" }
    : { key: "model.words", detail: words.map((w) => `«${w}»`).join(", ") };
}

/** A reason or warning code as a sentence for staff; an unknown code is shown as it is rather than hidden. */
export function describeReason(code: string, lang: Lang): string {
  const split = splitCode(code);
  const { key, detail } = split.key === "model.words" ? modelWords(split.detail) : split;
  const text = texts[key]?.[lang];
  return text === undefined ? code : text.replaceAll("{detail}", detail);
}
