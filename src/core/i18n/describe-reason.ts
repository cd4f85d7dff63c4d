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

/** A reason or warning code as a sentence for staff; an unknown code is shown as it is rather than hidden. */
export function describeReason(code: string, lang: Lang): string {
  const { key, detail } = splitCode(code);
  const text = texts[key]?.[lang];
  return text === undefined ? code : text.replaceAll("{detail}", detail);
}
