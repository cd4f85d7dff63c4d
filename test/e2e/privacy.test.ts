import type { ConsoleMessage, Page } from "playwright-core";
import { selectMessage } from "../../src/demo/protocol";
import { SHARED_MAILBOX, toDemoItem, type SampleMail } from "../../src/demo/mailbox/sample-mail";
import { ART9, CPR, MAIL_OWN_TEXT, NAME, maskedCpr, paneLeaks, type PaneOutput } from "../privacy/planted";
import {
  ATTACHMENT_NAME,
  BODY_TEXT,
  DISPLAY_NAME,
  REPLY_TO,
  SENDER_ADDRESS,
  SUBJECT,
} from "../privacy/planted-mail";
import { openDemo, pane, paneFrame, triageFor } from "./demo-page";
import { useGuardedPagePerTest } from "./page-per-test";

/**
 * The privacy harness in Chromium (issue 14): the production build's pane is handed the planted mail the way Outlook
 * hands it a selection (the demo page's message to the pane's Office.js stand-in), and its rendered DOM and console
 * are scanned with the harness's one scanner. The subject and sender lines show the mail's own words with CPR
 * numbers masked; nothing else in the pane, and nothing on the console, may hold a planted value. The demo page
 * around the pane plays Outlook, whose reading pane shows the mail as it is: it is not scanned.
 */

let page: Page;
let consoleLines: string[];

useGuardedPagePerTest((guarded) => {
  page = guarded.page;
  consoleLines = [];
  page.on("console", (message: ConsoleMessage) => consoleLines.push(`${message.type()}: ${message.text()}`));
});

const PLANTED: SampleMail = {
  id: "planted",
  from: { name: DISPLAY_NAME, address: SENDER_ADDRESS },
  minutesAgo: 3,
  subject: SUBJECT,
  text: BODY_TEXT,
  attachments: [{ name: ATTACHMENT_NAME, contentType: "text/plain", size: 2048 }],
  headers: {
    "Reply-To": REPLY_TO,
    "X-Sagsreference": `cpr ${CPR.space.written} ${ART9.religion.written}`,
  },
};

/** Hands the pane the planted mail as the selected item and waits for its triage. */
async function selectPlanted(): Promise<void> {
  const message = selectMessage(
    toDemoItem(PLANTED, new Date()),
    { owner: SHARED_MAILBOX.address, delegatePermissions: 2 | 32 },
    "none",
  );
  await page
    .locator('iframe[title="Kanalvagt-opgaverude"]')
    .evaluate(
      (frame: HTMLIFrameElement, data) => frame.contentWindow?.postMessage(data, location.origin),
      message,
    );
  await triageFor(page, PLANTED.id).waitFor();
}

/** The pane's DOM split as paneLeaks reads it (the mail's own lines apart), and the page's console. */
async function paneOutput(): Promise<PaneOutput> {
  const dom = await paneFrame(page).evaluate((selectors) => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    const own = [...clone.querySelectorAll(selectors)];
    const ownLines = own.map((element) => element.outerHTML);
    for (const element of own) element.remove();
    return { ownLines, restText: clone.innerText, restHtml: clone.innerHTML };
  }, MAIL_OWN_TEXT);
  return { ...dom, console: consoleLines };
}

describe("the pane in Chromium shows no planted value unmasked", () => {
  it("masks by default: findings, subject and sender carry masked CPR numbers, nothing else of the mail", async () => {
    await openDemo(page);
    await selectPlanted();
    const findings = await pane(page).getByTestId("findings").textContent();
    expect(findings).toContain(maskedCpr(CPR.plain));
    expect(findings).toContain(maskedCpr(CPR.fullWidth));
    await expect(pane(page).getByTestId("subject").textContent()).resolves.toBe(
      SUBJECT.replace(CPR.plain.written, maskedCpr(CPR.plain)),
    );
    const sender = await pane(page).getByTestId("sender").textContent();
    expect(sender).toContain(NAME.sender.written);
    expect(sender).not.toContain(CPR.hyphen.written);
    expect(paneLeaks(await paneOutput())).toEqual([]);
  });

  it("would report the mail's text had the pane printed it (the scan reads the frame that matters)", async () => {
    await openDemo(page);
    await selectPlanted();
    await paneFrame(page).evaluate((text) => {
      const leak = document.createElement("p");
      leak.textContent = text;
      document.body.append(leak);
    }, BODY_TEXT);
    const labels = paneLeaks(await paneOutput()).map((leak) => leak.label);
    expect(labels).toEqual(
      expect.arrayContaining([CPR.plain.label, CPR.fullWidth.label, ART9.criminal.label]),
    );
  });
});
