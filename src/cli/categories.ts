import { GraphCategoryCreationDeniedError, GraphPermissionError, GraphThrottledError } from "../graph/errors";
import { categoryWishes, ensureMasterCategories } from "../graph/master-categories";
import { configFor } from "./config-file";
import {
  GRAPH_COMMAND_OPTIONS,
  graphClientFor,
  graphCommandOptions,
  reportGraphFailure,
  type GraphCommandOptions,
} from "./graph-connection";
import type { Output } from "./output";
import { scrubDigits } from "./scrub";
import { commandRunner, parseOptions, UsageError, type Env } from "./usage";

export const CATEGORIES_HELP = `kanalvagt categories — opretter Kanalvagts kategorier i en delt postkasses kategoriliste

Brug:
  kanalvagt categories --mailbox ADRESSE [--config FIL] [--graph-url URL]

  Opretter de kategorier, konfigurationen nævner (behandling, markeringer, følsomme oplysninger og evt. emner),
  med deres farver i postkassens hovedliste over Microsoft Graph. Kategorier, der findes i forvejen (samme navn,
  uanset store og små bogstaver), røres ikke, så kommandoen kan køres igen. Appen skal have programtilladelsen
  MailboxSettings.ReadWrite (se administratorvejledningen); log ind sker med KANALVAGT_*-variablerne.
  Afslutningskode 0, når alle kategorier findes; 1 ved fejl; 2 ved forkert brug.

Usage:
  kanalvagt categories --mailbox ADDRESS [--config FILE] [--graph-url URL]

  Creates the categories the configuration names (handling, flags, sensitive data and topics if switched on), with
  their colours, in the mailbox's master list over Microsoft Graph. Categories already there (same name, ignoring
  case) are left alone, so the command can be run again. The app needs the application permission
  MailboxSettings.ReadWrite (see the admin guide); it signs in with the KANALVAGT_* variables.
  Exit code 0 when every category exists; 1 on failure; 2 on wrong usage.
`;

function parseCategoriesArgs(argv: string[]): GraphCommandOptions | "help" {
  const { values } = parseOptions({ args: argv, options: GRAPH_COMMAND_OPTIONS });
  if (values.help) return "help";
  if (!values.mailbox) throw new UsageError("categories needs --mailbox");
  return graphCommandOptions(values.mailbox, values);
}

/** What an admin does about a 403 or about throttling, beyond what the Graph error itself says. */
function advice(error: unknown, mailbox: string, output: Output): void {
  if (error instanceof GraphCategoryCreationDeniedError || error instanceof GraphPermissionError) {
    const missing =
      error instanceof GraphCategoryCreationDeniedError
        ? ` Mangler / missing: ${error.categories.join(", ")}.`
        : "";
    output.err(
      `kanalvagt: appen må ikke ændre kategorilisten i ${mailbox}: giv den programtilladelsen MailboxSettings.ReadWrite med administratorsamtykke (og adgang til postkassen, hvis en adgangspolitik begrænser den), og kør igen.`,
    );
    output.err(
      `kanalvagt: the app may not change the category list of ${mailbox}: grant it the application permission MailboxSettings.ReadWrite with admin consent (and access to the mailbox if an access policy limits it), then run again.${missing}`,
    );
  } else if (error instanceof GraphThrottledError) {
    output.err(
      "kanalvagt: kør kommandoen igen om lidt; kategorier, der allerede er oprettet, oprettes ikke igen / run the command again shortly; categories already created are not created again",
    );
  }
}

async function runCategories(options: GraphCommandOptions, output: Output, env: Env): Promise<number> {
  const config = await configFor(options.configPath, output);
  const wishes = categoryWishes(config);
  const { mailbox } = options;
  try {
    const client = graphClientFor(options.graphUrl, env, output);
    const { created, present } = await ensureMasterCategories(client, mailbox, wishes);
    if (created.length === 0) {
      output.out(`Intet at oprette: alle ${present.length} kategorier findes allerede i ${mailbox}.`);
      output.out(`Nothing to create: all ${present.length} categories already exist in ${mailbox}.`);
      return 0;
    }
    output.out(`Oprettet i ${mailbox} / created (${created.length}): ${created.join(", ")}`);
    if (present.length > 0)
      output.out(`Fandtes allerede / already there (${present.length}): ${present.join(", ")}`);
    return 0;
  } catch (error) {
    const code = reportGraphFailure(error, output);
    if (code === undefined) throw error;
    advice(error, scrubDigits(mailbox), output);
    return code;
  }
}

/** `kanalvagt categories --mailbox ADDRESS`: the configured categories in a shared mailbox's master list; idempotent. */
export const createCategories = commandRunner({
  help: CATEGORIES_HELP,
  parse: parseCategoriesArgs,
  run: runCategories,
});
