import { parseCommand, UsageError } from "./args";
import { classify } from "./classify";
import { HELP } from "./help";
import { processOutput, type Output } from "./output";
import { scrubDigits } from "./scrub";

/** Runs the kanalvagt command line; resolves to the exit code (0 ok, 1 a file failed, 2 wrong usage). */
export async function main(argv: string[], output: Output = processOutput): Promise<number> {
  let command;
  try {
    command = parseCommand(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    output.err(`kanalvagt: ${scrubDigits(err.message)}\n`);
    output.err(HELP);
    return 2;
  }
  if (command.name === "help") {
    output.out(HELP);
    return 0;
  }
  return classify(command.options, output);
}
