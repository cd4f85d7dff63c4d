import type { GoldenMail } from "./golden-record";

/** How many changed mails a failure lists in full; the rest are counted. */
const SHOWN = 25;

/** Reads the corpus snapshot back into one record per mail, in file order. */
export function parseGolden(text: string): Map<string, GoldenMail> {
  const mails = new Map<string, GoldenMail>();
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const { mail: name, kind } = JSON.parse(line) as { mail: string; kind?: string };
    const record = mails.get(name) ?? { mail: "", findings: [] };
    if (kind === undefined) record.mail = line;
    else record.findings.push(line);
    mails.set(name, record);
  }
  return mails;
}

export function formatGolden(mails: Iterable<GoldenMail>): string {
  return [...mails].flatMap((record) => [record.mail, ...record.findings]).join("\n") + "\n";
}

/** A finding line as a reader scans it: kind, place, offsets, confidence, masked value, reasons. */
function readableFinding(line: string): string {
  const f = JSON.parse(line) as {
    kind: string;
    where: string;
    at: [number, number];
    confidence: number;
    masked: string;
    reasons: string[];
  };
  return `${f.kind} ${f.where} ${f.at[0]}–${f.at[1]} ${f.confidence} "${f.masked}" [${f.reasons.join(", ")}]`;
}

function mailFieldChanges(before: string, after: string): string[] {
  const old = JSON.parse(before) as Record<string, unknown>;
  const now = JSON.parse(after) as Record<string, unknown>;
  return [...new Set([...Object.keys(old), ...Object.keys(now)])]
    .filter((key) => JSON.stringify(old[key]) !== JSON.stringify(now[key]))
    .map((key) => `    ${key}: ${JSON.stringify(old[key])} → ${JSON.stringify(now[key])}`);
}

function findingChanges(before: readonly string[], after: readonly string[]): string[] {
  const removed = before.filter((line) => !after.includes(line));
  const added = after.filter((line) => !before.includes(line));
  const lines = [
    ...removed.map((line) => `    - ${readableFinding(line)}`),
    ...added.map((line) => `    + ${readableFinding(line)}`),
  ];
  if (lines.length === 0 && before.join("\n") !== after.join("\n"))
    lines.push("    findings in another order");
  return lines;
}

/** The corpus mails whose record differs, each with what changed; empty when the snapshot holds. */
export function describeCorpusChanges(
  expected: Map<string, GoldenMail>,
  actual: Map<string, GoldenMail>,
): string[] {
  const changes: string[] = [];
  for (const name of new Set([...expected.keys(), ...actual.keys()])) {
    const before = expected.get(name);
    const after = actual.get(name);
    if (before === undefined) changes.push(`  ${name}: new mail, not in the snapshot`);
    else if (after === undefined) changes.push(`  ${name}: in the snapshot, no longer in the corpus`);
    else {
      const lines = [
        ...(before.mail === after.mail ? [] : mailFieldChanges(before.mail, after.mail)),
        ...findingChanges(before.findings, after.findings),
      ];
      if (lines.length > 0) changes.push([`  ${name}:`, ...lines].join("\n"));
    }
  }
  return changes;
}

/** The generated mails whose line differs: the summary before and after (hash aside). */
export function describeFuzzedChanges(expected: readonly string[], actual: readonly string[]): string[] {
  const byName = (lines: readonly string[]): Map<string, string> =>
    new Map(lines.filter((line) => line !== "").map((line) => [line.slice(0, line.indexOf(" ")), line]));
  const before = byName(expected);
  const after = byName(actual);
  const summary = (line: string | undefined): string =>
    line === undefined ? "(none)" : line.split(" ").slice(2).join(" ");
  const changes: string[] = [];
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(name);
    const now = after.get(name);
    if (old === now) continue;
    const [was, is] = [summary(old), summary(now)];
    changes.push(
      `  ${name}: ${was === is ? `${is} (same summary; offsets, confidences or reasons)` : `${was} → ${is}`}`,
    );
  }
  return changes;
}

export function failureReport(what: string, changes: readonly string[], update: string): string {
  const shown = changes.slice(0, SHOWN);
  const more = changes.length > SHOWN ? [`  … and ${changes.length - SHOWN} more`] : [];
  return [
    `${changes.length} ${what} changed against the golden snapshot:`,
    ...shown,
    ...more,
    "",
    "A generated mail and its full record: npx tsx test/golden/show.ts fuzz-0123 (run it on main too to compare).",
    `If the change is intended, run \`${update}\` and commit the snapshot with a message that says what changed and why.`,
  ].join("\n");
}
