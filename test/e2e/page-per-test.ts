import type { Browser } from "playwright-core";
import { launchChromium, openGuardedPage, type GuardedPage } from "./browser";

/**
 * Registers the hooks every browser test file shares: one Chromium for the file, a fresh guarded page for each test
 * (handed to `opened`, which may add its own listeners), and after each test the check that nothing left localhost
 * (no tracking pixel, no script from a mail, no font or analytics), that the page threw no error and that its
 * Content-Security-Policy refused nothing (the add-in's own code stays within the policy it ships with).
 */
export function useGuardedPagePerTest(opened: (guarded: GuardedPage) => void): void {
  let browser: Browser;
  let guarded: GuardedPage;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    guarded = await openGuardedPage(browser);
    opened(guarded);
  });

  afterEach(async () => {
    await guarded.context.close();
    expect(guarded.offsite).toEqual([]);
    expect(guarded.errors).toEqual([]);
    expect(guarded.cspViolations).toEqual([]);
  });
}
