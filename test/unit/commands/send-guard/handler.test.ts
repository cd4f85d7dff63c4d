import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createSendGuardHandler, type Timers } from "../../../../src/commands/send-guard/handler";
import { OPEN_PANE_COMMAND_ID, SEND_HANDLER_NAME } from "../../../../src/commands/send-guard/manifest-ids";
import { SEND_GUARD_SETTINGS } from "../../../../src/commands/send-guard/send-guard-config";
import { analyse } from "../../../../src/core/analyse";
import { DEFAULT_CONFIG } from "../../../../src/core/config/load";
import type { SendGuardConfig } from "../../../../src/core/config/schema";
import type { SendGuardOffice } from "../../../../src/commands/send-guard/office-types";
import { buildDocx, buildXlsx } from "../../../../src/demo/documents/office-writer";
import { textPdf } from "../../../../src/demo/documents/pdf-writer";
import { greyPng } from "../../../../src/demo/documents/png-writer";
import { composeStandIn, cprLines, sendEvent, type OutgoingDraft } from "./compose-standin";

// A CPR number that passes every rule (the CPR office's own example), labelled as one.
const CPR = "070761-4285";
const CPR_DIGITS = "0707614285";

const REPLY_QUOTING_CPR = [
  "Hej Jens",
  "",
  "Tak for din mail. Vi har modtaget din ansøgning og vender tilbage i næste uge.",
  "",
  "Venlig hilsen",
  "Borgerservice, Nyborg Kommune",
  "",
  "Fra: Jens Jensen <jens@example.dk>",
  "Sendt: 3. marts 2025 14:02",
  "Til: Borgerservice <borgerservice@nyborg.dk>",
  "Emne: Ansøgning om boligstøtte",
  "",
  `Mit CPR-nr. er ${CPR}. Jeg vil gerne søge boligstøtte.`,
].join("\n");

interface Run {
  completions: Office.SmartAlertsEventCompletedOptions[];
  log: string[];
  calls: string[];
}

/** Deadlines wait until the test fires them; the handler's zero-delay yields run as usual. */
function manualTimers(): Timers & { fire(): void; pending(): number } {
  let callbacks: (() => void)[] = [];
  return {
    setTimeout: (callback, ms) => (ms === 0 ? setTimeout(callback, 0) : callbacks.push(callback)),
    clearTimeout: () => void (callbacks = []),
    fire: () => callbacks.splice(0).forEach((callback) => callback()),
    pending: () => callbacks.length,
  };
}

async function send(
  draft: OutgoingDraft,
  sendGuard: Partial<SendGuardConfig> = {},
  options: {
    timers?: Timers;
    detect?: typeof analyse;
    now?: () => number;
    /** Told of each Office call the guard makes, as it makes it. */
    onCall?: (call: string) => void;
  } = {},
): Promise<Run> {
  const standIn = composeStandIn(draft, options.onCall);
  const event = sendEvent();
  const log: string[] = [];
  const handler = createSendGuardHandler({
    office: standIn.office,
    config: { internalDomains: ["nyborg.dk"], sendGuard: { ...DEFAULT_CONFIG.sendGuard, ...sendGuard } },
    detect: (mail) => (options.detect ?? analyse)(mail, DEFAULT_CONFIG.detection).findings,
    timers: options.timers,
    now: options.now,
    log: (line) => log.push(line),
  });
  await handler(event);
  return { completions: event.completions, log, calls: standIn.calls };
}

const toCitizen = { to: ["jens@example.dk"], cc: ["kollega@nyborg.dk"] };

