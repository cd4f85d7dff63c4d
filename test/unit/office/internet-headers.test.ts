import fc from "fast-check";
import { parseInternetHeaders } from "../../../src/office/internet-headers";

describe("parseInternetHeaders", () => {
  it("lower-cases names, unfolds folded lines and joins repeated fields in order", () => {
    const raw =
      "Received: from mx1.example.dk\r\n\tby mx2.example.dk; Tue, 4 Mar 2025 09:15:00 +0100\r\n" +
      "Received: from client\r\n" +
      "Content-Type: application/pkcs7-mime;\r\n  smime-type=enveloped-data; name=smime.p7m\r\n" +
      "X-Empty:\r\n";
    expect(parseInternetHeaders(raw)).toEqual({
      received: "from mx1.example.dk by mx2.example.dk; Tue, 4 Mar 2025 09:15:00 +0100, from client",
      "content-type": "application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m",
      "x-empty": "",
    });
  });

  it("stops at the first empty line and skips lines that are no header", () => {
    expect(parseInternetHeaders("Subject: Hej\nnot a header\n: no name\n\nBody: not a header")).toEqual({
      subject: "Hej",
    });
  });

  it("keeps headers named like object properties as plain data", () => {
    const parsed = parseInternetHeaders("__proto__: a\nConstructor: b\nconstructor: c");
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(parsed["__proto__"]).toBe("a");
    expect(parsed["constructor"]).toBe("b, c");
  });

  it("reads back any header block it is given, whatever the line endings and folding", () => {
    const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,15}$/);
    const word = fc.stringMatching(/^[!-~]{1,12}$/);
    const field = fc.record({ name, words: fc.array(word, { minLength: 1, maxLength: 6 }) });
    fc.assert(
      fc.property(
        fc.array(field, { maxLength: 8 }),
        fc.constantFrom("\r\n", "\n"),
        fc.boolean(),
        (fields, eol, fold) => {
          const raw = fields.map((f) => `${f.name}: ${f.words.join(fold ? `${eol}\t` : " ")}`).join(eol);
          const expected = new Map<string, string>();
          for (const f of fields) {
            const key = f.name.toLowerCase();
            const value = f.words.join(" ");
            expected.set(key, expected.has(key) ? `${expected.get(key)}, ${value}` : value);
          }
          expect(parseInternetHeaders(raw)).toEqual(Object.fromEntries(expected));
        },
      ),
    );
  });
});
