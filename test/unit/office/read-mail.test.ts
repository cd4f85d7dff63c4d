import { connectOutlook } from "../../../src/office/office-mailbox";
import { OfficeCallError } from "../../../src/office/office-call";
import { FakeOffice, officeError, type FakeMessage } from "./fake-office";

const signedMail: FakeMessage = {
  subject: "Svar vedrørende sag 2025-0142",
  from: { displayName: "Advokat Ida Krogh", emailAddress: "ik@advokat.example.dk" },
  sender: { displayName: "Sekretariat", emailAddress: "sekretariat@advokat.example.dk" },
  to: [{ displayName: "Borgerservice", emailAddress: "borgerservice@demo.nyborg.dk" }],
  cc: [{ displayName: "", emailAddress: "kopi@example.dk" }],
  dateTimeCreated: new Date("2025-03-04T08:15:00Z"),
  itemClass: "IPM.Note.SMIME.MultipartSigned",
  attachments: [{ name: "smime.p7s", contentType: "application/pkcs7-signature", size: 4120 }],
  textBody: "Hej\nHermed vores svar.",
  htmlBody: "<p>Hej</p><p>Hermed vores svar.</p>",
  internetHeaders:
    "Received: from a\r\n\tby b\r\nReceived: from c\r\nContent-Type: multipart/signed;\r\n" +
    ' protocol="application/pkcs7-signature"; micalg=sha-256\r\nSubject: x\r\n',
};

async function read(message: FakeMessage | null, options: ConstructorParameters<typeof FakeOffice>[0] = {}) {
  const session = connectOutlook(new FakeOffice({ message, ...options }), { timeoutMs: 200 });
  return session.mailbox!.readCurrentMail();
}

describe("reading the selected Outlook item into a Mail", () => {
  it("gives subject, sender, recipients, date, bodies, item class and attachment metadata", async () => {
    const read1 = await read(signedMail);
    expect(read1?.gaps).toEqual([]);
    expect(read1?.mail).toEqual({
      subject: "Svar vedrørende sag 2025-0142",
      from: { name: "Advokat Ida Krogh", address: "ik@advokat.example.dk" },
      to: [{ name: "Borgerservice", address: "borgerservice@demo.nyborg.dk" }],
      cc: [{ address: "kopi@example.dk" }],
      date: "2025-03-04T08:15:00.000Z",
      headers: {
        received: "from a by b, from c",
        "content-type": 'multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256',
        subject: "x",
      },
      textBody: "Hej\nHermed vores svar.",
      htmlBody: "<p>Hej</p><p>Hermed vores svar.</p>",
      attachments: [
        { name: "smime.p7s", contentType: "application/pkcs7-signature", size: 4120, isInline: false },
      ],
      itemClass: "IPM.Note.SMIME.MultipartSigned",
    });
  });

  it("falls back to the sender when Outlook gives no from", async () => {
    const result = await read({ ...signedMail, from: {} });
    expect(result?.mail.from).toEqual({ name: "Sekretariat", address: "sekretariat@advokat.example.dk" });
  });

  it("gives null when no item is selected", async () => {
    expect(await read(null)).toBeNull();
  });

  it("says the headers are unsupported when the client lacks Mailbox 1.8, and does not ask for them", async () => {
    const result = await read(
      { ...signedMail, outcomes: { headers: { fail: officeError(5000, "not supported") } } },
      { mailboxVersion: "1.7" },
    );
    expect(result?.mail.headers).toEqual({});
    expect(result?.gaps).toEqual(["headers-unsupported"]);
  });

  it("treats 1.13 as newer than 1.8", async () => {
    const result = await read(signedMail, { mailboxVersion: "1.13" });
    expect(result?.gaps).toEqual([]);
  });

  it("notes empty headers (Sent Items) and failed headers without failing the read", async () => {
    expect((await read({ ...signedMail, internetHeaders: "" }))?.gaps).toEqual(["headers-empty"]);
    const failed = await read({
      ...signedMail,
      outcomes: { headers: { fail: officeError(9020, "Generic") } },
    });
    expect(failed?.gaps).toEqual(["headers-failed"]);
    expect(failed?.mail.textBody).toBe("Hej\nHermed vores svar.");
  });

  it("rejects with an error naming the call and Office's code when the body cannot be read", async () => {
    const failing = read({
      ...signedMail,
      outcomes: { html: { fail: officeError(9020, "Generic response error") } },
    });
    await expect(failing).rejects.toBeInstanceOf(OfficeCallError);
    await expect(failing).rejects.toThrow(
      "Outlook could not complete item.body.getAsync(html) (Office error 9020): Generic response error",
    );
  });

  it("gives up with a clear error when Outlook never answers", async () => {
    await expect(read({ ...signedMail, outcomes: { text: "never-answers" } })).rejects.toThrow(
      "Outlook could not complete item.body.getAsync(text): no answer within 0.2 s",
    );
  });

  it("never puts mail content into an error message", async () => {
    const secret = "070761-4285 har diabetes";
    const failing = read({
      ...signedMail,
      subject: secret,
      textBody: secret,
      outcomes: { text: { fail: officeError(9020, "Generic") } },
    });
    const error = await failing.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeCallError);
    expect(String(error)).not.toMatch(/4285|diabetes/);
  });
});

describe("following the selection while the pane is pinned", () => {
  it("calls listeners after Outlook switches item, and reads the new item", async () => {
    const office = new FakeOffice({ message: signedMail });
    const mailbox = connectOutlook(office).mailbox!;
    const changes: string[] = [];
    await mailbox.onItemChanged(() => {
      void mailbox.readCurrentMail().then((read) => changes.push(read?.mail.subject ?? "(none)"));
    });
    office.select({ subject: "Tid til pas" });
    await waitFor(() => changes.length === 1);
    office.select(null);
    await waitFor(() => changes.length === 2);
    expect(changes).toEqual(["Tid til pas", "(none)"]);
  });

  it("registers one Office handler for many listeners and removes it when the last one leaves", async () => {
    const office = new FakeOffice({ message: signedMail });
    const mailbox = connectOutlook(office).mailbox!;
    const first = jest.fn();
    const second = jest.fn();
    const stopFirst = await mailbox.onItemChanged(first);
    const stopSecond = await mailbox.onItemChanged(second);
    expect(office.handlers).toHaveLength(1);
    await stopFirst();
    expect(office.handlers).toHaveLength(1);
    office.select(null);
    await waitFor(() => second.mock.calls.length === 1);
    expect(first).not.toHaveBeenCalled();
    await stopSecond();
    expect(office.handlers).toHaveLength(0);
  });

  it("rejects with a clear error when Outlook refuses the handler", async () => {
    const office = new FakeOffice({ message: signedMail });
    office.addHandlerOutcome = { fail: officeError(5001, "Internal error") };
    const mailbox = connectOutlook(office).mailbox!;
    await expect(mailbox.onItemChanged(() => undefined)).rejects.toThrow(
      "Outlook could not complete mailbox.addHandlerAsync(ItemChanged) (Office error 5001): Internal error",
    );
  });
});

describe("outside Outlook", () => {
  it("has no mailbox but keeps the display language", () => {
    const office = new FakeOffice({ displayLanguage: "en-US" });
    delete office.context.mailbox;
    expect(connectOutlook(office)).toEqual({ displayLanguage: "en-US" });
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}
