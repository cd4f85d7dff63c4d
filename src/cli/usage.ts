import { parseArgs, type ParseArgsConfig } from "node:util";
import { errorMessage } from "../eml/error-text";
import type { Output } from "./output";
import { scrubDigits } from "./scrub";

/** A usage error: the message says what was wrong; runCommand prints it with the help and exits with 2. */
export class UsageError extends Error {}

/** node:util's parseArgs, with its complaints (an unknown option, a missing value) as usage errors. */
export function parseOptions<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(errorMessage(error));
  }
}

/**
 * One command of the CLI: its options are read first; "help" prints the help (exit 0), a usage error prints what was
 * wrong and the help (exit 2), and otherwise the command runs and its exit code is returned.
 */
export async function runCommand<T>(
  parse: () => T | "help",
  help: string,
  output: Output,
  run: (options: T) => Promise<number>,
): Promise<number> {
  let options: T | "help";
  try {
    options = parse();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.err(`kanalvagt: ${scrubDigits(error.message)}\n`);
    output.err(help);
    return 2;
  }
  if (options === "help") {
    output.out(help);
    return 0;
  }
  return run(options);
}
