import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { checkedBaseUrl, DEV_BASE_URL, rewriteManifestUrls } from "../../scripts/lib/manifest.cjs";
import { errorMessage } from "../eml/error-text";
import type { Output } from "./output";
import { parseOptions, UsageError, type CliCommand } from "./usage";

/** The source manifest: every URL in it starts with DEV_BASE_URL. The release zip carries it as manifest.template.xml. */
const SOURCE_MANIFEST = join(__dirname, "..", "..", "manifest.xml");

export const MANIFEST_HELP = `kanalvagt manifest — skriver manifest.xml til den adresse, tilføjelsesprogrammet ligger på

Brug:
  kanalvagt manifest --base-url URL [--out FIL] [--template FIL]

  Alle adresser i skabelonen (${DEV_BASE_URL}…) skrives om til URL, som skal være https.
  --out FIL       hvor manifestet skrives (standard: manifest.xml i den aktuelle mappe)
  --template FIL  manifestskabelonen, fx manifest.template.xml fra udgivelsens zip (standard: projektets manifest.xml)
  Afslutningskode 0, når manifestet er skrevet; 1, hvis skabelonen ikke kan læses eller filen ikke skrives;
  2 ved forkert brug (også en adresse uden https).

Usage:
  kanalvagt manifest --base-url URL [--out FILE] [--template FILE]

  Every address in the template (${DEV_BASE_URL}…) is rewritten to URL, which must be https.
  --out FILE       where the manifest is written (default: manifest.xml in the current folder)
  --template FILE  the manifest template, e.g. manifest.template.xml from the release zip (default: the project's)
  Exit code 0 when the manifest is written; 1 if the template cannot be read or the file not written;
  2 on wrong usage (an address without https too).
`;

interface ManifestOptions {
  baseUrl: string;
  out: string;
  template: string;
}

/** `kanalvagt manifest --base-url URL`: the manifest for a host, from the template, with every URL rewritten. */
export const manifest: CliCommand<ManifestOptions> = {
  help: MANIFEST_HELP,
  parse(argv) {
    const { values, positionals } = parseOptions({
      args: argv,
      options: {
        "base-url": { type: "string" },
        out: { type: "string" },
        template: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: true,
    });
    if (values.help) return "help";
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    let baseUrl: string;
    try {
      baseUrl = checkedBaseUrl(
        values["base-url"],
        "--base-url",
        "Give the https address the add-in's files are hosted at, e.g. --base-url https://addin.nyborg.dk/kanalvagt/",
      );
    } catch (error) {
      throw new UsageError(errorMessage(error));
    }
    return { baseUrl, out: values.out ?? "manifest.xml", template: values.template ?? SOURCE_MANIFEST };
  },
  async run({ baseUrl, out, template }, output: Output) {
    let xml: string;
    try {
      xml = await readFile(template, "utf8");
    } catch (error) {
      output.err(`kanalvagt: ${template}: ${errorMessage(error)}`);
      return 1;
    }
    if (!xml.includes(DEV_BASE_URL)) {
      output.err(`kanalvagt: ${template} holds no ${DEV_BASE_URL} addresses: is it the manifest template?`);
      return 1;
    }
    try {
      await writeFile(out, rewriteManifestUrls(xml, baseUrl));
    } catch (error) {
      output.err(`kanalvagt: ${out}: ${errorMessage(error)}`);
      return 1;
    }
    output.out(`✓ ${out} er skrevet til / is written for ${baseUrl}`);
    output.out(`  Tjek det med / check it with: npm run validate -- --base-url ${baseUrl} ${out}`);
    return 0;
  },
};