describe("the send guard stops sensitive data on its way out", () => {
  test("blocks a mail to an outside address with a CPR number, in Danish, masked, with the pane button", async () => {
    const { completions, log } = await send({
      ...toCitizen,
      body: `Dit CPR-nr. er ${CPR}.`,
      mailbox: "1.15",
    });
    expect(completions).toHaveLength(1);
    const [options] = completions;
    expect(options).toMatchObject({
      allowEvent: false,
      commandId: OPEN_PANE_COMMAND_ID,
      cancelLabel: "Åbn Kanalvagt",
    });
    expect(options?.errorMessage).toContain("1 × CPR-nummer (070761-****)");
    expect(options?.errorMessage).toContain("Digital Post");
    expect(options?.errorMessageMarkdown).toContain("**");
    expect(options?.sendModeOverride).toBeUndefined();
    expect(JSON.stringify(options)).not.toContain(CPR_DIGITS.slice(6));
    expect(log.join("\n")).toMatch(/block \(cpr×1; 1 outside\)/);
    expect(log.join("\n")).not.toMatch(/4285|CPR-nr/);
  });

  test("blocks a reply whose quoted history holds the citizen's CPR number, and says where it is", async () => {
    const { completions } = await send({ ...toCitizen, subject: "Sv: Ansøgning", body: REPLY_QUOTING_CPR });
    expect(completions[0]?.allowEvent).toBe(false);
    expect(completions[0]?.errorMessage).toContain("citerede mail under dit svar");
  });

  test("a CPR number in an attachment's name counts too", async () => {
    const { completions } = await send({
      ...toCitizen,
      body: "Se vedhæftede.",
      attachmentNames: [`cpr ${CPR}.pdf`],
    });
    expect(completions[0]?.allowEvent).toBe(false);
  });

  test("writes English when Outlook's display language is English", async () => {
    const { completions } = await send({ ...toCitizen, body: `CPR-nr. ${CPR}`, displayLanguage: "en-GB" });
    expect(completions[0]).toMatchObject({ allowEvent: false, cancelLabel: "Open Kanalvagt" });
    expect(completions[0]?.errorMessage).toContain("1 × CPR number");
  });

  test("uses only what the client supports: no Markdown before 1.15, no pane button before 1.14", async () => {
    const draft = { ...toCitizen, body: `CPR-nr. ${CPR}` };
    const on114 = (await send({ ...draft, mailbox: "1.14" })).completions[0];
    expect(on114).toMatchObject({ allowEvent: false, commandId: OPEN_PANE_COMMAND_ID });
    expect(on114?.errorMessageMarkdown).toBeUndefined();
    const on113 = (await send({ ...draft, mailbox: "1.13" })).completions[0];
    expect(Object.keys(on113 ?? {}).sort()).toEqual(["allowEvent", "errorMessage"]);
  });

  test("offers Send anyway when the admin allows it and the client can", async () => {
    const draft = { ...toCitizen, body: `CPR-nr. ${CPR}` };
    expect((await send(draft, { allowSendAnyway: true })).completions[0]?.sendModeOverride).toBe(
      "promptUser",
    );
    const old = (await send({ ...draft, mailbox: "1.13" }, { allowSendAnyway: true })).completions[0];
    expect(old?.sendModeOverride).toBeUndefined();
  });
});

describe("the send guard lets ordinary mail pass silently", () => {
  test("internal recipients only, even with a CPR number", async () => {
    const { completions } = await send({ to: ["a@nyborg.dk"], bcc: ["b@nyborg.dk"], body: `CPR-nr. ${CPR}` });
    expect(completions).toEqual([{ allowEvent: true }]);
  });

  test("an outside recipient and nothing sensitive", async () => {
    const { completions } = await send({ ...toCitizen, body: "Vi har åbent mandag til fredag kl. 10–14." });
    expect(completions).toEqual([{ allowEvent: true }]);
  });

  test("a mail the user sends S/MIME-encrypted, where Outlook shows it (item class, Mailbox 1.14)", async () => {
    const encrypted = { ...toCitizen, body: `CPR-nr. ${CPR}`, itemClass: "IPM.Note.SMIME" };
    expect((await send(encrypted)).completions).toEqual([{ allowEvent: true }]);
    // Signed only is not encrypted; without 1.14 the state is unknown, and the mail is checked as unencrypted.
    expect(
      (await send({ ...encrypted, itemClass: "IPM.Note.SMIME.MultipartSigned" })).completions[0]?.allowEvent,
    ).toBe(false);
    const { completions, calls } = await send({ ...encrypted, mailbox: "1.13" });
    expect(completions[0]?.allowEvent).toBe(false);
    expect(calls).not.toContain("itemClass");
  });

  test("in a shared mailbox it checks the same way and notes the context", async () => {
    const { completions, log } = await send({ ...toCitizen, body: `CPR-nr. ${CPR}`, shared: true });
    expect(completions[0]?.allowEvent).toBe(false);
    expect(log.join("\n")).toContain("mailbox shared");
    expect((await send({ ...toCitizen, body: "Hej" })).log.join("\n")).toContain("mailbox own");
  });
});

