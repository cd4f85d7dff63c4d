import type { Finding } from "../../../../src/core/detect/finding";
import { detectIdentifiers, IDENTIFIER_FINDING_THRESHOLD } from "../../../../src/core/detect/identifiers";

/** The CPR tests' fixed today, so "born in the future" does not move with the clock. */
export const today = new Date("2026-03-01T12:00:00Z");

/** The CPR candidates of a text, findings or not. */
export function cpr(text: string): Finding[] {
  return detectIdentifiers(text, "body", { today }).filter((f) => f.kind === "cpr");
}

/** The one CPR candidate of a text. */
export function only(text: string): Finding {
  const found = cpr(text);
  expect(found).toHaveLength(1);
  return found[0] as Finding;
}

/** A candidate the engine acts on. */
export const isFinding = (f: Finding): boolean => f.confidence >= IDENTIFIER_FINDING_THRESHOLD;
