import fc from "fast-check";
import * as inScript from "../../../../src/core/classify/base64";

type Base64Module = typeof inScript;

/** The module as a runtime with its own decoder (Uint8Array.fromBase64, which Node 20 lacks) loads it. */
function withNativeDecoder(): { module: Base64Module; calls: () => number } {
  let calls = 0;
  // As the standard's: ASCII white space skipped, anything else outside the alphabet refused, no dangling character.
  const fromBase64 = (given: string): Uint8Array => {
    calls++;
    const text = given.replace(/[\t\n\f\r ]/g, "");
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.replace(/=+$/, "").length % 4 === 1) {
      throw new SyntaxError("not base64");
    }
    return new Uint8Array(Buffer.from(text, "base64"));
  };
  const constructor = Uint8Array as unknown as { fromBase64?: typeof fromBase64 };
  constructor.fromBase64 = fromBase64;
  let module: Base64Module | undefined;
  try {
    jest.isolateModules(() => {
      module = jest.requireActual<Base64Module>("../../../../src/core/classify/base64");
    });
  } finally {
    delete constructor.fromBase64;
  }
  return { module: module!, calls: () => calls };
}

function outcome(decode: (text: string) => Uint8Array, text: string): number[] | string {
  try {
    return Array.from(decode(text));
  } catch (error) {
    return (error as Error).message;
  }
}

describe("base64 decoding", () => {
  const native = withNativeDecoder();

  it("gives back the bytes that were encoded, with or without the runtime's own decoder", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = inScript.encodeBase64(bytes);
        expect(Array.from(inScript.decodeBase64(text))).toEqual(Array.from(bytes));
        expect(Array.from(native.module.decodeBase64(text))).toEqual(Array.from(bytes));
      }),
    );
    expect(native.calls()).toBeGreaterThan(0);
  });

  it("reads malformed text exactly as the decoder in script does: the same bytes or the same error", () => {
    const text = fc.string({ unit: fc.constantFrom(..."QUJD+/=\n -_A".split("")), maxLength: 24 });
    fc.assert(
      fc.property(text, (t) => {
        expect(outcome(native.module.decodeBase64, t)).toEqual(outcome(inScript.decodeBase64, t));
      }),
    );
    expect(outcome(inScript.decodeBase64, "QU JD")).toBe("Not base64: character 3");
  });
});
