import { writeFile } from "node:fs/promises";
import type { Config } from "../core/config/schema";
import type { MailboxRef, TeamStatistics } from "../core/stats/team-statistics";
import { statisticsCsv } from "../core/stats/statistics-csv";
import { statisticsSettingsFrom } from "../core/stats/statistics-accumulator";
import type { StatsLang } from "../core/stats/stats-labels";
import { teamStatistics } from "../graph/stats-source";
import { maskCprInText } from "../core/privacy/mask-cpr-in-text";
import { errorMessage } from "../eml/error-text";
import { configFor } from "./config-file";
import {
  GRAPH_COMMAND_OPTIONS,
  graphClientFor,
  graphCommandOptions,
  reportGraphFailure,
  type GraphCommandOptions,
} from "./graph-connection";
import type { Output } from "./output";
import { renderHtmlReport } from "./report/html-report";
import { scrubDigits } from "./scrub";
import { renderStatsTable } from "./stats-table";
import { commandRunner, parseOptions, UsageError, type Env } from "./usage";

export const STATS_HELP = `kanalvagt stats — statistik for fællespostkasser (kun optællinger, ingen personoplysninger)

Brug:
  kanalvagt stats --mailbox ADRESSE [--mailbox ADRESSE …] --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD
                  [--format table|csv|json|html] [--lang da|en] [--out FIL] [--config FIL] [--graph-url URL]
                  [--as-of TIDSPUNKT]

  --mailbox     én eller flere postkasser; flere vises side om side med en kolonne "I alt". En postkasse, der
                ikke kan læses, nævnes med grunden, og de andre tælles alligevel (afslutningskode 1)
  --from/--to   første og sidste dag (begge med), i kommunens tidszone; hvert tal sammenlignes med den
                lige så lange periode før
  --format      table (standard), csv (semikolon, decimalkomma), json, html (rapport til månedsmødet)
  --lang        sproget i tabel og html-rapport: da (standard) eller en
  --out FIL     skriv til filen i stedet for standardudskrift
  --graph-url   en lokal Graph-emulator (eller KANALVAGT_GRAPH_URL); så kræves intet login
  --as-of       måletidspunkt for efterslæb og tavs postkasse (standard: nu, højst periodens slutning)
  Uden emulator logger kommandoen ind som app med KANALVAGT_CLIENT_ID, KANALVAGT_TENANT_ID og
  KANALVAGT_CLIENT_SECRET eller KANALVAGT_CERT_PATH + KANALVAGT_CERT_THUMBPRINT.

Usage: the same options; statistics for one or more shared mailboxes (repeat --mailbox) and a period, compared
with the period of the same length before it; counts only. --lang en writes the table and the html report in
English. Progress goes to stderr.
`;

const FORMATS = ["table", "csv", "json", "html"] as const;
type Format = (typeof FORMATS)[number];
const LANGS = ["da", "en"] as const satisfies readonly StatsLang[];

export interface StatsOptions extends GraphCommandOptions {
  /** Every --mailbox given, in order; `mailbox` is the first. */
  mailboxes: string[];
  from: string;
  to: string;
  format: Format;
  /** The language of the table and the html report. */
  lang: StatsLang;
  out?: string;
  asOf?: Date;
}

