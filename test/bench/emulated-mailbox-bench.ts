/**
 * What the benches over the Graph emulator share: the mailbox sizes and period, a client for the emulator, one child
 * process per size (with garbage collection exposed, so memory figures are comparable between sizes) and the
 * requests the emulator counted for each.
 */
import { fork } from "node:child_process";
import { GraphClient } from "../../src/graph/client";
import { MAX_MESSAGE_PAGE_SIZE } from "../../src/graph/messages";
import { GeneratedMailbox } from "../../src/graph-emulator/generated-mailbox";
import { Mailbox } from "../../src/graph-emulator/mailbox";
import { startGraphEmulator } from "../../src/graph-emulator/server";

export const SIZES = [5_000, 50_000, 200_000];
export const END = new Date("2026-11-01T00:00:00Z");
export const DAYS = 365;
export const TARGET = { requestsPerPage: 1.05, memoryGrowth: 1.5 };
export const MB = 1024 * 1024;

/** In the child: the Graph client that talks to the parent's emulator. */
export function emulatorClient(url: string): GraphClient {
  return new GraphClient({
    baseUrl: url,
    getAccessToken: () => Promise.resolve("bench"),
    timeoutMs: 60_000,
  });
}

/** In the child: garbage collection, when the parent exposed it. */
export function exposedGc(): (() => void) | undefined {
  return (globalThis as { gc?: () => void }).gc;
}

function runChild<T>(
  script: string,
  url: string,
  size: number,
  failure: (size: number) => string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = fork(script, ["--child", url, String(size)], {
      execArgv: [...process.execArgv, "--expose-gc"],
    });
    worker.once("message", (message) => resolve(message as T));
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`${failure(size)} stopped with exit code ${code ?? "?"}`));
    });
  });
}

export interface SizeRun<T> {
  size: number;
  /** What the child sent back. */
  result: T;
  /** Requests the emulator served for this size. */
  requests: number;
  /** Pages the size fills at the largest page size Graph allows. */
  pages: number;
}

export interface EachSizeOptions {
  /** The bench script, forked with `--child <url> <size>` once per size. */
  script: string;
  address: (size: number) => string;
  /** What stopped when a child fails, e.g. "the listing of 5000 messages". */
  failure: (size: number) => string;
}

/** Serves one generated mailbox per size from an emulator in this process and runs the script's child for each. */
export async function measureEachSize<T>(
  options: EachSizeOptions,
  each: (run: SizeRun<T>) => void,
): Promise<void> {
  const mailboxes = SIZES.map(
    (size) =>
      new Mailbox(
        options.address(size),
        new GeneratedMailbox({ address: options.address(size), count: size, end: END, days: DAYS }),
      ),
  );
  const running = await startGraphEmulator({ mailboxes });
  try {
    for (const size of SIZES) {
      running.emulator.resetStats();
      const result = await runChild<T>(options.script, running.url, size, options.failure);
      const { requests } = running.emulator.stats();
      each({ size, result, requests, pages: Math.ceil(size / MAX_MESSAGE_PAGE_SIZE) });
    }
  } finally {
    await running.close();
  }
}

/** A bench script's entry: its child's part when forked with --child, else the whole bench and whether it met its targets. */
export function runBenchScript(
  child: (url: string, size: number) => Promise<void>,
  bench: () => Promise<string[]>,
  name: string,
): void {
  const [flag, url, size] = process.argv.slice(2);
  if (flag === "--child" && url && size) {
    void child(url, Number(size)).then(() => process.exit(0));
  } else {
    void bench().then((misses) => {
      console.log(misses.length === 0 ? `\nAll ${name} targets met.` : `\nMISSED: ${misses.join(", ")}`);
    });
  }
}
