import { withAttachmentContent } from "../attachments/read-attachments";
import { errorMessage } from "../eml/error-text";
import { readEmlFile } from "../eml/read-eml-file";
import { emptyMail } from "../core/mail";
import { triage } from "../core/triage";
import type { Config } from "../core/config/schema";
import type { ClassifyOptions } from "./args";
import { collectMailFiles } from "./collect-files";
import { configFor } from "./config-file";
import { failedRecord, mailRecord, type ClassifyRecord } from "./mail-record";
import type { Output } from "./output";
import { maskCprInText } from "../core/privacy/mask-cpr-in-text";
import { renderTable } from "./table";
import { modelFor } from "./model-file";
import type { TextModel } from "../core/classify/model";

/** `kanalvagt classify`: every mail is reported, a failed one in its place, and exit code 1 tells that one failed. */
export async function classify(options: ClassifyOptions, output: Output): Promise<number> {
  const config = await configFor(options.configPath, output);
  const model = await modelFor(options.modelPath, output);
  if (model === undefined) return 1;
  warmUp(config, model);
  const shown = (path: string): string => (options.reveal ? path : maskCprInText(path));
  const records: ClassifyRecord[] = [];
  let failed = 0;
  for (const path of options.paths) {
    const files = await collectMailFiles(path);
    if (files.length === 0) output.err(`kanalvagt: no .eml files in the folder ${shown(path)}`);
    for (const item of files) {
      const record =
        "error" in item
          ? failedRecord(item.file, item.error)
          : await classifyFile(item.file, config, model, options.reveal);
      record.file = shown(record.file);
      const line = options.json ? jsonLine(record) : undefined;
      if (!(line?.ok ?? record.ok)) failed++;
      // JSON lines go out as soon as each mail is done, so a long batch shows progress and can be piped.
      if (line) output.out(line.text);
      else records.push(record);
    }
  }
  if (!options.json) {
    output.out(renderTable(records));
    output.out(`\n${records.length} mail(s), ${failed} could not be read.`);
  }
  return failed > 0 ? 1 : 0;
}

/**
 * The engine compiles its lexicons and model on first use (a few hundred milliseconds). One small mail through it
 * first keeps that out of the first real mail's elapsed_ms, which should say what that mail cost.
 */
function warmUp(config: Config, model: TextModel): void {
  triage(
    { ...emptyMail(), subject: "Opvarmning", textBody: "Hej. Min mor er syg; ring på 12 34 56 78. Mvh" },
    config,
    undefined,
    model,
  );
}

/**
 * The record as one line of JSON. Writing it can fail too (a record too large for a string); that mail then gets an
 * `ok: false` line of its own instead of ending the batch.
 */
function jsonLine(record: ClassifyRecord): { text: string; ok: boolean } {
  try {
    return { text: JSON.stringify(record), ok: record.ok };
  } catch (err) {
    const failed = failedRecord(record.file, `the result could not be written (${errorMessage(err)})`);
    return { text: JSON.stringify(failed), ok: false };
  }
}

async function classifyFile(
  file: string,
  config: Config,
  model: TextModel,
  reveal: boolean,
): Promise<ClassifyRecord> {
  try {
    const read = await readEmlFile(file);
    if (!read.ok) return failedRecord(file, read.error);
    const started = performance.now();
    // Reading the attachments is part of what a mail costs, so elapsed_ms counts it.
    const mail = await withAttachmentContent(
      read.mail,
      read.attachmentBytes.map((bytes) => ({ bytes })),
      config.attachments,
    );
    const result = triage(mail, config, undefined, model);
    return mailRecord(file, result, mail.attachments, performance.now() - started, reveal);
  } catch (err) {
    // A fault on one mail must not stop the batch; the message is scrubbed of digits by failedRecord.
    return failedRecord(file, `the engine failed on this mail (${errorMessage(err)})`);
  }
}
