import { detectSignature } from "../../../src/core/detect/signature";
import { DEFAULT_CONFIG } from "../../../src/core/config/load";
import { DemoExchange } from "../../../src/demo/exchange/demo-exchange";
import { demoMasterList } from "../../../src/demo/exchange/master-list";
import { openDemoMailbox } from "../../../src/demo/mailbox/demo-mailbox";
import { replyDraft } from "../../../src/demo/mailbox/reply-draft";
import { exchangeHost } from "../../../src/demo/exchange/exchange-host";
import { createOfficeStandIn, type Selection } from "../../../src/demo/office-standin/office-standin";
import type { DemoItem, SimulatedFailure } from "../../../src/demo/protocol";
import { TRIAGE_RECORD_NAME } from "../../../src/core/triage-record-name";
import { connectOutlook } from "../../../src/office/office-mailbox";

const now = new Date("2025-03-04T10:00:00Z");
const mails = openDemoMailbox(now);
const byId = (id: string): DemoItem => {
  const mail = mails.find((m) => m.item.id === id);
  if (!mail) throw new Error(`no sample mail ${id}`);
  return mail.item;
};
const OWNER = "borgerservice@nyborg.dk";

/** The demo page's side, without the page: the stand-in's host calls go straight to the demo's Exchange. */
function setUp(mayEdit = true) {
  const exchange = new DemoExchange(demoMasterList(DEFAULT_CONFIG));
  const host = exchangeHost(exchange, () => mayEdit);
  const standIn = createOfficeStandIn("da-DK", host);
  const select = (item: DemoItem | null, failure: SimulatedFailure = "none"): void =>
    standIn.select({
      item,
      failure,
      sharing: { owner: OWNER, delegatePermissions: mayEdit ? 1 | 2 | 32 : 1 },
    } satisfies Selection);
  const mailbox = () => connectOutlook(standIn.office, { timeoutMs: 300 }).mailbox!;
  return { exchange, standIn, select, mailbox };
}

