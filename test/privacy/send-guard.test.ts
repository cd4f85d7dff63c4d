// The send guard through its real entry (src/commands/send-guard/launchevent.ts, what launchevent.js is built from),
// with a console whose lines the test keeps: a reply with every planted secret in subject, body, quote and attachment
// names goes to citizens. The Smart Alerts dialog may show masked values and counts; the diagnostics line only the
// outcome, kinds and counts. Neither may show a planted value, in Danish or English, on the block, allow or failure path.
import { SEND_HANDLER_NAME } from "../../src/commands/send-guard/manifest-ids";
import { composeStandIn, sendEvent, type OutgoingDraft } from "../unit/commands/send-guard/compose-standin";
import { CPR, findLeaks, findLeaksIn, maskedCpr } from "./planted";
import { PLANTED_REPLY } from "./planted-mail";

interface Sent {
  completions: Office.SmartAlertsEventCompletedOptions[];
  console: string[];
}

/** Loads the entry as Outlook would (it binds the handler on load), presses Send, and waits for the completion. */
async function send(draft: OutgoingDraft): Promise<Sent> {
  const standIn = composeStandIn(draft);
  const lines: string[] = [];
  const spies = (["log", "info", "warn", "error", "debug"] as const).map((method) =>
    jest
      .spyOn(console, method)
      .mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(" "))),
  );
  const global = globalThis as { Office?: unknown };
  global.Office = standIn.office;
  try {
    await jest.isolateModulesAsync(async () => {
      await import("../../src/commands/send-guard/launchevent");
    });
    const handler = standIn.associated.get(SEND_HANDLER_NAME);
    if (!handler) throw new Error(`launchevent did not associate ${SEND_HANDLER_NAME}`);
    const event = sendEvent();
    const completed = new Promise<void>((resolve) => {
      const record = event.completed.bind(event);
      event.completed = (options) => {
        record(options);
        resolve();
      };
    });
    handler(event);
    await completed;
    // The diagnostics line follows the completion.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { completions: event.completions, console: lines };
  } finally {
    delete global.Office;
    for (const spy of spies) spy.mockRestore();
  }
}

describe("the send guard's alert and log show no planted value", () => {
  it.each([
    ["Danish", "da-DK"],
    ["English", "en-GB"],
  ])("blocks the reply, in %s, naming kinds with masked values only", async (_, displayLanguage) => {
    const sent = await send({ ...PLANTED_REPLY, displayLanguage });
    expect(sent.completions).toHaveLength(1);
    expect(sent.completions[0]?.allowEvent).toBe(false);
    // What it shows: the masked values, so the scan reads the text that would carry a leak.
    expect(sent.completions[0]?.errorMessage).toContain(maskedCpr(CPR.plain));
    expect(sent.console.join("\n")).toMatch(/send guard: block \(.*cpr×9/);
    expect(
      findLeaksIn([
        { where: "alert", output: sent.completions },
        { where: "console", output: sent.console },
      ]),
    ).toEqual([]);
  });

  it("logs nothing of the mail when reading it fails or it goes only inside the municipality", async () => {
    const failed = await send({ ...PLANTED_REPLY, outcomes: { body: "fails" } });
    const inside = await send({ ...PLANTED_REPLY, to: ["kollega@nyborg.dk"] });
    expect(failed.console.join("\n")).toMatch(/failed: OfficeCallError in item\.body\.getAsync/);
    expect(inside.completions[0]?.allowEvent).toBe(true);
    expect(
      findLeaksIn([
        { where: "failure alert", output: failed.completions },
        { where: "failure console", output: failed.console },
        { where: "internal console", output: inside.console },
      ]),
    ).toEqual([]);
  });

  it("would be caught if the alert quoted the mail (the scan reads the alert's text)", async () => {
    const sent = await send(PLANTED_REPLY);
    const quoting = {
      ...sent.completions[0],
      errorMessage: `${sent.completions[0]?.errorMessage} ${PLANTED_REPLY.subject}`,
    };
    expect(findLeaks("alert quoting the subject", quoting).map((leak) => leak.label)).toContain(
      CPR.plain.label,
    );
  });
});
