/**
 * The page of the attachment benchmark in Chromium (attachment-browser.ts bundles it with the add-in's webpack
 * configuration): the pane's attachment reader over the pane's attachment worker, driven from the benchmark.
 */
import type { AttachmentLimits } from "../../src/core/config/attachment-limits";
import { emptyMail } from "../../src/core/mail";
import { attachmentWorkerReader } from "../../src/taskpane/engine/attachment-reader";
import { spawnAttachmentWorker } from "../../src/taskpane/engine/spawn-attachment-worker";

export interface PageResult {
  elapsedMs: number;
  read: boolean;
  reason?: string;
  chars: number;
}

const reader = attachmentWorkerReader(spawnAttachmentWorker, { timeoutMs: 120_000 });
const files = new Map<string, Uint8Array>();

/** Fetches a file into the page beforehand, as Outlook hands the pane an attachment's bytes before it is read. */
async function load(url: string): Promise<void> {
  files.set(url, new Uint8Array(await (await fetch(url)).arrayBuffer()));
}

/** The time from handing the file to the worker to having its text back in the page, as the pane waits for it. */
async function read(url: string, name: string, limits: AttachmentLimits): Promise<PageResult> {
  const bytes = files.get(url) ?? new Uint8Array();
  const mail = { ...emptyMail(), attachments: [{ name, size: bytes.byteLength }] };
  const started = performance.now();
  const result = await reader.read(mail, [{ bytes }], limits);
  const elapsedMs = performance.now() - started;
  const content = result.attachments[0]?.content;
  if (!content?.read) return { elapsedMs, read: false, reason: content?.reason, chars: 0 };
  return { elapsedMs, read: true, chars: content.parts.reduce((sum, part) => sum + part.text.length, 0) };
}

/** Starts the worker and waits until it answers, so its loading is not counted in a read. */
async function start(limits: AttachmentLimits): Promise<void> {
  await reader.read(emptyMail(), [], limits);
}

(globalThis as unknown as { attachmentBench: unknown }).attachmentBench = { load, read, start };
