import fc from "fast-check";
import { parseEml } from "../../../src/eml/parse-eml";
import { base64, basicHeaders, message } from "./mime-builder";

const wellFormed = message(
  [...basicHeaders, "Subject: =?UTF-8?Q?b=C3=B8rn?=", 'Content-Type: multipart/mixed; boundary="b"'],
  [
    "--b",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: quoted-printable",
    "",
    "Min s=C3=B8n",
    "--b",
    'Content-Type: application/pdf; name="a.pdf"',
    "Content-Transfer-Encoding: base64",
    "",
    base64("pdf"),
    "--b--",
    "",
  ].join("\r\n"),
);

/** Either outcome is fine; what must never happen is a throw, or an error that does not say anything. */
async function expectMailOrClearError(bytes: Uint8Array): Promise<void> {
  const result = await parseEml(bytes);
  if (result.ok) {
    expect(typeof result.mail.subject).toBe("string");
    expect(Array.isArray(result.mail.attachments)).toBe(true);
  } else {
    expect(result.error.length).toBeGreaterThan(10);
  }
}

describe("parseEml on arbitrary input", () => {
  it("never throws on arbitrary bytes", async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), expectMailOrClearError), {
      numRuns: 300,
    });
  });

  it("never throws when a well-formed message is corrupted", async () => {
    const corruption = fc.array(
      fc.tuple(fc.nat({ max: wellFormed.length - 1 }), fc.integer({ min: 0, max: 255 })),
      {
        minLength: 1,
        maxLength: 40,
      },
    );
    await fc.assert(
      fc.asyncProperty(corruption, async (edits) => {
        const bytes = Uint8Array.from(wellFormed);
        for (const [at, value] of edits) bytes[at] = value;
        await expectMailOrClearError(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on MIME-flavoured text (headers, boundaries and encodings in random order)", async () => {
    const fragment = fc.constantFrom(
      "Content-Type: multipart/mixed; boundary=x\r\n",
      "Content-Type: text/plain; charset=iso-8859-1\r\n",
      "Content-Type: text/html; charset=bogus-charset\r\n",
      "Content-Transfer-Encoding: base64\r\n",
      "Content-Transfer-Encoding: quoted-printable\r\n",
      "Subject: =?UTF-8?B?###?=\r\n",
      "Subject: =?X-UNKNOWN?Q?=FF=FE?=\r\n",
      "From: <<<@>>>\r\n",
      "--x\r\n",
      "--x--\r\n",
      "\r\n",
      "=C3=\r\n",
      "AAAA====\r\n",
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fragment, fc.string()), { maxLength: 60 }), async (parts) => {
        await expectMailOrClearError(Buffer.from(parts.join(""), "utf8"));
      }),
      { numRuns: 300 },
    );
  });
});
