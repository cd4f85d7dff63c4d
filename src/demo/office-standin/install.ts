// Runs in the demo's pane iframe before the task pane's own script: it plays office.js and takes the selection
// from the demo page around it, so the pane's real code runs unchanged.
import { isSelectMessage, readyMessage } from "../protocol";
import { createOfficeStandIn } from "./office-standin";

const displayLanguage = new URLSearchParams(window.location.search).get("lang") ?? "da-DK";
const standIn = createOfficeStandIn(displayLanguage);
Object.assign(window, { Office: standIn.office });

window.addEventListener("message", (event: MessageEvent<unknown>) => {
  if (event.source !== window.parent || event.origin !== window.location.origin) return;
  if (isSelectMessage(event.data)) standIn.select(event.data.item);
});
window.parent.postMessage(readyMessage(), window.location.origin);
