import type { FindingKind, Location } from "../taxonomy";
import type { Finding } from "./finding";

/**
 * The most findings one mail keeps. Nobody reads further: the pane groups them, the CLI lists 1,000 and the send
 * guard counts to 100. A 49 MB mail can hold four million CPR numbers; past this they are counted, not kept.
 */
export const MAX_KEPT_FINDINGS = 10_000;

/**
 * A mail's findings in the engine's order, up to MAX_KEPT_FINDINGS; past that each further finding is counted by
 * kind, except the first of each kind in each place, which is kept too, so the sensitivity level and the
 * classification read the same kinds and places as with every finding kept.
 */
export class KeptFindings {
  readonly findings: Finding[] = [];
  readonly notKept: Partial<Record<FindingKind, number>> = {};
  /** The places each kind was kept in: a lookup that allocates nothing for the millions of findings past the limit. */
  private readonly places = new Map<FindingKind, Set<Location>>();

  add(finding: Finding): void {
    const { kind, where } = finding;
    let places = this.places.get(kind);
    if (places === undefined) this.places.set(kind, (places = new Set()));
    if (this.findings.length < MAX_KEPT_FINDINGS || !places.has(where)) {
      this.findings.push(finding);
      places.add(where);
    } else {
      this.notKept[finding.kind] = (this.notKept[finding.kind] ?? 0) + 1;
    }
  }
}
