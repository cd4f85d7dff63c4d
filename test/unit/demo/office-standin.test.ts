import { detectSignature } from "../../../src/core/detect/signature";
import { openDemoMailbox } from "../../../src/demo/mailbox/demo-mailbox";
import { createOfficeStandIn } from "../../../src/demo/office-standin/office-standin";
import { connectOutlook } from "../../../src/office/office-mailbox";

const now = new Date("2025-03-04T10:00:00Z");
const mails = openDemoMailbox(now);
const byId = (id: string) => {
  const mail = mails.find((m) => m.item.id === id);
  if (!mail) throw new Error(`no sample mail ${id}`);
  return mail.item;
};

describe("the demo's Office.js stand-in", () => {
  it("resolves Office.onReady only once the demo page has handed it the selection", async () => {
    const standIn = createOfficeStandIn("da-DK");
    let ready = false;
    void standIn.office.onReady().then(() => (ready = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(ready).toBe(false);
    standIn.select(byId("flytning"));
    await standIn.office.onReady();
    expect(ready).toBe(true);
  });

  it("feeds the real mailbox adapter: the sample mail arrives as a Mail with parsed headers", async () => {
    const standIn = createOfficeStandIn("da-DK");
    standIn.select(byId("fuldmagt-signeret"));
    await standIn.office.onReady();
    const read = await connectOutlook(standIn.office).mailbox!.readCurrentMail();
    expect(read?.gaps).toEqual([]);
    expect(read?.mail.subject).toBe("Fuldmagt – boligstøttesag for Ellen Sørensen");
    expect(read?.mail.from).toEqual({ name: "Ida Krogh", address: "ik@krogh-holm.example.dk" });
    expect(read?.mail.headers["content-type"]).toMatch(
      /^multipart\/signed; protocol="application\/pkcs7-signature"/,
    );
    expect(read?.mail.htmlBody).toContain("<p>Kære Borgerservice</p>");
    expect(read?.mail.attachments).toEqual([
      { name: "Fuldmagt Ellen Sørensen.pdf", contentType: "application/pdf", size: 96_512, isInline: false },
    ]);
  });

  it("calls back asynchronously, never inside the call, as Office does", () => {
    const standIn = createOfficeStandIn("da-DK");
    standIn.select(byId("flytning"));
    const callback = jest.fn();
    standIn.office.context.mailbox!.item!.body.getAsync("text", callback);
    expect(callback).not.toHaveBeenCalled();
  });

  it("fails an unsupported coercion type with Office's error code", async () => {
    const standIn = createOfficeStandIn("da-DK");
    standIn.select(byId("flytning"));
    const result = await new Promise<Office.AsyncResult<string>>((resolve) =>
      standIn.office.context.mailbox!.item!.body.getAsync("ooxml", resolve),
    );
    expect(result.status).toBe(standIn.office.AsyncResultStatus.Failed);
    expect(result.error.code).toBe(1000);
  });

  it("fires ItemChanged after a new selection, with the new item in place", async () => {
    const standIn = createOfficeStandIn("da-DK");
    standIn.select(byId("flytning"));
    await standIn.office.onReady();
    const mailbox = connectOutlook(standIn.office).mailbox!;
    const subjects: string[] = [];
    await mailbox.onItemChanged(() => {
      void mailbox.readCurrentMail().then((read) => subjects.push(read?.mail.subject ?? "(ingen)"));
    });
    standIn.select(byId("pas-tid"));
    await new Promise((resolve) => setTimeout(resolve, 10));
    standIn.select(null);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(subjects).toEqual(["Tid til nyt pas", "(ingen)"]);
  });

  it("supports the Mailbox requirement sets of Outlook on the web for shared mailboxes, and no more", () => {
    const { requirements } = createOfficeStandIn("da-DK").office.context;
    expect(requirements.isSetSupported("Mailbox", "1.8")).toBe(true);
    expect(requirements.isSetSupported("Mailbox", "1.13")).toBe(true);
    expect(requirements.isSetSupported("Mailbox", "1.14")).toBe(false);
    expect(requirements.isSetSupported("NestedAppAuth", "1.1")).toBe(false);
  });
});

describe("the demo mailbox", () => {
  it("is listed newest first", () => {
    const times = mails.map((m) => m.received.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("gives each sample mail, read through the stand-in and the adapter, the signature state meant for it", async () => {
    const standIn = createOfficeStandIn("da-DK");
    const mailbox = connectOutlook(standIn.office).mailbox!;
    const states: Record<string, string> = {};
    for (const { item } of mails) {
      standIn.select(item);
      const read = await mailbox.readCurrentMail();
      states[item.id] = read ? detectSignature(read.mail).status : "(none)";
    }
    expect(states).toEqual({
      "sygedagpenge-cpr": "unsigned",
      "fuldmagt-signeret": "signed",
      flytning: "unsigned",
      "pas-tid": "unsigned",
      "laegeerklaering-krypteret": "encrypted",
      aktindsigt: "unsigned",
      "new-resident-english": "unsigned",
      nyhedsbrev: "unsigned",
    });
  });
});
