import type { SendGuardConfig } from "../config/schema";
import type { Finding } from "../detect/finding";
import type { Address, Mail } from "../mail";
import { sensitivityOf } from "../sensitivity";
import { IDENTIFIER_KINDS, type FindingKind, type Sensitivity, sensitivityRank } from "../taxonomy";
import { domainMatcher } from "../config/domain-patterns";
import { domainOf } from "./domains";
import { maskCprInText } from "../privacy/mask-cpr-in-text";

/**
 * Whether the user is sending the mail S/MIME-encrypted. Outlook exposes this only in some clients (see the handler);
 * "unknown" is treated like "not-encrypted", since a guess must not let sensitive data out.
 */
export type EncryptionState = "encrypted" | "not-encrypted" | "unknown";

/** A mail on its way out: what Outlook's compose form holds when the user presses Send. */
export interface OutgoingMail {
  /** Subject, body (with the quoted history Outlook put below the reply), attachment names, To and Cc. */
  mail: Mail;
  bcc: Address[];
  encryption: EncryptionState;
}

/** One kind of sensitive data in the alert: how many, and up to a few masked examples (never the values). */
export interface KindSummary {
  kind: FindingKind;
  /** Distinct numbers for identifiers; passages for categories. At most COUNT_LIMIT. */
  count: number;
  /** There are more than `count`: counting stopped at COUNT_LIMIT ("mere end 100"). */
  moreThan: boolean;
  /** Identifiers only: up to two distinct masked forms, in order of appearance, e.g. "010190-****". */
  masked: string[];
  /** Up to two attachments that hold this kind, by name with CPR numbers masked ("lønseddel.pdf"). */
  attachments: string[];
  /** Found outside attachments too: in the subject, the text, the quoted history or an attachment's name. */
  outsideAttachments: boolean;
}

export type AllowReason = "internal-only" | "encrypted" | "no-findings";

/** The data in a mail at or above the send guard's level, whoever it goes to. */
export interface SensitiveContent {
  sensitivity: Sensitivity;
  kinds: KindSummary[];
  /** Some of the data stands in the quoted history: the user may not have noticed it. */
  inQuoted: boolean;
  inSubject: boolean;
}

export type SendDecision =
  | { action: "allow"; reason: AllowReason }
  | ({
      action: "block";
      /** Recipients whose domain is not one of the internal domains (or who have no SMTP address at all). */
      externalRecipients: number;
    } & SensitiveContent);

export interface SendGuardRules {
  internalDomains: readonly string[];
  sendGuard: Pick<SendGuardConfig, "minSensitivity">;
}

/** Finds the sensitive data in a mail: the detection engine, passed in so the decision stays a plain function. */
export type Detect = (mail: Mail) => readonly Finding[];

const IDENTIFIER_EXAMPLES = 2;
const ATTACHMENT_EXAMPLES = 2;

/** The level one finding alone gives a mail (the engine's rule: art. 9 kinds følsomme, the rest fortrolige). */
function levelOf(finding: Finding): Sensitivity {
  return sensitivityOf([finding], false);
}

/** Recipients of the mail (To, Cc, Bcc) that are not internal. */
export function externalRecipients(outgoing: OutgoingMail, internalDomains: readonly string[]): Address[] {
  const internal = domainMatcher(internalDomains);
  return [...outgoing.mail.to, ...outgoing.mail.cc, ...outgoing.bcc].filter(
    (recipient) => internal(domainOf(recipient.address)) === undefined,
  );
}

function isIdentifier(kind: FindingKind): boolean {
  return (IDENTIFIER_KINDS as readonly string[]).includes(kind);
}

/**
 * Where counting stops. Nobody reads "40 000 CPR-numre" differently from "mere end 100", and a bound keeps the
 * distinct-value sets small whatever a mail holds.
 */
export const COUNT_LIMIT = 100;

interface Tally {
  kind: FindingKind;
  level: Sensitivity;
  rank: number;
  passages: number;
  values: Set<string>;
  masked: string[];
  moreThan: boolean;
  attachments: string[];
  outsideAttachments: boolean;
}

/** Notes where the finding stands: which attachment, or the mail itself. Constant work per finding. */
function place(tally: Tally, finding: Finding): void {
  if (finding.where !== "attachment") {
    tally.outsideAttachments = true;
    return;
  }
  if (tally.attachments.length >= ATTACHMENT_EXAMPLES || finding.attachment === undefined) return;
  const name = maskCprInText(finding.attachment);
  if (!tally.attachments.includes(name)) tally.attachments.push(name);
}

