import { preloadPdfReader } from "../../attachments/pdf";
import { withAttachmentContent } from "../../attachments/read-attachments";
import type { AttachmentInfo } from "../../core/mail";
import type { Config } from "../../core/config/schema";
import { checkCompose, type ComposeCheck, type ComposeRequest } from "./compose-check";
import { triageForPane, type PaneTriage, type TriageRequest } from "./pane-triage";

/** What the pane asks its engine: the triage of a received mail, or the send guard's check of one being written. */
export type EngineWork =
  { kind: "triage"; request: TriageRequest } | { kind: "compose"; request: ComposeRequest };

export type EngineResult = PaneTriage | ComposeCheck;

/**
 * Does one piece of work; the worker and the in-page fallback both run this. A triage that brings the attachments'
 * content reads it first (pdf.js loads here, on the first PDF, and never on the page's main thread); a triage of a
 * mail that lists a PDF loads pdf.js once its verdict is on its way, so the content's turn does not wait for it.
 */
export async function doWork(work: EngineWork, config: Config): Promise<EngineResult> {
  if (work.kind === "compose") return checkCompose(work.request, config);
  const { attachments, ...request } = work.request;
  if (attachments === undefined) {
    // After the verdict is out, not before: loading pdf.js (1.7 MB) holds the worker's thread for a few hundred ms.
    if (request.mail.attachments.some(looksLikePdf)) setTimeout(preloadPdfReader, 0);
    return triageForPane(request, config);
  }
  const mail = await withAttachmentContent(request.mail, attachments, config.attachments);
  return triageForPane({ ...request, mail }, config);
}

/** By its label only: the bytes, which decide in the end, come later. */
function looksLikePdf({ name, contentType }: AttachmentInfo): boolean {
  return /\.pdf$/i.test(name) || (contentType ?? "").toLowerCase().startsWith("application/pdf");
}
