import { TRIAGE_RECORD_NAME } from "../../../src/core/triage-record-name";
import { REPLY_HTML_LIMIT } from "../../../src/office/item-actions";
import { isRefusal, OfficeCallError } from "../../../src/office/office-call";
import { connectOutlook } from "../../../src/office/office-mailbox";
import { FakeOffice, officeError, type FakeMessage } from "./fake-office";

const mail: FakeMessage = {
  itemId: "AAMkAGI2-cpr",
  subject: "Min sag",
  textBody: "Hej",
  htmlBody: "<p>Hej</p>",
  internetHeaders: "Content-Type: text/plain\r\n",
};
/** DelegatePermissions: Read 1, Write 2, EditAll 32. */
const FULL = 1 | 2 | 32;
const READ_ONLY = 1;
const SAG = { name: "Kanalvagt: Sag", color: "Preset7" };
const KLAGE = { name: "Kanalvagt: Klage", color: "Preset3" };

async function open(message: FakeMessage, options: ConstructorParameters<typeof FakeOffice>[0] = {}) {
  const office = new FakeOffice({ message, ...options });
  const read = await connectOutlook(office, { timeoutMs: 200 }).mailbox!.readCurrentMail();
  if (!read) throw new Error("no item");
  return { office, read };
}

describe("what Kanalvagt may do to an item, decided at run time", () => {
  it("may do everything in the user's own mailbox on a current Outlook", async () => {
    const { read } = await open(mail);
    expect(read.key).toBe("AAMkAGI2-cpr");
    expect(read.shared).toBeUndefined();
    expect(read.actions.can).toEqual({
      categories: true,
      masterCategories: "manage",
      customProperties: true,
      replyForm: true,
      newMessageForm: true,
    });
  });

  it("in a shared mailbox: reads the owner and rights, and never manages the master list", async () => {
    const { read } = await open({
      ...mail,
      shared: { owner: "borgerservice@nyborg.dk", delegatePermissions: FULL },
    });
    expect(read.shared).toEqual({ owner: "borgerservice@nyborg.dk", canEdit: true });
    expect(read.actions.can).toMatchObject({
      categories: true,
      masterCategories: "read",
      customProperties: true,
    });
  });

  it("with read-only rights in a shared mailbox: no categories and no stored record", async () => {
    const { read } = await open({
      ...mail,
      shared: { owner: "borgerservice@nyborg.dk", delegatePermissions: READ_ONLY },
    });
    expect(read.shared?.canEdit).toBe(false);
    expect(read.actions.can).toMatchObject({ categories: false, customProperties: false });
    await expect(read.actions.applyCategories([SAG])).rejects.toThrow(
      "does not let Kanalvagt set categories",
    );
  });

  it("says so when Outlook will not tell the rights in a shared mailbox, and still reads the mail", async () => {
    const { read } = await open({
      ...mail,
      shared: { owner: "borgerservice@nyborg.dk", delegatePermissions: FULL },
      outcomes: { shared: { fail: officeError(9042, "server error") } },
    });
    expect(read.gaps).toEqual(["shared-failed"]);
    expect(read.mail.subject).toBe("Min sag");
  });

  it("without Mailbox 1.8: no categories, no master list, and the reply through the synchronous form", async () => {
    const { office, read } = await open(mail, { mailboxVersion: "1.5" });
    expect(read.actions.can).toMatchObject({ categories: false, masterCategories: "none", replyForm: true });
    await read.actions.openReply("<p>Tak</p>");
    expect(office.store.replies).toEqual(["<p>Tak</p>"]);
  });

  it("opens a new message to the sender with the template's subject and text, nothing quoted", async () => {
    const { office, read } = await open(mail);
    await read.actions.openNewMessage({
      to: { name: "Mette 0707614285", address: "mette@example.dk" },
      subject: "Vi har modtaget din e-mail",
      html: "<p>Tak for din e-mail.</p>",
    });
    expect(office.store.newMessages).toEqual([
      {
        toRecipients: ["mette@example.dk"],
        subject: "Vi har modtaget din e-mail",
        htmlBody: "<p>Tak for din e-mail.</p>",
      },
    ]);
    expect(office.store.replies).toEqual([]);
  });

  it("without Mailbox 1.6 there is no new message form to open", async () => {
    const { read } = await open(mail, { mailboxVersion: "1.5" });
    expect(read.actions.can.newMessageForm).toBe(false);
    await expect(
      read.actions.openNewMessage({ to: { address: "a@example.dk" }, subject: "x", html: "<p>x</p>" }),
    ).rejects.toThrow("open a new message");
  });
});

