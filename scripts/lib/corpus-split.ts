import { stableHash } from "../../src/core/learn/stable-hash";

/**
 * The corpus split shared by `npm run train` and `npm run eval`: a fixed quarter of the labelled mails, picked by a
 * hash of the file name, is held out from training, so eval can report figures on mails the model never saw.
 */
const HELD_OUT_BUCKETS = 4; // one bucket of four: 25 %

/** FNV-1a: a stable hash, so a file stays on its side of the split whatever else is added to the corpus. */
export const fnv1a = stableHash;

export const isHeldOut = (file: string): boolean => fnv1a(file) % HELD_OUT_BUCKETS === 0;
