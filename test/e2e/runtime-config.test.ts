// The add-in's kanalvagt-config.json at run time (issue 13): the pane fetches it from its own origin, uses a valid
// file (a changed phone number shows in the replies) and falls back to the bundled default with an admin notice when
// the file is invalid or missing. The demo serves an example file; these tests answer for it with their own.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { openDemo, pane, seriousViolations, triageFor } from "./demo-page";
import { useGuardedPagePerTest } from "./page-per-test";

// Three loads of the demo each; a loaded machine can take longer than jest's default per test.
jest.setTimeout(90_000);

let page: Page;

useGuardedPagePerTest((guarded) => {
  page = guarded.page;
});

const PHONE = "65 31 31 31";

async function defaultConfig(): Promise<Record<string, unknown>> {
  const file = path.resolve(__dirname, "../../src/core/config/default-config.json");
  return JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
}

/** Answers the pane's request for kanalvagt-config.json with `status` and `body`. */
async function serveConfig(status: number, body: string): Promise<void> {
  await page.route("**/kanalvagt-config.json", (route) =>
    route.fulfill({ status, contentType: "application/json", body }),
  );
}

const notice = () => pane(page).getByTestId("config-notice");

describe("the configuration file beside the task pane", () => {
  it("is used when valid: the municipality's phone number shows in the reply, with no notice", async () => {
    const config = await defaultConfig();
    const municipality = config.municipality as Record<string, unknown>;
    await serveConfig(200, JSON.stringify({ ...config, municipality: { ...municipality, phone: PHONE } }));
    await openDemo(page);
    await pane(page).getByText(PHONE, { exact: false }).first().waitFor();
    await expect(notice().count()).resolves.toBe(0);
  });

  it("is not used when invalid: the default applies, and the admin notice says what is wrong and what to do", async () => {
    const config = await defaultConfig();
    const municipality = config.municipality as Record<string, unknown>;
    const invalid = { ...config, internalDomains: [], municipality: { ...municipality, phone: PHONE } };
    await serveConfig(200, JSON.stringify(invalid));
    await openDemo(page);
    await notice().waitFor();
    const text = (await notice().textContent()) ?? "";
    expect(text).toContain("Til administrator: konfigurationsfilen bruges ikke");
    expect(text).toContain("kanalvagt-config.json er ugyldig");
    expect(text).toContain("npx kanalvagt config check");
    expect(text).toContain("internalDomains");
    await expect(triageFor(page, "sygedagpenge-cpr").textContent()).resolves.not.toContain(PHONE);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("is missing: the default applies, and the notice says where to put the file", async () => {
    await serveConfig(404, "");
    await openDemo(page);
    await notice().waitFor();
    await expect(notice().textContent()).resolves.toContain("Der ligger ingen kanalvagt-config.json");
    expect(await seriousViolations(page)).toEqual([]);
  });
});
