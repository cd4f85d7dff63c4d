// The send guard's entry: built on its own into launchevent.js (webpack.launchevent.cjs), one self-contained script
// that classic Outlook on Windows runs in its JavaScript-only runtime and launchevent.html loads everywhere else.
// So: no imports left after bundling, no DOM, no Office.onReady — the handler is bound when the script runs.
import { analyse } from "../../core/analyse";
import { createSendGuardHandler } from "./handler";
import { SEND_HANDLER_NAME } from "./manifest-ids";
import { SEND_GUARD_SETTINGS } from "./send-guard-config";

const onMessageSend = createSendGuardHandler({
  office: Office,
  config: SEND_GUARD_SETTINGS,
  detect: (mail) => analyse(mail, SEND_GUARD_SETTINGS.detection).findings,
  // A bare JavaScript runtime need not have timers or a console; the guard then runs without its own deadline.
  // Wrapped, not passed as they are: a browser's setTimeout called as a method of another object throws "Illegal
  // invocation", and the handler then failed open in launchevent.html (Outlook on the web, new Outlook, Mac).
  timers:
    typeof setTimeout === "function"
      ? {
          setTimeout: (run, ms) => setTimeout(run, ms),
          clearTimeout: (handle) => clearTimeout(handle as Parameters<typeof clearTimeout>[0]),
        }
      : undefined,
  log: typeof console === "object" ? (line) => console.info(line) : undefined,
});

Office.actions.associate(SEND_HANDLER_NAME, (event: Office.MailboxEvent) => void onMessageSend(event));
