import { maskCprInText } from "../core/privacy/mask-cpr-in-text";
import { errorMessage, systemErrorCode } from "../eml/error-text";
import { bulkTriage, type BulkProgress, type BulkResult } from "../graph/bulk-triage";
import type { BulkCounts } from "../graph/bulk-checkpoint";
import { periodOfDates } from "../graph/stats-source";
import { dateInZone, addDays, formatIsoDate } from "../core/calendar/calendar-date";
import { configFor } from "./config-file";
import { modelFor } from "./model-file";
import { triage as runEngine } from "../core/triage";
import {
  GRAPH_COMMAND_OPTIONS,
  graphClientFor,
  graphCommandOptions,
  reportGraphFailure,
  type GraphCommandOptions,
} from "./graph-connection";
import type { Output } from "./output";
import { defaultStatePath, FileCheckpointStore } from "./triage-state";
import { commandRunner, parseOptions, UsageError, type Env } from "./usage";

export const TRIAGE_HELP = `kanalvagt triage — sorterer mails, som ingen har åbnet, og gemmer kategorier og sorteringspost

Brug:
  kanalvagt triage --mailbox ADRESSE [--since ÅÅÅÅ-MM-DD] [--dry-run] [--state FIL] [--config FIL] [--model FIL]
                   [--graph-url URL]

  --since     sortér mails modtaget fra denne dag (standard: 30 dage tilbage)
  --dry-run   læs og sortér, men skriv intet i postkassen
  --model FIL sortér med en model lært af kommunens rettelser (kanalvagt learn) i stedet for den medfølgende
  --state FIL hvor kørslen husker, hvor langt den nåede (standard: ~/.kanalvagt/triage-ADRESSE.json)
  En afbrudt kørsel fortsætter, hvor den slap, når kommandoen køres igen. En mail med en sorteringspost
  røres aldrig igen, så ingen mail sorteres to gange. Fremdrift skrives på stderr.
  Afslutningskode 0 når alt er gjort, 1 ved afbrydelse eller fejl (kør igen for at fortsætte), 2 ved forkert brug.

Usage: the same options; triages mail nobody opened and writes categories and the triage record; resumable.
`;

const DEFAULT_SINCE_DAYS = 30;

interface TriageOptions extends GraphCommandOptions {
  since?: string;
  dryRun: boolean;
  statePath?: string;
  modelPath?: string;
}

function parseTriageArgs(argv: string[]): TriageOptions | "help" {
  const { values } = parseOptions({
    args: argv,
    options: {
      ...GRAPH_COMMAND_OPTIONS,
      since: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      state: { type: "string" },
      model: { type: "string" },
    },
  });
  if (values.help) return "help";
  if (!values.mailbox) throw new UsageError("triage needs --mailbox");
  const options: TriageOptions = {
    ...graphCommandOptions(values.mailbox, values),
    dryRun: values["dry-run"],
  };
  if (values.since) options.since = values.since;
  if (values.state) options.statePath = values.state;
  if (values.model) options.modelPath = values.model;
  return options;
}

function countsLine(counts: BulkCounts, dryRun: boolean): string {
  const triaged = dryRun ? "ville blive sorteret" : "sorteret nu";
  return (
    `${counts.seen} set: ${counts.triaged} ${triaged}, ${counts.alreadyTriaged} allerede sorteret` +
    (counts.gone > 0 ? `, ${counts.gone} slettet undervejs` : "") +
    (counts.unreadableRecord > 0 ? `, ${counts.unreadableRecord} med ulæselig post (urørt)` : "") +
    (counts.engineFailed > 0 ? `, ${counts.engineFailed} kunne ikke sorteres` : "")
  );
}

function progressLine(progress: BulkProgress): string {
  const reached = progress.reached ? ` (nået til ${progress.reached.slice(0, 10)})` : "";
  return `kanalvagt: ${countsLine(progress.counts, progress.dryRun)}${reached}`;
}

function summary(result: BulkResult, output: Output): number {
  output.out(
    `${result.status === "done" ? "Færdig" : "Afbrudt"}: ${countsLine(result.counts, result.dryRun)}.`,
  );
  if (result.engineFailures.length > 0) {
    output.err(
      `kanalvagt: motoren fejlede på ${result.engineFailures.length} mail(s), Graph-id: ${result.engineFailures.join(", ")}`,
    );
  }
  if (result.categoriesWithoutColour.length > 0) {
    output.err(
      `kanalvagt: kategorierne ${result.categoriesWithoutColour.join(", ")} mangler i postkassens kategoriliste og kunne ikke oprettes; de vises uden farve`,
    );
  }
  if (result.status === "interrupted") {
    if (result.error) reportGraphFailure(result.error, output);
    output.err(
      "kanalvagt: kør kommandoen igen for at fortsætte, hvor den slap / run the command again to resume",
    );
    return 1;
  }
  return 0;
}

async function runTriage(options: TriageOptions, output: Output, env: Env): Promise<number> {
  const config = await configFor(options.configPath, output);
  const model = await modelFor(options.modelPath, output);
  if (model === undefined) return 2;
  const today = dateInZone(new Date(), config.timeZone);
  const sinceDate = options.since ?? formatIsoDate(addDays(today, -DEFAULT_SINCE_DAYS));
  let since: Date;
  try {
    since = periodOfDates(sinceDate, sinceDate, config.timeZone).from;
  } catch (error) {
    // The message quotes the value given, which may be a CPR number typed in the wrong field.
    output.err(maskCprInText(`kanalvagt: --since: ${errorMessage(error)}`));
    return 2;
  }
  const store = new FileCheckpointStore(options.statePath ?? defaultStatePath(options.mailbox));
  const abort = new AbortController();
  const stop = (): void => abort.abort();
  // Ctrl-C and a service manager's stop (SIGTERM) both end the run at a safe point with its checkpoint kept.
  const signals = ["SIGINT", "SIGTERM"] as const;
  for (const signal of signals) process.once(signal, stop);
  try {
    const client = graphClientFor(options.graphUrl, env, output);
    const result = await bulkTriage(
      {
        mailbox: options.mailbox,
        since,
        dryRun: options.dryRun,
        signal: abort.signal,
        onProgress: (progress) => output.err(progressLine(progress)),
      },
      {
        client,
        config,
        checkpoints: store,
        engine: (mail, engineConfig, now) => runEngine(mail, engineConfig, now, model),
      },
    );
    if (result.resumed) output.err(`kanalvagt: fortsatte en afbrudt kørsel (${maskCprInText(store.path)})`);
    return summary(result, output);
  } catch (error) {
    const code = reportGraphFailure(error, output);
    if (code !== undefined) return code;
    // Graph's failures are reported above; a file-system error left is the state file's, whose message quotes the
    // path as given (and a path can hold a CPR number): say which file and the error's code, masked.
    const fileError = systemErrorCode(error);
    if (fileError === undefined) throw error;
    const path = maskCprInText(store.path);
    output.err(`kanalvagt: tilstandsfilen ${path} kan ikke gemmes (${fileError}); vælg en anden med --state`);
    output.err(
      `kanalvagt: the state file ${path} cannot be saved (${fileError}); choose another with --state`,
    );
    return 1;
  } finally {
    for (const signal of signals) process.off(signal, stop);
  }
}

/** `kanalvagt triage`: bulk triage of one shared mailbox, resumable; Ctrl-C or SIGTERM stops at a safe point. */
export const triageMailbox = commandRunner({
  help: TRIAGE_HELP,
  parse: parseTriageArgs,
  run: runTriage,
});
