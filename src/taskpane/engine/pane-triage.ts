import type { SignatureState } from "../../core/analysis";
import { unfilledValues } from "../../core/config/unfilled";
import type { TextModel } from "../../core/classify/model";
import type { CategoryConfig, Config } from "../../core/config/schema";
import type { FetchedAttachment, NotReadReason } from "../../core/attachment";
import type { Finding } from "../../core/detect/finding";
import type { AttachmentInfo, Mail } from "../../core/mail";
import { maskCprInText } from "../../core/privacy/mask-cpr-in-text";
import type { TriageRecord } from "../../core/record";
import { triageRecord } from "../../core/record-of-triage";
import {
  CORRECTABLE_FIELDS,
  type FindingKind,
  type Flag,
  type Handling,
  type Location,
  type Sender,
  type Sensitivity,
  type Topic,
} from "../../core/taxonomy";
import { renderForTriage } from "../../core/templates/for-triage";
import type { RenderedTemplate } from "../../core/templates/render";
import { templateFindings } from "../../core/templates/template-findings";
import { recommendFor, triage } from "../../core/triage";
import type { Classification, Decided, Recommendation, TemplateId, Triage } from "../../core/triage-types";

/** What staff changed in the engine's classification; the recommendation follows their values. */
export interface Correction {
  handling?: Handling;
  topic?: Topic;
  sender?: Sender;
  /** All the flags staff say the mail has (none: an empty list). */
  flags?: Flag[];
}

/** One finding as the pane may show it: masked, never the value itself. */
export interface ShownFinding {
  kind: FindingKind;
  where: Location;
  masked: string;
  confidence: number;
  /** Where `where` is "attachment": the file's name with any CPR number in it masked, and the page if it has pages. */
  attachment?: string;
  page?: number;
}

/** An attachment as the pane lists it once its content was looked at: read, or why not. */
export interface ShownAttachment {
  /** CPR numbers in the name masked. */
  name: string;
  read: boolean;
  reason?: NotReadReason;
  /** Not read to the end (a limit), but its text up to there was: findings in it are shown. */
  partly?: true;
}

/**
 * How a template leaves Outlook. The receipt, and any answer to a mail with findings, opens as a new message to the
 * sender: nothing of the original is quoted and the subject is the template's own. Only a mail without findings may
 * be answered with Outlook's reply, which quotes the whole original. The Digital Post text is copied, never mailed.
 */
export type SendForm = "new-message" | "reply" | "copy";

export interface PaneTemplate extends RenderedTemplate {
  form: SendForm;
}

export interface CategoryChoice {
  name: string;
  color: string;
}

/** Everything the pane shows for one mail, computed off the main thread. Holds no value found in the mail. */
export interface PaneTriage {
  /** The mail's key (MailRead.key): the pane checks it before showing the result. */
  key: string;
  classification: Classification;
  recommendation: Recommendation;
  signature: SignatureState;
  sensitivity: Sensitivity;
  bodyReadable: boolean;
  findings: ShownFinding[];
  /**
   * The attachments, once their content was read (the second triage of a mail with attachments); undefined while
   * only their names were looked at.
   */
  attachments?: ShownAttachment[];
  /**
   * The recommended template first, then the alternatives; empty when nothing is to be answered. Only templates in
   * which the engine finds nothing are offered.
   */
  templates: PaneTemplate[];
  /** Templates held back because the engine found personal data in them once filled in. */
  withheld: TemplateId[];
  /** Configuration values not filled in yet (by path): template lines using them are left out. For the admin. */
  unfilled: string[];
  /** The recommendation's categories with their colours. */
  categories: CategoryChoice[];
  answeredCategory: CategoryChoice;
  /** The compact triage record (JSON, no content) to store on the item. */
  record: string;
  correction?: Correction;
  topicLabels: Record<Topic, { da: string; en: string }>;
}

export interface TriageRequest {
  key: string;
  mail: Mail;
  /** The attachments' content as the pane fetched it; the worker reads it before the triage (engine-work.ts). */
  attachments?: FetchedAttachment[];
  /** ISO 8601; the triage's clock, so the record and the deadline agree with the pane. */
  now: string;
  correction?: Correction;
}

function decidedByStaff<T>(value: T): Decided<T> {
  return { value, confidence: 1, reasons: [] };
}

/** The classification with staff's values in place of the engine's, and the strategy's answer to them. */
function corrected(result: Triage, mail: Mail, config: Config, now: Date, correction: Correction): Triage {
  const classification: Classification = { ...result.classification };
  if (correction.handling) classification.handling = decidedByStaff(correction.handling);
  if (correction.topic) classification.topic = decidedByStaff(correction.topic);
  if (correction.sender) classification.sender = decidedByStaff(correction.sender);
  if (correction.flags) classification.flags = correction.flags.map(decidedByStaff);
  const recommendation = recommendFor(mail, result.analysis, classification, config, now);
  return { ...result, classification, recommendation };
}

