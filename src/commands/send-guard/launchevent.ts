// The send guard's entry: built on its own into launchevent.js (webpack.launchevent.cjs), one self-contained script
// that classic Outlook on Windows runs in its JavaScript-only runtime and launchevent.html loads everywhere else.
// So: no imports left after bundling, no DOM, no Office.onReady — the handler is bound when the script runs.
import "./install-text-codecs";
import { analyse } from "../../core/analyse";
import type { SendGuardSettings } from "../../core/config/send-guard-settings";
import { createSendGuardHandler, type Timers } from "./handler";
import { SEND_HANDLER_NAME } from "./manifest-ids";
import { loadSendGuardSettings } from "./runtime-settings";

// A bare JavaScript runtime need not have timers or a console; the guard then runs without its own deadline.
// Wrapped, not passed as they are: a browser's setTimeout called as a method of another object throws "Illegal
// invocation", and the handler then failed open in launchevent.html (Outlook on the web, new Outlook, Mac).
const timers: Timers | undefined =
  typeof setTimeout === "function"
    ? {
        setTimeout: (run, ms) => setTimeout(run, ms),
        clearTimeout: (handle) => clearTimeout(handle as Parameters<typeof clearTimeout>[0]),
      }
    : undefined;
const log = typeof console === "object" ? (line: string) => console.info(line) : undefined;

/**
 * Where kanalvagt-config.json is looked for: beside launchevent.html (its location), or beside launchevent.js where
 * classic Outlook runs the script without a page (Office.context.urls, Mailbox 1.14).
 */
function pageUrl(): string | undefined {
  if (typeof location === "object" && typeof location.href === "string") return location.href;
  const urls = (Office.context as { urls?: { javascriptRuntimeUrl?: string } } | undefined)?.urls;
  return urls?.javascriptRuntimeUrl;
}

let settings: Promise<SendGuardSettings> | undefined;
/** Loaded once per runtime: started as the page loads where it has an address, else on the first Send. */
function sendGuardSettings(): Promise<SendGuardSettings> {
  settings ??= loadSendGuardSettings({ pageUrl: pageUrl(), timers, log });
  return settings;
}
if (typeof location === "object") void sendGuardSettings();

async function onMessageSend(event: Office.MailboxEvent): Promise<void> {
  const config = await sendGuardSettings();
  const handle = createSendGuardHandler({
    office: Office,
    config,
    detect: (mail) => analyse(mail, config.detection).findings,
    timers,
    log,
  });
  await handle(event);
}

Office.actions.associate(SEND_HANDLER_NAME, (event: Office.MailboxEvent) => void onMessageSend(event));
