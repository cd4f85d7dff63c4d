import { datedCprCandidates } from "./detect/cpr";
import { findDigitRuns } from "./detect/identifier-context";
import { normaliseText } from "./text/normalise";

/** The last four digits or letters of a CPR number's span, as the text wrote them: "010190 - 1234" → "010190 - ****". */
function maskSerial(span: string): string {
  const chars = [...span];
  let toMask = 4;
  for (let i = chars.length - 1; i >= 0 && toMask > 0; i--) {
    if (/[\p{N}\p{L}]/u.test(chars[i] ?? "")) {
      chars[i] = "*";
      toMask--;
    }
  }
  return chars.join("");
}

/**
 * Every CPR number in a short text (a file name, an error or usage message) masked as the findings are, keeping the
 * birth date and the layout it was written in: "0101901234" → "010190****", "010190 – 1234" → "010190 – ****". The
 * engine's own normalisation and CPR candidates decide what a CPR number is, so every layout the engine finds in a
 * mail — spaces around the dash, an en dash, full-width digits, substitute numbers (0203291WQ3) — is masked here too.
 * Any candidate with a real date counts, however weak its context: a name or message is no place for a near miss.
 */
export function maskCprInText(text: string, today = new Date()): string {
  const normalised = normaliseText(text);
  const candidates = datedCprCandidates(normalised.text, findDigitRuns(normalised.text), today);
  if (candidates.length === 0) return text;
  let masked = "";
  let at = 0;
  for (const candidate of candidates) {
    const span = normalised.originalSpan(candidate.start, candidate.end);
    if (span.start < at) continue;
    masked += text.slice(at, span.start) + maskSerial(text.slice(span.start, span.end));
    at = span.end;
  }
  return masked + text.slice(at);
}
