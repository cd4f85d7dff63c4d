// Issue 14: mail the CLI read as less than it holds — an HTML part beside a plain-text stub, a multipart without its
// boundary, a UTF-7 body. The engine must see the CPR number and the health word in each.
import fc from "fast-check";
import { parseEml } from "../../../src/eml/parse-eml";
import { decodeUtf7 } from "../../../src/eml/utf7";

async function body(raw: string): Promise<string> {
  const result = await parseEml(new TextEncoder().encode(raw));
  if (!result.ok) throw new Error(result.error);
  return result.mail.textBody ?? "";
}

const HEAD =
  "From: borger@example.dk\r\nTo: borgerservice@nyborg.dk\r\nSubject: Ansøgning\r\nMIME-Version: 1.0\r\n";

describe("a text/plain stub beside the HTML", () => {
  test("both are read when the HTML says more: the CPR number and the illness only stand there", async () => {
    const text = await body(
      `${HEAD}Content-Type: multipart/alternative; boundary="q"\r\n\r\n--q\r\nContent-Type: text/plain\r\n\r\n` +
        `Denne mail kræver HTML.\r\n--q\r\nContent-Type: text/html\r\n\r\n<p>Mit CPR er 070761-4285, jeg har kræft.</p>\r\n--q--\r\n`,
    );
    expect(text).toContain("Denne mail kræver HTML.");
    expect(text).toContain("070761-4285");
    expect(text).toContain("kræft");
  });

  test("the plain part alone when both say the same", async () => {
    const text = await body(
      `${HEAD}Content-Type: multipart/alternative; boundary="q"\r\n\r\n--q\r\nContent-Type: text/plain\r\n\r\n` +
        `Hej, mit CPR er 070761-4285.\r\n--q\r\nContent-Type: text/html\r\n\r\n<p>Hej, mit <b>CPR</b> er 070761-4285.</p>\r\n--q--\r\n`,
    );
    expect(text.trim()).toBe("Hej, mit CPR er 070761-4285.");
  });
});

describe("a multipart without its boundary", () => {
  test("takes the boundary its body uses", async () => {
    const text = await body(
      `${HEAD}Content-Type: multipart/mixed\r\n\r\n--abc\r\nContent-Type: text/plain\r\n\r\nMit CPR er 070761-4285\r\n--abc--\r\n`,
    );
    expect(text).toContain("070761-4285");
  });

  test("reads a body with no delimiter line as plain text", async () => {
    expect(
      await body(`${HEAD}Content-Type: multipart/alternative\r\n\r\nMit CPR er 070761-4285\r\n`),
    ).toContain("070761-4285");
  });
});

describe("UTF-7", () => {
  test("a body declared UTF-7 is decoded: the Danish words are there to find", async () => {
    const text = await body(
      `${HEAD}Content-Type: text/plain; charset=utf-7\r\n\r\nJeg har f+AOU-et kr+AOY-ft, CPR 070761-4285, 1 +- 1\r\n`,
    );
    expect(text).toContain("Jeg har fået kræft, CPR 070761-4285, 1 + 1");
  });

  test("property: any text encoded as UTF-7 decodes to itself", () => {
    const encode = (text: string): string =>
      text.replace(/[^A-Za-z0-9'(),./:? \n-]+/g, (run) =>
        run === "+"
          ? "+-"
          : `+${Buffer.from(run, "utf16le").swap16().toString("base64").replace(/=+$/, "")}-`,
      );
    fc.assert(
      fc.property(
        fc.string({ unit: "binary-ascii" }).map((s) => s + "æøå"),
        (text) => decodeUtf7(encode(text)) === text,
      ),
    );
  });
});
