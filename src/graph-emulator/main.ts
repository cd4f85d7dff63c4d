/**
 * The local Graph emulator as a program, for `npm start` and the benchmark:
 *   tsx src/graph-emulator/main.ts --port 3001 --seed corpus --seed 50000[:address] [--public-url URL] [--end yyyy-mm-dd]
 *     [--triaged 0.7]   (the share of corpus messages that carry a triage record and answer state; none by default)
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { seedMailboxes, startOfUtcDay, type SeedSpec } from "./seed";
import { startGraphEmulator } from "./server";

const CORPUS_DIR = path.resolve(__dirname, "../../test/fixtures/corpus");

function seedSpec(text: string, triaged: number): SeedSpec {
  if (text === "corpus") return { kind: "corpus", dir: CORPUS_DIR, triaged };
  const match = /^(\d+)(?::(.+@.+))?$/.exec(text);
  if (!match)
    throw new Error(
      `--seed takes "corpus" or a message count such as 5000 or 5000:box@nyborg.dk, not "${text}"`,
    );
  return { kind: "generated", count: Number(match[1]), ...(match[2] ? { address: match[2] } : {}) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "3001" },
      host: { type: "string", default: "127.0.0.1" },
      seed: { type: "string", multiple: true, default: ["corpus"] },
      "public-url": { type: "string" },
      end: { type: "string" },
      triaged: { type: "string", default: "0" },
    },
  });
  const end = values.end ? new Date(`${values.end}T00:00:00Z`) : startOfUtcDay(new Date());
  if (Number.isNaN(end.getTime()))
    throw new Error(`--end takes a date such as 2026-11-28, not "${values.end}"`);
  const triaged = Number(values.triaged);
  if (!(triaged >= 0 && triaged <= 1))
    throw new Error(`--triaged takes a share between 0 and 1 such as 0.7, not "${values.triaged}"`);
  const specs = values.seed.flatMap((s) => s.split(",")).map((text) => seedSpec(text, triaged));
  const { mailboxes } = await seedMailboxes(specs, end);
  const running = await startGraphEmulator({
    port: Number(values.port),
    host: values.host,
    mailboxes,
    ...(values["public-url"] ? { publicUrl: values["public-url"] } : {}),
  });
  console.log(
    `Graph emulator on ${running.url}/v1.0 (any bearer token); switches at ${running.url}/_emulator/faults`,
  );
  for (const { address, messages } of running.emulator.addresses)
    console.log(`  ${address}: ${messages} messages`);
  const stop = (): void => void running.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(`Graph emulator: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
