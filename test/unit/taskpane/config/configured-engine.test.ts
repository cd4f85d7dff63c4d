import { DEFAULT_CONFIG } from "../../../../src/core/config/default-config";
import type { Config } from "../../../../src/core/config/schema";
import { configuredEngine } from "../../../../src/taskpane/config/configured-engine";
import type { PaneConfig } from "../../../../src/taskpane/config/pane-config";
import type { ModelFileRef } from "../../../../src/taskpane/engine/learned-model";
import type { ConfigurableEngine } from "../../../../src/taskpane/engine/triage-engine";
import type { ModelSettled } from "../../../../src/taskpane/engine/worker-protocol";

const PAGE = "https://addin.example/kanalvagt/taskpane.html?et=1";

const naming = (modelFile: string): Config => ({ ...DEFAULT_CONFIG, modelFile });

/** An engine that records what it is told; a model request settles when the test says so. */
function recordingEngine() {
  const asked: (ModelFileRef | undefined)[] = [];
  const settle: ((settled: ModelSettled) => void)[] = [];
  const engine: ConfigurableEngine = {
    run: () => Promise.reject(new Error("not in this test")),
    check: () => Promise.reject(new Error("not in this test")),
    useConfig: () => undefined,
    useModel: (ref) => {
      asked.push(ref);
      return new Promise((resolve) => settle.push(resolve));
    },
  };
  return { engine, asked, settle };
}

function paneConfig(initial: Config | undefined, settled: Config | undefined): PaneConfig {
  return {
    initial: Promise.resolve(initial),
    settled: Promise.resolve({ config: settled, changed: initial !== settled }),
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the learned model in the configured engine", () => {
  it("loads the model the cached configuration names, from beside the pane's page, at once", async () => {
    const config = naming("models/kommune.json");
    const { engine, asked, settle } = recordingEngine();
    const configured = configuredEngine(engine, paneConfig(config, config), PAGE);
    await flush();
    expect(asked).toEqual([
      { file: "models/kommune.json", url: "https://addin.example/kanalvagt/models/kommune.json" },
    ]);
    settle[0]?.({ learned: true, changed: false });
    await expect(configured.model).resolves.toEqual({ learned: true, changed: false });
  });

  it("asks for no model when the configuration names none", async () => {
    const { engine, asked } = recordingEngine();
    const configured = configuredEngine(engine, paneConfig(undefined, undefined), PAGE);
    await expect(configured.model).resolves.toEqual({ learned: false, changed: false });
    expect(asked).toEqual([]);
  });

  it("loads the model the fetched file names when it differs from the cached copy's, and waits for that one", async () => {
    const { engine, asked, settle } = recordingEngine();
    const configured = configuredEngine(engine, paneConfig(naming("old.json"), naming("new.json")), PAGE);
    await flush();
    expect(asked.map((ref) => ref?.file)).toEqual(["old.json", "new.json"]);
    settle[1]?.({ learned: true, changed: true });
    await expect(configured.model).resolves.toEqual({ learned: true, changed: true });
  });
});
