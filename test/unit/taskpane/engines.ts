import { DEFAULT_CONFIG } from "../../../src/core/config/load";
import {
  checkCompose,
  type ComposeCheck,
  type ComposeRequest,
} from "../../../src/taskpane/engine/compose-check";
import { triageForPane, type PaneTriage, type TriageRequest } from "../../../src/taskpane/engine/pane-triage";
import type { TriageEngine } from "../../../src/taskpane/engine/triage-engine";

/** The real engine, run in the test's own thread. */
export const engine: TriageEngine & { requests: TriageRequest[] } = {
  requests: [],
  run(request) {
    engine.requests.push(request);
    return Promise.resolve(triageForPane(request, DEFAULT_CONFIG));
  },
  check(request) {
    return Promise.resolve(checkCompose(request, DEFAULT_CONFIG));
  },
};

/** An engine whose answers the test releases one by one, to play a slow analysis. */
export class ManualEngine implements TriageEngine {
  readonly pending: {
    request: TriageRequest;
    resolve(result: PaneTriage): void;
    reject(error: Error): void;
  }[] = [];

  run(request: TriageRequest): Promise<PaneTriage> {
    return new Promise((resolve, reject) => this.pending.push({ request, resolve, reject }));
  }

  check(request: ComposeRequest): Promise<ComposeCheck> {
    return Promise.resolve(checkCompose(request, DEFAULT_CONFIG));
  }

  finish(index: number): void {
    const job = this.pending[index];
    if (!job) throw new Error(`No triage number ${index} was asked for`);
    job.resolve(triageForPane(job.request, DEFAULT_CONFIG));
  }

  fail(index: number, error: Error): void {
    this.pending[index]?.reject(error);
  }
}