function parseStatsArgs(argv: string[]): StatsOptions | "help" {
  const { values } = parseOptions({
    args: argv,
    options: {
      ...GRAPH_COMMAND_OPTIONS,
      mailbox: { type: "string", multiple: true },
      from: { type: "string" },
      to: { type: "string" },
      format: { type: "string", default: "table" },
      lang: { type: "string", default: "da" },
      out: { type: "string" },
      "as-of": { type: "string" },
    },
  });
  if (values.help) return "help";
  const { from, to } = values;
  const mailboxes = [...new Set(values.mailbox ?? [])];
  const [mailbox] = mailboxes;
  if (!mailbox || !from || !to) throw new UsageError("stats needs --mailbox, --from and --to");
  if (!(FORMATS as readonly string[]).includes(values.format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${values.format}"`);
  }
  if (!(LANGS as readonly string[]).includes(values.lang)) {
    throw new UsageError(`--lang must be one of ${LANGS.join(", ")}, not "${values.lang}"`);
  }
  const options: StatsOptions = {
    ...graphCommandOptions(mailbox, values),
    mailboxes,
    from,
    to,
    format: values.format as Format,
    lang: values.lang as StatsLang,
  };
  if (values.out) options.out = values.out;
  if (values["as-of"]) {
    const asOf = new Date(values["as-of"]);
    if (Number.isNaN(asOf.getTime()))
      throw new UsageError(`--as-of must be a date or time, not "${values["as-of"]}"`);
    options.asOf = asOf;
  }
  return options;
}

function mailboxRef(config: Config, address: string): MailboxRef {
  const configured = config.graph?.mailboxes.find((m) => m.address.toLowerCase() === address.toLowerCase());
  return { address, label: configured?.label ?? address };
}

/**
 * The statistics in the asked-for format; CSV starts with a BOM so Excel reads æ, ø and å right. `lang` applies to
 * the table and the html report; CSV keeps its Danish headings and decimal comma for Danish Excel, JSON its keys.
 */
export function formatStatistics(
  format: Format,
  team: TeamStatistics,
  config: Config,
  lang: StatsLang = "da",
): string {
  switch (format) {
    case "csv":
      return `\uFEFF${statisticsCsv(team, config)}`;
    case "json":
      return `${JSON.stringify(team, null, 2)}\n`;
    case "html":
      return renderHtmlReport(team, config, lang);
    default:
      return `${renderStatsTable(team, config, lang)}\n`;
  }
}

async function runStats(options: StatsOptions, output: Output, env: Env): Promise<number> {
  const config = await configFor(options.configPath, output);
  let result: TeamStatistics;
  try {
    const client = graphClientFor(options.graphUrl, env, output);
    result = await teamStatistics(client, statisticsSettingsFrom(config), {
      mailboxes: options.mailboxes.map((address) => mailboxRef(config, address)),
      from: options.from,
      to: options.to,
      ...(options.asOf ? { asOf: options.asOf } : {}),
      onPage: (mailbox, read) => output.err(`kanalvagt: ${mailbox}: ${read} mails læst`),
    });
  } catch (error) {
    const code = reportGraphFailure(error, output);
    if (code !== undefined) return code;
    if (error instanceof RangeError) {
      // A date's error quotes the value given, which may be a CPR number typed in the wrong field.
      output.err(maskCprInText(`kanalvagt: ${error.message}`));
      return 2;
    }
    throw error;
  }
  const failed = result.mailboxes.flatMap((m) => ("failure" in m ? [m] : []));
  for (const m of failed) {
    output.err(scrubDigits(`kanalvagt: ${m.address} kunne ikke læses: ${m.failure.da}`));
    output.err(scrubDigits(`kanalvagt: ${m.address} could not be read: ${m.failure.en}`));
  }
  const written = await writeStatistics(
    formatStatistics(options.format, result, config, options.lang),
    options.out,
    output,
  );
  return written === 0 && failed.length > 0 ? 1 : written;
}

async function writeStatistics(text: string, out: string | undefined, output: Output): Promise<number> {
  if (out === undefined) {
    output.out(text.replace(/\n$/, ""));
    return 0;
  }
  try {
    await writeFile(out, text, "utf8");
  } catch (error) {
    output.err(scrubDigits(`kanalvagt: cannot write ${out} (${errorMessage(error)})`));
    return 1;
  }
  output.err(`kanalvagt: skrev ${maskCprInText(out)}`);
  return 0;
}

/** `kanalvagt stats`: exit 0 with the statistics, 1 when Graph, sign-in or a mailbox failed, 2 on wrong usage. */
export const stats = commandRunner({ help: STATS_HELP, parse: parseStatsArgs, run: runStats });
