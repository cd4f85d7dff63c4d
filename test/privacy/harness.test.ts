// The harness must be able to fail: these cases feed it outputs with a planted value leaked on purpose, in each way a
// formatter could leak one, and check that it names the value; and they feed it what every output may show (the
// masked forms) and check that it stays quiet.
import { maskCprInText } from "../../src/core/privacy/mask-cpr-in-text";
import {
  ALL_PLANTED,
  ART9,
  BODY,
  CPR,
  IBAN,
  NAME,
  PASSPORT,
  findLeaks,
  maskedCpr,
  type Planted,
} from "./planted";

const labels = (output: unknown, forbidden?: Parameters<typeof findLeaks>[2]): string[] =>
  findLeaks("test output", output, forbidden).map((leak) => leak.label);

/** A formatter that forgot to mask: it prints the value as the mail wrote it. */
const leakyStatus = (value: string): string => `Kanalvagt: fandt ${value} i brødteksten`;

describe("the privacy harness catches a leak", () => {
  it.each(Object.values(CPR).map((planted) => [planted.label, planted] as const))(
    "finds the %s number as written, as digits only and in another layout",
    (_, planted: Planted) => {
      const digits = planted.written.normalize("NFKC").replace(/[^\p{L}\p{N}]/gu, "");
      const regrouped = `${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 6)}–${digits.slice(6)}`;
      for (const output of [leakyStatus(planted.written), leakyStatus(digits), leakyStatus(regrouped)]) {
        expect(labels(output)).toEqual([planted.label]);
      }
    },
  );

  it("finds a value in JSON, in HTML with character references and split by a line break", () => {
    const digits = "0707614285";
    expect(labels({ reasons: [`cpr.value:${digits}`] })).toEqual([CPR.plain.label]);
    const html = `<td>${[...digits].map((c) => `&#${c.charCodeAt(0)};`).join("")}</td>`;
    expect(labels(html)).toEqual([CPR.plain.label]);
    expect(labels(JSON.stringify({ text: "211062-\n5629" }))).toEqual([CPR.hyphen.label]);
    expect(labels("full-width ０７０７６１４２８５")).toEqual([CPR.plain.label]);
  });

  it("finds a matched art. 9 word in a reason, and the other planted kinds, as whole words in any case", () => {
    expect(labels({ reasons: ["lexicon.term:hiv", "lexicon.term:Dømt  for"] })).toEqual([
      ART9.health.label,
      ART9.criminal.label,
    ]);
    expect(labels(`from ${NAME.sender.written.toUpperCase()}`)).toEqual([NAME.sender.label]);
    expect(labels(`konto ${IBAN.written.replace(/ /g, "")}`)).toEqual([IBAN.label]);
    expect(labels(`pas ${PASSPORT.written}`)).toEqual([PASSPORT.label]);
    expect(labels(`log: ${BODY.written}`)).toEqual([BODY.label]);
  });

  it("reports only the kinds an output must not show", () => {
    const paneLine = `${NAME.sender.written}: ${CPR.plain.written}`;
    expect(labels(paneLine, ["cpr"])).toEqual([CPR.plain.label]);
    expect(labels(paneLine, ["iban"])).toEqual([]);
  });
});

describe("the privacy harness lets through what every output may show", () => {
  it("passes the masked forms the product prints", () => {
    const masked = Object.values(CPR).map(maskedCpr);
    expect(masked).toContain("070761-****");
    expect(labels(masked.join(", "))).toEqual([]);
    expect(labels("iban DK50 **** **** **** 43; pas *******43")).toEqual([]);
    expect(
      labels({ reasons: ["lexicon.term", "lexicon.disclosure:jeg er"], masked: "helbredsoplysninger" }),
    ).toEqual([]);
  });

  it("passes a text the engine's own masking went over, for every layout planted", () => {
    const written = Object.values(CPR)
      .map((planted) => `sag ${planted.written}.eml`)
      .join("\n");
    expect(labels(written, ["cpr"])).toHaveLength(Object.keys(CPR).length);
    expect(labels(maskCprInText(written))).toEqual([]);
  });

  it("does not mistake words that merely contain a planted word ('arkiv', 'Qvistgaardsvej')", () => {
    expect(labels("arkivet, shiva, muslimsk, Qvistgaardsvej")).toEqual([]);
  });

  it("plants every kind it checks", () => {
    expect(new Set(ALL_PLANTED.map((p) => p.kind))).toEqual(
      new Set(["cpr", "art9", "name", "address", "iban", "passport", "body"]),
    );
  });
});
