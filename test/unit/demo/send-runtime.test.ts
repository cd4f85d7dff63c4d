// The demo's Send button: the send guard's own entry (launchevent.ts, which launchevent.js is built from) runs over the
// demo's send runtime and reads the reply from the demo's Exchange, as the page does in the browser.
import { DEFAULT_CONFIG } from "../../../src/core/config/load";
import { DemoExchange } from "../../../src/demo/exchange/demo-exchange";
import { exchangeHost } from "../../../src/demo/exchange/exchange-host";
import { demoMasterList } from "../../../src/demo/exchange/master-list";
import { openDemoMailbox } from "../../../src/demo/mailbox/demo-mailbox";
import { replyDraft } from "../../../src/demo/mailbox/reply-draft";
import { SHARED_MAILBOX } from "../../../src/demo/mailbox/sample-mail";
import { createSendRuntime, type SendRuntime } from "../../../src/demo/office-standin/send-runtime";
import type { SimulatedFailure } from "../../../src/demo/protocol";

const mails = openDemoMailbox(new Date("2025-03-04T10:00:00Z"));
const sharing = { owner: SHARED_MAILBOX.address, delegatePermissions: 1 };

async function setUp() {
  const exchange = new DemoExchange(demoMasterList(DEFAULT_CONFIG));
  const runtime = createSendRuntime(exchangeHost(exchange, () => false));
  // launchevent.ts associates its handler with the global Office as the module runs, as launchevent.js does.
  Object.assign(globalThis, { Office: runtime.office });
  await jest.isolateModulesAsync(async () => {
    await import("../../../src/commands/send-guard/launchevent");
  });
  jest.spyOn(console, "info").mockImplementation(() => undefined);
  return { exchange, runtime };
}

function reply(exchange: DemoExchange, mailId: string, change: { text?: string; quoted?: string } = {}) {
  const mail = mails.find((m) => m.item.id === mailId)!;
  const draft = replyDraft(mail, "tirsdag den 4. marts 2025 kl. 09.00");
  exchange.openDraft(draft);
  exchange.changeDraft(change);
  return draft;
}

const send = (
  runtime: SendRuntime,
  draftId: string,
  displayLanguage = "da-DK",
  failure: SimulatedFailure = "none",
) => runtime.send({ draftId, sharing, failure, displayLanguage });

afterEach(() => {
  jest.restoreAllMocks();
  delete (globalThis as { Office?: unknown }).Office;
});

describe("Send in the demo's compose form", () => {
  it("cannot send before launchevent.js has associated its handler (the page then says so)", async () => {
    const exchange = new DemoExchange(demoMasterList(DEFAULT_CONFIG));
    const runtime = createSendRuntime(exchangeHost(exchange, () => false));
    const draft = reply(exchange, "flytning");
    await expect(send(runtime, draft.id)).rejects.toThrow("0 OnMessageSend handlers");
  });

  it("stops a reply to a citizen that quotes a CPR number, with the Smart Alert's Danish text, masked", async () => {
    const { exchange, runtime } = await setUp();
    const draft = reply(exchange, "sygedagpenge-cpr");
    const alert = await send(runtime, draft.id);
    expect(alert.allowEvent).toBe(false);
    expect(alert.errorMessage).toContain("uden for kommunen");
    expect(alert.errorMessage).toContain("070761-****");
    expect(alert.errorMessage).not.toMatch(/070761-?4285/);
    // Outlook on the web offers Mailbox 1.13 in a shared mailbox: no "Send anyway", no pane button.
    expect(alert).not.toHaveProperty("sendModeOverride");
    expect(alert).not.toHaveProperty("commandId");
  });

  it("stops it with a browser's timers too, which refuse to be called as another object's methods", async () => {
    const nodeSetTimeout = globalThis.setTimeout;
    const browserSetTimeout = function (this: unknown, ...args: Parameters<typeof setTimeout>) {
      if (this !== undefined && this !== globalThis) throw new TypeError("Illegal invocation");
      return nodeSetTimeout(...args);
    };
    globalThis.setTimeout = browserSetTimeout as typeof setTimeout;
    try {
      const { exchange, runtime } = await setUp();
      const draft = reply(exchange, "sygedagpenge-cpr");
      expect((await send(runtime, draft.id)).allowEvent).toBe(false);
    } finally {
      globalThis.setTimeout = nodeSetTimeout;
    }
  });

  it("speaks English when Outlook does", async () => {
    const { exchange, runtime } = await setUp();
    const draft = reply(exchange, "sygedagpenge-cpr");
    expect((await send(runtime, draft.id, "en-US")).errorMessage).toContain("outside the municipality");
  });

  it("lets a reply go once the quoted original with the CPR number is deleted", async () => {
    const { exchange, runtime } = await setUp();
    const draft = reply(exchange, "sygedagpenge-cpr", { quoted: "" });
    expect(await send(runtime, draft.id)).toEqual({ allowEvent: true });
  });

  it("counts the demo mailbox's own domain as internal: a colleague may get the CPR number", async () => {
    const { exchange, runtime } = await setUp();
    const draft = reply(exchange, "intern-notat", { text: "Borgerens CPR-nummer er 070761-4285." });
    expect(draft.to.map((r) => r.emailAddress)).toEqual(["rikke.post@nyborg.dk"]);
    expect(await send(runtime, draft.id)).toEqual({ allowEvent: true });
  });

  it("moves a sent reply to Sendt post and closes the form", async () => {
    const { exchange, runtime } = await setUp();
    const draft = reply(exchange, "flytning");
    expect((await send(runtime, draft.id)).allowEvent).toBe(true);
    exchange.sendDraft(draft.id);
    expect(exchange.getState().draft).toBeUndefined();
    expect(exchange.getState().sent.map((d) => d.id)).toEqual([draft.id]);
  });
});
