import type { TextModel } from "../../core/classify/model";
import type { FetchedAttachment } from "../../core/attachment";
import type { Config } from "../../core/config/schema";
import type { Mail } from "../../core/mail";
import { checkCompose, type ComposeCheck, type ComposeRequest } from "./compose-check";
import { triageForPane, type PaneTriage, type TriageRequest } from "./pane-triage";
import { mailOf, withMail } from "./work-mail";

/** What the pane asks its engine: the triage of a received mail, or the send guard's check of one being written. */
export type EngineWork =
  { kind: "triage"; request: TriageRequest } | { kind: "compose"; request: ComposeRequest };

export type EngineResult = PaneTriage | ComposeCheck;

/**
 * Does one piece of work; the triage worker and the in-page fallback both run this. A triage or a compose check that
 * brings the attachments' content reads it first; in the pane the attachment worker has usually read it already (the request
 * then brings the mail with its content and no `attachments`). The readers (zip, XML, MIME, pdf.js) load on demand.
 * Without `model` the shipped model classifies.
 */
export async function doWork(work: EngineWork, config: Config, model?: TextModel): Promise<EngineResult> {
  const { attachments } = work.request;
  const ready =
    attachments === undefined ? work : withMail(work, await withContent(mailOf(work), attachments, config));
  if (ready.kind === "compose") return checkCompose(ready.request, config);
  return triageForPane(ready.request, config, model);
}

async function withContent(mail: Mail, attachments: FetchedAttachment[], config: Config): Promise<Mail> {
  const { withAttachmentContent } = await import("../../attachments/read-attachments");
  return withAttachmentContent(mail, attachments, config.attachments);
}
