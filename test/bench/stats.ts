/**
 * Team-lead statistics over 5,000, 50,000 and 200,000 messages: the whole path — Graph client, paging, the streaming
 * accumulator (volumes per day, shares, answers, working-day clock, percentiles, backlog, silence) — against the
 * local emulator. Reports wall time and the heap the statistics keep while running, which must stay flat as the
 * mailbox grows (memory grows with the days of the period, not with the messages). One child process per size.
 *
 *   npx tsx test/bench/stats.ts
 */
import { DEFAULT_CONFIG } from "../../src/core/config/load";
import { statisticsSettingsFrom } from "../../src/core/stats/statistics-accumulator";
import { mailboxStatistics } from "../../src/graph/stats-source";
import {
  emulatorClient,
  END,
  exposedGc,
  MB,
  measureEachSize,
  runBenchScript,
  SIZES,
  TARGET,
} from "./emulated-mailbox-bench";
import { printTable, verdict } from "./report";

const PERIOD = { from: "2025-11-01", to: "2026-10-31" };

interface ChildResult {
  received: number;
  wallMs: number;
  baseHeap: number;
  retainedHeap: number;
  peakRss: number;
  medianHours: number | null;
}

const address = (size: number): string => `stats-${size}@nyborg.dk`;

async function child(url: string, size: number): Promise<void> {
  const gc = exposedGc();
  gc?.();
  const baseHeap = process.memoryUsage().heapUsed;
  let retainedHeap = baseHeap;
  let peakRss = process.memoryUsage().rss;
  let pages = 0;
  const client = emulatorClient(url);
  const started = performance.now();
  const stats = await mailboxStatistics(
    client,
    statisticsSettingsFrom(DEFAULT_CONFIG),
    {
      mailbox: address(size),
      ...PERIOD,
      asOf: END,
      onPage: () => {
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
        // What the statistics keep between pages, garbage collected; every tenth page so collection barely slows it.
        if (gc && ++pages % 10 === 1) {
          gc();
          retainedHeap = Math.max(retainedHeap, process.memoryUsage().heapUsed);
        }
      },
    },
    END,
  );
  const result: ChildResult = {
    received: stats.totals.received,
    wallMs: performance.now() - started,
    baseHeap,
    retainedHeap,
    peakRss,
    medianHours: stats.firstAction.medianHours,
  };
  process.send?.(result);
}

export async function runStatsBench(): Promise<string[]> {
  const misses: string[] = [];
  const rows: string[][] = [];
  let smallest = 0;
  console.log(
    `\nTeam-lead statistics over a year of mail (Graph client → emulator → streaming accumulator)\n`,
  );
  await measureEachSize<ChildResult>(
    { script: __filename, address, failure: (size) => `statistics over ${size} messages` },
    ({ size, result, requests, pages }) => {
      const kept = (result.retainedHeap - result.baseHeap) / MB;
      if (size === SIZES[0]) smallest = kept;
      rows.push([
        size.toLocaleString("en"),
        verdict(
          result.received === size,
          String(result.received),
          misses,
          `statistics: counted at ${size.toLocaleString("en")}`,
          String(size),
        ),
        verdict(
          requests / pages <= TARGET.requestsPerPage,
          `${requests}/${pages}`,
          misses,
          `statistics: requests at ${size.toLocaleString("en")}`,
          `≤ ${TARGET.requestsPerPage}× pages`,
        ),
        (result.wallMs / 1000).toFixed(1),
        Math.round(size / (result.wallMs / 1000)).toLocaleString("en"),
        size === SIZES[0]
          ? kept.toFixed(1)
          : verdict(
              kept <= smallest * TARGET.memoryGrowth + 1,
              `${kept.toFixed(1)} MB`,
              misses,
              `statistics: heap kept at ${size.toLocaleString("en")}`,
              `≤ ${(smallest * TARGET.memoryGrowth + 1).toFixed(1)} MB`,
            ),
        (result.peakRss / MB).toFixed(0),
        result.medianHours === null ? "–" : result.medianHours.toFixed(1),
      ]);
    },
  );
  printTable(
    ["messages", "counted", "requests/pages", "wall s", "msg/s", "heap kept MB", "peak RSS MB", "median h"],
    rows,
  );
  console.log(
    "\n   heap kept = heap in use after a garbage collection between pages, above the start; target: within 1.5×" +
      "\n   (+1 MB) of the 5,000 figure at 50,000 and 200,000, i.e. flat. Wall time includes the emulator in the parent.",
  );
  return misses;
}

if (require.main === module) runBenchScript(child, runStatsBench, "statistics");
