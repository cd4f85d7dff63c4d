import { analyse } from "../../../../src/core/analyse";
import fc from "fast-check";
import { classify } from "../../../../src/core/classify/classify";
import { bucketOf, FEATURE_BUCKETS } from "../../../../src/core/classify/feature-hash";
import { identityCalibration, ModelFormatError, strongestWords } from "../../../../src/core/classify/model";
import { foldText } from "../../../../src/core/detect/lexicon/fold";
import { DEFAULT_MODEL } from "../../../../src/core/classify/default-model";
import { pickSelfServiceLink } from "../../../../src/core/classify/self-service-link";
import { PatternSet } from "../../../../src/core/classify/word-patterns";
import { foldedWords } from "../../../../src/core/classify/tokens";
import { DEFAULT_CONFIG } from "../../../../src/core/config/load";
import { emptyMail, type Mail } from "../../../../src/core/mail";
import { extractMailText } from "../../../../src/core/text/mail-text";

function mail(from: string, subject: string, body: string, extra: Partial<Mail> = {}): Mail {
  const match = /^(.*?)\s*<(.+)>$/.exec(from);
  return {
    ...emptyMail(),
    from: match ? { name: match[1] ?? "", address: match[2] ?? "" } : { address: from },
    subject,
    textBody: body,
    ...extra,
  };
}

function classified(m: Mail) {
  return classify(m, analyse(m), DEFAULT_CONFIG, DEFAULT_MODEL);
}

describe("word patterns", () => {
  const set = new PatternSet([["affald*", "*skrald*"], ["ring mig op", "j.nr*"], ["pas"]]);
  const groups = (text: string) => set.match(foldedWords(text)).map((m) => [m.group, m.pattern]);

  it("match prefixes, compound parts, phrases and whole words, with or without æøå", () => {
    expect(groups("Affaldet og storskrald")).toEqual([
      [0, "affald*"],
      [0, "*skrald*"],
    ]);
    expect(groups("Kan I ringe? Ring mig op, j.nr. 27.12")).toEqual([
      [1, "ring mig op"],
      [1, "j.nr*"],
    ]);
    expect(groups("mit pas er udløbet, men det passer ikke")).toEqual([[2, "pas"]]);
    expect(new PatternSet([["boligstøtte*"]]).match(foldedWords("boligstoette"))).toHaveLength(1);
  });
});

describe("folded words", () => {
  it("are the words the lexicon's folding gives, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string(), (a, b) => {
        const text = `${a} Æblegrød ${b}`;
        const folded = foldText(text);
        expect(foldedWords(text)).toEqual(folded === "" ? [] : folded.split(" "));
      }),
    );
    expect(foldedWords("Kære Søren, HUSK 2.-3. maj!")).toEqual(["kaere", "soeren", "husk", "2", "3", "maj"]);
  });
});

describe("the model's reasons", () => {
  it("name the words that pushed most towards the label, strongest first", () => {
    const pushes: Record<string, [number, number]> = { x: [1, 0], y: [3, 0], z: [2, 0], w: [-5, 9] };
    const weights = new Int8Array(FEATURE_BUCKETS * 2);
    for (const [word, [a, b]] of Object.entries(pushes)) weights.set([a, b], bucketOf(word) * 2);
    const head = {
      labels: ["a", "b"],
      bias: [0, 0],
      calibration: identityCalibration(2),
      scale: 1,
      weights: Buffer.from(weights.buffer).toString("base64"),
    };
    const names = [...Object.keys(pushes), "#signal"];
    const features = {
      index: Int32Array.from(names, bucketOf),
      value: Float64Array.from(names, () => 1),
      words: Object.keys(pushes).map((word, at): [string, number] => [word, at]),
    };
    expect(strongestWords(head, features, "a")).toEqual(["y", "z", "x"]);
    expect(strongestWords(head, features, "b")).toEqual(["w"]);
  });
});

