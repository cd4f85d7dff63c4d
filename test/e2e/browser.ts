import { mkdir } from "node:fs/promises";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** Set by scripts/e2e.mjs: where the production-optimised build is served. */
export const baseUrl = process.env.E2E_BASE_URL ?? "";
if (baseUrl === "") throw new Error("E2E_BASE_URL is not set: run the browser tests with npm run test:e2e.");

/** Set by scripts/e2e.mjs: where the development build (the one `npm start` serves) is served. */
export const developmentBaseUrl = process.env.E2E_DEVELOPMENT_BASE_URL ?? "";

export const screenshotDir = path.resolve(__dirname, "../../test-results");

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === "data:" || protocol === "blob:" || protocol === "about:") return true;
  return hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]";
}

/** A page whose every request is checked: anything that would leave localhost is blocked and recorded. */
export interface GuardedPage {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave localhost. */
  offsite: string[];
  /** Uncaught errors on the page or in its frames. */
  errors: string[];
  /** What the pages' Content-Security-Policy refused, as the browser reported it (event or console). */
  cspViolations: string[];
}

/** The name under which each document reports its `securitypolicyviolation` events to the test. */
const CSP_VIOLATION_BINDING = "__kanalvagtCspViolation";

/**
 * Records every Content-Security-Policy violation in the context's documents, frames included: the DOM event each
 * document fires, and the console error Chromium prints (which also covers what the event does not reach).
 */
async function recordCspViolations(context: BrowserContext, page: Page, violations: string[]): Promise<void> {
  await context.exposeBinding(CSP_VIOLATION_BINDING, (_source, report: string) => {
    violations.push(report);
  });
  await context.addInitScript((binding) => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as Record<string, (report: string) => void>)[binding];
      report?.(`${event.effectiveDirective} refused ${event.blockedURI || "inline"} in ${event.documentURI}`);
    });
  }, CSP_VIOLATION_BINDING);
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
      violations.push(message.text());
    }
  });
}

export async function openGuardedPage(browser: Browser): Promise<GuardedPage> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    ignoreHTTPSErrors: true,
    locale: "da-DK",
  });
  const offsite: string[] = [];
  const errors: string[] = [];
  const cspViolations: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    offsite.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  await recordCspViolations(context, page, cspViolations);
  return { context, page, offsite, errors, cspViolations };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, name);
  await page.screenshot({ path: file });
  return file;
}
