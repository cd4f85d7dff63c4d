import { analyse } from "../../../../src/core/analyse";
import { STOPWORDS } from "../../../../src/core/classify/language";
import { readSignals } from "../../../../src/core/classify/signals";
import { DEFAULT_CONFIG } from "../../../../src/core/config/load";
import { emptyMail } from "../../../../src/core/mail";

function signals(subject: string, body: string) {
  const mail = { ...emptyMail(), from: { address: "borger@example.dk" }, subject, textBody: body };
  return readSignals(mail, analyse(mail).text, DEFAULT_CONFIG, STOPWORDS);
}

describe("request signals", () => {
  it("see a wish to act in Danish, English and German, whether the catalogue lists it or not", () => {
    for (const [subject, body] of [
      ["alkoholbevilling", "Vi åbner grillbar i maj. Hvordan søger vi alkoholbevilling?"],
      ["Sommerhus", "Vil I stoppe tømningen af skraldespanden fra november?"],
      ["Moving", "I start a new job on 1 February. How do I register my address?"],
      ["Ferienhaus", "Wie melden wir das Haus für die Müllabfuhr an?"],
    ] as const) {
      const s = signals(subject, body);
      expect({ subject, actionRequest: s.actionRequest, existingCase: s.existingCase }).toEqual({
        subject,
        actionRequest: true,
        existingCase: [],
      });
    }
  });

  it("take a mail about an application already made as a case, not a new request", () => {
    for (const [subject, body] of [
      [
        "Boligstøtte",
        "Jeg har søgt boligstøtte i marts. Hvordan søger jeg om at få det hurtigere? Hvornår får jeg svar?",
      ],
      ["Housing benefit", "I applied for housing benefit in March. How do I apply for it to go faster?"],
      ["Wohngeld", "Mein Antrag auf Wohngeld liegt seit März bei Ihnen. Wie kann ich ihn ändern?"],
    ] as const) {
      const s = signals(subject, body);
      expect({ subject, existing: s.existingCase.length > 0, actionRequest: s.actionRequest }).toEqual({
        subject,
        existing: true,
        actionRequest: false,
      });
      expect(s.selfServiceIntent).toBe(false);
    }
  });

  it("see no wish to act in a question about rules", () => {
    expect(signals("Regler", "Hvilke regler gælder for hækkens højde mod vejen?").actionRequest).toBe(false);
  });
});
