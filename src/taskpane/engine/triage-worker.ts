// The triage worker: the engine runs here, off the pane's main thread, so a 5 MB mail cannot freeze the pane.
import { analyse } from "../../core/analyse";
import { DEFAULT_CONFIG } from "../../core/config/default-config";
import { lexiconFor } from "../../core/detect/lexicon/compile";
import { triage } from "../../core/triage";
import { doWork } from "./engine-work";
import { modelSlot } from "./model-slot";
import { triageForPane } from "./pane-triage";
import { warmUpRequest } from "./warm-up";
import type {
  ConfigUpdate,
  ModelAnswer,
  ModelUpdate,
  TriageAnswer,
  TriageJob,
  WorkerReady,
} from "./worker-protocol";

interface WorkerScope {
  postMessage(message: TriageAnswer | WorkerReady | ModelAnswer): void;
  onmessage: ((event: MessageEvent<TriageJob | ConfigUpdate | ModelUpdate>) => void) | null;
}
const scope = self as unknown as WorkerScope;

type WorkerStep =
  | "engine-loaded"
  | "lexicon-compiled"
  | "warm-up-analysed"
  | "warm-up-classified"
  | "warm-up-triaged"
  | "job-received"
  | "job-answered";
/**
 * Where the worker's start goes, as User Timing marks on its own timeline: the developer tools' Performance panel
 * shows them on the worker's track, and the browser test prints them beside the pane's. Durations only.
 */
function mark(step: WorkerStep): void {
  if (typeof performance.mark === "function") performance.mark(`kanalvagt:worker-${step}`);
}
// Every module the engine needs has been evaluated (the model and the configuration parsed, the lexicons read).
mark("engine-loaded");

let workDone = false;

// Until the pane sends the add-in's configuration (checked on the pane's side), the bundled one applies.
let config = DEFAULT_CONFIG;
// Until the learned model the configuration names has loaded, and when it cannot be used, the shipped one applies.
const model = modelSlot();
/*
 * A learned model is fetched and checked (its JSON and the schema library) only once the first mail has been answered
 * or the warm-up has ended: on this one thread that work would otherwise come before the first verdict staff see (CI,
 * production demo build: Office.onReady -> first triage 635 ms with a learned model configured, 293 ms without).
 */
let allowModelLoading: () => void = () => undefined;
const modelLoadingAllowed = new Promise<void>((resolve) => (allowModelLoading = resolve));

scope.onmessage = (event) => {
  if ("config" in event.data) {
    config = event.data.config ?? DEFAULT_CONFIG;
    return;
  }
  if ("useModel" in event.data) {
    const { useModel, request } = event.data;
    void modelLoadingAllowed
      .then(() => model.use(useModel))
      .then((settled) => settled && scope.postMessage({ modelRequest: request, settled }));
    return;
  }
  mark("job-received");
  workDone = true;
  const { id, ...work } = event.data;
  if (work.kind === "triage") model.triaged();
  doWork(work, config, model.model)
    .then(
      (result) => scope.postMessage({ id, ok: true, result }),
      // An engine error names the rule that failed, never the mail's text.
      (error: unknown) =>
        scope.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => {
      mark("job-answered");
      allowModelLoading();
    });
};

/*
 * The first triage compiles the lexicons and warms the JIT; doing it before the first mail arrives keeps it out of
 * that mail's time. It goes in steps, each its own task: a mail that arrives meanwhile is triaged after the current
 * step instead of after the whole warm-up, and once a mail has been triaged the rest is not needed. The triage is
 * warmed in three steps (detection, then classification, then the replies filled in and checked), each redoing the
 * ones before it, which are warm by then: cold, the whole triage of the warm-up mail took 190-260 ms under load, and
 * a mail read meanwhile waited for all of it (CI, production demo build).
 */
const warmUpMail = warmUpRequest();
const WARM_UP_STEPS: { run: () => unknown; done: WorkerStep }[] = [
  // The configuration in use when the step runs: the add-in's file, when the pane has sent it by then.
  { run: () => lexiconFor(config.detection), done: "lexicon-compiled" },
  { run: () => analyse(warmUpMail.mail, config.detection), done: "warm-up-analysed" },
  {
    run: () => triage(warmUpMail.mail, config, new Date(warmUpMail.now), model.model),
    done: "warm-up-classified",
  },
  { run: () => triageForPane(warmUpMail, config, model.model), done: "warm-up-triaged" },
];
const started = performance.now();

function warmUp(step: number): void {
  const next = WARM_UP_STEPS[step];
  if (workDone || next === undefined) {
    scope.postMessage({ ready: true, warmUpMs: performance.now() - started });
    allowModelLoading();
    return;
  }
  next.run();
  mark(next.done);
  setTimeout(() => warmUp(step + 1), 0);
}
setTimeout(() => warmUp(0), 0);
