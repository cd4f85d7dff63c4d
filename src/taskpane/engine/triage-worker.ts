// The triage worker: the engine runs here, off the pane's main thread, so a 5 MB mail cannot freeze the pane.
import { DEFAULT_CONFIG } from "../../core/config/default-config";
import { doWork } from "./engine-work";
import { triageForPane } from "./pane-triage";
import { warmUpRequest } from "./warm-up";
import type { TriageAnswer, TriageJob, WorkerReady } from "./worker-protocol";

interface WorkerScope {
  postMessage(message: TriageAnswer | WorkerReady): void;
  onmessage: ((event: MessageEvent<TriageJob>) => void) | null;
}
const scope = self as unknown as WorkerScope;

// The first triage compiles the lexicons and warms the JIT; doing it now keeps it out of the first real mail's time.
const started = performance.now();
triageForPane(warmUpRequest(), DEFAULT_CONFIG);
scope.postMessage({ ready: true, warmUpMs: performance.now() - started });

scope.onmessage = (event) => {
  const { id, ...work } = event.data;
  try {
    scope.postMessage({ id, ok: true, result: doWork(work, DEFAULT_CONFIG) });
  } catch (error) {
    // An engine error names the rule that failed, never the mail's text.
    scope.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
