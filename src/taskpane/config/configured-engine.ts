import type { Config } from "../../core/config/schema";
import { addinFileUrl } from "../../office/addin-config-file";
import type { ModelFileRef } from "../engine/learned-model";
import type { ConfigurableEngine, TriageEngine } from "../engine/triage-engine";
import type { ModelSettled } from "../engine/worker-protocol";
import type { PaneConfig, SettledConfig } from "./pane-config";

export interface ConfiguredEngine {
  engine: TriageEngine;
  /** The configuration once the file is fetched and checked; when `changed`, the shown mail is triaged again. */
  settled: Promise<SettledConfig>;
  /** The model once the one the configuration names has loaded or been refused; `changed`: triage again. */
  model: Promise<ModelSettled>;
}

const SHIPPED: ModelSettled = { learned: false, changed: false };

/**
 * The engine, told the run-time configuration: requests wait only for the cached copy (milliseconds), never for the
 * network; the checked file reaches the engine before `settled` tells the pane to triage again. The learned model
 * the configuration names (`modelFile`, beside the page at `pageUrl`) loads in the engine while the shipped one
 * classifies; the cached configuration names it, so it usually loads before Office has even started.
 */
export function configuredEngine(
  engine: ConfigurableEngine,
  config: PaneConfig,
  pageUrl: string,
): ConfiguredEngine {
  const modelOf = (named: Config | undefined): ModelFileRef | undefined =>
    named?.modelFile === undefined
      ? undefined
      : { file: named.modelFile, url: addinFileUrl(pageUrl, named.modelFile) };
  const initialModel = config.initial.then((initial) => {
    const ref = modelOf(initial);
    return ref === undefined ? SHIPPED : engine.useModel(ref);
  });
  const ready = config.initial.then((initial) => {
    // The worker starts on the bundled configuration (undefined): sending it again would only cost a copy.
    if (initial !== undefined) engine.useConfig(initial);
  });
  const settled = config.settled.then((result) => {
    if (result.changed) engine.useConfig(result.config);
    return result;
  });
  const model = Promise.all([config.initial, settled]).then(([initial, result]) =>
    // A model request that another replaces never settles: only the newest one is waited for.
    result.config?.modelFile === initial?.modelFile ? initialModel : engine.useModel(modelOf(result.config)),
  );
  return {
    engine: {
      run: (request) => ready.then(() => engine.run(request)),
      check: (request) => ready.then(() => engine.check(request)),
    },
    settled,
    model,
  };
}
