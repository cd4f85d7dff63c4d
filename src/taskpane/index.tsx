import { createRoot } from "react-dom/client";
import { connectOutlook } from "../office/office-mailbox";
import { paneLanguage, paneTexts } from "./i18n";
import { Pane } from "./Pane";

function render(element: JSX.Element): void {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(element);
}

// Outlook, or the demo's stand-in, provides Office; it is missing only when office.js failed to load.
if (typeof Office === "undefined") {
  render(<Pane lang="da" />);
} else {
  void Office.onReady().then(() => {
    const session = connectOutlook(Office);
    const lang = paneLanguage(session.displayLanguage);
    document.documentElement.lang = paneTexts[lang].locale;
    render(<Pane lang={lang} mailbox={session.mailbox} />);
  });
}