describe("the send guard always completes the event", () => {
  const sensitive = { ...toCitizen, body: `CPR-nr. ${CPR}` };

  test("Outlook fails to give the body: fail-open warns and offers Send anyway", async () => {
    const { completions, log } = await send(
      { ...sensitive, outcomes: { body: "fails" } },
      { failMode: "open" },
    );
    expect(completions).toHaveLength(1);
    expect(completions[0]).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });
    expect(completions[0]?.errorMessage).toContain("Se selv efter CPR-numre");
    expect(log.join("\n")).toContain("failed: OfficeCallError in item.body.getAsync");
    expect(log.join("\n")).not.toContain("Outlook could not complete");
  });

  test("fail-open on a client without Send anyway lets the mail go, as Outlook does when an add-in cannot load", async () => {
    const { completions } = await send(
      { ...sensitive, mailbox: "1.13", outcomes: { to: "fails" } },
      { failMode: "open" },
    );
    expect(completions).toEqual([{ allowEvent: true }]);
  });

  test("fail-closed stops the mail and says so", async () => {
    const { completions } = await send({ ...sensitive, outcomes: { bcc: "fails" } }, { failMode: "closed" });
    expect(completions).toHaveLength(1);
    expect(completions[0]).toMatchObject({ allowEvent: false });
    expect(completions[0]?.sendModeOverride).toBeUndefined();
    expect(completions[0]?.errorMessage).toContain("ikke sendt");
  });

  test("an engine error follows the fail mode too", async () => {
    const broken = (): never => {
      throw new RangeError("engine broke");
    };
    const { completions } = await send(sensitive, { failMode: "closed" }, { detect: broken });
    expect(completions[0]?.errorMessage).toContain("ikke sendt");
  });

  test("optional calls that fail do not stop the check", async () => {
    const { completions } = await send({
      ...sensitive,
      outcomes: { attachments: "fails", itemClass: "fails", sharedProperties: "fails" },
    });
    expect(completions[0]?.allowEvent).toBe(false);
    expect(completions[0]?.errorMessage).toContain("CPR-nummer");
  });

  test("a call that never answers: the deadline completes the event once, with the fail mode", async () => {
    const timers = manualTimers();
    const standIn = composeStandIn({ ...sensitive, outcomes: { body: "never-answers" } });
    const event = sendEvent();
    const handler = createSendGuardHandler({
      office: standIn.office,
      config: {
        internalDomains: ["nyborg.dk"],
        sendGuard: { ...DEFAULT_CONFIG.sendGuard, failMode: "closed" },
      },
      detect: (mail) => analyse(mail, DEFAULT_CONFIG.detection).findings,
      timers,
    });
    const running = handler(event);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(event.completions).toEqual([]);
    timers.fire();
    await running;
    expect(event.completions).toHaveLength(1);
    expect(event.completions[0]?.errorMessage).toContain("ikke sendt");
  });

  test("the deadline is the configured timeout and is cleared when the check finishes", async () => {
    const timers = manualTimers();
    const delays: number[] = [];
    const spy: Timers = {
      setTimeout: (callback, ms) => {
        delays.push(ms);
        return timers.setTimeout(callback, ms);
      },
      clearTimeout: (handle) => timers.clearTimeout(handle),
    };
    await send(sensitive, { timeoutMs: 7000 }, { timers: spy });
    expect(delays.filter((ms) => ms !== 0)).toEqual([7000]);
    expect(timers.pending()).toBe(0);
  });

  test("the default deadline is well below Outlook's five minutes", () => {
    expect(DEFAULT_CONFIG.sendGuard.timeoutMs).toBeLessThanOrEqual(30_000);
  });
});

describe("a runtime without timers (classic Outlook's JavaScript-only runtime need not have any)", () => {
  const sensitive = { to: ["jens@example.dk"], body: `CPR-nr. ${CPR}` };

  test("reading that outlasts the deadline completes with the fail mode before the engine runs", async () => {
    // The clock reads 0 when Send is pressed and 8 s once Outlook has handed over the mail: past the 7 s deadline.
    const readings = [0, 8000];
    const detect = jest.fn(analyse);
    const { completions, log } = await send(
      sensitive,
      { timeoutMs: 7000, failMode: "closed" },
      { now: () => readings.shift() ?? 8000, detect },
    );
    expect(completions).toHaveLength(1);
    expect(completions[0]?.errorMessage).toContain("ikke sendt");
    expect(detect).not.toHaveBeenCalled();
    expect(log).toEqual(["Kanalvagt send guard: timeout"]);
  });

  test("an Office object that throws on first touch still gets its event completed, with the fail mode", async () => {
    const event = sendEvent();
    const office = {
      get context(): never {
        throw new TypeError("Office is not ready");
      },
    } as unknown as SendGuardOffice;
    const handler = createSendGuardHandler({
      office,
      config: {
        internalDomains: ["nyborg.dk"],
        sendGuard: { ...DEFAULT_CONFIG.sendGuard, failMode: "closed" },
      },
      detect: () => [],
    });
    await handler(event);
    expect(event.completions).toHaveLength(1);
    expect(event.completions[0]).toMatchObject({ allowEvent: false });
    expect(event.completions[0]?.errorMessage).toContain("ikke sendt");
  });

  test("40,000 CPR numbers: decided (not timed out), counted up to the limit", async () => {
    const body = cprLines(40_000);
    const { completions, log } = await send({ to: ["jens@example.dk"], body });
    expect(completions).toHaveLength(1);
    expect(completions[0]?.allowEvent).toBe(false);
    expect(completions[0]?.errorMessage).toContain("mere end 100 × CPR-nummer");
    expect(log[0]).toContain("block (cpr×100+");
  });
});

