import { createRoot } from "react-dom/client";
import { connectOutlook } from "../office/office-mailbox";
import { createTriageEngine } from "./engine/spawn-worker";
import { paneLanguage, paneTexts } from "./i18n";
import { Pane } from "./Pane";
import { markOfficeReady, recordWarmUp } from "./timings";

// The engine starts loading now, in its worker, while Office.js is still starting up.
const engine = createTriageEngine(recordWarmUp);

function render(element: JSX.Element): void {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(element);
}

// Outlook, or the demo's stand-in, provides Office; it is missing only when office.js failed to load.
if (typeof Office === "undefined") {
  render(<Pane lang="da" engine={engine} />);
} else {
  void Office.onReady().then(() => {
    markOfficeReady();
    const session = connectOutlook(Office);
    const lang = paneLanguage(session.displayLanguage);
    document.documentElement.lang = paneTexts[lang].locale;
    render(<Pane lang={lang} mailbox={session.mailbox} engine={engine} />);
  });
}
