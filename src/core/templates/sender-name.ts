/**
 * The sender's display name shaped like a name, or undefined when its characters say it is something else.
 * A display name is free text the sender controls: it can carry a CPR number, an address, a link or a diagnosis.
 * Only letters, spaces, hyphens, apostrophes, full stops (after initials) and "&" pass. How many words, and whether
 * the words themselves are sensitive, salutation-name.ts decides.
 */
const NAME = /^[\p{L}\p{M}][\p{L}\p{M}'’.&-]*(?: [\p{L}\p{M}&][\p{L}\p{M}'’.&-]*)*$/u;
const MAX_LENGTH = 60;
/** "www.example.dk", "hans.jensen": a dot followed by a run of letters is an address, not an initial. */
const DOTTED = /\.\p{L}{2,}/u;

export function sanitiseSenderName(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let name = raw
    .normalize("NFKC")
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^["'“”‘’]+|["'“”‘’]+$/g, "")
    .trim();
  // Outlook's "Last, First" directory form.
  const parts = name.split(",");
  if (parts.length === 2) name = `${(parts[1] ?? "").trim()} ${(parts[0] ?? "").trim()}`.trim();
  if (name.length === 0 || name.length > MAX_LENGTH) return undefined;
  return NAME.test(name) && !DOTTED.test(name) ? name : undefined;
}
