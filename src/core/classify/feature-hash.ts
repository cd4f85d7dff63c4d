/**
 * Feature hashing: every feature name (a stem, a pair of stems, a character n-gram of a word, a "#signal") lands in
 * one of a fixed number of buckets, and the model keeps one weight row per bucket. The model file then holds no
 * words at all, its size does not grow with the vocabulary, and a word never seen in training still shares buckets
 * with its n-grams ("boligstøtten" with "boligstøtte").
 */
export const FEATURE_BUCKETS = 1 << 14;
const MASK = FEATURE_BUCKETS - 1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of `text[start, end)`, continued from `seed`: stable across runs and platforms. */
function fnv(text: string, start: number, end: number, seed: number): number {
  let hash = seed;
  for (let i = start; i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

export function bucketOf(name: string): number {
  return fnv(name, 0, name.length, FNV_OFFSET) & MASK;
}

/**
 * The hash of `first + second` so far, to be finished by bucketAfter: a stem starts a pair with the next stem of
 * every mail it stands in, so its part of the pair's hash is worked out once.
 */
export function joinedPrefix(first: string, second: string): number {
  return fnv(second, 0, second.length, fnv(first, 0, first.length, FNV_OFFSET));
}

/** bucketOf(prefix's text + `text`), from a hash begun by joinedPrefix. */
export function bucketAfter(prefix: number, text: string): number {
  return fnv(text, 0, text.length, prefix) & MASK;
}

/**
 * bucketOf(first + second + third) without building the string: FNV-1a runs on from one part to the next. Pairs of
 * stems and marked stems are hashed for every word of every mail, and the strings were most of the features' garbage.
 */
export function bucketOfJoined(first: string, second: string, third = ""): number {
  return bucketAfter(joinedPrefix(first, second), third);
}

/** Subwords are hashed from their own seed, so the n-gram "sag" and the word "sag" land apart. */
const SUBWORD_SEED = fnv("subword:", 0, 8, FNV_OFFSET);
export const SUBWORD_MIN = 3;
export const SUBWORD_MAX = 5;
/**
 * The buckets of a word's character n-grams, fastText-style: the word framed as "<word>", every run of 3 to 5
 * characters.
 */
export function subwordBuckets(word: string): Int32Array {
  const framed = `<${word}>`;
  const out: number[] = [];
  for (let n = SUBWORD_MIN; n <= SUBWORD_MAX; n++) {
    for (let start = 0; start + n <= framed.length; start++) {
      out.push(fnv(framed, start, start + n, SUBWORD_SEED) & MASK);
    }
  }
  return Int32Array.from(out);
}
