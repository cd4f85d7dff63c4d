import { IDENTIFIER_KINDS, type FindingKind, type Location } from "../../core/taxonomy";
import type { ShownFinding } from "../engine/pane-triage";

export interface FindingSpot {
  masked: string;
  where: Location;
  /** The attachment's name (CPR masked) and page, for a finding inside an attachment. */
  attachment?: string;
  page?: number;
  count: number;
}

export interface FindingGroup {
  kind: FindingKind;
  /** For identifiers, each masked value where it stands; for categories, the places. */
  spots: FindingSpot[];
}

export function isIdentifier(kind: FindingKind): boolean {
  return (IDENTIFIER_KINDS as readonly string[]).includes(kind);
}

/** Findings grouped by kind (in the engine's order), with repeats of one value in one place counted. */
export function groupFindings(findings: ShownFinding[]): FindingGroup[] {
  const groups = new Map<FindingKind, Map<string, FindingSpot>>();
  for (const finding of findings) {
    const spots = groups.get(finding.kind) ?? new Map<string, FindingSpot>();
    groups.set(finding.kind, spots);
    // A category's "value" is its name, so its spots differ only by place: the part of the mail, or the file and page.
    const place = [finding.where, finding.attachment ?? "", finding.page ?? ""].join("\u0000");
    const key = isIdentifier(finding.kind) ? `${finding.masked}\u0000${place}` : place;
    const spot = spots.get(key);
    if (spot) spot.count++;
    else spots.set(key, { ...spotPlace(finding), masked: finding.masked, count: 1 });
  }
  return [...groups].map(([kind, spots]) => ({ kind, spots: [...spots.values()] }));
}

function spotPlace({
  where,
  attachment,
  page,
}: ShownFinding): Pick<FindingSpot, "where" | "attachment" | "page"> {
  return {
    where,
    ...(attachment === undefined ? {} : { attachment }),
    ...(page === undefined ? {} : { page }),
  };
}
