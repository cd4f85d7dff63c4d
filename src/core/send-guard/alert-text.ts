import type { Lang } from "../i18n/reason-text";
import { FINDING_KIND_NAMES, labelsIn } from "../i18n/taxonomy-labels";
import type { FindingKind } from "../taxonomy";
import type { NotReadReason } from "../attachment";
import type { KindSummary, SendDecision } from "./decide";
import type { UncheckedAttachment } from "./unchecked";

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
    inAttachments: (names: string) => ` i ${names}`,
    alsoInAttachments: (names: string) => `, også i ${names}`,
    and: "og",
    uncheckedList: (list: string) => `Ikke tjekket: ${list}.`,
    uncheckedCount: (n: number) =>
      n === 1 ? "1 vedhæftet fil er ikke tjekket." : `${n} vedhæftede filer er ikke tjekket.`,
    moreFiles: (n: number) => `og ${n} ${n === 1 ? "anden" : "andre"}`,
    someFiles: (n: number) => (n === 1 ? "den vedhæftede fil" : `${n} vedhæftede filer`),
    uncheckedOpen: (list: string, n: number) =>
      `Kanalvagt kunne ikke tjekke ${list} for personoplysninger, og mailen går uden for kommunen. ` +
      `Åbn ${n === 1 ? "filen" : "filerne"}, og se selv efter CPR-numre, helbreds- og sociale oplysninger. ` +
      "Står der nogen, så send med Digital Post.",
    uncheckedClosed: (list: string, n: number) =>
      `Kanalvagt kunne ikke tjekke ${list} for personoplysninger, så mailen er ikke sendt. ` +
      `Send ${n === 1 ? "filen" : "filerne"} med Digital Post, eller fjern ${n === 1 ? "den" : "dem"} og send igen.`,
    reasons: {
      image: "billede",
      encrypted: "låst med adgangskode",
      "too-large": "for stor",
      unsupported: "formatet læses ikke her",
      damaged: "kunne ikke åbnes",
      limit: "for stor, eller tiden slap op",
      cloud: "link til en fil i skyen",
    } satisfies Record<NotReadReason, string>,
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
    inAttachments: (names: string) => ` in ${names}`,
    alsoInAttachments: (names: string) => `, also in ${names}`,
    and: "and",
    uncheckedList: (list: string) => `Not checked: ${list}.`,
    uncheckedCount: (n: number) =>
      n === 1 ? "1 attachment was not checked." : `${n} attachments were not checked.`,
    moreFiles: (n: number) => `and ${n} more`,
    someFiles: (n: number) => (n === 1 ? "the attachment" : `${n} attachments`),
    uncheckedOpen: (list: string, n: number) =>
      `Kanalvagt could not check ${list} for personal data, and the mail goes outside the municipality. ` +
      `Open ${n === 1 ? "the file" : "the files"} and look for CPR numbers, health and social details yourself. ` +
      "If there are any, send it through Digital Post.",
    uncheckedClosed: (list: string, n: number) =>
      `Kanalvagt could not check ${list} for personal data, so the mail was not sent. ` +
      `Send ${n === 1 ? "the file" : "the files"} through Digital Post, or remove ${n === 1 ? "it" : "them"} and send again.`,
    reasons: {
      image: "picture",
      encrypted: "password-protected",
      "too-large": "too large",
      unsupported: "format not read here",
      damaged: "could not be opened",
      limit: "too large, or time ran out",
      cloud: "link to a cloud file",
    } satisfies Record<NotReadReason, string>,
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

/** File names are the user's own and may be long; the alert keeps the start and the extension. */
const NAME_MAX_LENGTH = 40;

function shortName(name: string): string {
  if (name.length <= NAME_MAX_LENGTH) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 && name.length - dot <= 8 ? name.slice(dot) : "";
  return `${name.slice(0, NAME_MAX_LENGTH - extension.length - 1)}…${extension}`;
}

/** "a.pdf og b.docx": the attachments that hold a kind (at most two are kept). */
function fileNames(names: string[], lang: Lang): string {
  return names.map(shortName).join(` ${TEXTS[lang].and} `);
}

/** " i lønseddel.pdf" or ", også i lønseddel.pdf": where a kind stands, when attachments hold it. */
export function attachmentPlaces(summary: KindSummary, lang: Lang): string {
  if (summary.attachments.length === 0) return "";
  const names = fileNames(summary.attachments, lang);
  return summary.outsideAttachments ? TEXTS[lang].alsoInAttachments(names) : TEXTS[lang].inAttachments(names);
}

