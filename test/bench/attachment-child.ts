/**
 * One attachment extraction in a fresh process, so its peak memory is its own: prints the time, the rise of the
 * process's peak resident memory over what it used before, and the outcome, as JSON.
 */
import { extractAttachment } from "../../src/attachments/extract";
import { DEFAULT_ATTACHMENT_LIMITS } from "../../src/core/config/attachment-limits";
import { ATTACHMENT_INPUTS } from "./attachment-inputs";

async function main(): Promise<void> {
  const key = process.argv[2] ?? "";
  const input = ATTACHMENT_INPUTS[key];
  if (!input) throw new Error(`no attachment input ${key}`);
  const bytes = await input.make();
  const name = key.startsWith("pdf") ? "a.pdf" : key.startsWith("xlsx") ? "a.xlsx" : "a.docx";
  // pdf.js loads once per process; a warm-up keeps its loading out of the time (the pane loads it ahead too).
  if (key.startsWith("pdf")) await extractAttachment(bytes, { name }, DEFAULT_ATTACHMENT_LIMITS);
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const content = await extractAttachment(bytes, { name }, DEFAULT_ATTACHMENT_LIMITS);
  const elapsedMs = performance.now() - started;
  const peakRiseMb = (process.resourceUsage().maxRSS * 1024 - rssBefore) / (1024 * 1024);
  const chars = content.read ? content.parts.reduce((sum, part) => sum + part.text.length, 0) : 0;
  console.log(
    JSON.stringify({
      bytes: bytes.byteLength,
      elapsedMs,
      peakRiseMb: Math.max(0, peakRiseMb),
      read: content.read,
      reason: content.read ? undefined : content.reason,
      chars,
    }),
  );
}

void main();
