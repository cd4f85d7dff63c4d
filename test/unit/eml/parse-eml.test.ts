import PostalMime from "postal-mime";
import { parseEml } from "../../../src/eml/parse-eml";
import type { Mail } from "../../../src/core/mail";
import { base64, basicHeaders, message } from "./mime-builder";

async function parsed(bytes: Uint8Array): Promise<Mail> {
  const result = await parseEml(bytes);
  if (!result.ok) throw new Error(`expected a mail, got: ${result.error}`);
  return result.mail;
}

describe("parseEml", () => {
  it("decodes RFC 2047 subjects and display names in UTF-8 (Q) and ISO-8859-1 (B)", async () => {
    const mail = await parsed(
      message(
        [
          "From: =?ISO-8859-1?B?U/hyZW4gxmJlbPg=?= <soeren@example.dk>",
          "To: =?UTF-8?Q?Borgerservice_N=C3=B8rre?= <borgerservice@nyborg.dk>",
          "Subject: =?UTF-8?Q?Sp=C3=B8rgsm=C3=A5l_om_b=C3=B8rnepasning?=",
          "Date: Tue, 4 Mar 2025 09:15:00 +0100",
          "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=utf-8",
        ],
        "Hej",
      ),
    );
    expect(mail.subject).toBe("Spørgsmål om børnepasning");
    expect(mail.from).toEqual({ name: "Søren Æbelø", address: "soeren@example.dk" });
    expect(mail.to).toEqual([{ name: "Borgerservice Nørre", address: "borgerservice@nyborg.dk" }]);
    expect(mail.date).toBe("2025-03-04T08:15:00.000Z");
  });

  it("decodes a quoted-printable body with soft line breaks", async () => {
    const mail = await parsed(
      message(
        [
          ...basicHeaders,
          "Subject: QP",
          "Content-Type: text/plain; charset=utf-8",
          "Content-Transfer-Encoding: quoted-printable",
        ],
        "K=C3=A6re Nyborg Kommune, min s=C3=B8n har f=C3=A5et en lang diagnose som g=\r\n=C3=A5r over to linjer.",
      ),
    );
    expect(mail.textBody).toContain(
      "Kære Nyborg Kommune, min søn har fået en lang diagnose som går over to linjer.",
    );
  });

  it("decodes a base64 body", async () => {
    const text = "Jeg har brug for hjælp til min ansøgning om boligstøtte.";
    const mail = await parsed(
      message(
        [
          ...basicHeaders,
          "Subject: base64",
          "Content-Type: text/plain; charset=utf-8",
          "Content-Transfer-Encoding: base64",
        ],
        base64(text),
      ),
    );
    expect(mail.textBody?.trim()).toBe(text);
  });

  it("reads an ISO-8859-1 body written as 8-bit bytes", async () => {
    const mail = await parsed(
      message(
        [
          ...basicHeaders,
          "Subject: latin1",
          "Content-Type: text/plain; charset=ISO-8859-1",
          "Content-Transfer-Encoding: 8bit",
        ],
        "Vi har fået en rykker for ejendomsskat på grønne områder.",
        "latin1",
      ),
    );
    expect(mail.textBody).toContain("Vi har fået en rykker for ejendomsskat på grønne områder.");
  });

  it("keeps both the text and the HTML part of multipart/alternative", async () => {
    const mail = await parsed(
      message(
        [...basicHeaders, "Subject: alt", 'Content-Type: multipart/alternative; boundary="alt-1"'],
        [
          "--alt-1",
          "Content-Type: text/plain; charset=utf-8",
          "",
          "Tekst: åbningstider",
          "--alt-1",
          "Content-Type: text/html; charset=utf-8",
          "Content-Transfer-Encoding: quoted-printable",
          "",
          "<p>HTML: =C3=A5bningstider</p>",
          "--alt-1--",
          "",
        ].join("\r\n"),
      ),
    );
    expect(mail.textBody).toContain("Tekst: åbningstider");
    expect(mail.htmlBody).toContain("<p>HTML: åbningstider</p>");
    expect(mail.attachments).toEqual([]);
  });

  it("lists attachments by name, type, size and disposition without keeping their content", async () => {
    const pdf = "%PDF-1.4 lægeerklæring";
    const mail = await parsed(
      message(
        [...basicHeaders, "Subject: bilag", 'Content-Type: multipart/mixed; boundary="mix"'],
        [
          "--mix",
          "Content-Type: text/plain; charset=utf-8",
          "",
          "Se vedhæftede.",
          "--mix",
          'Content-Type: application/pdf; name="laegeerklaering.pdf"',
          'Content-Disposition: attachment; filename="laegeerklaering.pdf"',
          "Content-Transfer-Encoding: base64",
          "",
          base64(pdf),
          "--mix",
          "Content-Type: image/png",
          "Content-Disposition: inline; filename*=UTF-8''l%C3%B8n.png",
          "Content-ID: <logo>",
          "Content-Transfer-Encoding: base64",
          "",
          base64("png"),
          "--mix--",
          "",
        ].join("\r\n"),
      ),
    );
    expect(mail.attachments).toEqual([
      { name: "laegeerklaering.pdf", contentType: "application/pdf", size: Buffer.byteLength(pdf) },
      { name: "løn.png", contentType: "image/png", size: 3, isInline: true },
    ]);
    expect(JSON.stringify(mail)).not.toContain("PDF-1.4");
  });

  it("keeps all top-level headers with lower-cased names, joining repeated ones", async () => {
    const mail = await parsed(
      message(
        [
          ...basicHeaders,
          "Subject: headers",
          "Received: from a.example by b.example",
          "Received: from c.example by d.example",
          "Auto-Submitted: auto-replied",
          "X-Auto-Response-Suppress: All",
          "Content-Type: text/plain;",
          ' charset="utf-8"',
        ],
        "Jeg er på ferie.",
      ),
    );
    expect(mail.headers["received"]).toBe("from a.example by b.example, from c.example by d.example");
    expect(mail.headers["auto-submitted"]).toBe("auto-replied");
    expect(mail.headers["x-auto-response-suppress"]).toBe("All");
    expect(mail.headers["content-type"]).toMatch(/^text\/plain;\s+charset="utf-8"$/);
    expect(mail.itemClass).toBeUndefined();
  });

  it("gives a signed S/MIME mail its text, its raw multipart/signed type and the smime.p7s attachment", async () => {
    const mail = await parsed(
      message(
        [
          ...basicHeaders,
          "Subject: signeret",
          'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="sig"',
        ],
        [
          "This is a cryptographically signed message in MIME format.",
          "--sig",
          "Content-Type: text/plain; charset=utf-8",
          "",
          "Signeret hilsen",
          "--sig",
          'Content-Type: application/pkcs7-signature; name="smime.p7s"',
          "Content-Transfer-Encoding: base64",
          'Content-Disposition: attachment; filename="smime.p7s"',
          "",
          base64("not a real signature"),
          "--sig--",
          "",
        ].join("\r\n"),
      ),
    );
    expect(mail.headers["content-type"]).toContain("multipart/signed");
    expect(mail.headers["content-type"]).toContain("application/pkcs7-signature");
    expect(mail.textBody).toContain("Signeret hilsen");
    expect(mail.attachments.map((a) => [a.name, a.contentType])).toEqual([
      ["smime.p7s", "application/pkcs7-signature"],
    ]);
  });

  it("gives an encrypted S/MIME mail no body and the smime.p7m attachment", async () => {
    const mail = await parsed(
      message(
        [
          ...basicHeaders,
          "Subject: krypteret",
          'Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"',
          "Content-Transfer-Encoding: base64",
          'Content-Disposition: attachment; filename="smime.p7m"',
        ],
        base64("ciphertext bytes"),
      ),
    );
    expect(mail.headers["content-type"]).toContain("smime-type=enveloped-data");
    expect(mail.textBody ?? "").toBe("");
    expect(mail.htmlBody).toBeUndefined();
    expect(mail.attachments.map((a) => a.name)).toEqual(["smime.p7m"]);
  });

  it("flattens address groups into their members", async () => {
    const mail = await parsed(
      message(
        [
          "From: a@example.dk",
          "To: Team: b@example.dk, Carl <c@example.dk>;",
          "Cc: d@example.dk",
          "Subject: g",
          "Content-Type: text/plain",
        ],
        "x",
      ),
    );
    expect(mail.to).toEqual([{ address: "b@example.dk" }, { name: "Carl", address: "c@example.dk" }]);
    expect(mail.cc).toEqual([{ address: "d@example.dk" }]);
  });

  it("leaves the date out when the Date header does not parse, keeping the raw header", async () => {
    const mail = await parsed(
      message(["From: a@example.dk", "Subject: s", "Date: igår ved middagstid"], "x"),
    );
    expect(mail.date).toBeUndefined();
    expect(mail.headers["date"]).toBe("igår ved middagstid");
  });

  it.each([
    ["an empty file", new Uint8Array(0), /empty/],
    ["plain text", Buffer.from("Dette er bare en tekstfil\nuden nogen headers\n"), /not an \.eml message/],
    ["binary noise", Uint8Array.from([0, 1, 2, 255, 254, 10, 13, 58, 58, 0]), /not an \.eml message/],
    [
      "MIME nested deeper than the parser allows",
      Buffer.from(
        "From: a@example.dk\r\nContent-Type: multipart/mixed; boundary=a\r\n\r\n" +
          "--a\r\nContent-Type: multipart/mixed; boundary=a\r\n\r\n".repeat(300),
      ),
      /MIME structure cannot be read/,
    ],
  ])("returns a clear error for %s", async (_name, bytes, error) => {
    const result = await parseEml(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});

describe("parseEml limits", () => {
  // Checked by whether the MIME parser ran, not by a stopwatch, so a slow machine cannot fail it.
  it("refuses a file with more lines than any real mail without parsing it", async () => {
    const bytes = Buffer.from(`From: a@example.dk\r\nSubject: x\r\n\r\n${"a\n".repeat(1_000_001)}`);
    const parse = jest.spyOn(PostalMime, "parse");
    const result = await parseEml(bytes);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/more than 1,000,000 lines/) as unknown,
    });
  });
});
