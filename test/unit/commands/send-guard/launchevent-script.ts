// The built launchevent.js, as classic Outlook on Windows runs it: alone in a bare JavaScript context with nothing but
// an Office stand-in (no timers, no console). Shared by the single-file integration test and `npm run bench`.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import webpack from "webpack";
import { SEND_HANDLER_NAME } from "../../../../src/commands/send-guard/manifest-ids";
import { SCRIPT_FILE, launchEventConfig } from "../../../../webpack.launchevent.cjs";
import { composeStandIn, sendEvent, type OutgoingDraft } from "./compose-standin";

/** Builds launchevent.js for production with the configuration `npm run build` uses; returns its text. */
export async function buildLaunchEventScript(): Promise<string> {
  const outputPath = mkdtempSync(join(tmpdir(), "kanalvagt-launchevent-"));
  try {
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(launchEventConfig({ production: true, outputPath }), (error, result) =>
        error || !result ? reject(error ?? new Error("webpack gave no result")) : resolve(result),
      ),
    );
    if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
    return readFileSync(join(outputPath, SCRIPT_FILE), "utf8");
  } finally {
    rmSync(outputPath, { recursive: true, force: true });
  }
}

export interface ScriptSend {
  completions: Office.SmartAlertsEventCompletedOptions[];
  /** From the handler's call to the first event.completed, in milliseconds; undefined when it never came. */
  completedAfterMs?: number;
}

/**
 * Loads the script into a fresh bare context, presses Send on the draft, and waits up to `waitMs` for completion.
 * `globals` adds what a fuller runtime has beside Office (a console, timers), as Outlook on the web gives it.
 */
export async function sendThroughScript(
  script: string,
  draft: OutgoingDraft,
  waitMs = 10_000,
  globals: Record<string, unknown> = {},
): Promise<ScriptSend> {
  const standIn = composeStandIn(draft);
  vm.runInContext(script, vm.createContext({ ...globals, Office: standIn.office }), {
    filename: SCRIPT_FILE,
  });
  const handler = standIn.associated.get(SEND_HANDLER_NAME);
  if (!handler) throw new Error(`the script did not associate ${SEND_HANDLER_NAME}`);
  const event = sendEvent();
  let completedAfterMs: number | undefined;
  const started = performance.now();
  const completed = new Promise<void>((resolve) => {
    const record = event.completed.bind(event);
    event.completed = (options) => {
      completedAfterMs ??= performance.now() - started;
      record(options);
      resolve();
    };
  });
  handler(event);
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([completed, new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)))]);
  clearTimeout(timer);
  return { completions: event.completions, completedAfterMs };
}
