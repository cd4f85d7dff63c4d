import { graphMessageToMail } from "../../../src/graph/to-mail";

describe("graphMessageToMail", () => {
  it("maps Graph's message JSON to the engine's Mail", () => {
    const mail = graphMessageToMail({
      id: "m1",
      subject: "Ansøgning om boligstøtte",
      receivedDateTime: "2026-02-03T08:15:00Z",
      from: { emailAddress: { name: "Jens Hansen", address: "jens@example.dk" } },
      toRecipients: [{ emailAddress: { name: "ydelse@nyborg.dk", address: "ydelse@nyborg.dk" } }],
      ccRecipients: [{ emailAddress: { name: "Kirsten", address: "k@example.dk" } }],
      body: { contentType: "html", content: "<p>Hej</p>" },
      internetMessageHeaders: [
        { name: "Received", value: "from a" },
        { name: "Received", value: "from b" },
        { name: "Content-Type", value: 'multipart/signed; protocol="application/pkcs7-signature"' },
      ],
      attachments: [
        { name: "smime.p7s", contentType: "application/pkcs7-signature", size: 2048, isInline: false },
        { name: "logo.png", contentType: "image/png", size: 10, isInline: true },
      ],
      singleValueExtendedProperties: [{ id: "String 0x1a", value: "IPM.Note.SMIME.MultipartSigned" }],
    });
    expect(mail).toEqual({
      subject: "Ansøgning om boligstøtte",
      date: "2026-02-03T08:15:00Z",
      from: { name: "Jens Hansen", address: "jens@example.dk" },
      to: [{ address: "ydelse@nyborg.dk" }],
      cc: [{ name: "Kirsten", address: "k@example.dk" }],
      htmlBody: "<p>Hej</p>",
      headers: {
        received: "from a, from b",
        "content-type": 'multipart/signed; protocol="application/pkcs7-signature"',
      },
      attachments: [
        { name: "smime.p7s", contentType: "application/pkcs7-signature", size: 2048 },
        { name: "logo.png", contentType: "image/png", size: 10, isInline: true },
      ],
      itemClass: "IPM.Note.SMIME.MultipartSigned",
    });
  });

  it("reads a text body as text and falls back to the sender when from is missing", () => {
    const mail = graphMessageToMail({
      id: "m2",
      sender: { emailAddress: { address: "noreply@example.dk" } },
      body: { contentType: "text", content: "Tak." },
    });
    expect(mail.textBody).toBe("Tak.");
    expect(mail.htmlBody).toBeUndefined();
    expect(mail.from).toEqual({ address: "noreply@example.dk" });
    expect(mail.subject).toBe("");
    expect(mail.headers).toEqual({});
  });

  it("leaves the body out when an encrypted mail has none readable", () => {
    const mail = graphMessageToMail({
      id: "m3",
      body: { contentType: "text", content: "" },
      attachments: [{ name: "smime.p7m" }],
    });
    expect(mail.textBody).toBeUndefined();
    expect(mail.htmlBody).toBeUndefined();
    expect(mail.attachments).toEqual([{ name: "smime.p7m" }]);
  });
});
