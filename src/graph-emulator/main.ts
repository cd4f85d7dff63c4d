/**
 * The local Graph emulator as a program, for `npm start` and the benchmark:
 *   tsx src/graph-emulator/main.ts --port 3001 --seed corpus --seed 50000[:address] [--public-url URL] [--end yyyy-mm-dd]
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { seedMailboxes, startOfUtcDay, type SeedSpec } from "./seed";
import { startGraphEmulator } from "./server";

const CORPUS_DIR = path.resolve(__dirname, "../../test/fixtures/corpus");

function seedSpec(text: string): SeedSpec {
  if (text === "corpus") return { kind: "corpus", dir: CORPUS_DIR };
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
    },
  });
  const end = values.end ? new Date(`${values.end}T00:00:00Z`) : startOfUtcDay(new Date());
  if (Number.isNaN(end.getTime()))
    throw new Error(`--end takes a date such as 2026-11-28, not "${values.end}"`);
  const specs = values.seed.flatMap((s) => s.split(",")).map(seedSpec);
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
