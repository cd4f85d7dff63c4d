import { stat } from "node:fs/promises";
import type { Page } from "playwright-core";
import { baseUrl, screenshot, screenshotDir } from "./browser";
import {
  allHtml,
  CPR_ANY_LAYOUT,
  firstTriageSteps,
  type FirstTriageSteps,
  mailOption,
  messages,
  openDemo,
  pane,
  screenshotPane,
  seriousViolations,
  selectMail,
  timings,
  triageFor,
  triageWorkerStarts,
} from "./demo-page";
import { useGuardedPagePerTest } from "./page-per-test";

let page: Page;

useGuardedPagePerTest((guarded) => {
  page = guarded.page;
});

describe("the unsigned mail with a CPR number and health data", () => {
  it("warns with the CPR number masked, and the full number is nowhere on the page or in the pane", async () => {
    await openDemo(page);
    await expect(messages(page).getByRole("option").count()).resolves.toBeGreaterThanOrEqual(20);
    const warning = pane(page).getByTestId("sensitive-warning");
    await expect(warning.textContent()).resolves.toContain("Følsomme oplysninger i en usikker mail");
    await expect(warning.textContent()).resolves.toContain("070761-****");
    await expect(warning.textContent()).resolves.toContain("svarer i Digital Post fra fagsystemet");
    expect(await allHtml(page)).not.toMatch(CPR_ANY_LAYOUT);
    const file = await screenshot(page, "demo-warning.png");
    expect((await stat(file)).size).toBeGreaterThan(10_000);
    await screenshotPane(page, "pane-warning.png");
    await pane(page).getByText("Hvorfor?").first().click();
    await screenshotPane(page, "pane-why.png", "assessment");
  });

  it("'Send kvittering' opens a new mail with the template's subject, the neutral receipt and no quote", async () => {
    await openDemo(page);
    await pane(page).getByRole("radio", { name: "Kvittering" }).click();
    await screenshotPane(page, "pane-receipt.png", "reply");
    await expect(pane(page).getByTestId("preview-subject").textContent()).resolves.toBe(
      "Emne: Vi har modtaget din e-mail",
    );
    await pane(page).getByRole("button", { name: "Send kvittering" }).click();
    const reply = page.getByTestId("reply-panel");
    await reply.waitFor();
    await expect(reply.getByText("Emne: Vi har modtaget din e-mail").count()).resolves.toBe(1);
    await expect(reply.getByText("Til: mette.nielsen61@example.com").count()).resolves.toBe(1);
    await expect(page.getByTestId("reply-quote").count()).resolves.toBe(0);
    await expect(page.getByTestId("reply-inserted").textContent()).resolves.toContain(
      "Du får svar i Digital Post, så dine oplysninger er beskyttet.",
    );
    const replyHtml = await reply.evaluate((element) => element.outerHTML);
    expect(replyHtml).not.toMatch(CPR_ANY_LAYOUT);
    expect(replyHtml).not.toMatch(/sygemeldt|depression|Skovvej/);
    expect(await allHtml(page)).not.toMatch(CPR_ANY_LAYOUT);
    await screenshot(page, "demo-reply.png");
    await page.getByTestId("reply-panel").screenshot({ path: `${screenshotDir}/reply-panel.png` });
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe("replying by e-mail to the mail with the CPR number and health data", () => {
  it("the compose view warns that the reply will be stopped, showing only masked values", async () => {
    await openDemo(page);
    await page.getByRole("button", { name: "Svar", exact: true }).click();
    await page.getByTestId("compose-panel").waitFor();
    const check = pane(page).getByTestId("compose-check");
    await check.waitFor();
    await expect(pane(page).getByTestId("compose-verdict").textContent()).resolves.toContain(
      "Mailen bliver stoppet, når du trykker Send",
    );
    await expect(pane(page).getByTestId("compose-found").textContent()).resolves.toContain("070761-****");
    await pane(page).getByTestId("compose-quoted").waitFor();
    await expect(pane(page).getByTestId("compose-external").textContent()).resolves.toBe(
      "mette.nielsen61@example.com",
    );
    await expect(pane(page).getByTestId("compose-advice").textContent()).resolves.toContain("Digital Post");
    expect(await allHtml(page)).not.toMatch(CPR_ANY_LAYOUT);
    await screenshot(page, "demo-compose.png");
    await screenshotPane(page, "pane-compose.png");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Slet citeret tekst" }).click();
    await pane(page).getByRole("button", { name: "Tjek igen" }).click();
    await pane(page).getByText("Ingen fortrolige eller følsomme oplysninger fundet").waitFor();
    await page.getByRole("button", { name: "Kassér" }).click();
    await triageFor(page, "sygedagpenge-cpr").waitFor();
  });
});

describe("the other kinds of mail", () => {
  it("offers the self-service link for a self-service question", async () => {
    await openDemo(page);
    await selectMail(page, "flytning", "Hvordan melder vi flytning?");
    const link = pane(page).getByTestId("self-service-link").getByRole("link");
    await expect(link.getAttribute("href")).resolves.toBe(
      "https://www.borger.dk/bolig-og-flytning/flytning_oversigt",
    );
    await expect(pane(page).getByRole("radio", { name: "Selvbetjening" }).isChecked()).resolves.toBe(true);
    await screenshot(page, "demo-self-service.png");
    await screenshotPane(page, "pane-self-service.png", "reply");
  });

  it("gives the aktindsigt deadline as a date and reminds to journalise", async () => {
    await openDemo(page);
    await selectMail(page, "aktindsigt", "Anmodning om aktindsigt – vintertjeneste 2024");
    const deadline = await pane(page).getByTestId("deadline").textContent();
    expect(deadline).toMatch(
      /^Svarfrist: (mandag|tirsdag|onsdag|torsdag|fredag) \d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) \d{4}/,
    );
    await pane(page).getByTestId("journalise").waitFor();
  });

  it("shows a signed mail as signed, and says it is still not encrypted when it carries a CPR number", async () => {
    await openDemo(page);
    await selectMail(page, "odense-sag-signeret", "Overflytning af sag om kontanthjælp");
    await expect(pane(page).locator("[data-status]").getAttribute("data-status")).resolves.toBe("signed");
    await expect(pane(page).getByTestId("sensitive-warning").textContent()).resolves.toContain(
      "Mailen er signeret, men ikke krypteret",
    );
  });

  it("applies the categories, shows them on the message list and keeps the record for the session", async () => {
    await openDemo(page);
    await pane(page).getByRole("button", { name: "Anvend kategorier" }).click();
    await pane(page).getByText("Kategorierne er sat på mailen, og vurderingen er gemt.").waitFor();
    const first = mailOption(page, "Min sygedagpengesag");
    await expect(first.getByTestId("categories").textContent()).resolves.toContain("Kanalvagt: Sag");
    await selectMail(page, "flytning", "Hvordan melder vi flytning?");
    await selectMail(page, "sygedagpenge-cpr", "Min sygedagpengesag");
    await expect(pane(page).getByTestId("record-state").textContent()).resolves.toMatch(
      /Vurderingen er gemt på mailen/,
    );
    await screenshot(page, "demo-categories.png");
    await screenshotPane(page, "pane-write-back.png", "write-back");
    await first.screenshot({ path: `${screenshotDir}/list-categories.png` });
  });

  it("names the category an admin must create in the shared mailbox", async () => {
    await openDemo(page);
    await selectMail(page, "klage-boligstoette", "Klage over afgørelse om boligstøtte");
    await pane(page).getByRole("button", { name: "Anvend kategorier" }).click();
    await pane(page)
      .getByText(/«Kanalvagt: Klage» findes ikke i den delte postkasse/)
      .waitFor();
  });

  it("lets staff correct the classification, and the reply follows", async () => {
    await openDemo(page);
    await selectMail(page, "tak-for-hjaelpen", "SV: Hvordan melder vi flytning?");
    await pane(page).getByRole("button", { name: "Ret vurderingen" }).click();
    await pane(page).getByLabel("Behandling").selectOption("sag");
    await screenshotPane(page, "pane-correction.png", "assessment");
    await pane(page).getByRole("button", { name: "Gem rettelsen" }).click();
    await pane(page).getByText("Rettelsen er gemt på mailen.").waitFor();
    await expect(pane(page).getByTestId("assessment").textContent()).resolves.toMatch(
      /Sag\s*rettet af en medarbejder/,
    );
    await expect(pane(page).getByTestId("reply").textContent()).resolves.toContain(
      "Svar i Digital Post fra fagsystemet.",
    );
  });

  it("says plainly when it is unsure, offers the two likeliest as buttons, and one click corrects", async () => {
    await openDemo(page);
    // Written in English by a newcomer to the area: the engine is unsure which area it concerns, and may be about
    // more (which fields is the model's call, and a retrained model may move it, so the test takes the first).
    await selectMail(page, "new-resident-english", "Registering as a new resident");
    const row = pane(page).locator("[data-unsure]").first();
    const choices = row.getByRole("group", { name: /^Vælg / });
    await expect(row.textContent()).resolves.toContain("Kanalvagt er usikker. Vælg det rigtige:");
    await expect(row.textContent()).resolves.not.toMatch(/%/);
    await expect(choices.getByRole("button").count()).resolves.toBe(2);
    await screenshotPane(page, "pane-unsure.png", "assessment");
    expect(await seriousViolations(page)).toEqual([]);
    const second = (await choices.getByRole("button").nth(1).textContent()) ?? "";
    await choices.getByRole("button").nth(1).click();
    await pane(page).getByText("Rettelsen er gemt på mailen.").waitFor();
    await expect(pane(page).getByTestId("assessment").textContent()).resolves.toMatch(
      new RegExp(`${second}\\s*rettet af en medarbejder`),
    );
  });

  it("speaks English when Outlook's display language is English", async () => {
    await openDemo(page);
    await page.getByLabel("Outlook-sprog").selectOption("en-US");
    await pane(page).getByText("Sensitive data in an unprotected mail").waitFor();
    await expect(pane(page).locator("html").getAttribute("lang")).resolves.toBe("en-GB");
  });
});

// Timing bounds here would fail on a slow or loaded machine; the test checks that every load and selection was
// measured up to the triage on screen, and prints the figures for the report.
describe("speed", () => {
  it("measures Office.onReady → first triage and each selection → its triage, and prints the figures", async () => {
    const firsts: number[] = [];
    let later: number[] = [];
    const steps: FirstTriageSteps[] = [];
    for (let load = 0; load < 5; load++) {
      await openDemo(page);
      await selectMail(page, "flytning", "Hvordan melder vi flytning?");
      await selectMail(page, "pas-tid", "Tid til nyt pas");
      const measured = await timings(page);
      steps.push(await firstTriageSteps(page));
      // The first mail's PDF is still being read when staff select the next: that must not restart the engine.
      await expect(triageWorkerStarts(page)).resolves.toBe(1);
      expect(measured.readyToFirstTriageMs).toEqual(expect.any(Number));
      expect(measured.selectionToTriageMs.length).toBeGreaterThanOrEqual(2);
      firsts.push(measured.readyToFirstTriageMs!);
      later = later.concat(measured.selectionToTriageMs.slice(1));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    console.log(
      `Office.onReady → first triage on screen: median ${median(firsts)} ms (loads: ${firsts.join(", ")} ms); ` +
        `selecting another mail → its triage: median ${median(later)} ms (${later.join(", ")} ms)`,
    );
    // Where the first triage's time went, in order. The worker compiles the lexicons in its warm-up only when the
    // mail has not come yet; otherwise the mail's own triage does, and that load has no such step.
    const medianSteps = Object.keys(steps[0] ?? {})
      .map((name): [string, number[]] => [name, steps.map((s) => s[name] ?? NaN).filter(Number.isFinite)])
      .filter(([name, values]) => values.length === steps.length || name === "worker-lexicon-compiled")
      .map(([name, values]): [string, number] => [name, values.length > 0 ? median(values) : NaN])
      .sort((a, b) => a[1] - b[1]);
    console.log(
      `First triage, ms from Office.onReady (medians of the loads): ${medianSteps.map(([n, ms]) => `${n} ${ms}`).join(", ")}`,
    );
    expect(medianSteps.map(([name]) => name).sort()).toEqual(Object.keys(steps[0] ?? {}).sort());
    for (const ms of [...firsts, ...later]) expect(ms).toBeGreaterThanOrEqual(0);
  });
});

describe("accessibility", () => {
  it("has no serious or critical violation, on the page or in the pane, in its main states", async () => {
    await openDemo(page);
    expect(await seriousViolations(page)).toEqual([]);
    for (const summary of await pane(page).getByText("Hvorfor?").all()) await summary.click();
    await pane(page).getByRole("button", { name: "Ret vurderingen" }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await selectMail(page, "flytning", "Hvordan melder vi flytning?");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Arkiv" }).click();
    await pane(page).getByText("Ingen mail valgt").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
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
