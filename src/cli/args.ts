import { parseOptions, UsageError } from "./usage";

export interface ClassifyOptions {
  json: boolean;
  reveal: boolean;
  configPath?: string;
  /** A model file (`kanalvagt learn --out`) to classify with instead of the shipped model. */
  modelPath?: string;
  paths: string[];
}

export type Command = { name: "help" } | { name: "classify"; options: ClassifyOptions };

export function parseCommand(argv: string[]): Command {
  const [subcommand, ...rest] = argv;
  if (subcommand === undefined || subcommand === "help" || subcommand === "--help" || subcommand === "-h") {
    return { name: "help" };
  }
  if (subcommand !== "classify") throw new UsageError(`unknown command "${subcommand}"`);
  const { values, positionals } = parseOptions({
    args: rest,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      reveal: { type: "boolean", default: false },
      config: { type: "string" },
      model: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return { name: "help" };
  if (positionals.length === 0) throw new UsageError("classify needs at least one .eml file or folder");
  const options: ClassifyOptions = { json: values.json, reveal: values.reveal, paths: positionals };
  if (values.config !== undefined) options.configPath = values.config;
  if (values.model !== undefined) options.modelPath = values.model;
  return { name: "classify", options };
}
