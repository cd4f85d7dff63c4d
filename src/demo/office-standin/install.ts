// Runs in the demo's pane iframe before the task pane's own script: it plays office.js and takes the selection
// from the demo page around it, so the pane's real code runs unchanged.
import { callMessage, isResultMessage, isSelectMessage, readyMessage, type HostMethod } from "../protocol";
import { createOfficeStandIn } from "./office-standin";

const displayLanguage = new URLSearchParams(window.location.search).get("lang") ?? "da-DK";
const origin = window.location.origin;
const waiting = new Map<number, { resolve(value: unknown): void; reject(error: unknown): void }>();
let nextCall = 0;

const host = {
  call(method: HostMethod, itemId: string, args: unknown[]): Promise<unknown> {
    const id = ++nextCall;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      window.parent.postMessage(callMessage(id, method, itemId, args), origin);
    });
  },
};

const standIn = createOfficeStandIn(displayLanguage, host);
Object.assign(window, { Office: standIn.office });

window.addEventListener("message", (event: MessageEvent<unknown>) => {
  if (event.source !== window.parent || event.origin !== origin) return;
  if (isSelectMessage(event.data)) standIn.select(event.data);
  if (isResultMessage(event.data)) {
    const call = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    if (event.data.ok) call?.resolve(event.data.value);
    else call?.reject(event.data.error);
  }
});
window.parent.postMessage(readyMessage(), origin);
