import { emptyMail, type Mail } from "../../../../src/core/mail";
import { detectSignature } from "../../../../src/core/detect/signature";
import { hasReasonText } from "../../../../src/core/i18n/describe-reason";

function mail(fields: Partial<Mail>): Mail {
  return { ...emptyMail(), ...fields };
}

describe("detectSignature", () => {
  it.each([
    ['multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="x"', "signed"],
    ['multipart/signed; protocol="application/x-pkcs7-signature"; boundary="a;b"', "signed"],
    ['Multipart/Signed; Protocol="Application/PKCS7-Signature"', "signed"],
    ['application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"', "encrypted"],
    ["application/x-pkcs7-mime; smime-type=authEnveloped-data", "encrypted"],
    ['application/pkcs7-mime; smime-type="signed-data"; name=smime.p7m', "signed"],
    ["application/pkcs7-mime; name=smime.p7m", "encrypted"],
    ['multipart/encrypted; protocol="application/pgp-encrypted"', "encrypted"],
    ['multipart/signed; protocol="application/pgp-signature"', "signed"],
    ["text/plain; charset=utf-8", "unsigned"],
    ['multipart/alternative; boundary="b"', "unsigned"],
  ])("reads the top-level Content-Type %s as %s", (contentType, status) => {
    const state = detectSignature(mail({ headers: { "content-type": contentType } }));
    expect(state.status).toBe(status);
    expect(state.signed).toBe(status === "signed");
    expect(state.encrypted).toBe(status === "encrypted");
    expect(state.reasons[0]).toMatch(/^signature\.content-type:/);
  });

  it("says an encrypted mail's signature cannot be seen", () => {
    const state = detectSignature(
      mail({ headers: { "content-type": "application/pkcs7-mime; smime-type=enveloped-data" } }),
    );
    expect(state.reasons).toContain("signature.signed-unknown");
  });

  it("trusts a plain Content-Type over a forwarded signed mail's attachments", () => {
    const state = detectSignature(
      mail({
        headers: { "content-type": "multipart/mixed; boundary=x" },
        attachments: [{ name: "smime.p7s" }],
      }),
    );
    expect(state.status).toBe("unsigned");
  });

  it("reads the item class when there are no headers", () => {
    expect(detectSignature(mail({ itemClass: "IPM.Note.SMIME.MultipartSigned" }))).toEqual({
      signed: true,
      encrypted: false,
      status: "signed",
      reasons: ["signature.item-class:IPM.Note.SMIME.MultipartSigned"],
    });
    const ambiguous = detectSignature(mail({ itemClass: "IPM.Note.SMIME" }));
    expect(ambiguous.status).toBe("encrypted");
    expect(ambiguous.reasons).toEqual([
      "signature.item-class:IPM.Note.SMIME",
      "signature.ambiguous",
      "signature.signed-unknown",
    ]);
  });

  it("reads S/MIME attachment names when nothing else tells", () => {
    const p7s = detectSignature(mail({ attachments: [{ name: "brev.pdf" }, { name: "smime.p7s" }] }));
    expect(p7s.status).toBe("signed");
    expect(p7s.reasons).toEqual(["signature.attachment:smime.p7s"]);
    const p7m = detectSignature(mail({ attachments: [{ name: "SMIME.P7M" }], itemClass: "IPM.Note" }));
    expect(p7m.status).toBe("encrypted");
  });

  it("is unknown without headers and without any S/MIME signal (Office.js without headers)", () => {
    const state = detectSignature(mail({ itemClass: "IPM.Note", attachments: [{ name: "faktura.pdf" }] }));
    expect(state).toEqual({
      signed: false,
      encrypted: false,
      status: "unknown",
      reasons: ["signature.no-signal"],
    });
  });

  it("is unsigned when transport headers are there but have no Content-Type (text/plain by default)", () => {
    const state = detectSignature(mail({ headers: { "mime-version": "1.0", received: "from x" } }));
    expect(state.status).toBe("unsigned");
  });

  it("has a text for every reason code it gives", () => {
    const mails = [
      mail({ headers: { "content-type": 'multipart/signed; protocol="application/pgp-signature"' } }),
      mail({ headers: { "content-type": "application/pkcs7-mime" } }),
      mail({ itemClass: "IPM.Note.SMIME" }),
      mail({ attachments: [{ name: "smime.p7s" }] }),
      mail({}),
    ];
    for (const code of mails.flatMap((m) => detectSignature(m).reasons))
      expect(hasReasonText(code)).toBe(true);
  });
});
