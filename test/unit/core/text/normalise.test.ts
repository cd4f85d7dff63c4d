import fc from "fast-check";
import { normaliseText } from "../../../../src/core/text/normalise";

describe("normaliseText", () => {
  it("leaves plain Danish text untouched and maps offsets one to one", () => {
    const n = normaliseText("Kære Åse, mit cpr-nr er 010190-1234.");
    expect(n.text).toBe("Kære Åse, mit cpr-nr er 010190-1234.");
    expect(n.toOriginal(24)).toBe(24);
  });

  it("removes zero-width characters and the soft hyphen hidden inside a number", () => {
    const original = "cpr 01\u200B01\u200C90\u00AD-12\u206034\uFEFF";
    const n = normaliseText(original);
    expect(n.text).toBe("cpr 010190-1234");
    const span = n.originalSpan(4, 15);
    expect(original.slice(span.start, span.end)).toBe("01\u200B01\u200C90\u00AD-12\u206034");
  });

  it("turns full-width digits into ASCII and keeps each digit's place", () => {
    const original = "nr. \uFF10\uFF11\uFF10\uFF11\uFF19\uFF10\uFF0D\uFF11\uFF12\uFF13\uFF14";
    const n = normaliseText(original);
    expect(n.text).toBe("nr. 010190-1234");
    expect(n.originalSpan(8, 9)).toEqual({ start: 8, end: 9 });
    expect(original[n.toOriginal(9)]).toBe("\uFF10");
  });

  it("removes direction marks, isolates, joiners and variation selectors, and maps spans to their source", () => {
    const original = "nr. \u2066\u200E01\u034F01\uFE0F90\u{E0101}-\u061C1234\u2069 ok";
    const n = normaliseText(original);
    expect(n.text).toBe("nr. 010190-1234 ok");
    const span = n.originalSpan(4, 15);
    expect(original.slice(span.start, span.end).replace(/[^\d-]/gu, "")).toBe("010190-1234");
    expect(n.toOriginal(n.text.length)).toBe(original.length);
  });

  it("maps the digits of other systems to ASCII one for one, so offsets stay where they were", () => {
    for (const digits of [
      "٠١٢٣٤٥٦٧٨٩",
      "۰۱۲۳۴۵۶۷۸۹",
      "०१२३४५६७८९",
      "০১২৩৪৫৬৭৮৯",
      "๐๑๒๓๔๕๖๗๘๙",
      "０１２３４５６７８９",
    ]) {
      const n = normaliseText(`nr ${digits}`);
      expect(n.text).toBe("nr 0123456789");
      expect(n.originalSpan(5, 6)).toEqual({ start: 5, end: 6 });
    }
  });

  it("leaves letters and marks that are visible alone: accents, emoji, Arabic and Devanagari letters", () => {
    for (const text of ["Åse Ærø café", "سلام", "नमस्ते", "😀"])
      expect(normaliseText(text).text).toBe(text.normalize("NFKC"));
  });

  it("maps non-breaking and typographic hyphens and dashes to '-'", () => {
    for (const dash of [
      "\u2010",
      "\u2011",
      "\u2012",
      "\u2013",
      "\u2014",
      "\u2015",
      "\u2212",
      "\uFE63",
      "\uFF0D",
    ]) {
      expect(normaliseText(`010190${dash}1234`).text).toBe("010190-1234");
    }
  });

  it("maps non-breaking and odd spaces to a plain space", () => {
    for (const space of ["\u00A0", "\u2007", "\u202F", "\u2009", "\u3000", "\u1680"]) {
      expect(normaliseText(`010190${space}1234`).text).toBe("010190 1234");
    }
  });

  it("composes accents and turns CRLF into LF", () => {
    const n = normaliseText("Se\u0301n\r\nlinje\rto");
    expect(n.text).toBe("Sén\nlinje\nto");
    expect(n.toOriginal(3)).toBe(4);
    expect(n.toOriginal(4)).toBe(6);
    expect(n.toOriginal(n.text.length)).toBe("Se\u0301n\r\nlinje\rto".length);
  });

  it("maps an expanded character back to its whole source", () => {
    const n = normaliseText("a\uFB03b"); // the ffi ligature
    expect(n.text).toBe("affib");
    expect(n.originalSpan(1, 4)).toEqual({ start: 1, end: 2 });
    expect(n.toOriginal(4)).toBe(2);
  });

  const hidingChars = [
    "\u200B",
    "\u00AD",
    "\uFEFF",
    "\u00A0",
    "\u2011",
    "\uFF15",
    "e\u0301",
    "\r\n",
    "\uFB01",
    "½",
    "😀",
  ];
  const mixedText = fc
    .array(
      fc.oneof(
        fc.string({ maxLength: 6 }),
        fc.constantFrom(...hidingChars),
        fc.constantFrom("0", "7", "\uFF17"),
      ),
      {
        maxLength: 40,
      },
    )
    .map((parts) => parts.join(""));

  it("never loses an offset: every normalised offset maps into the original, in order", () => {
    fc.assert(
      fc.property(mixedText, (original) => {
        const n = normaliseText(original);
        let previous = 0;
        for (let i = 0; i <= n.text.length; i++) {
          const o = n.toOriginal(i);
          expect(o).toBeGreaterThanOrEqual(previous);
          expect(o).toBeLessThanOrEqual(original.length);
          previous = o;
        }
        expect(n.toOriginal(n.text.length)).toBe(original.length);
      }),
    );
  });

  it("maps every normalised digit back to a span that holds that digit", () => {
    fc.assert(
      fc.property(mixedText, (original) => {
        const n = normaliseText(original);
        for (let i = 0; i < n.text.length; i++) {
          const c = n.text[i] ?? "";
          if (!/\d/.test(c)) continue;
          const span = n.originalSpan(i, i + 1);
          expect(span.end).toBeGreaterThan(span.start);
          expect(original.slice(span.start, span.end).normalize("NFKC")).toContain(c);
        }
      }),
    );
  });
});