function kindLine(summary: KindSummary, lang: Lang, layout: Layout): string {
  const name = KIND_NAMES[lang][summary.kind];
  const count = countText(summary, lang);
  const where = layout.withPlaces ? attachmentPlaces(summary, lang) : "";
  if (summary.masked.length === 0) return `${name}${TEXTS[lang].passages(count)}${where}`;
  const more = summary.moreThan || summary.count > summary.masked.length;
  const examples = layout.withExamples ? ` (${summary.masked.join(", ")}${more ? ", …" : ""})` : "";
  return `${count} × ${name}${examples}${where}`;
}

/** The attachments not checked, each with why: "scan.jpg (billede), lønseddel.pdf (formatet læses ikke her)". */
const UNCHECKED_NAMES = 3;

function uncheckedList(unchecked: readonly UncheckedAttachment[], lang: Lang): string {
  const t = TEXTS[lang];
  const named = unchecked
    .slice(0, UNCHECKED_NAMES)
    .map((file) => `${shortName(file.name)} (${t.reasons[file.reason]})`);
  const rest = unchecked.length - named.length;
  return rest > 0 ? `${named.join(", ")} ${t.moreFiles(rest)}` : named.join(", ");
}

interface Layout {
  withExamples: boolean;
  /** Which attachments hold each kind ("i lønseddel.pdf"). */
  withPlaces: boolean;
  /** The attachments not checked by name, or only how many. */
  uncheckedNames: boolean;
  /** How many kinds get a line of their own; the rest are counted in one line. */
  kindLines: number;
}

function render(
  block: Block,
  unchecked: readonly UncheckedAttachment[],
  lang: Lang,
  format: AlertFormat,
  layout: Layout,
): string {
  const t = TEXTS[lang];
  const shown = block.kinds.slice(0, layout.kindLines);
  const hidden = block.kinds.length - shown.length;
  const items = shown.map((summary) => kindLine(summary, lang, layout));
  if (hidden > 0) items.push(t.moreKinds(hidden));
  const notChecked =
    unchecked.length === 0
      ? ""
      : layout.uncheckedNames
        ? t.uncheckedList(uncheckedList(unchecked, lang))
        : t.uncheckedCount(unchecked.length);
  const notes = [block.inSubject ? t.inSubject : "", block.inQuoted ? t.inQuoted : "", notChecked].filter(
    Boolean,
  );

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
    ...notes.map(escapeMarkdown),
    t.advice,
  ].join("\n\n");
}

/**
 * The Smart Alert for a stopped mail, in Danish or English, at most 500 characters: which kinds of data (with counts
 * and masked numbers, never the values) and in which attachments, that some stand in the quoted history or the
 * subject, which attachments could not be checked, and what to do instead (Digital Post). When the full text is too
 * long, the masked examples go first, then the attachments' names, then kinds beyond the first few are counted
 * together.
 */
export function blockAlert(
  block: Block,
  lang: Lang,
  format: AlertFormat,
  unchecked: readonly UncheckedAttachment[] = [],
): string {
  const all = block.kinds.length;
  const layouts: Layout[] = [
    { withExamples: true, withPlaces: true, uncheckedNames: true, kindLines: all },
    { withExamples: false, withPlaces: true, uncheckedNames: true, kindLines: all },
    { withExamples: false, withPlaces: false, uncheckedNames: true, kindLines: all },
    ...[all, 4, 3, 2, 1].map((kindLines) => ({
      withExamples: false,
      withPlaces: false,
      uncheckedNames: false,
      kindLines,
    })),
  ];
  for (const layout of layouts) {
    const text = render(block, unchecked, lang, format, layout);
    if (text.length <= ALERT_MAX_LENGTH) return text;
  }
  const last = { withExamples: false, withPlaces: false, uncheckedNames: false, kindLines: 0 };
  return render(block, unchecked, lang, format, last).slice(0, ALERT_MAX_LENGTH);
}

/**
 * What the user reads when nothing sensitive was found but attachments could not be checked, in plain text: the
 * send guard then acts as when the check fails (failMode), naming the files and why.
 */
export function uncheckedAlert(
  unchecked: readonly UncheckedAttachment[],
  lang: Lang,
  failMode: "open" | "closed",
): string {
  const t = TEXTS[lang];
  const say = failMode === "open" ? t.uncheckedOpen : t.uncheckedClosed;
  const text = say(uncheckedList(unchecked, lang), unchecked.length);
  return text.length <= ALERT_MAX_LENGTH ? text : say(t.someFiles(unchecked.length), unchecked.length);
}

/** What the user reads when the check itself failed or ran out of time. */
export function failureAlert(lang: Lang, failMode: "open" | "closed"): string {
  return failMode === "open" ? TEXTS[lang].failedOpen : TEXTS[lang].failedClosed;
}

/** The dialog button that opens the task pane (at most 20 characters). */
export function openPaneLabel(lang: Lang): string {
  return TEXTS[lang].button;
}
