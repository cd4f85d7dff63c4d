// What the engine's worker and the send guard load before they can decide anything. Both start cold for the first
// mail (the worker when the pane opens, the send guard on every Send), so a large library pulled in by one value
// import costs every user time: zod once came in through a helper in the configuration schema and added about
// 400 KB to the worker and a fifth to its start-up. The configuration they use is bundled and needs no schema check.
import { buildSync } from "esbuild";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

/**
 * The packages (node_modules/<name>) a bundle of `entry` holds before any dynamic import runs: the entry's chunk and
 * the chunks it imports statically. What loads later through `import()` (pdf.js after the verdict, the model schema
 * when a learned model is configured) is split off as webpack splits it, and does not count.
 */
function packagesIn(entry: string): Set<string> {
  const result = buildSync({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    splitting: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "browser",
    logLevel: "error",
    outdir: path.join(root, "unused"),
  });
  const outputs = result.metafile.outputs;
  const start = Object.keys(outputs).find((name) => outputs[name]?.entryPoint !== undefined);
  const pending = start === undefined ? [] : [start];
  const loaded = new Set<string>();
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (loaded.has(name)) continue;
    loaded.add(name);
    for (const imported of outputs[name]?.imports ?? []) {
      if (imported.kind === "import-statement") pending.push(imported.path);
    }
  }
  const packages = [...loaded]
    .flatMap((name) => Object.keys(outputs[name]?.inputs ?? {}))
    .map((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1])
    .filter((name): name is string => name !== undefined);
  return new Set(packages);
}

describe("what starts cold stays lean", () => {
  it.each([
    ["the pane's engine worker", "src/taskpane/engine/triage-worker.ts"],
    ["the send guard", "src/commands/send-guard/launchevent.ts"],
  ])("%s loads no schema library", (_name, entry) => {
    const packages = packagesIn(entry);
    expect(packages.size).toBeGreaterThan(0);
    expect([...packages]).not.toContain("zod");
  });
});
