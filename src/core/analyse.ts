import type { Analysis } from "./analysis";
import { detectCategories } from "./detect/categories";
import { detectBySlice } from "./detect/by-slice";
import type { Finding } from "./detect/finding";
import { detectIdentifiers, type IdentifierOptions } from "./detect/identifiers";
import { KeptFindings } from "./detect/kept-findings";
import { detectPersonalDetails } from "./detect/personal-details";
import { DEFAULT_DETECTION_SETTINGS, type DetectionSettings } from "./detect/settings";
import { detectSignature } from "./detect/signature";
import type { Mail } from "./mail";
import { sensitivityOf } from "./sensitivity";
import { LOCATIONS, type Location } from "./taxonomy";
import { extractMailText } from "./text/mail-text";
import { codeOrder } from "./text/code-order";

function identifierOptions(settings: DetectionSettings): IdentifierOptions {
  if (settings.today === undefined) return {};
  const today = new Date(`${settings.today}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(settings.today) || Number.isNaN(today.getTime())) {
    throw new RangeError(
      `The setting "today" is "${settings.today}", which is not a date: write it as YYYY-MM-DD.`,
    );
  }
  return { today };
}

function byPlace(a: Finding, b: Finding): number {
  return (
    LOCATIONS.indexOf(a.where) - LOCATIONS.indexOf(b.where) ||
    a.start - b.start ||
    a.end - b.end ||
    codeOrder(a.kind, b.kind)
  );
}

/**
 * The engine's entry point: the mail's text, its findings at or above the threshold (sorted by place: sender's name,
 * subject, body, quoted, attachment names, then offset; then the attachments' text, attachment by attachment and page
 * by page; past MAX_KEPT_FINDINGS counted by kind in findingsNotKept), its sensitivity level and its signature state.
 * Pure and deterministic: the same mail and settings give the same analysis (with `today` set; otherwise the CPR rule reads the clock).
 */
export function analyse(mail: Mail, settings: DetectionSettings = DEFAULT_DETECTION_SETTINGS): Analysis {
  const text = extractMailText(mail);
  const signature = detectSignature(mail);
  const options = identifierOptions(settings);
  const parts: [Location, string][] = [
    ["sender-name", text.senderName],
    ["subject", text.subject],
    ["body", text.body],
    ["quoted", text.quoted],
    ["attachment-name", text.attachmentNames],
  ];
  const detectIn =
    (where: Location) =>
    (part: string): Finding[] =>
      [...detectIdentifiers(part, where, options), ...detectCategories(part, where, settings)]
        .filter((f) => f.confidence >= settings.threshold)
        .sort(byPlace);
  const kept = new KeptFindings();
  const keep = (finding: Finding): void => kept.add(finding);
  for (const [where, part] of parts) detectBySlice(part, detectIn(where), keep);
  // Attachments last, in the order they were read, page by page; each finding says which one and which page.
  for (const { name, page, text: partText } of text.attachments) {
    detectBySlice(partText, detectIn("attachment"), (finding) =>
      keep(page === undefined ? { ...finding, attachment: name } : { ...finding, attachment: name, page }),
    );
  }
  const { findings, notKept } = kept;
  const personalDetails = detectPersonalDetails(mail, text);
  const hasText = text.body.trim().length > 0 || text.quoted.trim().length > 0;
  return {
    text,
    findings,
    ...(Object.keys(notKept).length > 0 ? { findingsNotKept: notKept } : {}),
    sensitivity: sensitivityOf(findings, personalDetails.present),
    signature,
    bodyReadable: hasText && !signature.encrypted,
    personalDetails,
  };
}
