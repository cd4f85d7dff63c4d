import type { StandInHost } from "../office-standin/message-read";
import type { DemoExchange } from "./demo-exchange";

/**
 * The stand-in's host calls answered by the demo's Exchange in the same page, for the send guard's runtime (and the
 * tests). A failed call rejects with Office's error object, as it arrives across the pane's postMessage bridge.
 */
export function exchangeHost(exchange: DemoExchange, mayEdit: () => boolean): StandInHost {
  return {
    call: (method, itemId, args) => {
      const outcome = exchange.answer(method, itemId, args, mayEdit());
      if (outcome.ok) return Promise.resolve(outcome.value);
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      return Promise.reject(outcome.error);
    },
  };
}
