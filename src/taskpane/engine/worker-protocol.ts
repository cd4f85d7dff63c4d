import type { FetchedAttachment } from "../../core/attachment";
import type { AttachmentLimits } from "../../core/config/attachment-limits";
import type { Config } from "../../core/config/schema";
import type { Mail } from "../../core/mail";
import type { EngineResult, EngineWork } from "./engine-work";
import type { ModelFileRef, ModelNotice } from "./learned-model";

/** From the pane to the triage worker. */
export type TriageJob = { id: number } & EngineWork;

/**
 * From the pane to the triage worker: the jobs after this use this configuration (the add-in's own file, checked by
 * the pane), or the bundled default when it is undefined.
 */
export interface ConfigUpdate {
  config: Config | undefined;
}

/** From the triage worker to the pane: the result, or why there is none (never mail content). */
export type TriageAnswer =
  { id: number; ok: true; result: EngineResult } | { id: number; ok: false; error: string };

/** The worker says it has loaded and warmed the engine. */
export interface WorkerReady {
  ready: true;
  /** How long loading the configuration and the first (warm-up) triage took, in ms. */
  warmUpMs: number;
}

/**
 * From the pane to the triage worker: load the learned model `useModel` names (undefined: the shipped one). Until it
 * has loaded, and when it cannot be used, the shipped model classifies: the first triage never waits for the file.
 */
export interface ModelUpdate {
  useModel: ModelFileRef | undefined;
  /** Numbers the pane's requests: the answer names the one it settles. */
  request: number;
}

/** How a model request settled: whether the learned model is in use, and why not. */
export interface ModelSettled {
  learned: boolean;
  notice?: ModelNotice;
  /** A mail was triaged with another model before this one: the shown mail is to be triaged again. */
  changed: boolean;
}

/** From the triage worker to the pane: the answer to a ModelUpdate. */
export interface ModelAnswer {
  modelRequest: number;
  settled: ModelSettled;
}

/** From the pane to the attachment worker: read these attachments' content into the mail. */
export interface AttachmentJob {
  id: number;
  mail: Mail;
  fetched: FetchedAttachment[];
  limits: AttachmentLimits;
}

/**
 * From the pane to the attachment worker: a mail listing attachments has its verdict; load the readers (pdf.js for a
 * PDF) while Outlook hands over the files.
 */
export interface AttachmentPrepare {
  prepare: { pdf: boolean };
}

/** From the attachment worker: the mail with its attachments' content, or why there is none (never content). */
export type AttachmentAnswer =
  { id: number; ok: true; mail: Mail } | { id: number; ok: false; error: string };
