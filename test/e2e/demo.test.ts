import { stat } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, FrameLocator, Page } from "playwright-core";
import { baseUrl, launchChromium, openGuardedPage, screenshot, type GuardedPage } from "./browser";

let browser: Browser;
let guarded: GuardedPage;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  guarded = await openGuardedPage(browser);
  page = guarded.page;
});

afterEach(async () => {
  await guarded.context.close();
  expect(guarded.offsite).toEqual([]);
  expect(guarded.errors).toEqual([]);
});

function pane(): FrameLocator {
  return page.frameLocator('iframe[title="Kanalvagt-opgaverude"]');
}

function messages() {
  return page.getByRole("listbox", { name: "Meddelelser i Indbakke" });
}

async function openDemo(): Promise<void> {
  await page.goto(`${baseUrl}/demo.html`);
  await pane().getByRole("heading", { level: 1 }).waitFor();
}

async function expectPaneShows(subject: string, sender: string, signature: string, status: string) {
  await expect(pane().getByRole("heading", { level: 1 }).textContent()).resolves.toBe(subject);
  await expect(pane().getByTestId("sender").textContent()).resolves.toBe(sender);
  const badge = pane().locator(`[data-status="${status}"]`);
  await badge.waitFor();
  await expect(badge.textContent()).resolves.toBe(signature);
}

describe("the demo's shared mailbox around the real task pane", () => {
  it("opens with the newest mail selected and the pane reading it through the mailbox adapter", async () => {
    await openDemo();
    const options = messages().getByRole("option");
    await expect(options.count()).resolves.toBe(8);
    await expect(options.first().getAttribute("aria-selected")).resolves.toBe("true");
    await expectPaneShows(
      "Min sygedagpengesag",
      "Mette Nielsen <mette.nielsen61@example.com>",
      "Hverken signeret eller krypteret",
      "unsigned",
    );
    await expect(pane().getByText("Afgjort ud fra mailens Content-Type-header").count()).resolves.toBe(1);
    const file = await screenshot(page, "demo.png");
    expect((await stat(file)).size).toBeGreaterThan(10_000);
  });

  it("updates the pane when another mail is clicked (ItemChanged)", async () => {
    await openDemo();
    await messages()
      .getByRole("option", { name: /Ida Krogh/ })
      .click();
    await expectPaneShows(
      "Fuldmagt – boligstøttesag for Ellen Sørensen",
      "Ida Krogh <ik@krogh-holm.example.dk>",
      "Signeret",
      "signed",
    );
    await screenshot(page, "demo-signed.png");
  });

  it("follows the selection by keyboard, and shows an encrypted mail as encrypted", async () => {
    await openDemo();
    await messages().getByRole("option", { selected: true }).focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowDown");
    const selected = messages().getByRole("option", { selected: true });
    await expect(selected.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await expectPaneShows(
      "Lægeerklæring – sendt med sikker mail",
      "Lægerne i Havnegade <klinik@havnegade-laeger.example.dk>",
      "Krypteret",
      "encrypted",
    );
    await page.keyboard.press("Home");
    await expectPaneShows(
      "Min sygedagpengesag",
      "Mette Nielsen <mette.nielsen61@example.com>",
      "Hverken signeret eller krypteret",
      "unsigned",
    );
  });

  it("speaks English when Outlook's display language is English", async () => {
    await openDemo();
    await page.getByLabel("Outlook-sprog").selectOption("en-US");
    await pane().getByText("Neither signed nor encrypted").waitFor();
    await expect(pane().locator("html").getAttribute("lang")).resolves.toBe("en-GB");
    await expect(pane().getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Min sygedagpengesag",
    );
  });

  it("has no serious or critical accessibility violation, on the page or inside the pane", async () => {
    await openDemo();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(" ")}`);
    expect(serious).toEqual([]);
    // axe reaches into the pane's iframe: some checked node lies inside it.
    const checkedInFrame = results.passes.some((rule) => rule.nodes.some((node) => node.target.length > 1));
    expect(checkedInFrame).toBe(true);
  });
});

describe("the task pane page outside Outlook", () => {
  it("loads office.js from the local copy and says it runs in Outlook", async () => {
    const officeScripts: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/office-js/")) officeScripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${baseUrl}/taskpane.html`);
    await page.getByText("Kanalvagt kører i Outlook").waitFor();
    expect(officeScripts).toContain("/office-js/office.js");
  });
});
