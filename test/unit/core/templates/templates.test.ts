import { DEFAULT_CONFIG } from "../../../../src/core/config/load";
import { TEMPLATE_IDS } from "../../../../src/core/templates/placeholders";
import { renderTemplate, type TemplateContext } from "../../../../src/core/templates/render";
import { salutationName } from "../../../../src/core/templates/salutation-name";
import { sanitiseSenderName } from "../../../../src/core/templates/sender-name";

const received = new Date("2026-03-31T22:30:00Z"); // 1 April in Copenhagen
const boligstoette = DEFAULT_CONFIG.topics.ydelser.selfService[0];

function context(overrides: Partial<TemplateContext> = {}): TemplateContext {
  return {
    lang: "da",
    senderName: "Hanne Østergaard",
    received,
    topic: "ydelser",
    link: boligstoette,
    ...overrides,
  };
}

/** The default with the values Nyborg has not filled in yet. */
const configured = structuredClone(DEFAULT_CONFIG);
configured.municipality.phone = "63 33 00 00";
configured.municipality.bookingUrl = "https://booking.nyborg.example/";

describe("template rendering", () => {
  it.each(TEMPLATE_IDS.flatMap((id) => [[id, "da"] as const, [id, "en"] as const]))(
    "%s (%s) fills every placeholder",
    (id, lang) => {
      const rendered = renderTemplate(id, context({ lang }), DEFAULT_CONFIG);
      expect(rendered.text).not.toMatch(/\{\{|\}\}/);
      expect(rendered.subject).not.toMatch(/\{\{|\}\}/);
      expect(rendered.text).toContain(DEFAULT_CONFIG.municipality.signature[lang]);
      expect(rendered.html.startsWith("<p>")).toBe(true);
    },
  );

  it("writes the received date in the reader's language and the municipality's time zone", () => {
    expect(renderTemplate("digital-post-svar", context(), DEFAULT_CONFIG).text).toContain(
      "modtog 1. april 2026",
    );
    expect(renderTemplate("digital-post-svar", context({ lang: "en" }), DEFAULT_CONFIG).text).toContain(
      "received on 1 April 2026",
    );
  });

  it("refers to the specific self-service link and always to the non-digital alternatives", () => {
    const { text, html } = renderTemplate("selvbetjening", context(), configured);
    expect(text).toContain(`Søg boligstøtte på borger.dk: ${boligstoette?.url}`);
    expect(text).toContain("– ring til os på 63 33 00 00");
    expect(text).toContain("– bestil en tid: https://booking.nyborg.example/");
    expect(text).toContain(DEFAULT_CONFIG.municipality.address);
    expect(html).toContain(`<a href="${boligstoette?.url}">`);
  });

  it.each(TEMPLATE_IDS.flatMap((id) => [[id, "da"] as const, [id, "en"] as const]))(
    "%s (%s) leaves out every line whose value is not configured, and every bracketed note",
    (id, lang) => {
      const config = structuredClone(DEFAULT_CONFIG);
      config.municipality.phone = "[telefonnummer]";
      config.municipality.bookingUrl = "[bookinglink]";
      config.templates[id][lang].body += "\n\n[Skriv svaret her.]";
      const { text, html, subject } = renderTemplate(id, context({ lang }), config);
      for (const out of [text, html, subject]) expect(out).not.toMatch(/\[|\]|\{\{/);
      expect(text).not.toMatch(/\n{3}/);
      expect(text).toContain(DEFAULT_CONFIG.municipality.signature[lang]);
    },
  );

  it("keeps the rest of a paragraph when one line of it is left out", () => {
    const config = structuredClone(configured);
    config.municipality.phone = "";
    const { text } = renderTemplate("selvbetjening", context(), config);
    expect(text).not.toContain("ring til os");
    expect(text).toContain("– bestil en tid: https://booking.nyborg.example/\n– kom forbi Nyborg Kommune");
  });

  it("falls back to the general self-service page when the topic has no link", () => {
    const { text } = renderTemplate("selvbetjening", context({ link: undefined }), DEFAULT_CONFIG);
    expect(text).toContain(DEFAULT_CONFIG.municipality.selfServiceUrl);
  });

  it("the e-mail receipt names nobody", () => {
    const { text } = renderTemplate("kvittering", context(), DEFAULT_CONFIG);
    expect(text).not.toContain("Hanne");
    expect(text).toContain("Digital Post");
  });

  it("escapes every value in the HTML and only links https addresses", () => {
    const config = structuredClone(DEFAULT_CONFIG);
    config.municipality.name = 'Ny<b>org "Kommune" & Co';
    config.municipality.signature.da = "<script>alert(1)</script>\nHilsen";
    const { html } = renderTemplate("sikker-kanal", context(), config);
    expect(html).not.toMatch(/<(?!\/?(p|br|a)\b)/);
    expect(html).toContain("Ny&lt;b&gt;org &quot;Kommune&quot; &amp; Co");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;<br>Hilsen");
    // "[bookinglink]" is a placeholder, not an address: it stays text.
    expect(html).not.toContain('href="[bookinglink]"');
  });

  it("never carries the mail's text: only the sanitised name and the date come from the mail", () => {
    const hostileNames = [
      "Jens Hansen 010190-1234",
      "https://evil.example/phish",
      "Jens <jens@example.dk>",
      "Hansen (sygemeldt med depression)",
      "<img src=x onerror=alert(1)>",
    ];
    for (const senderName of hostileNames) {
      for (const id of TEMPLATE_IDS) {
        const rendered = renderTemplate(id, context({ senderName }), DEFAULT_CONFIG);
        for (const out of [rendered.text, rendered.html, rendered.subject]) {
          expect(out).not.toMatch(/010190|evil\.example|jens@|sygemeldt|depression|onerror/);
        }
      }
    }
    const { text } = renderTemplate(
      "digital-post-svar",
      context({ senderName: "Jens Hansen 010190-1234" }),
      DEFAULT_CONFIG,
    );
    expect(text.startsWith("Kære borger")).toBe(true);
  });
});

describe("sender names", () => {
  it.each([
    ["Hanne Østergaard", "Hanne Østergaard"],
    ['"Jensen, Mette"', "Mette Jensen"],
    ["Anne-Marie O'Neill", "Anne-Marie O'Neill"],
    ["Byg & Anlæg ApS", "Byg & Anlæg ApS"],
    ["  Søren   Kierkegaard ", "Søren Kierkegaard"],
  ])("keeps a plain name: %s", (raw, expected) => {
    expect(sanitiseSenderName(raw)).toBe(expected);
  });

  it.each([
    "010190-1234",
    "Jens 0101901234",
    "www.example.dk",
    "jens@example.dk",
    "Jens Hansen, Nørregade 4, 5800 Nyborg",
    "Jens\u200B 010190\u20111234",
    "",
  ])("drops what is not shaped like a name: %s", (raw) => {
    expect(sanitiseSenderName(raw)).toBeUndefined();
  });
});

describe("the name a reply greets the sender by", () => {
  it.each(["Hanne Østergaard", "Christian Hansen", "Karen Margrethe Holm Nielsen", "Byg & Anlæg ApS"])(
    "greets a plain name of up to four words: %s",
    (name) => {
      expect(salutationName(name, DEFAULT_CONFIG)).toBe(name);
    },
  );

  it.each([
    // A finding: the engine reads these words as health data.
    "Hans Jensen HIV positiv kræft",
    "Hansen (sygemeldt med depression)",
    // A term strong enough on its own, though alone in a name it makes no finding.
    "Hans Kræft",
    "Anna Muslim",
    // More words than a name has.
    "Min søn har fået diagnosen ADHD og skal have hjælp nu",
    "Karen Margrethe Holm Due Nielsen",
    "010190-1234",
  ])("greets neutrally when the display name is more than a name: %s", (raw) => {
    expect(salutationName(raw, DEFAULT_CONFIG)).toBeUndefined();
  });

  it("takes its word limit from the configuration", () => {
    const five = structuredClone(DEFAULT_CONFIG);
    five.salutation.maxNameWords = 5;
    expect(salutationName("Karen Margrethe Holm Due Nielsen", five)).toBe("Karen Margrethe Holm Due Nielsen");
    expect(salutationName("Hans Jensen HIV positiv kræft", five)).toBeUndefined();
    const two = structuredClone(DEFAULT_CONFIG);
    two.salutation.maxNameWords = 2;
    expect(salutationName("Lars Løkke Rasmussen", two)).toBeUndefined();
  });

  it("leaves the display name's sensitive words out of every template, in Danish and English", () => {
    for (const id of TEMPLATE_IDS) {
      for (const lang of ["da", "en"] as const) {
        const rendered = renderTemplate(
          id,
          context({ lang, senderName: "Hans Jensen HIV positiv kræft" }),
          DEFAULT_CONFIG,
        );
        for (const out of [rendered.text, rendered.html, rendered.subject])
          expect(out).not.toMatch(/HIV|kræft|Hans/i);
      }
    }
    const { text } = renderTemplate(
      "digital-post-svar",
      context({ senderName: "Hans Jensen HIV positiv kræft" }),
      DEFAULT_CONFIG,
    );
    expect(text.startsWith("Kære borger\n")).toBe(true);
  });
});
