import type { MailText } from "../analysis";
import { domainMatcher, type DomainMatcher } from "../config/domain-patterns";
import type { Config } from "../config/schema";
import type { Mail } from "../mail";
import { TOPICS, type Topic } from "../taxonomy";
import { foldText } from "../detect/lexicon/fold";
import { foldedWords, hasDigit } from "./tokens";
import { firstMarker } from "./whole-word";
import { PatternSet, TYPO_TOLERANT, type PatternMatch } from "./word-patterns";

/** What the rules saw in a mail; the model reads the same signals as features. Reason codes quote configuration. */
export interface MailSignals {
  /** The words the classification reads: subject and new text, and quoted history when the new text says nothing. */
  words: string[];
  subjectWords: string[];
  usedQuoted: boolean;
  hasQuoted: boolean;
  question: boolean;
  machine: string[];
  authorityDomain?: string;
  authorityName?: string;
  companyMarker?: string;
  cvr: boolean;
  association?: string;
  /** The association word stands in the sender's display name ("Nyborg Roklub"), not only in the sign-off. */
  associationInName: boolean;
  freeMail?: string;
  internal?: string;
  /** A person at one of the municipality's own domains (not an automated sender there): a colleague. */
  colleague: boolean;
  /** The sender's mail domain, lower case ("" when there is no address). */
  domain: string;
  /** The folded words of the sender's display name and of the address before the @. */
  senderWords: string[];
  aktindsigt: string[];
  klage: string[];
  booking: string[];
  caseNumber: string[];
  generalQuestion: string[];
  nothingToAnswer: string[];
  /** Spam and phishing wording from configuration. */
  spam: string[];
  /** Keywords of self-service links that matched: the mail asks for something a self-service solution does. */
  selfService: string[];
  /**
   * The mail asks to *do* what a self-service solution does: a request word ("søge", "melde", "apply") near a
   * self-service keyword, and neither a case number nor wording about a case already made (such a mail asks about
   * that case, not for something new).
   */
  selfServiceIntent: boolean;
  /**
   * The mail asks how to do something, or asks for it to be done: a request word just after wording that frames a
   * wish to act ("hvordan søger vi", "kan I hente", "how do I register", "wie melden wir"), catalogued or not, and
   * nothing about a case already made.
   */
  actionRequest: boolean;
  /** Wording about a case or an application already made ("min ansøgning", "jeg har søgt", "afgørelse"). */
  existingCase: string[];
  topicKeywords: Map<Topic, string[]>;
  /** Topics whose keywords stand in the subject, which names what the mail is about (not in a reply's subject). */
  subjectTopics: Set<Topic>;
  reply: boolean;
  forward: boolean;
  attachments: number;
}

interface CompiledRules {
  /**
   * Every word list matched against the mail's text, in one set so each word is looked up once: the phrase groups,
   * then one group per topic, then one group with the keywords of every self-service link.
   */
  text: PatternSet;
  senderNames: PatternSet;
  authorityDomains: DomainMatcher;
  freeMail: DomainMatcher;
  internal: DomainMatcher;
  machineAddresses: PatternSet;
  stopwords: Set<string>;
  ownName: RegExp;
}

const PHRASE_GROUPS = [
  "aktindsigt",
  "klage",
  "booking",
  "caseNumber",
  "generalQuestion",
  "nothingToAnswer",
  "spam",
  "requestWords",
  "askToDo",
  "existingCase",
] as const;
const TOPIC_GROUPS = PHRASE_GROUPS.length;
const SELF_SERVICE_GROUP = TOPIC_GROUPS + TOPICS.length;
const NAME_GROUPS = ["authority", "association"] as const;
/** How many words apart a request word and a self-service keyword may stand and still be one request. */
const INTENT_WINDOW = 8;
/** How many words after the start of "hvordan", "kan jeg", "how do" its request word may stand ("kan vi få lov at leje"). */
const ACTION_WINDOW = 5;
const SIGN_OFF_LINES = 8;
const SIGN_OFF_CHARS = 2_000;
const NON_SPACE = /\S/;

const compiled = new WeakMap<Config, CompiledRules>();

/** The word lists matched against the mail's text, one group each (CompiledRules.text). */
function textGroups(config: Config): string[][] {
  return [
    ...PHRASE_GROUPS.map((group) => config.classification[group]),
    ...TOPICS.map((t) => config.topics[t].keywords),
    TOPICS.flatMap((t) => config.topics[t].selfService.flatMap((link) => link.keywords)),
  ];
}

/** Every word pattern the classification matches (self-service-link.ts's are among the text's). */
export function configuredWordPatterns(config: Config): string[] {
  const s = config.senders;
  return [...textGroups(config), s.authorityNames, s.associationNames, s.machineAddresses].flat();
}