function categoryChoices(names: string[], config: Config): CategoryChoice[] {
  const known: CategoryConfig[] = [
    ...Object.values(config.categories.handling),
    ...Object.values(config.categories.flags),
    config.categories.sensitive,
    config.categories.answeredViaDigitalPost,
    ...Object.values(config.topics).flatMap((topic) => (topic.category ? [topic.category] : [])),
  ];
  return names.map((name) => ({ name, color: known.find((c) => c.name === name)?.color ?? "Preset0" }));
}

/**
 * The record's account of staff's correction: which fields, the engine's answer to each (the record's fields hold
 * staff's), the role and the time. What `kanalvagt learn --mailbox` learns from; never any text of the mail.
 */
function correctionOf(
  engine: Classification,
  correction: Correction | undefined,
  now: Date,
): Pick<TriageRecord, "corrected" | "correction"> {
  const fields = CORRECTABLE_FIELDS.filter((field) => correction?.[field] !== undefined);
  if (fields.length === 0) return {};
  const answers = Object.fromEntries(
    fields.map((field) => [
      field,
      field === "flags" ? engine.flags.map((f) => f.value) : engine[field].value,
    ]),
  );
  return { corrected: fields, correction: { engine: answers, by: "staff", at: now.toISOString() } };
}

function sendForm(id: TemplateId, mailHasFindings: boolean): SendForm {
  if (id === "digital-post-svar") return "copy";
  if (id === "kvittering" || mailHasFindings) return "new-message";
  return "reply";
}

function shownFinding({ kind, where, masked, confidence, attachment, page }: Finding): ShownFinding {
  return {
    kind,
    where,
    masked,
    confidence,
    ...(attachment === undefined ? {} : { attachment: maskCprInText(attachment) }),
    ...(page === undefined ? {} : { page }),
  };
}

/** Whether the attachments' content was looked at: each then says whether it was read. */
function attachmentsRead(mail: Mail): boolean {
  return mail.attachments.length > 0 && mail.attachments.every((a) => a.content !== undefined);
}

function shownAttachment({ name, content }: AttachmentInfo): ShownAttachment {
  const shown: ShownAttachment = { name: maskCprInText(name), read: content?.read ?? false };
  if (content?.read === false) {
    shown.reason = content.reason;
    if (content.parts) shown.partly = true;
  }
  return shown;
}

/**
 * Triage for the task pane: the engine's verdict, the templates filled in, the categories and the record. `model` is
 * the learned model the configuration names, once loaded; the shipped one otherwise.
 */
export function triageForPane(request: TriageRequest, config: Config, model?: TextModel): PaneTriage {
  const now = new Date(request.now);
  const engine = triage(request.mail, config, now, model);
  const result = request.correction
    ? corrected(engine, request.mail, config, now, request.correction)
    : engine;
  const { analysis, classification, recommendation } = result;
  const templateIds = [
    ...(recommendation.template ? [recommendation.template] : []),
    ...recommendation.alternatives,
  ];
  const rendered = templateIds.map((id) => renderForTriage(id, result, request.mail, config, now));
  const safe = rendered.map((template) => templateFindings(template, config.detection).length === 0);
  const record: TriageRecord = {
    ...triageRecord(result, now),
    ...correctionOf(engine.classification, request.correction, now),
  };
  return {
    key: request.key,
    classification,
    recommendation,
    signature: analysis.signature,
    sensitivity: analysis.sensitivity,
    bodyReadable: analysis.bodyReadable,
    findings: analysis.findings.map(shownFinding),
    ...(attachmentsRead(request.mail) ? { attachments: request.mail.attachments.map(shownAttachment) } : {}),
    templates: rendered
      .filter((_, i) => safe[i])
      .map((template) => ({ ...template, form: sendForm(template.id, analysis.findings.length > 0) })),
    withheld: rendered.filter((_, i) => !safe[i]).map((template) => template.id),
    unfilled: unfilledValues(config),
    categories: categoryChoices(recommendation.categories, config),
    answeredCategory: { ...config.categories.answeredViaDigitalPost },
    record: JSON.stringify(record),
    ...(request.correction ? { correction: request.correction } : {}),
    topicLabels: Object.fromEntries(
      Object.entries(config.topics).map(([topic, settings]) => [topic, settings.label]),
    ) as PaneTriage["topicLabels"],
  };
}
