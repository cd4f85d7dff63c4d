import type { Config } from "../../core/config/schema";
import { decideSend, type Detect, type SendDecision } from "../../core/send-guard/decide";
import { ALLOW, alertLanguage, blockCompletion, failureCompletion } from "./completion";
import type { SendEvent, SendGuardOffice } from "./office-types";
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
  /** One line per send, for the admin's diagnostics: the outcome, kinds and counts, never content. */
  log?: (line: string) => void;
}

type Outcome =
  | { kind: "decided"; decision: SendDecision; mailbox: MailboxContext }
  | { kind: "timeout" }
  | { kind: "failed"; error: unknown };

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
          : `block (${d.kinds.map((k) => `${k.kind}×${k.count}`).join(", ")}; ${d.externalRecipients} outside)`;
      return `${what}; mailbox ${outcome.mailbox}`;
    }
  }
}

/**
 * The OnMessageSend handler. It reads the mail, decides, and calls event.completed exactly once — with the decision,
 * or, when reading or deciding throws or takes longer than sendGuard.timeoutMs, with the configured fail mode.
 */
export function createSendGuardHandler(deps: SendGuardDeps): (event: SendEvent) => Promise<void> {
  const { office, config, detect, timers, log } = deps;

  return async (event) => {
    const lang = alertLanguage(office.context.displayLanguage);
    let handle: unknown;
    const deadline = new Promise<Outcome>((resolve) => {
      if (timers) handle = timers.setTimeout(() => resolve({ kind: "timeout" }), config.sendGuard.timeoutMs);
    });
    const check = readOutgoing(office, office.context.mailbox?.item).then(
      ({ outgoing, mailbox }): Outcome => ({
        kind: "decided",
        decision: decideSend(outgoing, config, detect),
        mailbox,
      }),
    );
    const outcome = await Promise.race([
      check.catch((error: unknown): Outcome => ({ kind: "failed", error })),
      deadline,
    ]);
    if (timers) timers.clearTimeout(handle);

    let options: Office.SmartAlertsEventCompletedOptions;
    try {
      if (outcome.kind !== "decided") options = failureCompletion(lang, office, config.sendGuard.failMode);
      else if (outcome.decision.action === "allow") options = ALLOW;
      else options = blockCompletion(outcome.decision, lang, office, config.sendGuard);
    } catch {
      // Building the alert must not keep Outlook waiting; the plainest answer the fail mode allows.
      options = config.sendGuard.failMode === "open" ? ALLOW : { allowEvent: false };
    }
    event.completed(options);
    log?.(`Kanalvagt send guard: ${describeOutcome(outcome)}`);
  };
}