function rulesFor(config: Config, stopwords: readonly string[]): CompiledRules {
  let rules = compiled.get(config);
  if (!rules) {
    const s = config.senders;
    rules = {
      text: new PatternSet(textGroups(config), TYPO_TOLERANT),
      senderNames: new PatternSet([s.authorityNames, s.associationNames]),
      authorityDomains: domainMatcher(s.authorityDomains),
      freeMail: domainMatcher(s.freeMailDomains),
      internal: domainMatcher(config.internalDomains),
      machineAddresses: new PatternSet([s.machineAddresses]),
      stopwords: new Set(stopwords.map((w) => foldText(w))),
      ownName: new RegExp(config.municipality.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi"),
    };
    compiled.set(config, rules);
  }
  return rules;
}

function machineHeaders(mail: Mail): string[] {
  const h = mail.headers;
  const reasons: string[] = [];
  const autoSubmitted = h["auto-submitted"]?.trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== "no") reasons.push("rule.machine-header:auto-submitted");
  if (/\b(bulk|junk|list|auto_reply)\b/i.test(h["precedence"] ?? ""))
    reasons.push("rule.machine-header:precedence");
  if (h["list-unsubscribe"] !== undefined || h["list-id"] !== undefined) {
    reasons.push("rule.machine-header:list-unsubscribe");
  }
  if (h["x-auto-response-suppress"] !== undefined)
    reasons.push("rule.machine-header:x-auto-response-suppress");
  if (h["x-autoreply"] !== undefined || h["x-autorespond"] !== undefined) {
    reasons.push("rule.machine-header:x-autoreply");
  }
  if (/^\s*multipart\/report\b/i.test(h["content-type"] ?? ""))
    reasons.push("rule.machine-header:multipart-report");
  return reasons;
}

/** CVR numbers carry a modulus-11 check with weights 2 7 6 5 4 3 2 1. */
function isCvr(digits: string): boolean {
  if (!/^[1-9]\d{7}$/.test(digits)) return false;
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (weights[i] ?? 0);
  return sum % 11 === 0;
}

function hasCvr(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!words[i]?.startsWith("cvr")) continue;
    // "CVR-nr. 12345678", "CVR: 1234 5678": the number follows within a few words, maybe split in two.
    const after = words.slice(i + 1, i + 5).filter(hasDigit);
    const candidates = [after[0] ?? "", (after[0] ?? "") + (after[1] ?? "")];
    if (candidates.some(isCvr)) return true;
  }
  return false;
}

/** The last lines of the new text, where a sender signs; the municipality's own name there says nothing. */
function signOffOf(body: string, ownName: RegExp): string {
  const tail = body.length > SIGN_OFF_CHARS ? body.slice(-SIGN_OFF_CHARS) : body;
  return tail
    .split("\n")
    .filter((line) => NON_SPACE.test(line))
    .slice(-SIGN_OFF_LINES)
    .join("\n")
    .replace(ownName, " ");
}

function grouped(matches: readonly PatternMatch[], group: number): string[] {
  return [...new Set(matches.filter((m) => m.group === group).map((m) => m.pattern))];
}

const positions = (matches: readonly PatternMatch[], group: number): number[] =>
  matches.filter((m) => m.group === group).map((m) => m.at);

/** `matches` are the mail's own words: a reply's subject is the earlier mail's, and is left out before this. */
function hasSelfServiceIntent(matches: readonly PatternMatch[]): boolean {
  const requests = positions(matches, PHRASE_GROUPS.indexOf("requestWords"));
  return matches.some(
    (m) => m.group === SELF_SERVICE_GROUP && requests.some((at) => Math.abs(at - m.at) <= INTENT_WINDOW),
  );
}

/** A request word at or just after the start of wording that frames a wish to act, in the mail's own words. */
function hasActionRequest(matches: readonly PatternMatch[]): boolean {
  const requests = positions(matches, PHRASE_GROUPS.indexOf("requestWords"));
  return positions(matches, PHRASE_GROUPS.indexOf("askToDo")).some((frame) =>
    requests.some((at) => at >= frame && at - frame <= ACTION_WINDOW),
  );
}

/** Whether the words hold at least `minimum` content words; stops counting there, as most mails get there at once. */
function hasContentWords(words: readonly string[], stopwords: ReadonlySet<string>, minimum: number): boolean {
  let count = 0;
  for (const w of words) {
    if (count >= minimum) break;
    if (w.length > 1 && !hasDigit(w) && !stopwords.has(w)) count++;
  }
  return count >= minimum;
}

