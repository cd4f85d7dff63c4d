import type { Page } from "playwright-core";
import { screenshot } from "./browser";
import {
  CPR_ANY_LAYOUT,
  allHtml,
  mailOption,
  openDemo,
  pane,
  paneFrame,
  screenshotPane,
  selectMail,
  triageFor,
} from "./demo-page";
import { useGuardedPagePerTest } from "./page-per-test";

let page: Page;

useGuardedPagePerTest((guarded) => {
  page = guarded.page;
  page.on("dialog", (dialog) => {
    guarded.errors.push(`a dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
});

const FAST = [
  ["flytning", "Hvordan melder vi flytning?"],
  ["pas-tid", "Tid til nyt pas"],
  ["carport", "Skal jeg søge om tilladelse til en carport?"],
  ["storskrald", "Hvornår henter I storskrald?"],
  ["aktindsigt", "Anmodning om aktindsigt – vintertjeneste 2024"],
  ["dagtilbud", "Vuggestueplads fra august"],
] as const;

describe("rapid item switching", () => {
  it("shows the last mail clicked, and no late verdict for another mail replaces it", async () => {
    await openDemo(page);
    for (const [, subject] of FAST) await mailOption(page, subject).click({ delay: 0 });
    const [lastId, lastSubject] = FAST[FAST.length - 1]!;
    await triageFor(page, lastId).waitFor();
    await page.waitForTimeout(1000);
    await expect(pane(page).getByTestId("subject").textContent()).resolves.toBe(lastSubject);
    await expect(pane(page).locator('[data-testid="triage"]').getAttribute("data-mail-key")).resolves.toBe(
      lastId,
    );
  });
});

describe("mail at the edges", () => {
  it("analyses a 5 MB mail without freezing the pane, finds the CPR number at its end, and says so masked", async () => {
    await openDemo(page);
    // Long tasks on the pane's main thread while the huge mail is read and analysed.
    await paneFrame(page).evaluate(() => {
      const tasks: number[] = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))).observe({
        type: "longtask",
      });
      (window as { __longTasks?: number[] }).__longTasks = tasks;
    });
    const started = Date.now();
    await selectMail(page, "meget-lang-mail", "Hele korrespondancen om min boligsag (lang mail)");
    const took = Date.now() - started;
    const longTasks = await paneFrame(page).evaluate(
      () => (window as { __longTasks?: number[] }).__longTasks ?? [],
    );
    console.log(
      `5 MB mail: triage on screen after ${took} ms; longest task on the pane's main thread ${Math.round(
        Math.max(0, ...longTasks),
      )} ms (${longTasks.length} long tasks)`,
    );
    await expect(pane(page).getByTestId("findings").textContent()).resolves.toContain(
      "070761-**** i brødteksten",
    );
    expect(await allHtml(page)).not.toMatch(CPR_ANY_LAYOUT);
  });

  it("leaves a 5 MB mail still being analysed when staff move on", async () => {
    await openDemo(page);
    await mailOption(page, "Hele korrespondancen om min boligsag (lang mail)").click();
    await selectMail(page, "pas-tid", "Tid til nyt pas");
    await page.waitForTimeout(1500);
    await expect(pane(page).getByTestId("subject").textContent()).resolves.toBe("Tid til nyt pas");
  });

  it("handles a mail with 200 attachments", async () => {
    await openDemo(page);
    await selectMail(page, "200-bilag", "Byggesag Strandvejen 14: scannede tegninger og bilag");
    await pane(page).getByTestId("reply").waitFor();
  });

  it("says an encrypted mail without a readable body is encrypted, and that it could not read it", async () => {
    await openDemo(page);
    await selectMail(page, "laegeerklaering-krypteret", "Lægeerklæring – sendt med sikker mail");
    await expect(pane(page).locator("[data-status]").getAttribute("data-status")).resolves.toBe("encrypted");
    await pane(page).getByText("Mailen er krypteret, så Kanalvagt har ikke kunnet læse indholdet.").waitFor();
  });

  it("never runs a mail's script or loads its tracking pixel", async () => {
    await openDemo(page);
    await selectMail(page, "kursus-sporing", "Sidste chance: kursus i databeskyttelse for kommuner");
    await page.waitForTimeout(500);
    expect(await paneFrame(page).evaluate(() => document.title)).toBe("Kanalvagt");
    expect(await page.title()).toBe("Kanalvagt – demo med delt postkasse");
    expect(await allHtml(page)).not.toContain("tracker.example.com");
  });

  it("says why the signature state is unknown when Outlook gives no headers", async () => {
    await openDemo(page);
    await selectMail(page, "intern-notat", "Borger ringede om ventetid på pas");
    await expect(pane(page).locator("[data-status]").getAttribute("data-status")).resolves.toBe("unknown");
    await pane(page)
      .getByText(/Outlook gav ingen headere for mailen/)
      .waitFor();
  });
});

describe("Outlook failing or giving nothing", () => {
  it("shows a clear error naming the failed call when Outlook cannot give the mail's body", async () => {
    await openDemo(page);
    await page.getByLabel("Simulér fejl").selectOption("body");
    await pane(page).getByText("Kanalvagt kunne ikke læse mailen").waitFor();
    await pane(page)
      .getByText(/item\.body\.getAsync\(text\) \(Office error 9042\)/)
      .waitFor();
    await screenshot(page, "demo-office-error.png");
    await screenshotPane(page, "pane-office-error.png");
    await page.getByLabel("Simulér fejl").selectOption("none");
    await triageFor(page, "sygedagpenge-cpr").waitFor();
  });

  it("says what failed when saving the assessment fails", async () => {
    await openDemo(page);
    await page.getByLabel("Simulér fejl").selectOption("customProperties");
    await triageFor(page, "sygedagpenge-cpr").waitFor();
    await pane(page).getByRole("button", { name: "Anvend kategorier" }).click();
    await pane(page)
      .getByText(/Det lykkedes ikke/)
      .waitFor();
  });

  it("disables write-back and says why with read-only access to the shared mailbox", async () => {
    await openDemo(page);
    await page.getByLabel("Adgang").selectOption("read");
    await pane(page)
      .getByText(/Du har kun læseadgang til den delte postkasse/)
      .first()
      .waitFor();
    await expect(pane(page).getByRole("button", { name: "Anvend kategorier" }).isDisabled()).resolves.toBe(
      true,
    );
  });

  it("shows the empty state when no item is selected", async () => {
    await openDemo(page);
    await page.getByRole("button", { name: "Arkiv" }).click();
    await pane(page).getByText("Ingen mail valgt").waitFor();
  });
});
