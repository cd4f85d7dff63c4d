/**
 * `npx tsx test/golden/show.ts fuzz-0123 …`: prints a generated mail of the golden test and its full golden record,
 * to see why the golden test reports it changed (compare with the same command on main).
 */
import { DEFAULT_CONFIG } from "../../src/core/config/load";
import { triage } from "../../src/core/triage";
import { fuzzedMails } from "./fuzzed-mails";
import { GOLDEN_NOW, goldenMail } from "./golden-record";

const wanted = new Set(process.argv.slice(2));
if (wanted.size === 0) {
  console.error("usage: npx tsx test/golden/show.ts fuzz-0001 [fuzz-0002 …]");
  process.exit(2);
}
for (const { name, mail } of fuzzedMails()) {
  if (!wanted.has(name)) continue;
  const record = goldenMail(name, triage(mail, DEFAULT_CONFIG, GOLDEN_NOW));
  console.log(
    `==== ${name}\n${JSON.stringify(mail, null, 2)}\n${record.mail}\n${record.findings.join("\n")}\n`,
  );
}
