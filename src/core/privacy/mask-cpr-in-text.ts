import { datedCprCandidates } from "../detect/cpr";
import { findDigitRuns } from "../detect/identifier-context";
import { maskCpr } from "../detect/mask";
import { normaliseText } from "../text/normalise";

/**
 * The latest "today" a date can be checked against. Masking hides every number shaped like a CPR number whose date
 * exists, whatever its confidence: hiding a future-dated number too costs nothing, and core has no clock of its own.
 */
const END_OF_TIME = new Date(Date.UTC(9999, 11, 31));

/**
 * Free text with every CPR-shaped number masked as the findings are ("010190-****"): a subject, a display name, an
 * address like "0101901234@…", an attachment's or file's name, an error message. The engine's own CPR candidates
 * decide what is CPR-shaped, so every layout it reads is masked: hyphen, space or " - " after the sixth digit,
 * en dashes, full-width digits, zero-width characters inside, substitute numbers (0203291WQ3). The rest of the text is
 * returned as written.
 */
export function maskCprInText(text: string): string {
  const normalised = normaliseText(text);
  const candidates = datedCprCandidates(normalised.text, findDigitRuns(normalised.text), END_OF_TIME);
  if (candidates.length === 0) return text;
  const parts: string[] = [];
  let copiedUpTo = 0;
  for (const candidate of candidates) {
    const span = normalised.originalSpan(candidate.start, candidate.end);
    parts.push(text.slice(copiedUpTo, span.start), maskCpr(candidate.value));
    copiedUpTo = span.end;
  }
  parts.push(text.slice(copiedUpTo));
  return parts.join("");
}
