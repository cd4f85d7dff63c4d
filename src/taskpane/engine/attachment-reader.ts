import type { FetchedAttachment } from "../../core/attachment";
import type { AttachmentLimits } from "../../core/config/attachment-limits";
import type { Mail } from "../../core/mail";
import { SupersededError } from "./superseded";
import type { AttachmentAnswer, AttachmentJob, AttachmentPrepare } from "./worker-protocol";

/**
 * Reads attachments' content in a worker of its own, one mail at a time. Stopping a read ends that worker only: the
 * triage worker, warm and in the middle of the next mail's verdict, is never restarted because of attachments.
 */
export interface AttachmentReader {
  /** A mail listing attachments has its verdict: start the worker (and pdf.js for a PDF) before the files arrive. */
  prepare(pdf: boolean): void;
  /**
   * The mail with its attachments' content read. Rejects with SupersededError when cancelled, and with
   * AttachmentReaderUnavailable when the browser cannot run the worker.
   */
  read(mail: Mail, fetched: FetchedAttachment[], limits: AttachmentLimits): Promise<Mail>;
  /** Stops the read under way, if any; its worker is replaced when the next mail's attachments are read. */
  cancel(): void;
}

/** The attachment worker could not load or crashed; the caller reads the attachments another way. */
export class AttachmentReaderUnavailable extends Error {
  constructor() {
    super("The attachment worker could not run.");
    this.name = "AttachmentReaderUnavailable";
  }
}

interface Reading {
  id: number;
  resolve: (mail: Mail) => void;
  reject: (error: Error) => void;
  timeout: ReturnType<typeof setTimeout>;
}

export interface AttachmentWorkerOptions {
  /** No answer in this long: the read fails with a clear message and the worker is ended. */
  timeoutMs?: number;
}

/** An AttachmentReader over the worker `spawn` starts, spawned on first use and again after each cancel. */
export function attachmentWorkerReader(
  spawn: () => Worker,
  options: AttachmentWorkerOptions = {},
): AttachmentReader {
  const timeoutMs = options.timeoutMs ?? 30_000;
  let worker: Worker | undefined;
  let unavailable = false;
  let reading: Reading | undefined;
  let nextId = 0;

  const stop = (error: Error): void => {
    worker?.terminate();
    worker = undefined;
    const stopped = reading;
    reading = undefined;
    if (stopped) {
      clearTimeout(stopped.timeout);
      stopped.reject(error);
    }
  };

  const onAnswer = (event: MessageEvent<AttachmentAnswer>): void => {
    const answer = event.data;
    if (!reading || answer.id !== reading.id) return;
    const done = reading;
    reading = undefined;
    clearTimeout(done.timeout);
    if (answer.ok) done.resolve(answer.mail);
    else done.reject(new Error(`Kanalvagt could not read the attachments: ${answer.error}`));
  };

  const onFailure = (): void => {
    unavailable = true;
    stop(new AttachmentReaderUnavailable());
  };

  const post = (message: AttachmentJob | AttachmentPrepare): void => {
    if (unavailable) throw new AttachmentReaderUnavailable();
    try {
      if (!worker) {
        worker = spawn();
        worker.onmessage = onAnswer;
        worker.onerror = onFailure;
      }
      worker.postMessage(message);
    } catch {
      onFailure();
      throw new AttachmentReaderUnavailable();
    }
  };

  const cancel = (): void => {
    // An idle worker keeps its loaded readers (pdf.js) for the next mail; only one in the middle of a read is ended.
    if (reading) stop(new SupersededError());
  };

  return {
    prepare: (pdf) => {
      try {
        post({ prepare: { pdf } });
      } catch {
        // The read that follows finds the worker unavailable and says so; preparing is only a head start.
      }
    },
    read: (mail, fetched, limits) =>
      new Promise<Mail>((resolve, reject) => {
        cancel();
        const id = ++nextId;
        const timeout = setTimeout(() => {
          if (reading?.id === id) {
            stop(
              new Error(`Reading the attachments took longer than ${timeoutMs / 1000} s and was stopped.`),
            );
          }
        }, timeoutMs);
        reading = { id, resolve, reject, timeout };
        try {
          post({ id, mail, fetched, limits });
        } catch (error) {
          // A spawn that failed has already rejected this read as unavailable.
          if (reading?.id === id) stop(error as Error);
        }
      }),
    cancel,
  };
}
