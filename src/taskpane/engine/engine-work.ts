import type { AttachmentInfo } from "../../core/mail";
import type { TextModel } from "../../core/classify/model";
import type { Config } from "../../core/config/schema";
import { checkCompose, type ComposeCheck, type ComposeRequest } from "./compose-check";
import { triageForPane, type PaneTriage, type TriageRequest } from "./pane-triage";

/** What the pane asks its engine: the triage of a received mail, or the send guard's check of one being written. */
export type EngineWork =
  { kind: "triage"; request: TriageRequest } | { kind: "compose"; request: ComposeRequest };

export type EngineResult = PaneTriage | ComposeCheck;

/**
 * Does one piece of work; the worker and the in-page fallback both run this. A triage that brings the attachments'
 * content reads it first. The readers (zip, XML, MIME, and pdf.js on the first PDF) load on demand, never on the
 * page's main thread and not with the worker's first script, which every pane start waits for: a mail that lists
 * attachments loads them once its verdict is on its way, so the content's turn does not wait for them. Without
 * `model` the shipped model classifies.
 */
export async function doWork(work: EngineWork, config: Config, model?: TextModel): Promise<EngineResult> {
  if (work.kind === "compose") return checkCompose(work.request, config);
  const { attachments, ...request } = work.request;
  if (attachments === undefined) {
    const listed = request.mail.attachments;
    if (listed.length > 0) setTimeout(() => preloadReaders(listed.some(looksLikePdf)), 0);
    return triageForPane(request, config, model);
  }
  const { withAttachmentContent } = await import("../../attachments/read-attachments");
  const mail = await withAttachmentContent(request.mail, attachments, config.attachments);
  return triageForPane({ ...request, mail }, config, model);
}

function preloadReaders(pdf: boolean): void {
  void import("../../attachments/read-attachments").catch(() => undefined);
  if (pdf)
    void import("../../attachments/pdf").then(
      (reader) => reader.preloadPdfReader(),
      () => undefined,
    );
}

/** By its label only: the bytes, which decide in the end, come later. */
function looksLikePdf({ name, contentType }: AttachmentInfo): boolean {
  return /\.pdf$/i.test(name) || (contentType ?? "").toLowerCase().startsWith("application/pdf");
}
