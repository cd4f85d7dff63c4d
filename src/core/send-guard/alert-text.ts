import type { Lang } from "../i18n/reason-text";
import { FINDING_KIND_NAMES, labelsIn } from "../i18n/taxonomy-labels";
import type { FindingKind } from "../taxonomy";
import type { KindSummary, SendDecision } from "./decide";

/** Outlook shows at most 500 characters in a Smart Alerts dialog (errorMessage and errorMessageMarkdown alike). */
export const ALERT_MAX_LENGTH = 500;
/** Outlook's limit for the text of the dialog's button (cancelLabel). */
export const BUTTON_MAX_LENGTH = 20;

export type AlertFormat = "plain" | "markdown";
export type Block = Extract<SendDecision, { action: "block" }>;

/** What each kind is called, as the pane and the findings' masked values call it. */
const KIND_NAMES: Record<Lang, Record<FindingKind, string>> = {
  da: labelsIn(FINDING_KIND_NAMES, "da"),
  en: labelsIn(FINDING_KIND_NAMES, "en"),
};

const TEXTS = {
  da: {
    heading: "Følsomme eller fortrolige personoplysninger",
    recipients: (n: number) =>
      `Mailen går til ${n === 1 ? "1 modtager" : `${n} modtagere`} uden for kommunen og indeholder:`,
    passages: (n: string) => (n === "1" ? "" : ` (${n} steder)`),
    moreThan: (n: number) => `mere end ${n}`,
    moreKinds: (n: number) => `og ${n} andre slags`,
    inQuoted: "Noget af det står i den citerede mail under dit svar.",
    inSubject: "Noget af det står i emnefeltet.",
    advice:
      "Almindelig e-mail er ikke krypteret. Send svaret med Digital Post, eller fjern oplysningerne og send igen.",
    button: "Åbn Kanalvagt",
    failedOpen:
      "Kanalvagt kunne ikke tjekke mailen for personoplysninger. Se selv efter CPR-numre, helbreds- og sociale " +
      "oplysninger – også i den citerede tekst. Står der nogen, så send med Digital Post i stedet.",
    failedClosed:
      "Kanalvagt kunne ikke tjekke mailen for personoplysninger, så den er ikke sendt. Prøv at sende igen. " +
      "Sker det igen, så kontakt IT-supporten.",
  },
  en: {
    heading: "Sensitive or confidential personal data",
    recipients: (n: number) =>
      `This mail goes to ${n === 1 ? "1 recipient" : `${n} recipients`} outside the municipality and contains:`,
    passages: (n: string) => (n === "1" ? "" : ` (${n} places)`),
    moreThan: (n: number) => `more than ${n}`,
    moreKinds: (n: number) => `and ${n} other kinds`,
    inQuoted: "Some of it is in the quoted mail below your reply.",
    inSubject: "Some of it is in the subject.",
    advice:
      "Ordinary e-mail is not encrypted. Send the reply through Digital Post, or remove the data and send again.",
    button: "Open Kanalvagt",
    failedOpen:
      "Kanalvagt could not check this mail for personal data. Look for CPR numbers, health and social details " +
      "yourself – in the quoted text too. If there are any, send it through Digital Post instead.",
    failedClosed:
      "Kanalvagt could not check this mail for personal data, so it was not sent. Try sending it again. " +
      "If it happens again, contact IT support.",
  },
} as const;

/** Markdown's special characters in a text shown literally; the masked digits "****" would otherwise turn bold. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_[\]`]/g, "\\$&");
}

/** A kind's count as staff read it: "3", or "mere end 100" where counting stopped. */
export function countText(summary: Pick<KindSummary, "count" | "moreThan">, lang: Lang): string {
  return summary.moreThan ? TEXTS[lang].moreThan(summary.count) : String(summary.count);
}

function kindLine(summary: KindSummary, lang: Lang, withExamples: boolean): string {
  const name = KIND_NAMES[lang][summary.kind];
  const count = countText(summary, lang);
  if (summary.masked.length === 0) return `${name}${TEXTS[lang].passages(count)}`;
  const more = summary.moreThan || summary.count > summary.masked.length;
  const examples = withExamples ? ` (${summary.masked.join(", ")}${more ? ", …" : ""})` : "";
  return `${count} × ${name}${examples}`;
}

interface Layout {
  withExamples: boolean;
  /** How many kinds get a line of their own; the rest are counted in one line. */
  kindLines: number;
}

function render(block: Block, lang: Lang, format: AlertFormat, layout: Layout): string {
  const t = TEXTS[lang];
  const shown = block.kinds.slice(0, layout.kindLines);
  const hidden = block.kinds.length - shown.length;
  const items = shown.map((summary) => kindLine(summary, lang, layout.withExamples));
  if (hidden > 0) items.push(t.moreKinds(hidden));
  const notes = [block.inSubject ? t.inSubject : "", block.inQuoted ? t.inQuoted : ""].filter(Boolean);

  if (format === "plain") {
    return [t.recipients(block.externalRecipients), ...items.map((i) => `• ${i}`), ...notes, t.advice].join(
      "\n",
    );
  }
  // Outlook's Markdown: "\n\n" starts a paragraph, a list item starts with "- " and ends with "\r".
  const list = items.map((i) => `- ${escapeMarkdown(i)}\r`).join("");
  return [
    `**${t.heading}**`,
    escapeMarkdown(t.recipients(block.externalRecipients)),
    list,
    ...notes,
    t.advice,
  ].join("\n\n");
}

/**
 * The Smart Alert for a stopped mail, in Danish or English, at most 500 characters: which kinds of data (with counts
 * and masked numbers, never the values), that some stand in the quoted history or the subject, and what to do
 * instead (Digital Post). When the full text is too long, the masked examples go first, then kinds beyond the first
 * few are counted together.
 */
export function blockAlert(block: Block, lang: Lang, format: AlertFormat): string {
  const layouts: Layout[] = [
    { withExamples: true, kindLines: block.kinds.length },
    { withExamples: false, kindLines: block.kinds.length },
    ...[4, 3, 2, 1].map((kindLines) => ({ withExamples: false, kindLines })),
  ];
  for (const layout of layouts) {
    const text = render(block, lang, format, layout);
    if (text.length <= ALERT_MAX_LENGTH) return text;
  }
  return render(block, lang, format, { withExamples: false, kindLines: 0 }).slice(0, ALERT_MAX_LENGTH);
}

/** What the user reads when the check itself failed or ran out of time. */
export function failureAlert(lang: Lang, failMode: "open" | "closed"): string {
  return failMode === "open" ? TEXTS[lang].failedOpen : TEXTS[lang].failedClosed;
}

/** The dialog button that opens the task pane (at most 20 characters). */
export function openPaneLabel(lang: Lang): string {
  return TEXTS[lang].button;
}
