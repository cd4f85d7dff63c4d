import { appOnlyCredentialsFromEnv, appOnlyTokenProvider } from "../graph/auth/app-only";
import { SignInError } from "../graph/auth/sign-in-error";
import { GraphClient } from "../graph/client";
import { describeGraphError } from "../graph/error-text";
import { GraphCallError } from "../graph/errors";
import type { Output } from "./output";
import { scrubDigits } from "./scrub";
import type { Env } from "./usage";

export const GRAPH_URL_ENV = "KANALVAGT_GRAPH_URL";

/** The options every command that works on a mailbox through Graph takes (parseArgs' option table). */
export const GRAPH_COMMAND_OPTIONS = {
  mailbox: { type: "string" },
  config: { type: "string" },
  "graph-url": { type: "string" },
  help: { type: "boolean", short: "h", default: false },
} as const;

export interface GraphCommandOptions {
  mailbox: string;
  configPath?: string;
  graphUrl?: string;
}

/** The shared options from parseArgs' values, once the command has checked that --mailbox is there. */
export function graphCommandOptions(
  mailbox: string,
  values: { config?: string | undefined; "graph-url"?: string | undefined },
): GraphCommandOptions {
  const options: GraphCommandOptions = { mailbox };
  if (values.config) options.configPath = values.config;
  if (values["graph-url"]) options.graphUrl = values["graph-url"];
  return options;
}

/**
 * The Graph client of a CLI run: the local emulator when --graph-url or KANALVAGT_GRAPH_URL points at one (it takes
 * any bearer token, so nobody signs in), Microsoft Graph with app-only credentials from the environment otherwise.
 * Every wait for throttling or an outage is told on stderr, so a long run never looks hung.
 */
export function graphClientFor(graphUrl: string | undefined, env: Env, output: Output): GraphClient {
  const emulatorUrl = graphUrl ?? env[GRAPH_URL_ENV];
  const getAccessToken =
    emulatorUrl !== undefined && emulatorUrl !== ""
      ? () => Promise.resolve("emulator")
      : appOnlyTokenProvider(appOnlyCredentialsFromEnv(env));
  return new GraphClient({
    getAccessToken,
    ...(emulatorUrl ? { baseUrl: emulatorUrl } : {}),
    retry: {
      onRetry: (event) => {
        const why = event.reason === "throttled" ? "Graph beder os vente" : "Graph svarer ikke";
        output.err(
          `kanalvagt: ${why}; prøver igen om ${Math.ceil(event.delayMs / 1000)} s (forsøg ${event.attempt})`,
        );
      },
    },
  });
}

/** Prints what went wrong with Graph or sign-in in Danish and English; returns undefined for anything else. */
export function reportGraphFailure(error: unknown, output: Output): number | undefined {
  if (error instanceof SignInError) {
    output.err(`kanalvagt: ${error.text.da}${error.detail ? ` (${error.detail})` : ""}`);
    output.err(`kanalvagt: ${error.text.en}`);
    return 1;
  }
  if (error instanceof GraphCallError) {
    const code = error.code ? ` [${error.code}]` : "";
    output.err(scrubDigits(`kanalvagt: ${describeGraphError(error, "da")}${code}`));
    output.err(scrubDigits(`kanalvagt: ${describeGraphError(error, "en")}`));
    return 1;
  }
  return undefined;
}
