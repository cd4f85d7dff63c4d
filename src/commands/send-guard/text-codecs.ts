// TextDecoder and TextEncoder for a runtime without them. They are Web APIs, not JavaScript: classic Outlook's
// JavaScript-only runtime is documented as an engine with WebSockets, CORS and storage only, and the bare context the
// tests run launchevent.js in has neither. The attachment readers need them (a zip's names and XML are UTF-8, text
// files may be windows-1252, an attached mail arrives as text), so the send guard installs these where they are missing
// and a browser keeps its own. Only the encodings the readers ask for: UTF-8, windows-1252 (and the labels the
// Encoding Standard maps to it, latin1 among them) and UTF-16; any other label throws, as a real TextDecoder does.

/** windows-1252's bytes 0x80–0x9f; every other byte is the code point of the same number. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

const LABELS: Record<string, "utf-8" | "windows-1252" | "utf-16le" | "utf-16be"> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "unicode-1-1-utf-8": "utf-8",
  "windows-1252": "windows-1252",
  latin1: "windows-1252",
  "iso-8859-1": "windows-1252",
  "iso8859-1": "windows-1252",
  "us-ascii": "windows-1252",
  ascii: "windows-1252",
  "x-cp1252": "windows-1252",
  cp1252: "windows-1252",
  "utf-16le": "utf-16le",
  "utf-16": "utf-16le",
  "utf-16be": "utf-16be",
};

/** Code units to a string in slices, as String.fromCharCode takes only so many arguments. */
function fromCodeUnits(units: number[]): string {
  const pieces: string[] = [];
  for (let at = 0; at < units.length; at += 8192) {
    pieces.push(String.fromCharCode(...units.slice(at, at + 8192)));
  }
  return pieces.join("");
}

/** How many bytes a UTF-8 sequence has by its lead byte, and the lowest second byte allowed (overlongs, surrogates). */
function sequence(lead: number): { length: number; min: number; max: number } | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, min: 0x80, max: 0xbf };
  if (lead === 0xe0) return { length: 3, min: 0xa0, max: 0xbf };
  if (lead === 0xed) return { length: 3, min: 0x80, max: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { length: 3, min: 0x80, max: 0xbf };
  if (lead === 0xf0) return { length: 4, min: 0x90, max: 0xbf };
  if (lead === 0xf4) return { length: 4, min: 0x80, max: 0x8f };
  if (lead >= 0xf1 && lead <= 0xf3) return { length: 4, min: 0x80, max: 0xbf };
  return undefined;
}

class Utf8Decoding {
  private pending: number[] = [];

  constructor(private readonly fatal: boolean) {}

  decode(bytes: Uint8Array, stream: boolean): string {
    const input = this.pending.length > 0 ? [...this.pending, ...bytes] : bytes;
    this.pending = [];
    const units: number[] = [];
    const bad = (): void => {
      if (this.fatal) throw new TypeError("The encoded data was not valid for encoding utf-8");
      units.push(0xfffd);
    };
    let at = 0;
    while (at < input.length) {
      const lead = input[at] ?? 0;
      if (lead < 0x80) {
        units.push(lead);
        at++;
        continue;
      }
      const shape = sequence(lead);
      if (!shape) {
        bad();
        at++;
        continue;
      }
      let code = lead & (0xff >> (shape.length + 1));
      let taken = 1;
      for (; taken < shape.length && at + taken < input.length; taken++) {
        const next = input[at + taken] ?? 0;
        const [min, max] = taken === 1 ? [shape.min, shape.max] : [0x80, 0xbf];
        if (next < min || next > max) break;
        code = (code << 6) | (next & 0x3f);
      }
      if (taken === shape.length) {
        if (code > 0xffff) units.push(0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff));
        else units.push(code);
      } else if (at + taken === input.length && stream) {
        this.pending = Array.from(input.slice(at));
      } else {
        bad();
      }
      at += taken;
    }
    return fromCodeUnits(units);
  }
}

class FallbackTextDecoder {
  readonly encoding: string;
  readonly fatal: boolean;
  readonly ignoreBOM = false;
  private readonly utf8: Utf8Decoding;
  private pendingByte: number | undefined;
  /** Whether the stream being decoded has begun: only its very start may carry a byte-order mark. */
  private begun = false;

  constructor(label = "utf-8", options: { fatal?: boolean } = {}) {
    const encoding = LABELS[label.trim().toLowerCase()];
    if (!encoding) throw new RangeError(`The encoding label provided ('${label}') is invalid.`);
    this.encoding = encoding;
    this.fatal = options.fatal ?? false;
    this.utf8 = new Utf8Decoding(this.fatal);
  }

  decode(input?: ArrayBuffer | ArrayBufferView, options: { stream?: boolean } = {}): string {
    const bytes = input === undefined ? new Uint8Array() : toBytes(input);
    const stream = options.stream ?? false;
    const atStart = !this.begun;
    this.begun = stream;
    if (this.encoding === "windows-1252") {
      return fromCodeUnits(
        Array.from(bytes, (byte) =>
          byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] ?? byte) : byte,
        ),
      );
    }
    const text = this.encoding === "utf-8" ? this.utf8.decode(bytes, stream) : this.utf16(bytes, stream);
    // The Encoding Standard's decoders drop one byte-order mark at the start of the stream.
    return atStart && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  private utf16(bytes: Uint8Array, stream: boolean): string {
    const all = this.pendingByte === undefined ? bytes : Uint8Array.of(this.pendingByte, ...bytes);
    this.pendingByte = all.length % 2 === 1 && stream ? all[all.length - 1] : undefined;
    const little = this.encoding === "utf-16le";
    const units: number[] = [];
    for (let at = 0; at + 1 < all.length; at += 2) {
      const [a = 0, b = 0] = [all[at], all[at + 1]];
      units.push(little ? a | (b << 8) : (a << 8) | b);
    }
    return fromCodeUnits(units);
  }
}

function toBytes(input: ArrayBuffer | ArrayBufferView): Uint8Array {
  return input instanceof ArrayBuffer
    ? new Uint8Array(input)
    : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
}

class FallbackTextEncoder {
  readonly encoding = "utf-8";

  encode(text = ""): Uint8Array {
    const bytes: number[] = [];
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0xfffd;
      if (code < 0x80) bytes.push(code);
      else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
      else if (code < 0x10000 && (code < 0xd800 || code > 0xdfff))
        bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
      else if (code >= 0x10000)
        bytes.push(
          0xf0 | (code >> 18),
          0x80 | ((code >> 12) & 0x3f),
          0x80 | ((code >> 6) & 0x3f),
          0x80 | (code & 0x3f),
        );
      else bytes.push(0xef, 0xbf, 0xbd); // a lone surrogate becomes U+FFFD
    }
    return Uint8Array.from(bytes);
  }
}

/** Puts the fallbacks on `scope` (globalThis) where it has no TextDecoder or TextEncoder of its own. */
export function installTextCodecs(scope: Record<string, unknown>): void {
  if (typeof scope.TextDecoder !== "function") scope.TextDecoder = FallbackTextDecoder;
  if (typeof scope.TextEncoder !== "function") scope.TextEncoder = FallbackTextEncoder;
}