describe("the send guard reads the attachments going out", () => {
  const docx = () => buildDocx(`Ansøgning om boligstøtte\nMit CPR-nr. er ${CPR}.`);
  const noCprInBody = { ...toCitizen, body: "Hermed det ønskede.", mailbox: "1.15" };

  test("stops a Word file with a CPR number, naming the file in the alert, the number masked", async () => {
    const { completions, log } = await send({
      ...noCprInBody,
      attachments: [{ name: "ansøgning.docx", content: docx() }],
    });
    expect(completions).toHaveLength(1);
    expect(completions[0]?.allowEvent).toBe(false);
    expect(completions[0]?.errorMessage).toContain("1 × CPR-nummer (070761-****) i ansøgning.docx");
    expect(JSON.stringify(completions)).not.toContain(CPR_DIGITS.slice(6));
    expect(log[0]).toMatch(/^Kanalvagt send guard: block \(cpr×1; 1 outside\)/);
  });

  test.each([
    ["an Excel sheet", "børn.xlsx", () => buildXlsx([[[{ shared: "CPR" }, { shared: CPR }]]])],
    ["a text file", "liste.txt", () => new TextEncoder().encode(`Jens, CPR-nr. ${CPR}`)],
  ])("stops %s with a CPR number", async (_what, name, content) => {
    const { completions } = await send({ ...noCprInBody, attachments: [{ name, content: content() }] });
    expect(completions[0]?.allowEvent).toBe(false);
    expect(completions[0]?.errorMessage).toContain(`i ${name}`);
  });

  test("an attached mail is not read here and is named as not checked", async () => {
    const eml = `Subject: Ansøgning\r\n\r\nMit CPR-nr. er ${CPR}.\r\n`;
    const { completions } = await send({
      ...noCprInBody,
      attachments: [{ name: "videresendt.eml", content: eml }],
    });
    expect(completions[0]?.errorMessage).toContain("videresendt.eml (formatet læses ikke her)");
  });

  test("reads no attachment of a mail to colleagues only", async () => {
    const { completions, calls } = await send({
      to: ["kollega@nyborg.dk"],
      body: "Se vedhæftede.",
      attachments: [{ name: "ansøgning.docx", content: docx() }],
    });
    expect(completions).toEqual([{ allowEvent: true }]);
    expect(calls).not.toContain("attachmentContent");
  });

  test("a PDF is not read here: fail-open names it and offers Send anyway where the client can", async () => {
    const pdf = { name: "lønseddel.pdf", content: textPdf(`CPR-nr. ${CPR}`) };
    const on115 = await send({ ...noCprInBody, attachments: [pdf] });
    expect(on115.completions).toHaveLength(1);
    expect(on115.completions[0]).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });
    expect(on115.completions[0]?.errorMessage).toContain("lønseddel.pdf (formatet læses ikke her)");
    expect(on115.log[0]).toContain("allow (no-findings); not checked: 1 .pdf unsupported");
    // Before Mailbox 1.14 Outlook cannot offer Send anyway: the mail goes, and the log names what was not checked.
    const on113 = await send({ ...noCprInBody, mailbox: "1.13", attachments: [pdf] });
    expect(on113.completions).toEqual([{ allowEvent: true }]);
    expect(on113.log[0]).toContain("not checked: 1 .pdf unsupported");
  });

  test("fail-closed stops a mail whose attachment could not be checked", async () => {
    const { completions } = await send(
      { ...noCprInBody, attachments: [{ name: "lønseddel.pdf", content: textPdf("Lønseddel") }] },
      { failMode: "closed" },
    );
    expect(completions[0]?.allowEvent).toBe(false);
    expect(completions[0]?.errorMessage).toContain("så mailen er ikke sendt");
  });

  test("a block names the attachments not checked beside the findings", async () => {
    const { completions } = await send({
      ...noCprInBody,
      attachments: [
        { name: "ansøgning.docx", content: docx() },
        { name: "billede.jpg", content: greyPng(4, 4) },
        { name: "delt.docx", content: new Uint8Array(), attachmentType: "cloud" },
      ],
    });
    expect(completions[0]?.errorMessage).toContain(
      "Ikke tjekket: billede.jpg (billede), delt.docx (link til en fil i skyen).",
    );
  });

  test("an admin's limit in sendGuard.attachments names a file beyond it as not checked", async () => {
    const draft = { ...noCprInBody, attachments: [{ name: "ansøgning.docx", content: docx() }] };
    const tight = await send(draft, { attachments: { maxAttachments: 0 } });
    expect(tight.completions[0]?.errorMessage).toContain("ansøgning.docx (for stor, eller tiden slap op)");
    expect(tight.completions[0]?.errorMessage).not.toContain("CPR-nummer");
    // Limits the admin leaves out keep the guard's defaults: the same file is read and stopped.
    const other = await send(draft, { attachments: { maxPages: 10 } });
    expect(other.completions[0]?.errorMessage).toContain("1 × CPR-nummer (070761-****) i ansøgning.docx");
  });

  test("an inline picture (a signature's logo) passes without a notice", async () => {
    const { completions } = await send({
      ...noCprInBody,
      attachments: [{ name: "logo.png", content: greyPng(4, 4), isInline: true }],
    });
    expect(completions).toEqual([{ allowEvent: true }]);
  });

  test("past half the time budget the attachments left are named as not checked, and the guard decides", async () => {
    let clock = 0;
    const attachments = [
      { name: "første.docx", content: docx() },
      { name: "anden.docx", content: docx() },
    ];
    const standIn = { attachments, ...noCprInBody };
    const { completions } = await send(
      standIn,
      {},
      {
        // The first file arrives after 6 s: past half of the 10 s budget, before the deadline.
        now: () => clock,
        onCall: (call) => {
          if (call === "attachmentContent") clock = 6000;
        },
      },
    );
    expect(completions).toHaveLength(1);
    expect(completions[0]?.errorMessage).toContain("i første.docx");
    expect(completions[0]?.errorMessage).toContain(
      "Ikke tjekket: anden.docx (for stor, eller tiden slap op).",
    );
  });

  test("an attachment Outlook never hands over: the deadline applies the fail mode", async () => {
    const timers = manualTimers();
    const sending = send(
      {
        ...noCprInBody,
        attachments: [{ name: "ansøgning.docx", content: docx() }],
        outcomes: { attachmentContent: "never-answers" },
      },
      {},
      { timers },
    );
    for (let i = 0; i < 50 && timers.pending() === 0; i++) await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 20));
    timers.fire();
    const { completions, log } = await sending;
    expect(completions).toEqual([
      expect.objectContaining({ allowEvent: false, sendModeOverride: "promptUser" }),
    ]);
    expect(log[0]).toBe("Kanalvagt send guard: timeout");
  });
});

