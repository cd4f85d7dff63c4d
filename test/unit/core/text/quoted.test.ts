import { splitQuoted } from "../../../../src/core/text/quoted";
import { growth, LINEAR } from "../../../support/growth";

const body = "Hej\n\nMit cpr-nr er 010190-1234.\n\nMvh\nAnne";

describe("splitQuoted", () => {
  it.each([
    ["Danish Gmail/Apple attribution", "Den 12. marts 2025 kl. 10.14 skrev Anne Jensen <anne@example.dk>:"],
    ["Danish short attribution", "Den tir. 11. mar. 2025 kl. 09.00 skrev Bo Hansen <bo@example.dk>:"],
    ["English attribution", "On Tue, 11 Mar 2025 at 09:00, Bo Hansen <bo@example.com> wrote:"],
    ["German attribution", "Am 11.03.2025 um 09:00 schrieb Bo Hansen <bo@example.de>:"],
    ["Danish Outlook separator", "-----Oprindelig meddelelse-----"],
    ["English Outlook separator", "-----Original Message-----"],
    ["German Outlook separator", "-----Ursprüngliche Nachricht-----"],
    ["Gmail forward", "---------- Videresendt meddelelse ---------"],
    ["Gmail forward (English)", "---------- Forwarded message ---------"],
    ["Apple forward", "Begin forwarded message:"],
    ["Apple forward (Danish)", "Start på videresendt meddelelse:"],
  ])("splits at a %s", (_name, marker) => {
    const split = splitQuoted(`${body}\n\n${marker}\nTidligere tekst 0202021234\n`);
    expect(split.body).toBe(body);
    expect(split.quoted).toBe(`${marker}\nTidligere tekst 0202021234`);
  });

  it("splits at an attribution wrapped over two lines", () => {
    const split = splitQuoted(
      `${body}\n\nOn Tue, 11 Mar 2025 at 09:00, Bo Hansen <bo@example.com>\nwrote:\n> gammel`,
    );
    expect(split.body).toBe(body);
    expect(split.quoted).toBe("On Tue, 11 Mar 2025 at 09:00, Bo Hansen <bo@example.com>\nwrote:\n> gammel");
  });

  it.each([
    ["Danish", "Fra: Borgerservice <bs@nyborg.dk>\nSendt: 11. marts 2025 09:00\nTil: Anne\nEmne: Svar"],
    [
      "English",
      "From: Citizen Service <cs@example.com>\nSent: Tuesday, March 11, 2025 9:00 AM\nTo: Anne\nSubject: Re",
    ],
    ["German", "Von: Bürgerservice <bs@example.de>\nGesendet: Dienstag, 11. März 2025 09:00\nAn: Anne"],
    ["Danish with To first", "Fra: Borgerservice <bs@nyborg.dk>\nTil: Anne\nCc: Bo\nDato: 11. marts 2025"],
  ])("splits at an Outlook header block (%s)", (_name, block) => {
    const split = splitQuoted(`${body}\n\n________________________________\n${block}\n\nGammel tekst`);
    expect(split.body).toBe(body);
    expect(split.quoted.startsWith("________________________________\n")).toBe(true);
    expect(split.quoted.endsWith("Gammel tekst")).toBe(true);
  });

  it("takes '>' lines out of the new text, also when the reply is written between them", () => {
    const split = splitQuoted("> Hvad er dit cpr?\n010190-1234\n> Og din adresse?\nNyborgvej 1");
    expect(split.body).toBe("010190-1234\nNyborgvej 1");
    expect(split.quoted).toBe("> Hvad er dit cpr?\n> Og din adresse?");
  });

  it("keeps the sender's own signature in the new text", () => {
    const text = "Hej\nTak for svaret.\n-- \nAnne Jensen\nTlf. 20 30 40 50";
    expect(splitQuoted(text)).toEqual({ body: text, quoted: "" });
  });

  it("does not split at an ordinary sentence starting with 'Den' or a 'Fra:' line without a header block", () => {
    const text = "Den 12. marts var jeg til lægen.\nFra: min søn\nHan er syg.";
    expect(splitQuoted(text)).toEqual({ body: text, quoted: "" });
  });

  it("takes time in proportion to the number of lines, also of lines that look like markers", () => {
    const ratio = growth((scale) => "Den 1\n".repeat(100_000 * scale), splitQuoted);
    expect(ratio).toBeLessThan(LINEAR);
  });
});
