import { escapeHtml } from "../escape-html";
import type { Config, SelfServiceLink } from "../config/schema";
import { isUnfilled } from "../config/unfilled";
import type { Lang } from "../i18n/reason-text";
import type { Topic } from "../taxonomy";
import type { TemplateId } from "../triage-types";
import { URL_PLACEHOLDERS, type Placeholder } from "./placeholders";
import { salutationName } from "./salutation-name";

/** What a template may know about the mail: the sender's display name and when it arrived. Nothing else. */
export interface TemplateContext {
  lang: Lang;
  senderName?: string;
  received: Date;
  topic: Topic;
  /** The self-service link for the mail (see pickSelfServiceLink); the general page when undefined. */
  link?: SelfServiceLink;
}

export interface RenderedTemplate {
  id: TemplateId;
  lang: Lang;
  subject: string;
  text: string;
  /** Safe HTML: every value escaped, only <p>, <br> and <a href="https://…"> produced. */
  html: string;
}

interface Segment {
  text: string;
  href?: string;
}

const PLACEHOLDER = /\{\{\s*([^}\s]*)\s*\}\}/g;
/** A note in square brackets written into a template ("[Skriv svaret her.]"): meant for staff, never for a citizen. */
const BRACKETED_NOTE = /\[[^\]\n]+\]/;
const HTTPS = /^https:\/\/[^\s"<>]+$/;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function formatReceived(date: Date, lang: Lang, timeZone: string): string {
  const key = `${lang}|${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === "da" ? "da-DK" : "en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone,
    });
    dateFormats.set(key, format);
  }
  return format.format(date);
}

function placeholderValues(context: TemplateContext, config: Config): Record<Placeholder, string> {
  const { lang } = context;
  const municipality = config.municipality;
  const link = context.link;
  return {
    navn: salutationName(context.senderName, config) ?? config.fallbackName[lang],
    modtaget: formatReceived(context.received, lang, config.timeZone),
    emne: config.topics[context.topic].label[lang],
    link: link?.url ?? municipality.selfServiceUrl,
    linknavn: link?.label[lang] ?? new URL(municipality.selfServiceUrl).hostname.replace(/^www\./, ""),
    kommune: municipality.name,
    telefon: municipality.phone,
    adresse: municipality.address,
    hjemmeside: municipality.website,
    booking: municipality.bookingUrl,
    signatur: municipality.signature[lang],
  };
}

function segments(template: string, values: Record<Placeholder, string>): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    out.push({ text: template.slice(last, match.index) });
    const name = match[1] as Placeholder;
    const value = values[name];
    const isUrl = (URL_PLACEHOLDERS as readonly string[]).includes(name) && HTTPS.test(value);
    out.push(isUrl ? { text: value, href: value } : { text: value });
    last = match.index + match[0].length;
  }
  out.push({ text: template.slice(last) });
  return out;
}

function toHtml(parts: Segment[]): string {
  const inner = parts
    .map((part) => {
      const escaped = escapeHtml(part.text);
      return part.href === undefined ? escaped : `<a href="${escapeHtml(part.href)}">${escaped}</a>`;
    })
    .join("");
  // Line breaks exist only outside tags: values and literals were escaped above, and hrefs carry no whitespace.
  return inner
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replace(/\n/g, "<br>")}</p>`)
    .join("");
}

/**
 * The template's lines that can go to a citizen: a line with a placeholder whose value is not configured
 * ("[telefonnummer]", empty) or with a bracketed note for staff is left out, and so is the blank line it leaves.
 */
function sendableLines(template: string, values: Record<Placeholder, string>): string {
  const kept = template.split("\n").filter((line) => {
    if (BRACKETED_NOTE.test(line.replace(PLACEHOLDER, ""))) return false;
    for (const match of line.matchAll(PLACEHOLDER)) {
      const value = values[match[1] as Placeholder] as string | undefined;
      if (value === undefined || isUnfilled(value)) return false;
    }
    return true;
  });
  return kept
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Fills a configured template with values from configuration, the received date and the sender's name where it is
 * safe to greet them by (salutation-name.ts).
 * Nothing unfilled reaches the citizen: see sendableLines.
 */
export function renderTemplate(id: TemplateId, context: TemplateContext, config: Config): RenderedTemplate {
  const template = config.templates[id][context.lang];
  const values = placeholderValues(context, config);
  const body = segments(sendableLines(template.body, values), values);
  return {
    id,
    lang: context.lang,
    subject: segments(sendableLines(template.subject, values), values)
      .map((s) => s.text)
      .join(""),
    text: body.map((s) => s.text).join(""),
    html: toHtml(body),
  };
}
