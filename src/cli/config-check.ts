import { readFile } from "node:fs/promises";
import { validateConfig } from "../core/config/load";
import { unfilledValues } from "../core/config/unfilled";
import { maskCprInText } from "../core/privacy/mask-cpr-in-text";
import { errorMessage } from "../eml/error-text";
import type { Output } from "./output";
import { scrubDigits } from "./scrub";
import { parseOptions, UsageError, type CliCommand } from "./usage";

export const CONFIG_HELP = `kanalvagt config check — tjekker en konfigurationsfil og nævner de værdier, der mangler

Brug:
  kanalvagt config check FIL

  Afslutningskode 0, hvis filen er gyldig (også når værdier mangler: de står som advarsler),
  1, hvis den er ugyldig eller ikke kan læses, 2 ved forkert brug.
  En skabelonlinje, hvis værdi mangler, udelades af svarene, indtil værdien er udfyldt.

Usage:
  kanalvagt config check FILE

  Exit code 0 if the file is valid (also when values are missing: they are listed as warnings),
  1 if it is invalid or cannot be read, 2 on wrong usage.
  A template line whose value is missing is left out of the replies until the value is filled in.
`;

/** `kanalvagt config check FILE`: the schema's verdict on a configuration, and every value still to fill in. */
export const configCheck: CliCommand<{ file: string }> = {
  help: CONFIG_HELP,
  parse(argv) {
    const { values, positionals } = parseOptions({
      args: argv,
      options: { help: { type: "boolean", short: "h" } },
      allowPositionals: true,
    });
    if (values.help) return "help";
    const [verb, file, ...rest] = positionals;
    if (verb !== "check")
      throw new UsageError(`unknown config command "${verb ?? ""}"; use "config check FILE"`);
    if (file === undefined || rest.length > 0) throw new UsageError("config check takes one FILE");
    return { file };
  },
  async run({ file }, output: Output) {
    // The path is masked as classify masks it: a file named after a citizen's case can hold a CPR number.
    const shown = maskCprInText(file);
    let document: unknown;
    try {
      document = JSON.parse(await readFile(file, "utf8")) as unknown;
    } catch (error) {
      output.err(scrubDigits(`kanalvagt: ${file}: ${errorMessage(error)}`));
      return 1;
    }
    const validation = validateConfig(document);
    if (!validation.ok) {
      output.err(`✗ ${shown} er ugyldig / is invalid:`);
      for (const p of validation.problems) output.err(scrubDigits(`  ${p.path}: ${p.problem}`));
      return 1;
    }
    output.out(`✓ ${shown} er gyldig / is valid (${validation.config.version})`);
    const missing = unfilledValues(validation.config);
    if (missing.length > 0) {
      output.out(`⚠ Mangler / missing (template lines using them are left out of replies until filled in):`);
      for (const path of missing) output.out(`  ${path}`);
    }
    return 0;
  },
};
