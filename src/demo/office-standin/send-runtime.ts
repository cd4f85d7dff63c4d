import type { Sharing, SimulatedFailure } from "../protocol";
import { asyncResultStatus } from "./async-result";
import { standInCompose } from "./message-compose";
import type { StandInHost } from "./message-read";
import { isSetSupported } from "./office-standin";

/** What the demo page hands Outlook's send runtime when the user presses Send in the compose form. */
export interface SendRequest {
  draftId: string;
  sharing: Sharing;
  failure: SimulatedFailure;
  /** Outlook's display language, e.g. "da-DK": the Smart Alert speaks it. */
  displayLanguage: string;
}

type SendHandler = (event: { completed(options: Office.SmartAlertsEventCompletedOptions): void }) => void;

/**
 * The Office.js that Outlook gives the send guard's runtime (launchevent.html): the compose item of the mail being
 * sent, and Office.actions.associate, through which launchevent.js names its OnMessageSend handler. The demo page
 * loads the send guard's own built file over it, so the alert it shows comes from the code Outlook runs.
 */
export function createSendRuntime(host: StandInHost) {
  const handlers = new Map<string, SendHandler>();
  let generation = 0;
  const mailbox: { item: ReturnType<typeof standInCompose> | null } = { item: null };
  const context = { displayLanguage: "da-DK", mailbox, requirements: { isSetSupported } };
  const office = {
    AsyncResultStatus: asyncResultStatus,
    CoercionType: { Text: "text", Html: "html" },
    MailboxEnums: { SendModeOverride: { PromptUser: "promptUser" } },
    context,
    actions: {
      associate(name: string, handler: SendHandler) {
        handlers.set(name, handler);
      },
    },
  };

  return {
    office,
    /** Fires OnMessageSend as Outlook does and resolves with what the handler passed to event.completed. */
    send({
      draftId,
      sharing,
      failure,
      displayLanguage,
    }: SendRequest): Promise<Office.SmartAlertsEventCompletedOptions> {
      const [handler, ...others] = [...handlers.values()];
      if (!handler || others.length > 0) {
        return Promise.reject(
          new Error(`the send runtime has ${handlers.size} OnMessageSend handlers, not 1`),
        );
      }
      const current = ++generation;
      context.displayLanguage = displayLanguage;
      mailbox.item = standInCompose(draftId, {
        host,
        sharing,
        failure,
        isCurrent: () => generation === current,
      });
      return new Promise((completed) => handler({ completed }));
    },
  };
}

export type SendRuntime = ReturnType<typeof createSendRuntime>;

/**
 * Installs the runtime's Office as the page's global and loads launchevent.js (the file the manifest names for
 * OnMessageSend), which associates its handler as it runs. Resolves once the script has run.
 */
export function loadSendGuard(runtime: SendRuntime, scriptUrl = "launchevent.js"): Promise<void> {
  Object.assign(window, { Office: runtime.office });
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = scriptUrl;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${scriptUrl} did not load`));
    document.head.append(script);
  });
}
