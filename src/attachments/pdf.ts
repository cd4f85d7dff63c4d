import type * as PdfJsModule from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem, TextMarkedContent } from "pdfjs-dist/types/src/display/api";
import type { AttachmentPart } from "../core/attachment";
import type { AttachmentLimits } from "../core/config/attachment-limits";
import { NotRead, type TextBudget } from "./outcome";

type PdfJs = typeof PdfJsModule;

let pdfjs: Promise<PdfJs> | undefined;

/**
 * pdf.js is large (about 3 MB with its parser), so it loads on the first PDF only: the pane's worker fetches it as a
 * chunk of its own and the CLI imports it when a mail has a PDF. Its parser runs in the calling thread (pdf.js's
 * "fake worker", given as globalThis.pdfjsWorker): the pane already runs the engine in a worker of its own, and
 * Node has no Web Worker.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const parser = await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = parser;
    return import("pdfjs-dist/legacy/build/pdf.mjs");
  })();
  return pdfjs;
}

/**
 * Starts loading pdf.js without waiting for it: the pane's worker calls this when a mail lists a PDF, so the library
 * loads while Outlook is still handing over the file. A failure shows later, when a PDF is read.
 */
export function preloadPdfReader(): void {
  loadPdfJs().catch(() => undefined);
}

/**
 * A PDF's text layer, page by page. A password-protected PDF is "encrypted"; a PDF whose pages hold no text (a scan,
 * a photo saved as PDF) is "image", since its content was not read; more pages than the limit is "limit", decided
 * from the page count before any page is read.
 */
export async function readPdf(
  bytes: Uint8Array,
  limits: AttachmentLimits,
  budget: TextBudget,
): Promise<AttachmentPart[]> {
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  const task = getDocument({
    // pdf.js takes ownership of the buffer it is given; the caller's bytes stay usable.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const document = await task.promise.catch((err: unknown) => {
      throw new NotRead(isPasswordError(err) ? "encrypted" : "damaged");
    });
    if (document.numPages > limits.maxPages) throw new NotRead("limit");
    const parts: AttachmentPart[] = [];
    for (let page = 1; page <= document.numPages; page++) {
      const proxy = await document.getPage(page);
      const content = await proxy.getTextContent();
      parts.push({ text: budget.fit(pageText(content.items)), page });
      proxy.cleanup();
      if (budget.cut) break;
    }
    if (parts.every((part) => part.text.trim().length === 0)) throw new NotRead("image");
    return parts;
  } catch (err) {
    if (err instanceof NotRead) throw err;
    throw new NotRead("damaged");
  } finally {
    await task.destroy();
  }
}

function isPasswordError(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { name?: unknown }).name === "PasswordException";
}

/**
 * Text items in reading order become lines: an item that pdf.js marks as ending a line, or that starts on another
 * baseline, begins a new line; a gap wider than a fifth of the font's height becomes a space. Items that touch are
 * joined without one, so a number a PDF writer split across show operators ("120389-" "1234") stays whole.
 */
function pageText(items: (TextItem | TextMarkedContent)[]): string {
  const out: string[] = [];
  let previous: { x: number; y: number; height: number; eol: boolean } | undefined;
  for (const item of items) {
    if (!("str" in item)) continue;
    const [, , , scale = 0, x = 0, y = 0] = item.transform as number[];
    const height = Math.abs(item.height) || Math.abs(scale) || 1;
    if (previous) {
      if (previous.eol || Math.abs(y - previous.y) > previous.height / 2) out.push("\n");
      else if (x - previous.x > previous.height / 5) out.push(" ");
    }
    out.push(item.str);
    previous = { x: x + item.width, y, height, eol: item.hasEOL };
  }
  return out.join("");
}
