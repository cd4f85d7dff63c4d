/**
 * The attachment worker webpack builds from attachment-worker.ts; the name is its chunk's name, which the build's
 * size report looks for. The pane and the attachment benchmark (test/bench/attachment-page.ts) start it alike.
 */
export const spawnAttachmentWorker = (): Worker =>
  new Worker(new URL("./attachment-worker.ts", import.meta.url), { name: "attachment-worker" });
