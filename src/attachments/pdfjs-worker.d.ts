/** pdf.js ships its worker module without types; only its presence matters here (see pdf.ts). */
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}
