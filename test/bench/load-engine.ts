import { buildSync } from "esbuild";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as EngineEntry from "./engine-entry";

export type Engine = typeof EngineEntry;

export interface BundledEngine {
  engine: Engine;
  target: string;
  bytes: number;
  buildMs: number;
}

/**
 * The engine as it ships: engine-entry.ts bundled by esbuild into one file (the task pane's webpack build and the
 * send guard's are bundles too), loaded by plain require. Run through tsx instead, every imported binding becomes a
 * getter call, which costs measurably in the engine's inner loops. `target` is the language level: ES2022 is the
 * pane's (tsconfig), ES2018 the send guard's (webpack.launchevent.cjs). The file is removed once loaded.
 */
export function bundledEngine(target: "es2022" | "es2018"): BundledEngine {
  const dir = mkdtempSync(join(tmpdir(), "kanalvagt-bench-"));
  const outfile = join(dir, `engine-${target}.cjs`);
  const started = performance.now();
  try {
    buildSync({
      entryPoints: [join(__dirname, "engine-entry.ts")],
      bundle: true,
      platform: "node",
      format: "cjs",
      target,
      outfile,
      logLevel: "error",
    });
    const buildMs = performance.now() - started;
    const engine = createRequire(outfile)(outfile) as Engine;
    return { engine, target, bytes: statSync(outfile).size, buildMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
