/**
 * One attachment extraction in a fresh process, so its memory is its own: reads the input's bytes from the file the
 * parent wrote, and prints the time, the rise of the process's peak resident memory during the read, and the outcome,
 * as JSON.
 */
import { readFileSync } from "node:fs";
import { extractAttachment } from "../../src/attachments/extract";
import { ATTACHMENT_INPUTS } from "./attachment-inputs";
import { peakRiseMb, startPeak } from "./peak-memory";

async function main(): Promise<void> {
  const [key = "", file = ""] = process.argv.slice(2);
  const input = ATTACHMENT_INPUTS[key];
  if (!input) throw new Error(`no attachment input ${key}`);
  const bytes = new Uint8Array(readFileSync(file));
  // pdf.js loads once per process; a warm-up keeps its loading out of the figures (the pane loads it ahead too).
  if (key.startsWith("pdf")) await extractAttachment(bytes, input, input.limits);
  global.gc?.();
  const startKb = startPeak("self");
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const content = await extractAttachment(bytes, input, input.limits);
  const elapsedMs = performance.now() - started;
  const peakRise =
    startKb === undefined
      ? (process.resourceUsage().maxRSS * 1024 - rssBefore) / (1024 * 1024)
      : peakRiseMb("self", startKb);
  // Of a file cut at the text limit, the characters kept for the engine.
  const chars = (content.parts ?? []).reduce((sum, part) => sum + part.text.length, 0);
  console.log(
    JSON.stringify({
      bytes: bytes.byteLength,
      elapsedMs,
      peakRiseMb: Math.max(0, peakRise),
      read: content.read,
      reason: content.read ? undefined : content.reason,
      chars,
    }),
  );
}

void main();
