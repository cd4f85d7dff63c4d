import { DEFAULT_CONFIG } from "../../../../src/core/config/load";
import { emptyMail, type Mail } from "../../../../src/core/mail";
import { triage } from "../../../../src/core/triage";

/** The cases a new user tried in the demo (issue 10), each as a staff member would meet it. */
function mail(name: string, address: string, subject: string, body: string): Mail {
  return { ...emptyMail(), from: { name, address }, subject, textBody: body };
}

const triaged = (m: Mail) => triage(m, DEFAULT_CONFIG, new Date("2026-11-02T09:00:00Z"));

describe("the demo's cases", () => {
  it("a colleague's FYI is nothing to answer, from an authority, and offers no reply", () => {
    const t = triaged(
      mail(
        "Mette Holm",
        "mette.holm@nyborg.dk",
        "Til orientering: nyt mødelokale",
        "Hej alle\n\nTil orientering er mødelokale 2 flyttet til 1. sal fra mandag.\n\nVh Mette",
      ),
    );
    expect(t.classification.handling.value).toBe("ingen");
    expect(t.classification.sender.value).toBe("myndighed");
    expect(t.classification.sender.reasons).toContain("sender.colleague:nyborg.dk");
    expect(t.recommendation.channel).toBe("ingen");
  });

  it("a colleague passing on a citizen's request is still from an authority, and not taken for a notice", () => {
    const t = triaged(
      mail(
        "Peter Lund",
        "peter.lund@nyborg.dk",
        "Borger ringede",
        "Hej. En borger har ringet og spurgt, om hun kan få hjælp til at søge boligstøtte. Kan I ringe hende op?\n\nPeter",
      ),
    );
    expect(t.classification.sender.value).toBe("myndighed");
    expect(t.classification.handling.value).not.toBe("ingen");
  });

  it.each([
    ["Re: Flytning", "Tak for hjælpen, det lykkedes!"],
    ["Tak", "Tak for hjælpen, det lykkedes!\n\nAnne"],
    // The demo's: the reply's subject still asks the earlier question, and the answer is quoted below.
    [
      "SV: Hvordan melder vi flytning?",
      [
        "Tak for hjælpen, det lykkedes!",
        "Mvh\nJonas",
        "Fra: Borgerservice\nSendt: 3. marts\nTil: Jonas Bech\nEmne: Hvordan melder vi flytning?",
        "> Du kan melde flytning på borger.dk. Venlig hilsen Borgerservice",
      ].join("\n\n"),
    ],
  ])("“%s: %s” needs no answer, and gets no self-service reply", (subject, body) => {
    const t = triaged(mail("Anne Jensen", "anne.j@gmail.com", subject, body));
    expect(t.classification.handling.value).toBe("ingen");
    expect(t.recommendation.template).toBeUndefined();
  });

  it("thanks beside a real question is not taken for a thank-you", () => {
    const t = triaged(
      mail(
        "Anne Jensen",
        "anne.j@gmail.com",
        "Boligstøtte",
        "Tak for hjælpen i sidste uge. Hvornår kan jeg forvente svar på min ansøgning om boligstøtte?",
      ),
    );
    expect(t.classification.handling.value).not.toBe("ingen");
  });

  it.each([
    "Jeg vil klage over jeres afgørelse om min boligstøtte. Jeg mener ikke, den er rigtigt beregnet.\n\nMvh Anne",
    // The demo's: a daughter moving out is why the benefit changed, not what the mail is about.
    [
      "Til Nyborg Kommune",
      "Jeg vil klage over jeres afgørelse af 12. marts om min boligstøtte. I har ikke regnet med, at min datter flyttede hjemmefra i januar, og derfor er støtten sat for lavt ned.",
      "Jeg beder jer se på sagen igen. Sagsnr. 2025-004417.",
      "Med venlig hilsen\nPeter Lund\nStrandvejen 9, 5800 Nyborg",
    ].join("\n\n"),
  ])("a complaint about a housing-benefit decision is about benefits, flagged klage, and a case", (body) => {
    const t = triaged(mail("Anne Jensen", "anne.j@gmail.com", "Klage over afgørelse om boligstøtte", body));
    expect(t.classification.topic.value).toBe("ydelser");
    expect(t.classification.topic.choices).toBeUndefined();
    expect(t.classification.flags.map((f) => f.value)).toContain("klage");
    expect(t.classification.handling.value).toBe("sag");
    expect(t.recommendation.journalise).toBe(true);
  });
});
