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

/** The environment a command reads (credentials, the emulator's address); tests pass their own. */
export type Env = Record<string, string | undefined>;

/** One command of the CLI: its help text, how it reads its options, and what it does with them. */
export interface CliCommand<T> {
  help: string;
  parse(argv: string[]): T | "help";
  run(options: T, output: Output, env: Env): Promise<number>;
}

export type CommandRunner = (argv: string[], output: Output, env?: Env) => Promise<number>;

/**
 * Runs a command: its options are read first; "help" prints the help (exit 0), a usage error prints what was wrong
 * and the help (exit 2), and otherwise the command runs and its exit code is returned.
 */
export function commandRunner<T>(command: CliCommand<T>): CommandRunner {
  return async (argv, output, env = process.env) => {
    let options: T | "help";
    try {
      options = command.parse(argv);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      output.err(`kanalvagt: ${scrubDigits(error.message)}\n`);
      output.err(command.help);
      return 2;
    }
    if (options === "help") {
      output.out(command.help);
      return 0;
    }
    return command.run(options, output, env);
  };
}
