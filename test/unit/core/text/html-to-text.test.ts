import { htmlToText } from "../../../../src/core/text/html-to-text";
import { growth, LINEAR } from "../../../support/growth";

describe("htmlToText", () => {
  it("keeps paragraphs and line breaks", () => {
    const html = "<p>Hej kommunen,</p><p>Jeg har et spørgsmål.<br>Mvh<br>Anne</p>";
    expect(htmlToText(html)).toBe("Hej kommunen,\n\nJeg har et spørgsmål.\nMvh\nAnne");
  });

  it("drops script, style, head and comments", () => {
    const html =
      "<html><head><title>T</title><style>p{color:red}</style></head><body><script>var cpr='0101901234'</script>" +
      "<!-- 0202021234 --><div>Synlig tekst</div></body></html>";
    expect(htmlToText(html)).toBe("Synlig tekst");
  });

  it("decodes entities", () => {
    expect(htmlToText("<p>K&aelig;re &Aring;se &amp; Bo&nbsp;&#8211; 5&lt;6</p>")).toBe(
      "Kære Åse & Bo\u00A0– 5<6",
    );
  });

  it("joins a number split over inline elements, comments and character references, as a reader sees it", () => {
    expect(htmlToText("<p>cpr <span>0101</span><b>90</b><!-- x -->-&#49;&#x32;34</p>")).toBe(
      "cpr 010190-1234",
    );
  });

  it("collapses white space inside text as a browser would", () => {
    expect(htmlToText("<div>  mit\n   cpr   <b>nummer</b> er</div>")).toBe("mit cpr nummer er");
  });

  it("puts table rows on lines and cells apart", () => {
    const html =
      "<table><tr><td>Navn</td><td>CPR</td></tr><tr><td>Anne</td><td>010190-1234</td></tr></table>";
    expect(htmlToText(html)).toBe("Navn\tCPR\nAnne\t010190-1234");
  });

  it("puts list items and headings on their own lines", () => {
    expect(htmlToText("<h1>Titel</h1><ul><li>en</li><li>to</li></ul>")).toBe("Titel\n\nen\nto");
  });

  it("writes blockquotes as '> ' lines so quoted history stays recognisable", () => {
    const html =
      "<div>Ja tak.</div><blockquote><div>Hvad er dit cpr?</div><div>Mvh Bo</div></blockquote><div>Anne</div>";
    expect(htmlToText(html)).toBe("Ja tak.\n> Hvad er dit cpr?\n> Mvh Bo\nAnne");
  });

  it("keeps preformatted text as it is", () => {
    expect(htmlToText("<pre>a  b\n  c</pre>")).toBe("a  b\n  c");
  });

  it("survives deeply nested and unclosed markup in linear time", () => {
    const nested = (scale: number): string => {
      const depth = 50_000 * scale;
      return "<div>".repeat(depth) + "dybt" + "</div>".repeat(depth) + "<b><i><span>ulukket";
    };
    expect(htmlToText(nested(1))).toBe("dybt\nulukket");
    expect(growth(nested, htmlToText)).toBeLessThan(LINEAR);
  });
});
