/** A letter or a digit in any script: what may not touch a marker on either side. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Whether `at` falls inside a character written as two code units, where no match can begin or end. */
function insidePair(text: string, at: number): boolean {
  return at > 0 && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1));
}

/** The character (code point) that ends right before `at`; "" at the start. */
function characterBefore(text: string, at: number): string {
  const from =
    at >= 2 && isLowSurrogate(text.charCodeAt(at - 1)) && isHighSurrogate(text.charCodeAt(at - 2)) ? 2 : 1;
  return text.slice(Math.max(0, at - from), at);
}

/** The character (code point) that starts at `at`; "" at the end. */
function characterAt(text: string, at: number): string {
  const code = text.codePointAt(at);
  return code === undefined ? "" : String.fromCodePoint(code);
}

/**
 * Whether `marker` stands in `text` as a whole word, case kept: "A/S" in "Byg & Anlæg A/S", not "IF" in "IFØLGE".
 * Found with indexOf rather than a regular expression per marker: compiling some thirty Unicode-aware expressions
 * cost the first triage in a new worker more than the rest of the sender rules together.
 */
export function hasWholeWord(text: string, marker: string): boolean {
  for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
    const end = at + marker.length;
    if (
      !insidePair(text, at) &&
      !insidePair(text, end) &&
      !LETTER_OR_DIGIT.test(characterBefore(text, at)) &&
      !LETTER_OR_DIGIT.test(characterAt(text, end))
    ) {
      return true;
    }
    if (at >= text.length) return false;
  }
  return false;
}

/** The first of `markers` (in their order) that stands as a whole word in any of `texts`. */
export function firstMarker(markers: readonly string[], texts: readonly string[]): string | undefined {
  return markers.find((marker) => texts.some((text) => hasWholeWord(text, marker)));
}
