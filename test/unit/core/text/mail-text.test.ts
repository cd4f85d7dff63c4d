import { emptyMail, type Mail } from "../../../../src/core/mail";
import { extractMailText } from "../../../../src/core/text/mail-text";

function mail(fields: Partial<Mail>): Mail {
  return { ...emptyMail(), ...fields };
}

describe("extractMailText", () => {
  it("normalises the subject and keeps it on one line", () => {
    const text = extractMailText(mail({ subject: "Sv:\u00A0cpr\u200B 010190\u20111234\r\n\tansøgning" }));
    expect(text.subject).toBe("Sv: cpr 010190-1234  ansøgning");
  });

  it("reads the plain body and splits off quoted history", () => {
    const text = extractMailText(
      mail({
        textBody: "Her er det.\r\n\r\n-----Oprindelig meddelelse-----\r\nFra: Kommunen\r\nHvad er dit cpr?",
      }),
    );
    expect(text.body).toBe("Her er det.");
    expect(text.quoted).toBe("-----Oprindelig meddelelse-----\nFra: Kommunen\nHvad er dit cpr?");
  });

  it("falls back to the HTML body when there is no plain body, or when it is empty", () => {
    const html = "<p>Hej</p><p>Mit cpr er 010190&#8209;1234</p>";
    expect(extractMailText(mail({ htmlBody: html })).body).toBe("Hej\n\nMit cpr er 010190-1234");
    expect(extractMailText(mail({ textBody: " \r\n", htmlBody: html })).body).toBe(
      "Hej\n\nMit cpr er 010190-1234",
    );
  });

  it("prefers the plain body when it has text", () => {
    expect(extractMailText(mail({ textBody: "plain", htmlBody: "<p>html</p>" })).body).toBe("plain");
  });

  it("puts quoted HTML history in quoted", () => {
    const html = "<div>Svar</div><blockquote type='cite'><div>Spørgsmål</div></blockquote>";
    const text = extractMailText(mail({ htmlBody: html }));
    expect(text.body).toBe("Svar");
    expect(text.quoted).toBe("> Spørgsmål");
  });

  it("lists attachment names one per line", () => {
    const text = extractMailText(
      mail({ attachments: [{ name: "lægeerklæring.pdf" }, { name: "cpr\n010190-1234.jpg" }] }),
    );
    expect(text.attachmentNames).toBe("lægeerklæring.pdf\ncpr 010190-1234.jpg");
  });

  it("gives empty strings for a mail without text", () => {
    expect(extractMailText(emptyMail())).toEqual({
      senderName: "",
      subject: "",
      body: "",
      quoted: "",
      attachmentNames: "",
      attachments: [],
    });
  });
});
