import type { Page, Route } from "playwright-core";
import { baseUrl, type GuardedPage } from "./browser";
import { mailOption, openDemo, paneFrame, timings, triageFor, type PaneTimings } from "./demo-page";
import { useGuardedPagePerTest } from "./page-per-test";

// Every page of the add-in carries a Content-Security-Policy (webpack.csp.cjs); page-per-test.ts fails any browser
// test in which the browser refuses something. These tests read the policy itself, show that the refusals are heard,
// and run the pages whose code the other tests do not reach (the sign-in dialog, the function file).
let guarded: GuardedPage;
let page: Page;

useGuardedPagePerTest((opened) => {
  guarded = opened;
  page = opened.page;
});

const PAGES = ["taskpane.html", "commands.html", "launchevent.html", "auth-dialog.html", "demo-pane.html"];

/** The policy of a built page, directive by directive, and the page's HTML. */
async function policyOf(name: string): Promise<{ html: string; directives: Map<string, string[]> }> {
  const html = await (await fetch(`${baseUrl}/${name}`)).text();
  const content = /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/.exec(html)?.[1];
  if (content === undefined) throw new Error(`${name} has no Content-Security-Policy`);
  const directives = new Map(
    content.split(";").map((directive) => {
      const [directiveName = "", ...sources] = directive.trim().split(/\s+/);
      return [directiveName, sources] as const;
    }),
  );
  return { html, directives };
}

describe("the Content-Security-Policy of the add-in's pages", () => {
  it.each(PAGES)(
    "%s allows scripts from itself and office.js's origin only, no inline script, and talks only to Microsoft",
    async (name) => {
      const { html, directives } = await policyOf(name);
      expect(directives.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
      expect(directives.get("worker-src")).toEqual(["'self'"]);
      expect(directives.get("connect-src")).toEqual([
        "'self'",
        "https://login.microsoftonline.com",
        "https://graph.microsoft.com",
      ]);
      expect(directives.get("default-src")).toEqual(["'self'"]);
      expect(directives.get("object-src")).toEqual(["'none'"]);
      // Every script element loads a file: nothing the policy would have to allow inline.
      expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g)).toBeNull();
    },
  );

  it("lets the pane triage in its engine worker, and the browser refuses nothing on the way", async () => {
    await openDemo(page);
    await mailOption(page, "Tid til nyt pas").click();
    await triageFor(page, "pas-tid").waitFor();
    // Only the worker reports its warm-up: with the worker refused, the pane would triage in its own thread.
    await paneFrame(page).waitForFunction(
      () => (window as { __kanalvagtTimings?: PaneTimings }).__kanalvagtTimings?.workerWarmUpMs !== undefined,
    );
    expect((await timings(page)).workerWarmUpMs).toBeGreaterThan(0);
  });

  it("is enforced in the pane, and a refusal reaches the test: an inline script and a connection elsewhere", async () => {
    await openDemo(page);
    const outcome = await paneFrame(page).evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.__kanalvagtInlineRan = true;";
      document.head.append(script);
      const connected = await fetch("https://example.org/").then(
        () => true,
        () => false,
      );
      return {
        inlineRan: (window as { __kanalvagtInlineRan?: boolean }).__kanalvagtInlineRan === true,
        connected,
      };
    });
    expect(outcome).toEqual({ inlineRan: false, connected: false });
    // The browser reports asynchronously: wait until both refusals have arrived.
    const heard = (): boolean =>
      guarded.cspViolations.some((report) => report.startsWith("script-src-elem refused inline")) &&
      guarded.cspViolations.some((report) => report.startsWith("connect-src refused https://example.org/"));
    for (let waited = 0; !heard() && waited < 5_000; waited += 100) await page.waitForTimeout(100);
    expect(guarded.cspViolations).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^script-src-elem refused inline in .*\/demo-pane\.html/),
        expect.stringMatching(/^connect-src refused https:\/\/example\.org\/ in .*\/demo-pane\.html/),
      ]),
    );
    // The policy stopped the request before the network: the page's guard never saw it leave.
    expect(guarded.offsite).toEqual([]);
    guarded.cspViolations.length = 0;
  });

  it("lets the sign-in dialog load office.js and MSAL and send the user to Microsoft's sign-in page", async () => {
    const tenant = "00000000-0000-4000-8000-000000000001";
    const signIn: string[] = [];
    // Microsoft's sign-in, played by the test: the authority's metadata, then the page the dialog goes to.
    await page.route("https://login.microsoftonline.com/**", (route: Route) => {
      const url = route.request().url();
      signIn.push(url);
      if (url.includes("/.well-known/openid-configuration")) {
        const base = `https://login.microsoftonline.com/${tenant}`;
        return route.fulfill({
          contentType: "application/json",
          headers: { "access-control-allow-origin": "*" },
          body: JSON.stringify({
            issuer: `${base}/v2.0`,
            authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
            token_endpoint: `${base}/oauth2/v2.0/token`,
            end_session_endpoint: `${base}/oauth2/v2.0/logout`,
            jwks_uri: `https://login.microsoftonline.com/${tenant}/discovery/v2.0/keys`,
          }),
        });
      }
      return route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Log ind</title>" });
    });
    const params = new URLSearchParams({
      clientId: "11111111-2222-4333-8444-555555555555",
      tenantId: tenant,
    });
    params.set("scopes", "Mail.Read");
    await page.goto(`${baseUrl}/auth-dialog.html?${params.toString()}`);
    await page.waitForURL(/^https:\/\/login\.microsoftonline\.com\/.*\/oauth2\/v2\.0\/authorize\?/, {
      timeout: 20_000,
    });
    expect(new URL(page.url()).searchParams.get("code_challenge_method")).toBe("S256");
  });

  it.each(["commands.html", "launchevent.html"])("lets %s load its scripts", async (name) => {
    const loaded = page.waitForEvent("requestfinished", { predicate: (r) => /\.js$/.test(r.url()) });
    await page.goto(`${baseUrl}/${name}`, { waitUntil: "load" });
    await loaded;
  });
});
