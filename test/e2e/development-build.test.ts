import type { Page } from "playwright-core";
import { developmentBaseUrl } from "./browser";
import { openDemo } from "./demo-page";
import { useGuardedPagePerTest } from "./page-per-test";

// The other browser tests run the production-optimised build; `npm start` serves a development build, which webpack
// bundles differently (module wrappers, runtime helpers such as __webpack_require__.nmd). This test opens that one.
let page: Page;

useGuardedPagePerTest((guarded) => {
  page = guarded.page;
});

describe("the development build npm start serves", () => {
  it("starts the demo and the pane triages the selected mail without an uncaught error", async () => {
    expect(developmentBaseUrl).not.toBe("");
    // Fails at the first uncaught error in the page or the pane's frame rather than waiting out the triage.
    const crashed = page.waitForEvent("pageerror").then((error) => {
      throw error;
    });
    await Promise.race([openDemo(page, undefined, developmentBaseUrl), crashed]);
  });
});
