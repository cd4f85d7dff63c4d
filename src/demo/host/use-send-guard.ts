import { useRef, useState } from "react";
import type { DemoExchange } from "../exchange/demo-exchange";
import { exchangeHost } from "../exchange/exchange-host";
import {
  createSendRuntime,
  loadSendGuard,
  type SendRequest,
  type SendRuntime,
} from "../office-standin/send-runtime";

export type SendState =
  | { kind: "idle" }
  /** The send guard is checking the mail; Outlook keeps it in the compose form meanwhile. */
  | { kind: "checking"; draftId: string }
  /** The send guard stopped the mail: Outlook shows its Smart Alert. */
  | { kind: "stopped"; draftId: string; alert: Office.SmartAlertsEventCompletedOptions }
  /** launchevent.js did not load or associated no handler: the demo cannot show what Outlook would. */
  | { kind: "unavailable"; draftId: string };

/**
 * Send in the demo's compose form: OnMessageSend through the send guard's own launchevent.js (loaded on the first
 * send), then sent or stopped as its event.completed says. The send guard only reads the draft, so edit rights do
 * not matter to it.
 */
export function useSendGuard(exchange: DemoExchange) {
  const runtime = useRef<Promise<SendRuntime> | undefined>(undefined);
  const [state, setState] = useState<SendState>({ kind: "idle" });

  const send = async (request: SendRequest): Promise<void> => {
    const { draftId } = request;
    setState({ kind: "checking", draftId });
    try {
      runtime.current ??= (async () => {
        const loaded = createSendRuntime(exchangeHost(exchange, () => false));
        await loadSendGuard(loaded);
        return loaded;
      })();
      const alert = await (await runtime.current).send(request);
      if (alert.allowEvent) {
        exchange.sendDraft(draftId);
        setState({ kind: "idle" });
      } else {
        setState({ kind: "stopped", draftId, alert });
      }
    } catch {
      runtime.current = undefined;
      setState({ kind: "unavailable", draftId });
    }
  };

  return {
    state,
    send,
    /** "Send anyway": Outlook sends the mail as it stands. */
    sendAnyway: (): void => {
      if (state.kind === "stopped") exchange.sendDraft(state.draftId);
      setState({ kind: "idle" });
    },
    /** "Don't send" (or Esc): back to the compose form, the mail unsent. */
    dismiss: (): void => setState({ kind: "idle" }),
  };
}
