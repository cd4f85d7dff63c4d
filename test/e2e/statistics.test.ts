import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { GeneratedMailbox } from "../../src/graph-emulator/generated-mailbox";
import { Mailbox } from "../../src/graph-emulator/mailbox";
import { startGraphEmulator, type RunningEmulator } from "../../src/graph-emulator/server";
import { baseUrl } from "./browser";
import { openDemo, pane, seriousViolations } from "./demo-page";
import { useGuardedPagePerTest } from "./page-per-test";

// The demo reaches its Graph emulator at /graph on its own origin (npm start proxies it); the static server of the
// browser tests has none, so the page's requests there are answered by an emulator this file starts.
const BOXES = ["borgerservice@nyborg.dk", "teknik@nyborg.dk"];
const DENIED = "lukket@nyborg.dk";

let page: Page;
let emulator: RunningEmulator;

beforeAll(async () => {
  const end = new Date();
  emulator = await startGraphEmulator({
    publicUrl: `${baseUrl}/graph`,
    mailboxes: [...BOXES, DENIED].map(
      (address, seed) =>
        new Mailbox(address, new GeneratedMailbox({ address, seed, count: 300 - seed * 100, end, days: 90 })),
    ),
    faults: { deniedMailboxes: [DENIED] },
  });
});

afterAll(() => emulator?.close());

useGuardedPagePerTest((guarded) => {
  page = guarded.page;
});

async function openStatistics(tab = "Statistik"): Promise<void> {
  await page.context().route(`${baseUrl}/graph/**`, async (route) => {
    const url = new URL(route.request().url());
    const target = `${emulator.url}${url.pathname.replace(/^\/graph/, "")}${url.search}`;
    await route.fulfill({ response: await route.fetch({ url: target }) });
  });
  await openDemo(page);
  if (tab !== "Statistik") {
    await page.getByLabel("Outlook-sprog").selectOption("en-US");
    await pane(page).locator("html[lang=en-GB]").waitFor();
  }
  await pane(page).getByRole("button", { name: tab }).click();
}

/** The text of the key-figure cell in the row named `figure` and the column named `column`. */
async function cell(figure: string, column: string): Promise<string> {
  const table = pane(page).getByRole("table", { name: /Nøgletal for perioden|Key figures for the period/ });
  const headers = await table.getByRole("columnheader").allTextContents();
  const row = table
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: figure, exact: true }) });
  return (await row.locator("th, td").nth(headers.indexOf(column)).textContent()) ?? "";
}

describe("the Statistik tab for a team lead", () => {
  it("shows mailboxes side by side with totals, each share with its base and the change, and names a denied one", async () => {
    await openStatistics();
    const stats = pane(page);
    await stats.getByRole("button", { name: `Fjern ${BOXES[0]}` }).waitFor();
    await stats.getByRole("combobox", { name: "Tilføj en postkasse fra listen" }).selectOption(BOXES[1]!);
    await stats.getByRole("button", { name: "Tilføj" }).first().click();
    const typed = stats.getByRole("textbox", { name: "Eller skriv en postkasses adresse" });
    await typed.fill(DENIED);
    await typed.press("Enter");
    await stats.getByRole("button", { name: "Hent statistik" }).click();
    await stats.getByRole("table", { name: /Nøgletal for perioden/ }).waitFor();

    const headers = await stats.getByRole("columnheader").allTextContents();
    expect(headers.slice(0, 4)).toEqual(["Mål", ...BOXES, "I alt"]);
    expect(await cell("Sorteret", BOXES[0]!)).toMatch(/^\d+,\d % \(\d+ af \d+ modtagne mails\)/);
    expect(await cell("Modtaget", "I alt")).toMatch(
      /^\d+(▲|▼|＝) ([+−]\d+|Uændret) mod forrige periode \(\d+\)|Uændret/,
    );
    expect(await cell("Efterslæb", "I alt")).toMatch(
      /^(\d+,\d % \(\d+ af \d+ mails ældre end 2 arbejdsdage|Kan ikke opgøres: )/,
    );
    await expect(stats.getByText(/ældre end 2 arbejdsdage uden at være besvaret/).count()).resolves.toBe(1);
    await expect(stats.getByText(`${DENIED} kunne ikke læses`).count()).resolves.toBe(1);
    await expect(stats.getByText(/En administrator skal give adgang/).count()).resolves.toBe(1);

    expect(await seriousViolations(page)).toEqual([]);
  });

  it("counts the backlog by the add-in's kanalvagt-config.json, the configuration the triage uses", async () => {
    const file = path.resolve(__dirname, "../../src/core/config/default-config.json");
    const config = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
    const statistics = { backlogWorkingDays: 5, silentMailboxWorkingDays: 3 };
    await page.route("**/kanalvagt-config.json", (route) =>
      route.fulfill({
        status: 200,
        contentType: "application/json",
        body: JSON.stringify({ ...config, statistics }),
      }),
    );
    await openStatistics();
    const stats = pane(page);
    await stats.getByRole("button", { name: "Hent statistik" }).click();
    await stats.getByRole("table", { name: /Nøgletal for perioden/ }).waitFor();
    await expect(stats.getByText(/ældre end 5 arbejdsdage uden at være besvaret/).count()).resolves.toBe(1);
  });

  it("says the same in English: the base, the change and the backlog's definition", async () => {
    await openStatistics("Statistics");
    const stats = pane(page);
    await stats.getByRole("button", { name: "Get statistics" }).click();
    await stats.getByRole("table", { name: /Key figures for the period/ }).waitFor();
    expect(await cell("Triaged", BOXES[0]!)).toMatch(/^\d+\.\d % \(\d+ of \d+ mails received\)/);
    expect(await cell("Received", BOXES[0]!)).toMatch(/vs\. previous period \(\d+\)/);
    await expect(stats.getByText(/older than 2 working days when counted/).count()).resolves.toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