describe("the model file", () => {
  it("is refused with a clear message when its format is not this engine's", () => {
    const old = { ...DEFAULT_MODEL, format: DEFAULT_MODEL.format - 1 };
    const m = mail("a@b.dk", "Hej", "Hej med jer");
    expect(() => classify(m, analyse(m), DEFAULT_CONFIG, old)).toThrow(ModelFormatError);
    expect(() => classify(m, analyse(m), DEFAULT_CONFIG, old)).toThrow(/format 2, this engine reads 3/);
  });

  it("holds no words of the corpus, only hashed weights", () => {
    const text = JSON.stringify(DEFAULT_MODEL);
    expect(text).not.toMatch(/boligst|ansoeg|"#|"s:|"@/);
    expect(text.length).toBeLessThan(1024 * 1024);
  });
});

describe("classification rules", () => {
  it("an auto-reply is nothing to answer, from a machine", () => {
    const c = classified(
      mail(
        "Jens Hansen <jens@firma-eksempel.dk>",
        "Automatisk svar: Byggesag",
        "Jeg er på ferie til og med 3. august.",
        {
          headers: { "auto-submitted": "auto-replied" },
        },
      ),
    );
    expect(c.handling.value).toBe("ingen");
    expect(c.handling.reasons).toContain("rule.machine-header:auto-submitted");
    expect(c.sender.value).toBe("maskine");
  });

  it.each([
    [{ precedence: "bulk", "list-unsubscribe": "<mailto:x@y.dk>" }, "rule.machine-header:precedence"],
    [
      { "content-type": "multipart/report; report-type=delivery-status" },
      "rule.machine-header:multipart-report",
    ],
    [{ "x-auto-response-suppress": "All" }, "rule.machine-header:x-auto-response-suppress"],
  ])("headers %j mark automated mail", (headers, reason) => {
    const c = classified(
      mail("info@nyhedsbrev-eksempel.dk", "Nyt fra os", "Læs månedens nyheder.", { headers }),
    );
    expect(c.handling.value).toBe("ingen");
    expect(c.sender.value).toBe("maskine");
    expect(c.handling.reasons).toContain(reason);
  });

  it("a delivery report from mailer-daemon is a machine", () => {
    const c = classified(
      mail("MAILER-DAEMON@mx.eksempel.dk", "Undelivered Mail Returned to Sender", "Delivery failed."),
    );
    expect(c.sender.value).toBe("maskine");
    expect(c.sender.reasons).toContain("rule.machine-address:mailer-daemon");
  });

  it("flags aktindsigt in Danish, English and German wording", () => {
    for (const body of [
      "Jeg anmoder hermed om aktindsigt i sagen om vejen.",
      "I hereby request access to documents in the case about the school.",
      "Ich beantrage Akteneinsicht in die Bauakte.",
      "Jeg vil gerne se alle papirer i min sag.",
    ]) {
      expect(classified(mail("a@gmail.com", "Henvendelse", body)).flags.map((f) => f.value)).toContain(
        "aktindsigt",
      );
    }
  });

  it("flags a complaint, but not the word in quoted history", () => {
    expect(
      classified(mail("a@gmail.com", "Skraldet", "Jeg vil klage over, at skraldet ikke er hentet.")).flags,
    ).toEqual([expect.objectContaining({ value: "klage" })]);
    const quoted = mail(
      "a@gmail.com",
      "Re: Afgørelse",
      "Tak for jeres afgørelse, jeg har læst den og forstår nu reglerne bedre.\n\n-----Oprindelig meddelelse-----\nFra: Nyborg Kommune\nDu kan klage over afgørelsen inden fire uger.",
    );
    expect(classified(quoted).flags).toEqual([]);
  });

  it("notes a case number and a booking wish", () => {
    const c = classified(
      mail(
        "a@gmail.com",
        "Sagsnr. 2025-004512",
        "Vedr. sagsnr. 2025-004512. Kan I ringe mig op i morgen formiddag?",
      ),
    );
    expect(c.handling.value).toBe("booking");
    expect(c.handling.reasons).toContain("handling.booking-words:ringe mig op");
  });

  it("knows a company by its company form and CVR number", () => {
    const c = classified(
      mail(
        "Maria Holm <mh@tagdaekning-fyn.dk>",
        "Faktura 1043",
        "Hej\n\nVedhæftet faktura for tagarbejdet på skolen.\n\nVenlig hilsen\nMaria Holm\nTagdækning Fyn ApS\nCVR 12345674",
      ),
    );
    expect(c.sender.value).toBe("virksomhed");
    expect(c.sender.reasons).toEqual(expect.arrayContaining(["sender.company-marker:ApS", "sender.cvr"]));
  });

  it("knows an authority by its domain and an association by its name", () => {
    const authority = classified(
      mail("sagsbehandler@svendborg.dk", "Flytning af borger", "Vi skriver vedr. en borger."),
    );
    expect(authority.sender.value).toBe("myndighed");
    expect(authority.sender.reasons).toContain("sender.authority-domain:svendborg.dk");
    const club = classified(
      mail(
        "Kasserer <kasserer@gmail.com>",
        "Tilskud",
        "Hej\n\nVi søger lokaletilskud.\n\nMvh\nNyborg Roklub",
      ),
    );
    expect(club.sender.value).toBe("forening");
  });

  it("spam wording marks spam only when two different phrases agree", () => {
    const spam = classified(
      mail(
        "Sikkerhed <kundeservice@bank-sikkerhed.example.info>",
        "Din konto er spærret",
        "Kære kunde\n\nDin konto er spærret. Bekræft dine oplysninger inden 24 timer: klik på linket.",
      ),
    );
    expect(spam.handling.value).toBe("ingen");
    expect(spam.sender.value).toBe("maskine");
    expect(spam.handling.reasons.some((r) => r.startsWith("rule.spam-words:"))).toBe(true);
    const honest = classified(
      mail(
        "Bo Lind <bo.lind@gmail.com>",
        "Storskrald",
        "Klik her skriver I på siden, men hvor bestiller jeg?",
      ),
    );
    expect(honest.sender.value).toBe("borger");
    expect(honest.handling.reasons.some((r) => r.startsWith("rule.spam-words:"))).toBe(false);
  });

  it("a thank-you without a question needs no answer", () => {
    const c = classified(
      mail(
        "Inger Holt <inger.holt@gmail.com>",
        "Re: Besøg",
        "Tusind tak for hjælpen, så ved vi det.\n\nInger",
      ),
    );
    expect(c.handling.value).toBe("ingen");
    expect(c.handling.reasons).toContain("handling.nothing-to-answer:tusind tak");
  });

  it("a fault the online report form takes is self-service", () => {
    const c = classified(
      mail(
        "Ole <ole.h@mail.dk>",
        "Gadelampe slukket",
        "Gadelampen ud for Skippervænget 12 har været slukket i tre uger.\n\nOle",
      ),
    );
    expect(c.handling.value).toBe("selvbetjening");
    expect(c.topic.value).toBe("veje_trafik");
    expect(c.handling.reasons).toContain("handling.self-service-words:gadelampe*");
  });

  it("a citizen from a free-mail address with self-service business", () => {
    const c = classified(
      mail(
        "Peter Nielsen <peter.n@hotmail.com>",
        "Boligstøtte",
        "Hej, jeg vil gerne søge boligstøtte til min lejlighed. Hvordan gør jeg?",
      ),
    );
    expect(c.sender.value).toBe("borger");
    expect(c.topic.value).toBe("ydelser");
    expect(c.lang.value).toBe("da");
  });

  it("tells English and German from Danish", () => {
    expect(
      classified(
        mail("a@gmail.com", "Question", "Dear Sir, could you please tell me when the library opens?"),
      ).lang.value,
    ).toBe("en");
    expect(
      classified(
        mail("a@gmail.de", "Frage", "Sehr geehrte Damen und Herren, ich habe eine Frage zu meiner Mutter."),
      ).lang.value,
    ).toBe("de");
  });

  it("reads what a forward forwards, whatever its note on top says", () => {
    const forwarded = mail(
      "borger@gmail.com",
      "VS: Mine papirer",
      "Se venligst nedenstående mail igen.\n\n---------- Videresendt besked ----------\nFra: mig\n\n" +
        "Jeg vil gerne have aktindsigt i min sag om boligstøtte.",
    );
    const c = classified(forwarded);
    expect(c.handling.reasons).toContain("classify.quoted-read");
    expect(c.flags.map((f) => f.value)).toContain("aktindsigt");
  });

  it("reads a reply's quoted history only when the new text says nothing", () => {
    const quote =
      "\n\nDen 2. marts 2026 skrev Nyborg Kommune:\n> Vi har modtaget din ansøgning om aktindsigt.";
    const thanks = classified(mail("borger@gmail.com", "SV: Aktindsigt", `Tak for svaret.${quote}`));
    expect(thanks.handling.reasons).toContain("classify.quoted-read");
    const news = classified(
      mail(
        "borger@gmail.com",
        "SV: Aktindsigt",
        `Jeg har nu fundet de breve, jeg talte om i telefonen.${quote}`,
      ),
    );
    expect(news.handling.reasons).not.toContain("classify.quoted-read");
  });

  it("reads quoted history only when the new text says nothing", () => {
    const forwarded = mail(
      "kollega@nyborg.dk",
      "VS: Boligstøtte",
      "Se nedenfor.\n\n-----Oprindelig meddelelse-----\nFra: Peter\nJeg vil gerne søge boligstøtte til min nye lejlighed.",
    );
    const c = classified(forwarded);
    expect(c.handling.reasons).toContain("classify.quoted-read");
    expect(c.topic.value).toBe("ydelser");
  });
});

describe("self-service links", () => {
  it("picks the topic's link whose keywords the mail matches", () => {
    const m = mail("a@gmail.com", "Flytning", "Jeg skal flytte den 1. maj, hvor melder jeg flytning?");
    expect(pickSelfServiceLink("borgerservice", extractMailText(m), DEFAULT_CONFIG)?.url).toMatch(/flytning/);
    const card = mail("a@gmail.com", "Kort", "Jeg har mistet mit sundhedskort.");
    expect(pickSelfServiceLink("borgerservice", extractMailText(card), DEFAULT_CONFIG)?.url).toBe(
      "https://www.borger.dk",
    );
    expect(pickSelfServiceLink("andet", extractMailText(card), DEFAULT_CONFIG)).toBeUndefined();
  });
});
