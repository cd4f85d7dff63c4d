/**
 * The corpus split shared by `npm run train` and `npm run eval`: a fixed quarter of the labelled mails, picked by a
 * hash of the file name, is held out from training, so eval can report figures on mails the model never saw.
 */
const HELD_OUT_BUCKETS = 4; // one bucket of four: 25 %

/** FNV-1a: a stable hash, so a file stays on its side of the split whatever else is added to the corpus. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export const isHeldOut = (file: string): boolean => fnv1a(file) % HELD_OUT_BUCKETS === 0;
