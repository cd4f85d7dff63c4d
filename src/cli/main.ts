import { parseCommand } from "./args";
import { createCategories } from "./categories";
import { classify } from "./classify";
import { configCheck } from "./config-check";
import { HELP } from "./help";
import { learnCommand } from "./learn";
import { manifest } from "./manifest";
import { processOutput, type Output } from "./output";
import { stats } from "./stats";
import { triageMailbox } from "./triage";
import { commandRunner } from "./usage";

const configCommand = commandRunner(configCheck);
const manifestCommand = commandRunner(manifest);

const classifyCommand = commandRunner({
  help: HELP,
  parse: (argv) => {
    const command = parseCommand(argv);
    return command.name === "help" ? "help" : command.options;
  },
  run: (options, output) => classify(options, output),
});

/** Runs the kanalvagt command line; resolves to the exit code (0 ok, 1 a file failed, 2 wrong usage). */
export async function main(argv: string[], output: Output = processOutput): Promise<number> {
  if (argv[0] === "stats") return stats(argv.slice(1), output);
  if (argv[0] === "triage") return triageMailbox(argv.slice(1), output);
  if (argv[0] === "config") return configCommand(argv.slice(1), output);
  if (argv[0] === "learn") return learnCommand(argv.slice(1), output);
  if (argv[0] === "manifest") return manifestCommand(argv.slice(1), output);
  if (argv[0] === "categories") return createCategories(argv.slice(1), output);
  return classifyCommand(argv, output);
}
