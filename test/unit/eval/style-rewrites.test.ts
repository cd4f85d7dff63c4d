import {
  allLowerCase,
  forwardedChain,
  mobileOneLiner,
  STYLE_REWRITES,
  withoutDanishLetters,
  withoutPunctuation,
  withTypos,
} from "../../../scripts/eval/style-rewrites";
import { shiftedMail } from "../../../scripts/eval/style-shift";
import { emptyMail } from "../../../src/core/mail";
import { splitQuoted } from "../../../src/core/text/quoted";

const LETTER = [
  "Hej",
  "",
  "Jeg er flyttet til Skovparken 3, 1.th. Kan I rette min adresse? Mit cpr-nr. er 031164-1204.",
  "Se også nyborg.dk/flytning.",
  "",
  "Med venlig hilsen",
  "Bent Mikkelsen",
].join("\n");

describe("style rewrites for the style-shift evaluation", () => {
  it("writes æ, ø and å as ae, oe and aa, keeping capitals", () => {
    expect(withoutDanishLetters("Ærø, søster, Åbo og gården")).toBe("Aeroe, soester, Aabo og gaarden");
  });

  it("lowers every letter and nothing else", () => {
    expect(allLowerCase("Kære Borgerservice, CPR 031164-1204")).toBe("kære borgerservice, cpr 031164-1204");
  });

  it("drops sentence punctuation but keeps the dots and dashes inside addresses, floors and numbers", () => {
    const text = withoutPunctuation(LETTER);
    expect(text).not.toMatch(/[,?](\s|$)/);
    expect(text).not.toMatch(/\.(\s|$)/m);
    expect(text).toContain("Skovparken 3 1.th Kan I rette min adresse Mit cpr-nr er 031164-1204");
    expect(text).toContain("nyborg.dk/flytning");
  });

  it("makes a phone's one-liner: no greeting, no sign-off, one line and the phone's footer", () => {
    const { body } = mobileOneLiner({ subject: "flytning", body: LETTER });
    const [line, ...rest] = body.split("\n");
    expect(line).toBe(
      "Jeg er flyttet til Skovparken 3, 1.th. Kan I rette min adresse? Mit cpr-nr. er 031164-1204. Se også nyborg.dk/flytning.",
    );
    expect(rest.join("\n")).toBe("\nSendt fra min iPhone");
  });

  it("keeps quoted history below a one-liner as it was", () => {
    const history =
      "-----Oprindelig meddelelse-----\nFra: Borgerservice\nSendt: 1. april\n\nHvad er din adresse?";
    const { body } = mobileOneLiner({
      subject: "SV: flytning",
      body: `Her er den\nSkovparken 3\n\n${history}`,
    });
    expect(body).toBe(`Her er den Skovparken 3\n\nSendt fra min iPhone\n\n${history}`);
  });

  it("forwards the mail so the question stands at the bottom, in the quoted history", () => {
    const forwarded = forwardedChain({ subject: "flytning", body: LETTER });
    expect(forwarded.subject).toBe("VS: flytning");
    const split = splitQuoted(forwarded.body);
    expect(split.body.trim()).toBe("Se venligst nedenstående.");
    expect(split.quoted).toContain("Kan I rette min adresse?");
  });

  it("puts typos in about the stated share of longer words, never in numbers, and the same ones every time", () => {
    const words = Array.from({ length: 2000 }, (_, i) =>
      `ord${"abcdefgh"[i % 8] ?? ""}stavning`.replace(/\d/g, ""),
    );
    const text = `${words.join(" ")} 031164-1204 borger@mail.dk`;
    const typed = withTypos(text, 42);
    expect(withTypos(text, 42)).toBe(typed);
    expect(withTypos(text, 43)).not.toBe(typed);
    expect(typed).toContain("031164-1204 borger@mail.dk");
    const changed = typed.split(" ").filter((word, i) => word !== text.split(" ")[i]).length;
    expect(changed / words.length).toBeGreaterThan(0.1);
    expect(changed / words.length).toBeLessThan(0.2);
  });

  it("gives the same mail for the same file on every run, and a different text for each style", () => {
    const mail = { ...emptyMail(), subject: "Flytning", htmlBody: `<p>${LETTER.replace(/\n/g, "<br>")}</p>` };
    const bodies = STYLE_REWRITES.map((rewrite) => {
      const shifted = shiftedMail(mail, rewrite, "a001.eml");
      expect(shiftedMail(mail, rewrite, "a001.eml")).toEqual(shifted);
      expect(shifted.htmlBody).toBeUndefined();
      return `${shifted.subject}\n${shifted.textBody ?? ""}`;
    });
    expect(new Set(bodies).size).toBe(STYLE_REWRITES.length);
  });

  it("leaves a mail without readable text as it is", () => {
    const encrypted = {
      ...emptyMail(),
      subject: "Krypteret",
      headers: { "content-type": "application/pkcs7-mime" },
    };
    for (const rewrite of STYLE_REWRITES) expect(shiftedMail(encrypted, rewrite, "b034.eml")).toBe(encrypted);
  });
});
