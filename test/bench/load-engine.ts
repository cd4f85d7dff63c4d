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
 * pane's (tsconfig), ES2018 the send guard's (webpack.launchevent.cjs).
 */
export function bundledEngine(target: "es2022" | "es2018"): BundledEngine {
  const { module, bytes, buildMs } = bundled<Engine>("engine-entry.ts", target);
  return { engine: module, target, bytes, buildMs };
}

/** A bench entry (a file beside this one) bundled by esbuild and loaded; the file is removed once loaded. */
export function bundled<T>(entry: string, target: string): { module: T; bytes: number; buildMs: number } {
  const dir = mkdtempSync(join(tmpdir(), "kanalvagt-bench-"));
  const outfile = join(dir, `${entry.replace(/\.ts$/, "")}-${target}.cjs`);
  const started = performance.now();
  try {
    buildSync({
      entryPoints: [join(__dirname, entry)],
      bundle: true,
      platform: "node",
      format: "cjs",
      target,
      outfile,
      logLevel: "error",
    });
    const buildMs = performance.now() - started;
    const module = createRequire(outfile)(outfile) as T;
    return { module, bytes: statSync(outfile).size, buildMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