describe("manifest.xml agrees with the code", () => {
  const manifest = readFileSync(join(__dirname, "../../../../manifest.xml"), "utf8");

  test("the OnMessageSend event names the handler the script binds", () => {
    expect(manifest).toMatch(
      new RegExp(
        `<LaunchEvent Type="OnMessageSend" FunctionName="${SEND_HANDLER_NAME}" SendMode="SoftBlock"/>`,
      ),
    );
  });

  test("the Smart Alert's commandId is a compose-mode button that opens the task pane", () => {
    const compose =
      /<ExtensionPoint xsi:type="MessageComposeCommandSurface">([\s\S]*?)<\/ExtensionPoint>/.exec(manifest);
    expect(compose?.[1]).toMatch(
      new RegExp(
        `<Control xsi:type="Button" id="${OPEN_PANE_COMMAND_ID}">[\\s\\S]*?<Action xsi:type="ShowTaskpane">`,
      ),
    );
  });
});

describe("the settings launchevent.js uses", () => {
  test("are the bundled configuration's, read section by section", () => {
    expect(SEND_GUARD_SETTINGS).toEqual({
      internalDomains: DEFAULT_CONFIG.internalDomains,
      sendGuard: DEFAULT_CONFIG.sendGuard,
      detection: DEFAULT_CONFIG.detection,
    });
  });
});
