import { getCountrySpecifications, isValidIBAN } from "ibantools";
import type { Location } from "../taxonomy";
import type { Finding } from "./finding";
import { maskIban } from "./mask";

/**
 * IBANs of any country (ISO 13616): two letters, two check digits and the national part, printed together or in
 * groups of four. The country's length and format and the mod-97 check (ibantools) must hold: an IBAN that fails
 * them is a typo or not an IBAN, and no finding.
 */

export const IBAN_CONFIDENCE = 0.95;

/**
 * Groups of exactly four keep the pattern unambiguous, so a failed match backtracks over a handful of choices only.
 * Lower-case is accepted (people type "dk50 …") and upper-cased before the check.
 */
const IBAN_LIKE =
  /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){1,7}(?: ?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/giu;

const countryLengths = new Map(
  Object.entries(getCountrySpecifications()).flatMap(([country, spec]) =>
    spec.chars === undefined || spec.chars === null ? [] : [[country, spec.chars] as const],
  ),
);

/** Offset just after the n-th letter or digit of `text` from `start`. */
function endAfterCharacters(text: string, start: number, n: number): number {
  let seen = 0;
  let i = start;
  while (seen < n && i < text.length) {
    if (text[i] !== " ") seen += 1;
    i += 1;
  }
  return i;
}

export function detectIban(text: string, where: Location): Finding[] {
  const findings: Finding[] = [];
  IBAN_LIKE.lastIndex = 0;
  for (let m = IBAN_LIKE.exec(text); m !== null; m = IBAN_LIKE.exec(text)) {
    const electronic = m[0].replace(/ /g, "").toUpperCase();
    const country = electronic.slice(0, 2);
    const length = countryLengths.get(country);
    if (length === undefined || electronic.length < length) continue;
    // Groups of four may run on past a shorter IBAN ("NO93 8601 1117 947" reads as NO93…9470 would): take the
    // country's length, as long as the IBAN then ends at a space or punctuation.
    const iban = electronic.slice(0, length);
    const end = endAfterCharacters(text, m.index, length);
    if (!isValidIBAN(iban) || /[\p{L}\p{N}]/u.test(text[end] ?? "")) continue;
    findings.push({
      kind: "iban",
      where,
      start: m.index,
      end,
      confidence: IBAN_CONFIDENCE,
      reasons: ["iban.valid", `iban.country:${country}`],
      value: iban,
      masked: maskIban(iban),
    });
  }
  return findings;
}
