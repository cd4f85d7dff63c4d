import type { Finding } from "./detect/finding";
import { ART9_KINDS, NO_PERSONAL_DATA, type FindingKind, type Sensitivity } from "./taxonomy";

const ART9: ReadonlySet<FindingKind> = new Set(ART9_KINDS);
/** CPR (databeskyttelsesloven § 11), criminal matters (§ 8), serious social problems and financial identifiers. */
const CONFIDENTIAL: ReadonlySet<FindingKind> = new Set([
  "cpr",
  "social",
  "strafbare_forhold",
  "bankkonto",
  "iban",
  "pas",
  "koerekort",
]);

/**
 * The mail's sensitivity level from its findings (those at or above the threshold) and the personal-details signal:
 * foelsomme if any art. 9 kind; else fortrolige if CPR, social, criminal matters or a financial or ID-document
 * number; else almindelige if the mail names a private person with personal details; else ingen.
 */
export function sensitivityOf(findings: readonly Finding[], personalDetails: boolean): Sensitivity {
  if (findings.some((f) => ART9.has(f.kind))) return "foelsomme";
  if (findings.some((f) => CONFIDENTIAL.has(f.kind))) return "fortrolige";
  return personalDetails ? "almindelige" : NO_PERSONAL_DATA;
}
