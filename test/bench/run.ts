/**
 * `npm run bench`: every benchmark section, then a summary of every figure against its target. Benchmarks report;
 * they do not fail. `npm run bench -- --only engine,send-guard` runs some sections; `--list` names them.
 *
 * The engine is measured as it ships: bundled by esbuild (load-engine.ts). Times are CPU time of the process
 * (targets are judged on its median) beside wall time; the load average printed at the start and end says how busy
 * the machine was.
 */
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { attachmentSection } from "./attachments";
import { emlSection } from "./eml";
import { engineSections } from "./engine";
import * as viaTsx from "./engine-entry";
import { runGraphStatsBench } from "./graph-stats-requests";
import { learnSection } from "./learn";
import { bundledEngine } from "./load-engine";
import { printSummary, summarySection } from "./report";
import { sendGuardSection } from "./send-guard";
import { sendGuardScaleSection } from "./send-guard-scale";
import { runStatsBench } from "./stats";

const SECTIONS: Record<string, { title: string; run: () => string[] | Promise<string[]> }> = {
  engine: {
    title: "Detection and triage engine",
    run: () => {
      const bundle = bundledEngine("es2022");
      console.log(
        `   engine bundle: ${(bundle.bytes / 1024).toFixed(0)} KB, ${bundle.target}, built in ${bundle.buildMs.toFixed(0)} ms`,
      );
      return engineSections(bundle.engine, viaTsx);
    },
  },
  "send-guard": {
    title: "Send guard",
    run: () => {
      const bundle = bundledEngine("es2018");
      console.log(
        `   engine bundle: ${(bundle.bytes / 1024).toFixed(0)} KB, ${bundle.target} (the send guard's level)`,
      );
      return sendGuardSection(bundle.engine);
    },
  },
  "send-guard-scale": {
    title: "Send guard on many findings, built launchevent.js in a bare context (issue 14)",
    run: sendGuardScaleSection,
  },
  eml: { title: "Reading .eml files", run: emlSection },
  attachments: { title: "Reading attachments (issue 12)", run: attachmentSection },
  graph: { title: "Graph listing for statistics", run: runGraphStatsBench },
  stats: { title: "Team-lead statistics", run: runStatsBench },
  learn: { title: "kanalvagt learn on 1,000 labelled mails (issue 11)", run: learnSection },
};

const load = (): string =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(", ");

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { only: { type: "string" }, list: { type: "boolean", default: false } },
  });
  if (values.list) {
    for (const [name, section] of Object.entries(SECTIONS))
      console.log(`${name.padEnd(12)} ${section.title}`);
    return;
  }
  const chosen =
    values.only === undefined ? Object.keys(SECTIONS) : values.only.split(",").map((s) => s.trim());
  const unknown = chosen.filter((name) => !(name in SECTIONS));
  if (unknown.length > 0) {
    console.error(
      `No benchmark section called ${unknown.join(", ")}. Sections: ${Object.keys(SECTIONS).join(", ")}.`,
    );
    process.exitCode = 2;
    return;
  }
  console.log(
    `Kanalvagt benchmark — Node ${process.version}, ${process.platform} ${process.arch}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}`,
  );
  console.log(`Load average (1, 5, 15 min) at start: ${load()}`);
  const misses: string[] = [];
  for (const name of chosen) {
    const section = SECTIONS[name];
    if (section === undefined) continue;
    console.log(`\n== ${section.title} [${name}] ==`);
    summarySection(name);
    misses.push(...(await section.run()));
  }
  printSummary();
  console.log(`\nLoad average at end: ${load()}`);
  console.log(
    misses.length === 0
      ? "\nAll targets met."
      : `\nMISSED on this machine: ${misses.join("; ")}. (A benchmark reports; it does not fail the build.)`,
  );
}

void main();
