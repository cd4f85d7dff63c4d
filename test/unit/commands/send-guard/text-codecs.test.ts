import fc from "fast-check";
import { installTextCodecs } from "../../../../src/commands/send-guard/text-codecs";

// The fallbacks launchevent.js brings where the runtime has no TextDecoder/TextEncoder, held to Node's own.
const scope: Record<string, unknown> = {};
installTextCodecs(scope);
const Decoder = scope.TextDecoder as typeof TextDecoder;
const Encoder = scope.TextEncoder as typeof TextEncoder;

describe("the send guard's fallback text codecs", () => {
  test("leave a runtime's own codecs alone", () => {
    const own = { TextDecoder, TextEncoder };
    installTextCodecs(own);
    expect(own).toEqual({ TextDecoder, TextEncoder });
  });

  test("property: UTF-8 decodes as the platform does, whole or in any chunks, fatal or not", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 64 }),
          fc.string({ unit: "binary" }).map((t) => new TextEncoder().encode(t)),
        ),
        fc.array(fc.nat(64), { maxLength: 4 }),
        (bytes, cuts) => {
          expect(new Decoder("utf-8").decode(bytes)).toBe(new TextDecoder("utf-8").decode(bytes));
          const fatal = (D: typeof TextDecoder) => {
            try {
              return new D("utf-8", { fatal: true }).decode(bytes);
            } catch {
              return "threw";
            }
          };
          expect(fatal(Decoder)).toBe(fatal(TextDecoder));
          const streamed = new Decoder("utf-8");
          const points = [...new Set([0, ...cuts.map((c) => Math.min(c, bytes.length)), bytes.length])].sort(
            (a, b) => a - b,
          );
          const pieces = points
            .slice(1)
            .map((end, i) => streamed.decode(bytes.subarray(points[i], end), { stream: true }));
          expect(pieces.join("") + streamed.decode()).toBe(new TextDecoder("utf-8").decode(bytes));
        },
      ),
    );
  });

  test("windows-1252 (latin1 is its label too, as browsers have it) gives €, Š and Ÿ for 0x80–0x9f; UTF-16 both ways", () => {
    // Node decodes these labels as ISO-8859-1, unlike the Encoding Standard, so the expectation is written out.
    const bytes = Uint8Array.of(0x41, 0x80, 0x8a, 0x9f, 0xa0, 0xe6, 0xf8, 0xe5, 0xff);
    for (const label of ["windows-1252", "latin1", "iso-8859-1"]) {
      expect(new Decoder(label).decode(bytes)).toBe("A€ŠŸ\u00a0æøåÿ");
    }
    const text = Uint8Array.of(0xff, 0xfe, 0xe6, 0x00, 0x3d, 0xd8, 0x00, 0xde);
    expect(new Decoder("utf-16le").decode(text)).toBe(new TextDecoder("utf-16le").decode(text));
    expect(() => new Decoder("koi8-r")).toThrow(RangeError);
  });

  test("property: UTF-8 encodes as the platform does", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(new Encoder().encode(text)).toEqual(new TextEncoder().encode(text));
      }),
    );
  });
});