/** Adds one finding to its kind's tally: constant work, and none once the count has reached the limit. */
function count(tally: Tally, finding: Finding): void {
  if (tally.moreThan) return;
  if (!isIdentifier(finding.kind)) {
    tally.passages += 1;
    tally.moreThan = tally.passages > COUNT_LIMIT;
    return;
  }
  // The same CPR number quoted three times is one number.
  if (tally.values.has(finding.value)) return;
  if (tally.values.size === COUNT_LIMIT) {
    tally.moreThan = true;
    return;
  }
  tally.values.add(finding.value);
  if (tally.masked.length < IDENTIFIER_EXAMPLES && !tally.masked.includes(finding.masked))
    tally.masked.push(finding.masked);
}

function summaryOf(tally: Tally): KindSummary {
  const { kind, passages, values, masked, moreThan, attachments, outsideAttachments } = tally;
  const where = { attachments, outsideAttachments };
  return isIdentifier(kind)
    ? { kind, count: values.size, moreThan, masked, ...where }
    : { kind, count: Math.min(passages, COUNT_LIMIT), moreThan, masked: [], ...where };
}

/**
 * Why a mail may leave without its content being looked at (no recipient outside, or S/MIME-encrypted); undefined
 * when decideSend must look. The send guard asks first, so it fetches attachments only for mail it will check.
 */
export function allowedUnseen(
  outgoing: OutgoingMail,
  rules: Pick<SendGuardRules, "internalDomains">,
): "internal-only" | "encrypted" | undefined {
  if (externalRecipients(outgoing, rules.internalDomains).length === 0) return "internal-only";
  if (outgoing.encryption === "encrypted") return "encrypted";
  return undefined;
}

/**
 * Whether a mail may leave. It stops only a mail that (1) goes to at least one recipient outside the internal
 * domains, (2) is not S/MIME-encrypted, and (3) carries data at or above the configured sensitivity — in the new text,
 * the subject, attachment names or the quoted history alike, since a reply by e-mail sends all of it. The engine runs
 * only when the first two hold, so internal and encrypted mail leave without delay.
 */
export function decideSend(outgoing: OutgoingMail, rules: SendGuardRules, detect: Detect): SendDecision {
  const unseen = allowedUnseen(outgoing, rules);
  if (unseen) return { action: "allow", reason: unseen };
  const external = externalRecipients(outgoing, rules.internalDomains);

  const content = sensitiveContent(outgoing.mail, rules, detect);
  if (!content) return { action: "allow", reason: "no-findings" };
  return { action: "block", externalRecipients: external.length, ...content };
}

/**
 * What decideSend would stop the mail for if it went outside: the data at or above the configured sensitivity, in
 * the new text, the subject, attachment names and the quoted history; undefined when there is none. The task pane
 * shows it beside the compose form even before the mail has a recipient outside.
 */
export function sensitiveContent(
  mail: Mail,
  rules: Pick<SendGuardRules, "sendGuard">,
  detect: Detect,
): SensitiveContent | undefined {
  const least = sensitivityRank(rules.sendGuard.minSensitivity);
  // One pass, constant work per finding and no copies: the send guard must decide in time on any mail.
  const tallies = new Map<FindingKind, Tally>();
  let inQuoted = false;
  let inSubject = false;
  for (const finding of detect(mail)) {
    let tally = tallies.get(finding.kind);
    if (!tally) {
      const level = levelOf(finding);
      const rank = sensitivityRank(level);
      tally = {
        kind: finding.kind,
        level,
        rank,
        passages: 0,
        values: new Set(),
        masked: [],
        moreThan: false,
        attachments: [],
        outsideAttachments: false,
      };
      tallies.set(finding.kind, tally);
    }
    if (tally.rank < least) continue;
    count(tally, finding);
    place(tally, finding);
    inQuoted ||= finding.where === "quoted";
    inSubject ||= finding.where === "subject";
  }
  const counted = [...tallies.values()]
    .filter((tally) => tally.rank >= least)
    .sort((a, b) => b.rank - a.rank);
  const top = counted[0];
  if (top === undefined) return undefined;
  return {
    sensitivity: top.level,
    kinds: counted.map(summaryOf),
    inQuoted,
    inSubject,
  };
}
