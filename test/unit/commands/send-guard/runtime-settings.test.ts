import { DEFAULT_CONFIG } from "../../../../src/core/config/default-config";
import { CONFIG_WAIT_MS, loadSendGuardSettings } from "../../../../src/commands/send-guard/runtime-settings";
import { SEND_GUARD_SETTINGS } from "../../../../src/commands/send-guard/send-guard-config";
import type { FetchText } from "../../../../src/office/addin-config-file";

const PAGE = "https://addin.example.dk/kanalvagt/launchevent.html";

function serving(status: number, body = ""): { fetchText: FetchText; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    fetchText: (url) => {
      asked.push(url);
      return Promise.resolve({ status, text: () => Promise.resolve(body) });
    },
  };
}

async function load(fetchText: FetchText, pageUrl: string | undefined) {
  const lines: string[] = [];
  const settings = await loadSendGuardSettings({ pageUrl, fetchText, log: (line) => lines.push(line) });
  return { settings, lines };
}

const withColleagues = {
  ...DEFAULT_CONFIG,
  version: "2026-12-01",
  internalDomains: ["nyborg.dk", "svendborg.dk"],
  sendGuard: { ...DEFAULT_CONFIG.sendGuard, failMode: "closed" },
};

describe("the send guard's settings from the add-in's kanalvagt-config.json", () => {
  it("uses the file beside its page, and says so", async () => {
    const served = serving(200, JSON.stringify(withColleagues));
    const { settings, lines } = await load(served.fetchText, PAGE);
    expect(served.asked).toEqual(["https://addin.example.dk/kanalvagt/kanalvagt-config.json"]);
    expect(settings.internalDomains).toEqual(["nyborg.dk", "svendborg.dk"]);
    expect(settings.sendGuard.failMode).toBe("closed");
    expect(lines).toEqual(["Kanalvagt send guard: using kanalvagt-config.json (2026-12-01)"]);
  });

  it.each([
    ["missing", serving(404).fetchText, "is missing on the add-in's host (404)"],
    ["a server error", serving(500).fetchText, "could not be fetched (HTTP 500)"],
    ["not JSON", serving(200, "{ internalDomains: ").fetchText, "is not valid JSON"],
    [
      "invalid",
      serving(200, JSON.stringify({ ...withColleagues, internalDomains: [] })).fetchText,
      "is invalid: internalDomains: name at least the municipality's own domain",
    ],
    ["unreachable", () => Promise.reject(new TypeError("Failed to fetch")), "(TypeError)"],
  ])(
    "falls back to the bundled settings when the file is %s, and logs why",
    async (_name, fetchText, reason) => {
      const { settings, lines } = await load(fetchText, PAGE);
      expect(settings).toBe(SEND_GUARD_SETTINGS);
      expect(lines).toEqual([
        expect.stringMatching(
          /^Kanalvagt send guard: using the bundled configuration: kanalvagt-config.json /,
        ),
      ]);
      expect(lines[0]).toContain(reason);
    },
  );

  it("falls back when the runtime gives no address to load from", async () => {
    const { settings, lines } = await load(serving(200, "{}").fetchText, undefined);
    expect(settings).toBe(SEND_GUARD_SETTINGS);
    expect(lines[0]).toContain("has no known address");
  });

  it("does not keep Send waiting on a host that never answers", async () => {
    jest.useFakeTimers();
    try {
      const lines: string[] = [];
      const loading = loadSendGuardSettings({
        pageUrl: PAGE,
        fetchText: () => new Promise(() => undefined),
        timers: {
          setTimeout: (run, ms) => setTimeout(run, ms),
          clearTimeout: (h) => clearTimeout(h as number),
        },
        log: (line) => lines.push(line),
      });
      await jest.advanceTimersByTimeAsync(CONFIG_WAIT_MS);
      await expect(loading).resolves.toBe(SEND_GUARD_SETTINGS);
      expect(lines[0]).toContain("did not answer within 3 s");
    } finally {
      jest.useRealTimers();
    }
  });
});