describe("applying categories", () => {
  it("creates missing categories in the user's own master list, then sets them on the item", async () => {
    const { office, read } = await open(mail, { master: [SAG.name] });
    const outcome = await read.actions.applyCategories([SAG, KLAGE]);
    expect(outcome).toEqual({ applied: [SAG.name, KLAGE.name], created: [KLAGE.name], missing: [] });
    expect(office.store.master.map((c) => c.displayName)).toEqual([SAG.name, KLAGE.name]);
    expect(office.store.itemCategories).toEqual([SAG.name, KLAGE.name]);
  });

  it("in a shared mailbox sets those that exist and names the ones an admin must create", async () => {
    const { office, read } = await open(
      { ...mail, shared: { owner: "borgerservice@nyborg.dk", delegatePermissions: FULL } },
      { master: [SAG.name] },
    );
    const outcome = await read.actions.applyCategories([SAG, KLAGE]);
    expect(outcome).toEqual({ applied: [SAG.name], created: [], missing: [KLAGE.name] });
    expect(office.store.master.map((c) => c.displayName)).toEqual([SAG.name]);
    expect(office.store.itemCategories).toEqual([SAG.name]);
  });

  it("takes DuplicateCategory (someone created it a moment ago) as done", async () => {
    const { office, read } = await open(
      { ...mail, outcomes: { masterAdd: { fail: officeError(9045, "DuplicateCategory") } } },
      { master: [] },
    );
    const outcome = await read.actions.applyCategories([SAG]);
    expect(outcome.applied).toEqual([SAG.name]);
    expect(office.store.itemCategories).toEqual([SAG.name]);
  });

  it("rejects with an error the pane recognises as a refusal when Outlook denies the change", async () => {
    const { read } = await open(
      { ...mail, outcomes: { categories: { fail: officeError(7000, "Permission Denied") } } },
      { master: [SAG.name] },
    );
    const failing = read.actions.applyCategories([SAG]);
    await expect(failing).rejects.toBeInstanceOf(OfficeCallError);
    expect(isRefusal(await failing.catch((error: unknown) => error))).toBe(true);
  });
});

describe("the stored triage record", () => {
  it("is saved as the add-in's custom property and read back", async () => {
    const { office, read } = await open(mail);
    expect(await read.actions.readTriageRecord()).toBeUndefined();
    await read.actions.saveTriageRecord('{"v":1}');
    expect(office.store.properties).toEqual({ [TRIAGE_RECORD_NAME]: '{"v":1}' });
    expect(await read.actions.readTriageRecord()).toBe('{"v":1}');
  });

  it("fails clearly when Outlook cannot save it", async () => {
    const { read } = await open({ ...mail, outcomes: { saveProperties: { fail: officeError(9042, "x") } } });
    await expect(read.actions.saveTriageRecord("{}")).rejects.toThrow(
      "Outlook could not complete item.customProperties.saveAsync (Office error 9042)",
    );
  });
});

describe("opening a reply", () => {
  it("hands Outlook the HTML through displayReplyFormAsync", async () => {
    const { office, read } = await open(mail);
    await read.actions.openReply("<p>Vi har modtaget din e-mail.</p>");
    expect(office.store.replies).toEqual(["<p>Vi har modtaget din e-mail.</p>"]);
  });

  it("refuses HTML over Outlook's 32 KB limit rather than let Outlook cut it", async () => {
    const { office, read } = await open(mail);
    await expect(read.actions.openReply(`<p>${"x".repeat(REPLY_HTML_LIMIT)}</p>`)).rejects.toThrow("32 KB");
    expect(office.store.replies).toEqual([]);
  });
});