describe("the demo's Office.js stand-in", () => {
  it("resolves Office.onReady only once the demo page has handed it the selection", async () => {
    const { standIn, select } = setUp();
    let ready = false;
    void standIn.office.onReady().then(() => (ready = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(ready).toBe(false);
    select(byId("flytning"));
    await standIn.office.onReady();
    expect(ready).toBe(true);
  });

  it("feeds the real mailbox adapter: the sample mail arrives as a Mail in a shared mailbox", async () => {
    const { select, mailbox } = setUp();
    select(byId("fuldmagt-signeret"));
    const read = await mailbox().readCurrentMail();
    expect(read?.gaps).toEqual([]);
    expect(read?.key).toBe("fuldmagt-signeret");
    expect(read?.shared).toEqual({ owner: OWNER, canEdit: true });
    expect(read?.actions.can).toEqual({
      categories: true,
      masterCategories: "read",
      customProperties: true,
      replyForm: true,
      newMessageForm: true,
    });
    expect(read?.mail.subject).toBe("Fuldmagt – boligstøttesag for Ellen Sørensen");
    expect(read?.mail.headers["content-type"]).toMatch(
      /^multipart\/signed; protocol="application\/pkcs7-signature"/,
    );
    expect(read?.mail.htmlBody).toContain("<p>Kære Borgerservice</p>");
  });

  it("calls back asynchronously, never inside the call, as Office does", () => {
    const { standIn, select } = setUp();
    select(byId("flytning"));
    const callback = jest.fn();
    standIn.office.context.mailbox!.item!.body.getAsync("text", callback);
    expect(callback).not.toHaveBeenCalled();
  });

  it("fails an unsupported coercion type with Office's error code", async () => {
    const { standIn, select } = setUp();
    select(byId("flytning"));
    const result = await new Promise<Office.AsyncResult<string>>((resolve) =>
      standIn.office.context.mailbox!.item!.body.getAsync("ooxml", resolve),
    );
    expect(result.status).toBe(standIn.office.AsyncResultStatus.Failed);
    expect(result.error.code).toBe(1000);
  });

  it("fires ItemChanged after a new selection, with the new item in place", async () => {
    const { select, mailbox } = setUp();
    select(byId("flytning"));
    const port = mailbox();
    const subjects: string[] = [];
    await port.onItemChanged(() => {
      void port.readCurrentMail().then((read) => subjects.push(read?.mail.subject ?? "(ingen)"));
    });
    select(byId("pas-tid"));
    await new Promise((resolve) => setTimeout(resolve, 10));
    select(null);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(subjects).toEqual(["Tid til nyt pas", "(ingen)"]);
  });

  it("fails calls on an item Outlook has moved away from, as Outlook does (APICallFailedDueToItemChange)", async () => {
    const { standIn, select } = setUp();
    select(byId("flytning"));
    const old = standIn.office.context.mailbox!.item!;
    select(byId("pas-tid"));
    const result = await new Promise<Office.AsyncResult<string>>((resolve) =>
      old.body.getAsync("text", resolve),
    );
    expect(result.error.code).toBe(9030);
  });

  it("fails the call the demo is told to fail, with Office's error", async () => {
    const { select, mailbox } = setUp();
    select(byId("flytning"), "body");
    await expect(mailbox().readCurrentMail()).rejects.toThrow("(Office error 9042)");
    select(byId("flytning"), "headers");
    expect((await mailbox().readCurrentMail())?.gaps).toEqual(["headers-failed"]);
  });

  it("supports the Mailbox requirement sets of Outlook on the web for shared mailboxes, and no more", () => {
    const { requirements } = setUp().standIn.office.context;
    expect(requirements.isSetSupported("Mailbox", "1.8")).toBe(true);
    expect(requirements.isSetSupported("Mailbox", "1.13")).toBe(true);
    expect(requirements.isSetSupported("Mailbox", "1.14")).toBe(false);
    expect(requirements.isSetSupported("NestedAppAuth", "1.1")).toBe(false);
  });
});

describe("the demo's Exchange behind the stand-in", () => {
  it("keeps categories per item; a category missing from the shared master list is left for an admin", async () => {
    const { exchange, select, mailbox } = setUp();
    select(byId("klage-boligstoette"));
    const read = await mailbox().readCurrentMail();
    const outcome = await read!.actions.applyCategories([
      { name: "Kanalvagt: Sag", color: "Preset7" },
      { name: "Kanalvagt: Klage", color: "Preset3" },
    ]);
    expect(outcome).toEqual({ applied: ["Kanalvagt: Sag"], created: [], missing: ["Kanalvagt: Klage"] });
    expect(exchange.getState().categories).toEqual({ "klage-boligstoette": ["Kanalvagt: Sag"] });
  });

  it("keeps the add-in's custom properties per item for the session", async () => {
    const { exchange, select, mailbox } = setUp();
    select(byId("flytning"));
    await (await mailbox().readCurrentMail())!.actions.saveTriageRecord('{"v":1}');
    select(byId("pas-tid"));
    expect(await (await mailbox().readCurrentMail())!.actions.readTriageRecord()).toBeUndefined();
    select(byId("flytning"));
    expect(await (await mailbox().readCurrentMail())!.actions.readTriageRecord()).toBe('{"v":1}');
    expect(exchange.getState().properties["flytning"]).toEqual({ [TRIAGE_RECORD_NAME]: '{"v":1}' });
  });

  it("shows the reply form the add-in opens, with exactly the HTML it inserted", async () => {
    const { exchange, select, mailbox } = setUp();
    select(byId("sygedagpenge-cpr"));
    await (await mailbox().readCurrentMail())!.actions.openReply("<p>Vi har modtaget din e-mail.</p>");
    expect(exchange.getState().reply).toEqual({
      kind: "reply",
      itemId: "sygedagpenge-cpr",
      html: "<p>Vi har modtaget din e-mail.</p>",
    });
  });

  it("opens a new message form addressed to the sender with the add-in's subject and text, quoting nothing", async () => {
    const { exchange, select, mailbox } = setUp();
    select(byId("sygedagpenge-cpr"));
    const read = (await mailbox().readCurrentMail())!;
    await read.actions.openNewMessage({
      to: read.mail.from!,
      subject: "Vi har modtaget din e-mail",
      html: "<p>Tak for din e-mail.</p>",
    });
    expect(exchange.getState().reply).toEqual({
      kind: "new-message",
      itemId: "sygedagpenge-cpr",
      to: [read.mail.from!.address],
      subject: "Vi har modtaget din e-mail",
      html: "<p>Tak for din e-mail.</p>",
    });
  });

  it("refuses changes, as Exchange does, without edit rights", async () => {
    const { select, mailbox } = setUp(false);
    select(byId("flytning"));
    const read = await mailbox().readCurrentMail();
    expect(read?.actions.can.categories).toBe(false);
    expect(read?.actions.can.customProperties).toBe(false);
  });
});

describe("the demo mailbox", () => {
  it("is listed newest first and holds at least 20 mails", () => {
    const times = mails.map((m) => m.received.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(mails.length).toBeGreaterThanOrEqual(20);
  });

  it("holds the mails that test the pane's limits: 5 MB of text, 200 attachments, script and tracking pixel", () => {
    expect(byId("meget-lang-mail").textBody.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    expect(byId("200-bilag").attachments).toHaveLength(200);
    expect(byId("kursus-sporing").htmlBody).toMatch(/<script>.*<img src="https:\/\/tracker/);
    expect(byId("laegeerklaering-krypteret").textBody).toBe("");
  });

  it("gives each sample mail, read through the stand-in and the adapter, the signature state meant for it", async () => {
    const { select, mailbox } = setUp();
    const states: Record<string, string> = {};
    for (const { item } of mails) {
      select(item);
      const read = await mailbox().readCurrentMail();
      states[item.id] = read ? detectSignature(read.mail).status : "(none)";
    }
    expect(states).toMatchObject({
      "sygedagpenge-cpr": "unsigned",
      "fuldmagt-signeret": "signed",
      "odense-sag-signeret": "signed",
      "laegeerklaering-krypteret": "encrypted",
      "intern-notat": "unknown",
      flytning: "unsigned",
    });
  });
});

describe("a reply being written (compose mode)", () => {
  function composeSetUp() {
    const setup = setUp();
    const mail = mails.find((m) => m.item.id === "sygedagpenge-cpr")!;
    const draft = replyDraft(mail, "tirsdag den 4. marts 2025 kl. 09.00");
    setup.exchange.openDraft(draft);
    setup.standIn.select({
      item: mail.item,
      draftId: draft.id,
      failure: "none",
      sharing: { owner: OWNER, delegatePermissions: 1 | 2 | 32 },
    });
    return { ...setup, draft };
  }

  it("hands the adapter a compose item holding the reply above the whole quoted original", async () => {
    const { mailbox } = composeSetUp();
    const port = mailbox();
    expect(port.isComposing()).toBe(true);
    await expect(port.readCurrentMail()).rejects.toThrow("being written");
    const { outgoing, mailbox: context } = await port.readComposedMail();
    expect(outgoing.mail.subject).toBe("SV: Min sygedagpengesag");
    expect(outgoing.mail.to).toEqual([{ name: "Mette Nielsen", address: "mette.nielsen61@example.com" }]);
    expect(outgoing.mail.textBody).toMatch(/^Kære Mette Nielsen\n[\s\S]*-----Oprindelig meddelelse-----/);
    expect(outgoing.mail.textBody).toContain("070761-4285");
    expect(context).toBe("shared");
  });

  it("reads the draft as it stands: after the quote is deleted it is gone from the body", async () => {
    const { mailbox, exchange } = composeSetUp();
    exchange.changeDraft({ quoted: "" });
    const { outgoing } = await mailbox().readComposedMail();
    expect(outgoing.mail.textBody).not.toContain("Oprindelig meddelelse");
  });

  it("goes back to read mode when the draft is closed and the mail selected again", async () => {
    const { mailbox, exchange, select } = composeSetUp();
    exchange.closeDraft();
    await expect(mailbox().readComposedMail()).rejects.toThrow("9030");
    select(byId("sygedagpenge-cpr"));
    expect(mailbox().isComposing()).toBe(false);
    expect((await mailbox().readCurrentMail())?.mail.subject).toBe("Min sygedagpengesag");
  });
});
