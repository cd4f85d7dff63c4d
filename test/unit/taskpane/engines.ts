import { DEFAULT_CONFIG } from "../../../src/core/config/load";
import {
  checkCompose,
  type ComposeCheck,
  type ComposeRequest,
} from "../../../src/taskpane/engine/compose-check";
import { doWork } from "../../../src/taskpane/engine/engine-work";
import type { PaneTriage, TriageRequest } from "../../../src/taskpane/engine/pane-triage";
import type { TriageEngine } from "../../../src/taskpane/engine/triage-engine";

/** The real engine, run in the test's own thread. */
export const engine: TriageEngine & { requests: TriageRequest[] } = {
  requests: [],
  run(request) {
    engine.requests.push(request);
    return doWork({ kind: "triage", request }, DEFAULT_CONFIG) as Promise<PaneTriage>;
  },
  check(request) {
    return doWork({ kind: "compose", request }, DEFAULT_CONFIG) as Promise<ComposeCheck>;
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
    // The attachments' content, if the request brings it, is read as the worker reads it.
    void (doWork({ kind: "triage", request: job.request }, DEFAULT_CONFIG) as Promise<PaneTriage>).then(
      (result) => job.resolve(result),
    );
  }

  fail(index: number, error: Error): void {
    this.pending[index]?.reject(error);
  }
}