export function readSignals(
  mail: Mail,
  text: MailText,
  config: Config,
  stopwords: readonly string[],
): MailSignals {
  const rules = rulesFor(config, stopwords);
  const subject = text.subject.trim().toLowerCase();
  const reply = /^(re|sv|aw)\s*:/.test(subject);
  const forward = /^(fw|fwd|wg|vs)\s*:/.test(subject);
  const subjectWords = foldedWords(text.subject);
  const bodyWords = foldedWords(text.body);
  // A forward is about what it forwards, whatever its note on top says ("Se venligst nedenstående", "FYI"); a reply
  // quotes the earlier mail, often the municipality's own answer, which is read only when the new text says nothing.
  const usedQuoted =
    NON_SPACE.test(text.quoted) &&
    (forward || !hasContentWords(bodyWords, rules.stopwords, config.thresholds.minimumNewWords));
  const words = [...subjectWords, ...bodyWords, ...(usedQuoted ? foldedWords(text.quoted) : [])];

  const matches = rules.text.match(words);
  const phrases = matches.filter((m) => m.group < TOPIC_GROUPS);
  const caseNumber = phrases
    .filter((m) => m.group === PHRASE_GROUPS.indexOf("caseNumber"))
    .filter((m) => words.slice(m.at + m.length, m.at + m.length + 3).some(hasDigit))
    .map((m) => m.pattern);

  // A reply's subject repeats the earlier mail ("SV: Hvordan melder vi flytning?"): not what this mail asks.
  const ownStart = reply ? subjectWords.length : 0;
  const own = ownStart === 0 ? matches : matches.filter((m) => m.at >= ownStart);
  const existingCase = grouped(own, PHRASE_GROUPS.indexOf("existingCase"));
  const aboutACase = caseNumber.length > 0 || existingCase.length > 0;
  const subjectTopics = new Set<Topic>();
  const topicKeywords = new Map<Topic, string[]>();
  for (const m of matches) {
    const topic = m.group >= TOPIC_GROUPS ? TOPICS[m.group - TOPIC_GROUPS] : undefined;
    if (!topic) continue;
    if (!reply && m.at < subjectWords.length) subjectTopics.add(topic);
    const list = topicKeywords.get(topic) ?? [];
    if (!list.includes(m.pattern)) list.push(m.pattern);
    topicKeywords.set(topic, list);
  }

  const address = (mail.from?.address ?? "").trim().toLowerCase();
  const at = address.lastIndexOf("@");
  const domain = at < 0 ? "" : address.slice(at + 1);
  const localPart = at < 0 ? address : address.slice(0, at);
  const fromName = mail.from?.name ?? "";
  const signOff = signOffOf(text.body, rules.ownName);
  const fromNameWords = foldedWords(fromName);
  const nameWords = [...fromNameWords, ...foldedWords(signOff)];
  const nameMatches = rules.senderNames.match(nameWords);
  const associationGroup = NAME_GROUPS.indexOf("association");

  const localWords = foldedWords(localPart.replace(/[._]/g, " "));
  const machineAddress = rules.machineAddresses.match(localWords);
  const machine = [
    ...machineHeaders(mail),
    ...machineAddress.slice(0, 1).map((m) => `rule.machine-address:${m.pattern}`),
  ];

  const s = config.senders;
  const internal = rules.internal(domain);
  return {
    words,
    subjectWords,
    usedQuoted,
    hasQuoted: NON_SPACE.test(text.quoted),
    question:
      (!reply && /\?/.test(text.subject)) ||
      /\?/.test(usedQuoted ? `${text.body}\n${text.quoted}` : text.body),
    machine,
    authorityDomain: rules.authorityDomains(domain),
    authorityName: grouped(nameMatches, NAME_GROUPS.indexOf("authority"))[0],
    companyMarker: firstMarker(s.companyMarkers, [fromName, signOff]),
    cvr: hasCvr(words),
    association:
      grouped(nameMatches, associationGroup)[0] ??
      firstMarker(s.associationAbbreviations, [fromName, signOff]),
    associationInName:
      nameMatches.some((m) => m.group === associationGroup && m.at < fromNameWords.length) ||
      firstMarker(s.associationAbbreviations, [fromName]) !== undefined,
    freeMail: rules.freeMail(domain),
    internal,
    colleague: internal !== undefined && machine.length === 0,
    domain,
    senderWords: [...foldedWords(fromName), ...localWords],
    aktindsigt: grouped(phrases, PHRASE_GROUPS.indexOf("aktindsigt")),
    klage: grouped(phrases, PHRASE_GROUPS.indexOf("klage")),
    booking: grouped(phrases, PHRASE_GROUPS.indexOf("booking")),
    caseNumber: [...new Set(caseNumber)],
    generalQuestion: grouped(phrases, PHRASE_GROUPS.indexOf("generalQuestion")),
    nothingToAnswer: grouped(phrases, PHRASE_GROUPS.indexOf("nothingToAnswer")),
    spam: grouped(phrases, PHRASE_GROUPS.indexOf("spam")),
    selfService: [...new Set(matches.filter((m) => m.group === SELF_SERVICE_GROUP).map((m) => m.pattern))],
    selfServiceIntent: !aboutACase && hasSelfServiceIntent(own),
    actionRequest: !aboutACase && hasActionRequest(own),
    existingCase,
    topicKeywords,
    subjectTopics,
    reply,
    forward,
    attachments: mail.attachments.filter((a) => !a.isInline).length,
  };
}
