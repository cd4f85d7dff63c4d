// The send guard on mails with many findings (issue 14): the built launchevent.js, alone in a bare vm context as
// classic Outlook runs it, pressed Send on bodies of 1,000 to 40,000 distinct CPR numbers. Targets: event.completed
// within 2 s at 40,000, and linear growth — the time ratio from 1,000 to 40,000 at most 1.2 × the size ratio.
// `npm run bench -- --only send-guard-scale` runs it alone (it builds the script first, which takes a while).
import { cprLines } from "../unit/commands/send-guard/compose-standin";
import { buildLaunchEventScript, sendThroughScript } from "../unit/commands/send-guard/launchevent-script";
import { ms, note, printTable, verdict } from "./report";

const SIZES = [1_000, 5_000, 10_000, 20_000, 40_000];
const RUNS = 5;
const TARGET_MS = 2_000;
const GROWTH_SLACK = 1.2;

async function medianCompletion(script: string, body: string): Promise<{ median: number; blocked: boolean }> {
  const times: number[] = [];
  let blocked = true;
  for (let run = 0; run < RUNS; run++) {
    const sent = await sendThroughScript(script, { to: ["jens@example.dk"], body }, 60_000);
    times.push(sent.completedAfterMs ?? Infinity);
    blocked &&= sent.completions[0]?.allowEvent === false;
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? Infinity, blocked };
}

export async function sendGuardScaleSection(): Promise<string[]> {
  const misses: string[] = [];
  const built = performance.now();
  const script = await buildLaunchEventScript();
  console.log(
    `   launchevent.js: ${(script.length / 1024).toFixed(0)} KB, built in ${(performance.now() - built).toFixed(0)} ms\n`,
  );
  // One send to warm the script's engine, as the first send after Outlook starts is not what this measures.
  await sendThroughScript(script, { to: ["jens@example.dk"], body: cprLines(100) });
  const measured: { size: number; median: number }[] = [];
  const rows: string[][] = [];
  for (const size of SIZES) {
    const body = cprLines(size);
    const { median, blocked } = await medianCompletion(script, body);
    measured.push({ size, median });
    const cell =
      size === 40_000
        ? verdict(
            median <= TARGET_MS,
            ms(median),
            misses,
            "send guard: 40,000 CPR numbers, ms",
            `≤ ${TARGET_MS}`,
          )
        : ms(median);
    rows.push([
      size.toLocaleString("en"),
      `${(body.length / 1024).toFixed(0)} KB`,
      blocked ? "block" : "NOT BLOCKED",
      cell,
    ]);
  }
  printTable(["CPR numbers", "body", "decision", `median ms to event.completed (${RUNS} runs)`], rows);
  const first = measured[0];
  const last = measured[measured.length - 1];
  if (first && last) {
    const sizeRatio = last.size / first.size;
    const timeRatio = last.median / first.median;
    const limit = GROWTH_SLACK * sizeRatio;
    console.log(
      `\n   growth 1,000 → 40,000: time × ${timeRatio.toFixed(1)} for size × ${sizeRatio} (limit × ${limit.toFixed(0)}): ` +
        verdict(
          timeRatio <= limit,
          `× ${timeRatio.toFixed(1)}`,
          misses,
          "send guard: growth 1k→40k",
          `≤ × ${limit}`,
        ),
    );
    note("send guard: 1,000 CPR numbers, ms", ms(first.median));
  }
  return misses;
}
