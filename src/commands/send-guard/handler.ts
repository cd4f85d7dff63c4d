import type { Config } from "../../core/config/schema";
import type { Lang } from "../../core/i18n/reason-text";
import { allowedUnseen, decideSend, type Detect, type SendDecision } from "../../core/send-guard/decide";
import { uncheckedAttachments, type UncheckedAttachment } from "../../core/send-guard/unchecked";
import { ALLOW, alertLanguage, blockCompletion, failureCompletion, uncheckedCompletion } from "./completion";
import type { SendEvent, SendGuardOffice } from "./office-types";
import { sendGuardAttachmentLimits, withOutgoingAttachments } from "./outgoing-attachments";
import { OfficeCallError } from "../../office/office-call";
import { readOutgoing, type MailboxContext } from "../../office/read-outgoing";

/** The timer functions, where the runtime has them (the tests pass fakes; a bare runtime may have none). */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SendGuardDeps {
  office: SendGuardOffice;
  config: Pick<Config, "internalDomains" | "sendGuard">;
  detect: Detect;
  timers?: Timers;
  /**
   * Milliseconds from any fixed point (Date.now by default). The deadline is also checked against this clock between
   * the steps, so a runtime without timers keeps it too, except while Outlook itself does not answer.
   */
  now?: () => number;
  /** One line per send, for the admin's diagnostics: the outcome, kinds and counts, never content. */
  log?: (line: string) => void;
}

type Outcome =
  | { kind: "decided"; decision: SendDecision; mailbox: MailboxContext; unchecked: UncheckedAttachment[] }
  | { kind: "timeout" }
  | { kind: "failed"; error: unknown };

const TIMEOUT: Outcome = { kind: "timeout" };
const failed = (error: unknown): Outcome => ({ kind: "failed", error });

/**
 * Lets due timers run: Office answers in callbacks, and a deadline that came due while Outlook was reading the mail
 * gets its turn before the engine's synchronous work starts. Without timers there is nothing to give way to.
 */
function yieldToEventLoop(timers: Timers | undefined): Promise<void> {
  return timers ? new Promise((resolve) => timers.setTimeout(resolve, 0)) : Promise.resolve();
}

/**
 * The share of sendGuard.timeoutMs the attachments may take; the rest is left for the engine, so a slow attachment
 * is named as not checked instead of costing the whole check.
 */
const ATTACHMENT_SHARE = 0.5;

/**
 * The error's kind and, for an Office call, which call and its code. Never the message: an engine or Office text
 * could one day quote the mail, and this line goes to the admin's diagnostics.
 */
function describeFailure(error: unknown): string {
  if (error instanceof OfficeCallError)
    return `${error.name} in ${error.call} (code ${error.code ?? "none"})`;
  return error instanceof Error ? error.name : "unknown error";
}

function describeOutcome(outcome: Outcome): string {
  switch (outcome.kind) {
    case "timeout":
      return "timeout";
    case "failed":
      return `failed: ${describeFailure(outcome.error)}`;
    case "decided": {
      const d = outcome.decision;
      const what =
        d.action === "allow"
          ? `allow (${d.reason})`
          : `block (${d.kinds.map((k) => `${k.kind}×${k.count}${k.moreThan ? "+" : ""}`).join(", ")}; ${d.externalRecipients} outside)`;
      return `${what}${describeUnchecked(outcome.unchecked)}; mailbox ${outcome.mailbox}`;
    }
  }
}

/** The attachments not checked by file type and reason ("1 .pdf unsupported"): their names may name a citizen. */
function describeUnchecked(unchecked: readonly UncheckedAttachment[]): string {
  if (unchecked.length === 0) return "";
  const counts = new Map<string, number>();
  for (const { name, reason } of unchecked) {
    const type = /\.[a-z0-9]{1,8}$/i.exec(name)?.[0].toLowerCase() ?? "(no extension)";
    const key = `${type} ${reason}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return `; not checked: ${[...counts].map(([key, n]) => `${n} ${key}`).join(", ")}`;
}

/** The options for Outlook; building them must not keep Outlook waiting, so a failure gives the plainest answer. */
function completionFor(
  outcome: Outcome,
  lang: Lang,
  office: SendGuardOffice,
  sendGuard: SendGuardDeps["config"]["sendGuard"],
): Office.SmartAlertsEventCompletedOptions {
  try {
    if (outcome.kind !== "decided") return failureCompletion(lang, office, sendGuard.failMode);
    const { decision, unchecked } = outcome;
    if (decision.action === "block") return blockCompletion(decision, lang, office, sendGuard, unchecked);
    if (unchecked.length > 0) return uncheckedCompletion(unchecked, lang, office, sendGuard.failMode);
    return ALLOW;
  } catch {
    return sendGuard.failMode === "open" ? ALLOW : { allowEvent: false };
  }
}

/**
 * The OnMessageSend handler. It reads the mail and, for mail it must check, its attachments (within the first half
 * of the deadline), decides, and calls event.completed exactly once — with the decision,
 * or, when reading or deciding throws or takes longer than sendGuard.timeoutMs, with the configured fail mode. The
 * deadline is a timer where the runtime has one and the clock between steps everywhere; the decision itself is
 * linear in the mail and counts only up to a limit (decide.ts), so it cannot hold the event for long.
 */
export function createSendGuardHandler(deps: SendGuardDeps): (event: SendEvent) => Promise<void> {
  const { office, config, detect, timers, log } = deps;
  const now = deps.now ?? (() => Date.now());
  const { timeoutMs } = config.sendGuard;
  const attachmentLimits = sendGuardAttachmentLimits(config.sendGuard.attachments);

  return async (event) => {
    const started = now();
    const late = (): boolean => now() - started >= timeoutMs;
    let lang: Lang = "da";
    let handle: unknown;
    let outcome: Outcome;
    try {
      lang = alertLanguage(office.context.displayLanguage);
      const deadline = new Promise<Outcome>((resolve) => {
        if (timers) handle = timers.setTimeout(() => resolve(TIMEOUT), timeoutMs);
      });
      const check = async (): Promise<Outcome> => {
        const item = office.context.mailbox?.item;
        const read = await readOutgoing(office, item);
        await yieldToEventLoop(timers);
        if (late()) return TIMEOUT;
        const outgoing =
          item && allowedUnseen(read.outgoing, config) === undefined
            ? {
                ...read.outgoing,
                mail: await withOutgoingAttachments(
                  office,
                  item,
                  read.outgoing.mail,
                  read.attachmentDetails,
                  () => now() - started < timeoutMs * ATTACHMENT_SHARE,
                  attachmentLimits,
                ),
              }
            : read.outgoing;
        await yieldToEventLoop(timers);
        if (late()) return TIMEOUT;
        const decision = decideSend(outgoing, config, detect);
        return {
          kind: "decided",
          decision,
          mailbox: read.mailbox,
          unchecked: uncheckedAttachments(outgoing.mail),
        };
      };
      outcome = await Promise.race([check().catch(failed), deadline]);
    } catch (error) {
      outcome = failed(error);
    }
    try {
      if (timers) timers.clearTimeout(handle);
    } catch {
      // A timer left running resolves a promise nobody waits for.
    }
    event.completed(completionFor(outcome, lang, office, config.sendGuard));
    log?.(`Kanalvagt send guard: ${describeOutcome(outcome)}`);
  };
}
