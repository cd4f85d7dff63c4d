// The demo's Send button runs the send guard's own launchevent.js and shows its Smart Alert as Outlook does.
import type { Page } from "playwright-core";
import { screenshot } from "./browser";
import { CPR_ANY_LAYOUT, openDemo, selectMail, seriousViolations } from "./demo-page";
import { useGuardedPagePerTest } from "./page-per-test";

let page: Page;

useGuardedPagePerTest((guarded) => {
  page = guarded.page;
});

async function writeReply(text: string): Promise<void> {
  await page.getByRole("button", { name: "Svar", exact: true }).click();
  await page.getByTestId("compose-panel").waitFor();
  await page.getByRole("button", { name: "Slet citeret tekst" }).click();
  await page.getByLabel("Din tekst").fill(text);
}

const alertDialog = (p: Page) => p.getByRole("alertdialog", { name: "Kanalvagt" });
const focusIsIn = (selector: string) =>
  page.evaluate((s) => document.activeElement?.closest(s) !== null, selector);

/** Presses Send and waits for the reply to be sent: the form closed, no alert. */
async function sendAndSeeItSent(): Promise<void> {
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await page.getByRole("status").getByText("er sendt og ligger i Sendt post").waitFor();
  expect(await page.getByTestId("compose-panel").count()).toBe(0);
  expect(await alertDialog(page).count()).toBe(0);
}

describe("Send in the demo's compose form", () => {
  it("stops a reply with a CPR number with the send guard's alert, masked, and keyboard and Esc work", async () => {
    await openDemo(page);
    await writeReply("Kære Mette Nielsen\n\nDit CPR-nummer 070761-4285 er registreret.\n\nVenlig hilsen");
    await page.getByRole("button", { name: "Send", exact: true }).click();

    const dialog = alertDialog(page);
    await dialog.waitFor();
    const message = await dialog.getByTestId("smart-alert-message").textContent();
    expect(message).toContain("Mailen går til 1 modtager uden for kommunen");
    expect(message).toContain("070761-****");
    expect(message).not.toMatch(CPR_ANY_LAYOUT);
    // The bundled configuration does not allow "Send anyway", and Outlook on the web in a shared mailbox has no
    // Mailbox 1.14 for it either: "Send ikke" is the one way out.
    expect(await dialog.getByRole("button").allTextContents()).toEqual(["Send ikke"]);
    expect(await focusIsIn('[role="alertdialog"]')).toBe(true);
    await screenshot(page, "demo-send-alert.png");
    expect(await seriousViolations(page)).toEqual([]);

    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await page.getByTestId("compose-panel").waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Send");

    await page.keyboard.press("Enter");
    await dialog.waitFor();
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
    await page.getByTestId("compose-panel").waitFor();
  });

  it("speaks English when Outlook does", async () => {
    await openDemo(page);
    await page.getByLabel("Outlook-sprog").selectOption("en-US");
    await writeReply("Your CPR number 070761-4285 is registered.");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    const dialog = alertDialog(page);
    await expect(dialog.getByTestId("smart-alert-message").textContent()).resolves.toContain(
      "outside the municipality",
    );
    await dialog.getByRole("button", { name: "Don't send" }).click();
    await dialog.waitFor({ state: "detached" });
  });

  it("sends a clean reply: the form closes and the reply is in Sendt post", async () => {
    await openDemo(page);
    await selectMail(page, "flytning", "Hvordan melder vi flytning?");
    await writeReply("Kære Jonas Bech\n\nDu melder flytning på borger.dk.\n\nVenlig hilsen");
    await sendAndSeeItSent();
  });

  it("lets a colleague in the demo mailbox's own domain have the CPR number: internal mail is not stopped", async () => {
    await openDemo(page);
    await selectMail(page, "intern-notat", "Borger ringede om ventetid på pas");
    await writeReply("Hej Rikke\n\nBorgerens CPR-nummer er 070761-4285.\n\nHilsen");
    await sendAndSeeItSent();
  });
});
