// First import, so it is evaluated first: the engine's worker starts before the rest of the pane is set up.
import { paneEngine } from "./engine/pane-engine";
import { createRoot } from "react-dom/client";
import { connectOutlook } from "../office/office-mailbox";
import { paneLanguage, paneTexts } from "./i18n";
import { startFirstRead } from "./first-read";
import { Pane } from "./Pane";
import { markOfficeReady } from "./timings";

function render(element: JSX.Element): void {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(element);
}

// Outlook, or the demo's stand-in, provides Office; it is missing only when office.js failed to load.
/** The demo passes its Graph emulator (behind the dev server's proxy); only an address on this origin is taken. */
function statisticsEmulatorUrl(): string | undefined {
  const given = new URLSearchParams(window.location.search).get("graph");
  if (!given) return undefined;
  const url = new URL(given, window.location.href);
  return url.origin === window.location.origin ? url.href : undefined;
}

if (typeof Office === "undefined") {
  render(<Pane lang="da" engine={paneEngine.engine} />);
} else {
  void Office.onReady().then(() => {
    markOfficeReady();
    const session = connectOutlook(Office);
    const mailbox = session.mailbox && startFirstRead(session.mailbox);
    const lang = paneLanguage(session.displayLanguage);
    document.documentElement.lang = paneTexts[lang].locale;
    const emulatorUrl = statisticsEmulatorUrl();
    render(
      <Pane
        lang={lang}
        mailbox={mailbox}
        engine={paneEngine.engine}
        config={paneEngine.settled}
        model={paneEngine.model}
        {...(emulatorUrl ? { statisticsEmulatorUrl: emulatorUrl } : {})}
      />,
    );
  });
}
