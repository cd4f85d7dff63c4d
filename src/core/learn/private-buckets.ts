import { FEATURE_BUCKETS } from "../classify/feature-hash";
import type { Features } from "../classify/features";

/** The default k: a feature must occur in at least 5 mails from at least 5 senders before a model learns from it. */
export const DEFAULT_MIN_MAILS_AND_SENDERS = 5;

export interface PrivateMail {
  features: Features;
  /** Who sent the mail (an address, or any key that tells senders apart); only counted, never kept. */
  sender: string;
}

/**
 * The feature buckets a model learned from local mail may change: those that occur in at least `k` distinct mails
 * from at least `k` distinct senders. A word, name or phrase that only one citizen writes, or only a few mails hold,
 * then leaves no trace in the file: its bucket keeps the shipped model's weight.
 */
export function privateBuckets(mails: readonly PrivateMail[], k: number): Uint8Array {
  const mailCount = new Int32Array(FEATURE_BUCKETS);
  const senders: (Set<string> | undefined)[] = new Array<Set<string> | undefined>(FEATURE_BUCKETS);
  for (const { features, sender } of mails) {
    for (const bucket of features.index) {
      mailCount[bucket] = (mailCount[bucket] ?? 0) + 1;
      (senders[bucket] ??= new Set()).add(sender);
    }
  }
  return Uint8Array.from(mailCount, (count, bucket) =>
    count >= k && (senders[bucket]?.size ?? 0) >= k ? 1 : 0,
  );
}
