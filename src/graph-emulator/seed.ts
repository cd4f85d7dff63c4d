import { seedCorpus, type CorpusEntry } from "./corpus-mailbox";
import { GeneratedMailbox } from "./generated-mailbox";
import { Mailbox } from "./mailbox";

/** Where the emulator's mailboxes come from: the .eml corpus, or a generated mailbox of `count` messages. */
export type SeedSpec =
  | { kind: "corpus"; dir: string; days?: number; triaged?: number }
  | { kind: "generated"; count: number; address?: string; seed?: number; days?: number };

export const GENERATED_MAILBOX = "generated@nyborg.dk";

export interface SeededMailboxes {
  mailboxes: Mailbox[];
  /** Which corpus file each corpus message came from (for tests; the emulator itself never reads labels). */
  manifest: CorpusEntry[];
}

/** Midnight UTC of the given day: the default end of every seeded period, so no message lies in the future. */
export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export async function seedMailboxes(specs: readonly SeedSpec[], end: Date): Promise<SeededMailboxes> {
  const mailboxes: Mailbox[] = [];
  const manifest: CorpusEntry[] = [];
  for (const spec of specs) {
    if (spec.kind === "corpus") {
      const seeded = await seedCorpus({
        dir: spec.dir,
        end,
        ...(spec.days ? { days: spec.days } : {}),
        ...(spec.triaged !== undefined ? { triaged: spec.triaged } : {}),
      });
      if (seeded.unreadable.length > 0) {
        const list = seeded.unreadable.map((u) => `${u.file}: ${u.error}`).join("; ");
        throw new Error(`The corpus has files the eml reader cannot read: ${list}`);
      }
      for (const [address, source] of seeded.mailboxes) mailboxes.push(new Mailbox(address, source));
      manifest.push(...seeded.manifest);
    } else {
      const address = spec.address ?? GENERATED_MAILBOX;
      const source = new GeneratedMailbox({
        address,
        count: spec.count,
        end,
        seed: spec.seed ?? 1,
        ...(spec.days ? { days: spec.days } : {}),
      });
      mailboxes.push(new Mailbox(address, source));
    }
  }
  return { mailboxes, manifest };
}
