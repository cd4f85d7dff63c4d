import { parseCommand, UsageError } from "./args";
import { classify } from "./classify";
import { HELP } from "./help";
import { processOutput, type Output } from "./output";
import { scrubDigits } from "./scrub";
import { stats } from "./stats";
import { triageMailbox } from "./triage";

/** Runs the kanalvagt command line; resolves to the exit code (0 ok, 1 a file failed, 2 wrong usage). */
export async function main(argv: string[], output: Output = processOutput): Promise<number> {
  if (argv[0] === "stats") return stats(argv.slice(1), output);
  if (argv[0] === "triage") return triageMailbox(argv.slice(1), output);
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
