/**
 * Listing a mailbox for statistics through the real Graph client against the local emulator: 5,000, 50,000 and
 * 200,000 messages. Reports requests made against pages (target ≤ 1.05 ×), wall time, and the client's peak memory,
 * which must stay flat as the mailbox grows (the listing streams page by page). Each size is listed in its own child
 * process so the memory figures are comparable; the emulator runs in this process.
 *
 *   npx tsx test/bench/graph-stats-requests.ts
 */
import { fork } from "node:child_process";
import { GraphClient } from "../../src/graph/client";
import { listMessages, MAX_MESSAGE_PAGE_SIZE } from "../../src/graph/messages";
import { GeneratedMailbox } from "../../src/graph-emulator/generated-mailbox";
import { Mailbox } from "../../src/graph-emulator/mailbox";
import { startGraphEmulator } from "../../src/graph-emulator/server";
import { printTable, verdict } from "./report";

const SIZES = [5_000, 50_000, 200_000];
const END = new Date("2026-11-01T00:00:00Z");
const DAYS = 365;
const TARGET = { requestsPerPage: 1.05, memoryGrowth: 1.5 };
const MB = 1024 * 1024;

interface ChildResult {
  messages: number;
  pages: number;
  wallMs: number;
  baseHeap: number;
  peakHeap: number;
  /** Most heap still in use right after a page, with garbage collected: what the listing keeps. */
  retainedHeap: number;
  peakRss: number;
}

const address = (size: number): string => `bench-${size}@nyborg.dk`;

/** In the child: list every message of the period and keep nothing but counts, sampling memory as it goes. */
async function child(url: string, size: number): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const baseHeap = process.memoryUsage().heapUsed;
  let peakHeap = baseHeap;
  let peakRss = process.memoryUsage().rss;
  let retainedHeap = baseHeap;
  const sample = (): void => {
    const usage = process.memoryUsage();
    peakHeap = Math.max(peakHeap, usage.heapUsed);
    peakRss = Math.max(peakRss, usage.rss);
  };
  const timer = setInterval(sample, 5);
  const client = new GraphClient({
    baseUrl: url,
    getAccessToken: () => Promise.resolve("bench"),
    timeoutMs: 60_000,
  });
  const started = performance.now();
  let messages = 0;
  let pages = 0;
  const period = { from: new Date(END.getTime() - DAYS * 86_400_000), to: END };
  for await (const page of listMessages(client, address(size), period)) {
    messages += page.length;
    pages++;
    sample();
    // What is still alive while this page is in hand; sampled on every tenth page so collection barely slows the run.
    if (gc && pages % 10 === 1) {
      gc();
      retainedHeap = Math.max(retainedHeap, process.memoryUsage().heapUsed);
    }
  }
  const wallMs = performance.now() - started;
  clearInterval(timer);
  const result: ChildResult = { messages, pages, wallMs, baseHeap, peakHeap, retainedHeap, peakRss };
  process.send?.(result);
}

function runChild(url: string, size: number): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const worker = fork(__filename, ["--child", url, String(size)], {
      execArgv: [...process.execArgv, "--expose-gc"],
    });
    worker.once("message", (message) => resolve(message as ChildResult));
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0)
        reject(new Error(`the listing of ${size} messages stopped with exit code ${code ?? "?"}`));
    });
  });
}

export async function runGraphStatsBench(): Promise<string[]> {
  const mailboxes = SIZES.map(
    (size) =>
      new Mailbox(
        address(size),
        new GeneratedMailbox({ address: address(size), count: size, end: END, days: DAYS }),
      ),
  );
  const running = await startGraphEmulator({ mailboxes });
  const misses: string[] = [];
  const rows: string[][] = [];
  let smallestRetained = 0;
  try {
    console.log(
      `\nGraph listing for statistics (emulator, $top=${MAX_MESSAGE_PAGE_SIZE}, $select of the summary fields, records and reply state expanded)\n`,
    );
    for (const size of SIZES) {
      running.emulator.resetStats();
      const result = await runChild(running.url, size);
      const { requests } = running.emulator.stats();
      const pages = Math.ceil(size / MAX_MESSAGE_PAGE_SIZE);
      const ratio = requests / pages;
      const peakMb = (result.peakHeap - result.baseHeap) / MB;
      const retainedMb = (result.retainedHeap - result.baseHeap) / MB;
      if (size === SIZES[0]) smallestRetained = retainedMb;
      const flat = retainedMb <= smallestRetained * TARGET.memoryGrowth + 1;
      rows.push([
        size.toLocaleString("en"),
        String(result.messages),
        String(pages),
        verdict(
          ratio <= TARGET.requestsPerPage && result.messages === size,
          `${requests} (${ratio.toFixed(2)}×)`,
          misses,
          `Graph listing: requests for ${size.toLocaleString("en")} messages`,
          `≤ ${TARGET.requestsPerPage}× pages, all listed`,
        ),
        (result.wallMs / 1000).toFixed(1),
        Math.round(size / (result.wallMs / 1000)).toLocaleString("en"),
        size === SIZES[0]
          ? retainedMb.toFixed(1)
          : verdict(
              flat,
              `${retainedMb.toFixed(1)} MB`,
              misses,
              `Graph listing: heap kept at ${size.toLocaleString("en")}`,
              `≤ ${(smallestRetained * TARGET.memoryGrowth + 1).toFixed(1)} MB`,
            ),
        peakMb.toFixed(1),
        (result.peakRss / MB).toFixed(0),
      ]);
    }
  } finally {
    await running.close();
  }
  printTable(
    [
      "messages",
      "listed",
      "pages",
      "requests (≤ 1.05× pages)",
      "wall s",
      "msg/s",
      "heap kept MB",
      "peak heap growth MB",
      "peak RSS MB",
    ],
    rows,
  );
  console.log(
    "\n   heap kept = heap in use after a garbage collection while a page is held, above the start; target: at 50,000" +
      "\n   and 200,000 within 1.5× (+1 MB) of the 5,000 figure, i.e. flat. Peak heap growth is uncollected garbage and" +
      "\n   depends on when V8 collects; RSS includes Node itself.",
  );
  return misses;
}

if (require.main === module) {
  const [flag, url, size] = process.argv.slice(2);
  if (flag === "--child" && url && size) {
    void child(url, Number(size)).then(() => process.exit(0));
  } else {
    void runGraphStatsBench().then((misses) => {
      console.log(
        misses.length === 0 ? "\nAll Graph listing targets met." : `\nMISSED: ${misses.join(", ")}`,
      );
    });
  }
}
