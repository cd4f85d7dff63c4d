import { TRIAGE_RECORD_NAME } from "../core/triage-record-name";

/**
 * MAPI extended properties the add-in reads and writes through Graph (docs/graph.md explains each id).
 * Graph names a property "<Type> <tag>" for a tagged property and "<Type> {<set GUID>} Name <name>" for a named one.
 */

/** Kanalvagt's own property set: a GUID minted for this add-in, so no other program's property can collide with ours. */
export const KANALVAGT_PROPERTY_SET = "8e4e7399-27c2-4896-9c50-e44971a92828";

/** The compact triage record (JSON, no mail content), one per message. */
export const TRIAGE_RECORD_PROPERTY = `String {${KANALVAGT_PROPERTY_SET}} Name ${TRIAGE_RECORD_NAME}`;

/** PidTagLastVerbExecuted: what was last done to the message (reply, reply all, forward). */
export const LAST_VERB_PROPERTY = "Integer 0x1081";

/** PidTagLastVerbExecutionTime: when that was done (UTC). */
export const LAST_VERB_TIME_PROPERTY = "SystemTime 0x1082";

/** PidTagMessageClass: Outlook's item class (IPM.Note, IPM.Note.SMIME.MultipartSigned …), which Graph has no field for. */
export const MESSAGE_CLASS_PROPERTY = "String 0x001A";

/** PS_PUBLIC_STRINGS, the property set in which Office.js keeps an add-in's custom properties ([MS-OXCEXT] 2.2.5). */
export const PS_PUBLIC_STRINGS = "00020329-0000-0000-C000-000000000046";

/** The manifest's <Id> (manifest.xml; a test checks they agree): it names the pane's custom properties below. */
export const KANALVAGT_ADDIN_ID = "7028f3fd-8f72-4be2-b1cc-9160c27cc1ba";

/**
 * The property that holds an add-in's Office.js custom properties (item.loadCustomPropertiesAsync): "cecp-" and the
 * manifest's <Id> in lower case without braces or a "urn:uuid:" prefix, per [MS-OXCEXT].
 */
export function addinCustomPropertiesId(addinId: string): string {
  const id = addinId
    .trim()
    .toLowerCase()
    .replace(/^urn:uuid:/, "")
    .replace(/[{}]/g, "");
  return `String {${PS_PUBLIC_STRINGS}} Name cecp-${id}`;
}

/**
 * The same property told apart however Graph spells it back: type, GUID and tag are case-insensitive, the name after
 * "Name " is case-sensitive (Graph's documentation on filtering extended properties).
 */
export function samePropertyId(a: string, b: string): boolean {
  return normalisePropertyId(a) === normalisePropertyId(b);
}

function normalisePropertyId(id: string): string {
  const match = /^(\S+)\s+(\{[^}]*\}\s+Name\s+)(.*)$/i.exec(id.trim());
  if (match)
    return `${(match[1] ?? "").toLowerCase()} ${(match[2] ?? "").toLowerCase().replace(/\s+/g, " ")}${match[3] ?? ""}`;
  return id
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/0x0*([0-9a-f]+)/, "0x$1");
}

/** An OData $expand that brings the named single-value extended properties along with each message. */
export function expandProperties(ids: readonly string[]): string {
  const filter = ids.map((id) => `id eq '${id.replace(/'/g, "''")}'`).join(" or ");
  return `singleValueExtendedProperties($filter=${filter})`;
}
