import { IDENTIFIER_KINDS } from "../core/taxonomy";
import type { ClassifyRecord, MailRecord } from "./mail-record";

const HEADINGS = ["file", "handling", "topic", "sender", "sensitivity", "signed/encrypted", "findings"];
const NUMBER_KINDS: ReadonlySet<string> = new Set(IDENTIFIER_KINDS);

/** The default output: one row per mail, values masked unless revealed, failures in place with their reason. */
export function renderTable(records: ClassifyRecord[]): string {
  const mailRows = records.filter((record) => record.ok).map(mailRow);
  const widths = HEADINGS.map((heading, column) =>
    Math.max(heading.length, ...mailRows.map((row) => (row[column] ?? "").length)),
  );
  const aligned = (cells: string[]): string =>
    cells
      .map((cell, column) => (column < cells.length - 1 ? cell.padEnd(widths[column] ?? 0) : cell))
      .join("  ")
      .trimEnd();
  const lines = [aligned(HEADINGS), aligned(widths.map((width) => "-".repeat(width)))];
  for (const record of records) {
    lines.push(
      record.ok ? aligned(mailRow(record)) : `${record.file.padEnd(widths[0] ?? 0)}  ERROR: ${record.error}`,
    );
  }
  return lines.join("\n");
}

function mailRow(record: MailRecord): string[] {
  return [
    record.file,
    [record.handling, ...record.flags.map((flag) => `+${flag}`)].join(" "),
    record.topic,
    record.sender,
    record.sensitivity,
    signatureCell(record),
    findingsCell(record),
  ];
}

function signatureCell(record: MailRecord): string {
  if (record.encrypted) return record.signed ? "signed, encrypted" : "encrypted";
  return record.signed ? "signed" : "-";
}

/**
 * Kinds in order of first appearance. Number kinds list their masked values (the digits with --reveal);
 * categories list their matched words only with --reveal.
 */
function findingsCell(record: MailRecord): string {
  const byKind = new Map<string, Set<string>>();
  for (const finding of record.findings) {
    const shown = byKind.get(finding.kind) ?? new Set<string>();
    const value = finding.value ?? (NUMBER_KINDS.has(finding.kind) ? finding.masked : undefined);
    const place = finding.attachment === undefined ? "" : placeIn(finding.attachment, finding.page);
    if (value !== undefined) shown.add(`${value}${place}`);
    else if (place !== "") shown.add(place.trim());
    byKind.set(finding.kind, shown);
  }
  const found = [...byKind].map(([kind, shown]) =>
    shown.size > 0 ? `${kind} ${[...shown].join(", ")}` : kind,
  );
  if (record.findings_not_shown > 0) found.push(`${record.findings_not_shown} more findings not shown`);
  // An empty cell would read as "nothing found"; for an encrypted mail the truth is that nothing could be read.
  if (record.encrypted) found.push("body not readable (encrypted)");
  for (const attachment of record.attachments) {
    if (!attachment.read) found.push(`not read: ${attachment.name} (${attachment.reason ?? "unknown"})`);
  }
  return found.join("; ");
}

function placeIn(attachment: string, page: number | undefined): string {
  return page === undefined ? ` in ${attachment}` : ` in ${attachment} p. ${page}`;
}
