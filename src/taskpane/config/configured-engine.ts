import type { ConfigurableEngine, TriageEngine } from "../engine/triage-engine";
import type { PaneConfig, SettledConfig } from "./pane-config";

export interface ConfiguredEngine {
  engine: TriageEngine;
  /** The configuration once the file is fetched and checked; when `changed`, the shown mail is triaged again. */
  settled: Promise<SettledConfig>;
}

/**
 * The engine, told the run-time configuration: requests wait only for the cached copy (milliseconds), never for the
 * network; the checked file reaches the engine before `settled` tells the pane to triage again.
 */
export function configuredEngine(engine: ConfigurableEngine, config: PaneConfig): ConfiguredEngine {
  const ready = config.initial.then((initial) => {
    // The worker starts on the bundled configuration (undefined): sending it again would only cost a copy.
    if (initial !== undefined) engine.useConfig(initial);
  });
  const settled = config.settled.then((result) => {
    if (result.changed) engine.useConfig(result.config);
    return result;
  });
  return {
    engine: {
      run: (request) => ready.then(() => engine.run(request)),
      check: (request) => ready.then(() => engine.check(request)),
    },
    settled,
  };
}
