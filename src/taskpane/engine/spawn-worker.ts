import { markStep } from "../timings";
import { attachmentWorkerReader } from "./attachment-reader";
import { spawnAttachmentWorker } from "./spawn-attachment-worker";
import { inThreadEngine, workerEngine, type ConfigurableEngine } from "./triage-engine";

/**
 * The pane's engine: the triage worker webpack builds from triage-worker.ts, with the attachment worker from
 * attachment-worker.ts beside it, or the page itself without workers.
 */
export function createTriageEngine(onWarm?: (ms: number) => void): ConfigurableEngine {
  if (typeof Worker === "undefined") return inThreadEngine();
  // webpack builds each worker from the URL; the name is its chunk's name, which the build's size report looks for.
  const spawn = (): Worker => {
    markStep("worker-spawned");
    return new Worker(new URL("./triage-worker.ts", import.meta.url), { name: "triage-worker" });
  };
  return workerEngine(spawn, {
    fallback: inThreadEngine,
    onWarm: (ms) => {
      markStep("worker-warm");
      onWarm?.(ms);
    },
    attachments: attachmentWorkerReader(spawnAttachmentWorker),
  });
}
