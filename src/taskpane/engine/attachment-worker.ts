// The attachment worker: reads attachments' content (zip, XML, MIME, pdf.js) beside the triage worker, not in it.
// Reading a large PDF takes hundreds of milliseconds; here it never holds up the triage of the next mail selected,
// and the pane can stop it by ending this worker without losing the triage worker's warm engine.
import { preloadPdfReader } from "../../attachments/pdf";
import { withAttachmentContent } from "../../attachments/read-attachments";
import type { AttachmentAnswer, AttachmentJob, AttachmentPrepare } from "./worker-protocol";

interface WorkerScope {
  postMessage(message: AttachmentAnswer): void;
  onmessage: ((event: MessageEvent<AttachmentJob | AttachmentPrepare>) => void) | null;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const message = event.data;
  if ("prepare" in message) {
    if (message.prepare.pdf) preloadPdfReader();
    return;
  }
  const { id, mail, fetched, limits } = message;
  withAttachmentContent(mail, fetched, limits).then(
    (read) => scope.postMessage({ id, ok: true, mail: read }),
    // A reader's error names the format's problem, never the file's text.
    (error: unknown) =>
      scope.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
};
