import AxeBuilder from "@axe-core/playwright";
import type { Frame, FrameLocator, Locator, Page } from "playwright-core";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { baseUrl, screenshotDir } from "./browser";

/** The published example CPR number the demo's mails carry. */
export const CPR_DIGITS = "0707614285";

/** The CPR number written in any layout: digits with up to three other characters between them. */
export const CPR_ANY_LAYOUT = new RegExp(CPR_DIGITS.split("").join("[^0-9]{0,3}"));

export function pane(page: Page): FrameLocator {
  return page.frameLocator('iframe[title="Kanalvagt-opgaverude"]');
}

export function paneFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes("/demo-pane.html"));
  if (!frame) throw new Error("the pane's frame is not on the page");
  return frame;
}

export function messages(page: Page): Locator {
  return page.getByRole("listbox", { name: "Meddelelser i Indbakke" });
}

/** The triage on screen for one sample mail (by its id). */
export function triageFor(page: Page, mailId: string): Locator {
  return pane(page).locator(`[data-testid="triage"][data-mail-key="${mailId}"]`);
}

/** Opens the demo (from the production-optimised build unless `from` names another) and waits for the first triage. */
export async function openDemo(page: Page, firstMailId = "sygedagpenge-cpr", from = baseUrl): Promise<void> {
  await page.goto(`${from}/demo.html`);
  await triageFor(page, firstMailId).waitFor();
}

/** The mail in the list whose subject is exactly `subject`. */
export function mailOption(page: Page, subject: string): Locator {
  return messages(page)
    .getByRole("option")
    .filter({ has: page.getByText(subject, { exact: true }) });
}

/** Clicks the mail in the list whose subject is `subject` and waits for its triage. */
export async function selectMail(page: Page, mailId: string, subject: string): Promise<void> {
  await mailOption(page, subject).click();
  await triageFor(page, mailId).waitFor();
}

export interface PaneTimings {
  readyToFirstTriageMs?: number;
  selectionToTriageMs: number[];
  workerWarmUpMs?: number;
}

export function timings(page: Page): Promise<PaneTimings> {
  return paneFrame(page).evaluate(() => (window as { __kanalvagtTimings?: PaneTimings }).__kanalvagtTimings!);
}

/**
 * How often the pane started its triage worker since it loaded (its "worker-spawned" User Timing marks): once, unless
 * a job was abandoned or the worker failed. A restart costs the next mail a cold engine.
 */
export function triageWorkerStarts(page: Page): Promise<number> {
  return paneFrame(page).evaluate(
    () => performance.getEntriesByName("kanalvagt:worker-spawned", "mark").length,
  );
}

/** The steps of the first triage, in ms from Office.onReady (negative: before it), by the name of their mark. */
export type FirstTriageSteps = Record<string, number>;

/**
 * Where the first triage's time went: the pane's User Timing marks (worker spawned, mail read, triaged, on screen)
 * and the triage worker's own (started, engine loaded, lexicons compiled, the mail received and answered), each the
 * first of its name, on one clock.
 */
export async function firstTriageSteps(page: Page): Promise<FirstTriageSteps> {
  // Runs in the pane and in the worker: each has its own time origin, so the marks go on one clock.
  const marksAt = (names: string[]) => ({
    origin: performance.timeOrigin,
    at: names.map(
      (name) =>
        performance.timeOrigin +
        (performance.getEntriesByName(`kanalvagt:${name}`, "mark")[0]?.startTime ?? NaN),
    ),
  });
  const paneNames = ["office-ready", "worker-spawned", "mail-read", "triaged", "triage-shown"];
  const workerNames = [
    "worker-engine-loaded",
    "worker-lexicon-compiled",
    "worker-job-received",
    "worker-job-answered",
  ];
  const worker = page.workers().find((w) => w.url().includes("triage-worker"));
  if (!worker) throw new Error("the pane's triage worker is not running");
  const inPane = await paneFrame(page).evaluate(marksAt, paneNames);
  const inWorker = await worker.evaluate(marksAt, workerNames);
  const ready = inPane.at[0] ?? NaN;
  const steps: [string, number][] = [
    ...paneNames.map((name, i): [string, number] => [name, inPane.at[i] ?? NaN]),
    ["worker-started", inWorker.origin],
    ...workerNames.map((name, i): [string, number] => [name, inWorker.at[i] ?? NaN]),
  ];
  return Object.fromEntries(steps.map(([name, at]) => [name, Math.round(at - ready)]));
}

/** Serious and critical axe violations on the demo page and inside the pane's frame. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(" ")}`);
}

/** Both documents' HTML: the demo page's and the pane's. */
export async function allHtml(page: Page): Promise<string> {
  const outer = await page.evaluate(() => document.documentElement.outerHTML);
  const inner = await paneFrame(page).evaluate(() => document.documentElement.outerHTML);
  return `${outer}\n${inner}`;
}

/** A picture of the pane alone (as far as it shows), scrolled to `section` when given: for docs/user-guide.md. */
export async function screenshotPane(page: Page, name: string, section?: string): Promise<void> {
  if (section) await pane(page).getByTestId(section).scrollIntoViewIfNeeded();
  await mkdir(screenshotDir, { recursive: true });
  await page.getByRole("complementary", { name: "Tilføjelsesprogram: Kanalvagt" }).screenshot({
    path: path.join(screenshotDir, name),
  });
}
