import type { Page } from "playwright-core";
import { screenshot, type GuardedPage } from "./browser";
import { messages, openDemo, pane, paneFrame, triageFor } from "./demo-page";
import { useGuardedPagePerTest } from "./page-per-test";

let guarded: GuardedPage;
let page: Page;

useGuardedPagePerTest((opened) => {
  guarded = opened;
  page = opened.page;
});

/** What has the keyboard focus inside the pane (its text or its label), or null when the focus is outside it. */
function focusedInPane(): Promise<string | null> {
  return paneFrame(page).evaluate(() => {
    const focused = document.activeElement;
    if (!document.hasFocus() || !focused || focused === document.body) return null;
    const label = focused instanceof HTMLInputElement ? focused.labels?.[0]?.textContent : undefined;
    return (label ?? focused.textContent ?? "").trim();
  });
}

/** Presses Tab until the focused element in the pane starts with `text`. */
async function tabTo(text: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await focusedInPane())?.startsWith(text)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached "${text}" in the pane`);
}

describe("the whole flow by keyboard", () => {
  it("selects a mail, opens 'Hvorfor?', copies the Digital Post text and sends the receipt", async () => {
    await openDemo(page);
    await guarded.context.grantPermissions(["clipboard-read", "clipboard-write"]);

    // Select a mail in the list with the arrow keys, then come back to the first one.
    await messages(page).getByRole("option", { selected: true }).focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Home");
    await triageFor(page, "sygedagpenge-cpr").waitFor();

    await tabTo("Hvorfor?");
    await page.keyboard.press("Enter");
    await expect(
      pane(page)
        .locator("details")
        .first()
        .evaluate((details) => (details as HTMLDetailsElement).open),
    ).resolves.toBe(true);

    await tabTo("Kopiér Digital Post-tekst");
    await page.keyboard.press("Enter");
    await pane(page)
      .getByText(/Teksten er kopieret|Teksten er markeret herunder/)
      .waitFor();

    // The reply templates are radio buttons: the arrow keys move between them and choose.
    await tabTo("Digital Post");
    await page.keyboard.press("ArrowRight");
    await expect(pane(page).getByRole("radio", { name: "Kvittering" }).isChecked()).resolves.toBe(true);
    await tabTo("Send kvittering");
    await page.keyboard.press("Enter");
    await page.getByTestId("reply-panel").waitFor();
    await screenshot(page, "demo-keyboard.png");
  });
});
