import { attachmentExtractor } from "./extractor";
import { readPdf } from "./pdf";

/** Every format, PDF included: the extractor of the pane's worker, the CLI and bulk triage. */
export const extractAttachment = attachmentExtractor(readPdf);

export { isMessage, type AttachmentLabel } from "./extractor";
