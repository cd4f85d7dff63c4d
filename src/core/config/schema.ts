import { z } from "../zod-jitless";
import { attachmentLimitsSchema, DEFAULT_ATTACHMENT_LIMITS } from "./attachment-limits";
import { detectionSchema } from "./detection-schema";
import { PLACEHOLDER_VALUE } from "./unfilled";
import { FLAGS, HANDLINGS, TOPICS } from "../taxonomy";
import {
  TEMPLATE_IDS,
  TEMPLATE_PLACEHOLDERS,
  SUBJECT_FORBIDDEN_PLACEHOLDERS,
} from "../templates/placeholders";

/**
 * The configuration an admin edits: one JSON document. The schema is the contract; the Nyborg default
 * (default-config.json) is one instance of it. docs/configuration.md explains every field.
 */

/** "Karen Margrethe Holm Nielsen": four words hold nearly every Danish name; a longer display name is rarely one. */
export const DEFAULT_MAX_NAME_WORDS = 4;

const text = z.string().trim().min(1, "must not be empty");
const localized = z.strictObject({ da: text, en: text });

const httpsUrl = z.url({
  protocol: /^https$/,
  hostname: z.regexes.domain,
  error: "must be an https:// address",
});
const urlOrPlaceholder = z.union([httpsUrl, z.string().regex(PLACEHOLDER_VALUE)], {
  error: 'must be an https:// address or a placeholder such as "[bookinglink]"',
});

/** A word pattern: words separated by spaces, each may start or end with * (any letters); see docs. */
const wordPattern = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .regex(/^\*?[^*\s]+\*?(\s+\*?[^*\s]+\*?)*$/u, "a * may only stand at the start or end of a word");

/** A domain, optionally with * for any run of characters: "politi.dk", "*.politi.dk", "*kommune.dk". */
const domainPattern = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9*æøå][a-z0-9*æøå.-]*\.[a-z*]{2,}$/u, "must be a domain such as nyborg.dk or *.politi.dk");

/** Outlook's preset category colours (Office.MailboxEnums.CategoryColor). */
const categoryColor = z.enum(Array.from({ length: 25 }, (_, i) => `Preset${i}`) as [string, ...string[]]);
const category = z.strictObject({ name: text, color: categoryColor });

const PLACEHOLDER = /\{\{\s*([^}\s]*)\s*\}\}/g;

function placeholdersIn(value: string): string[] {
  return [...value.matchAll(PLACEHOLDER)].map((m) => m[1] ?? "");
}

const templateBody = text.superRefine((value, ctx) => {
  for (const name of placeholdersIn(value)) {
    if (!(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name)) {
      ctx.addIssue({
        code: "custom",
        message: `unknown placeholder {{${name}}}; known: ${TEMPLATE_PLACEHOLDERS.join(", ")}`,
      });
    }
  }
});

const templateSubject = templateBody.superRefine((value, ctx) => {
  for (const name of placeholdersIn(value)) {
    if ((SUBJECT_FORBIDDEN_PLACEHOLDERS as readonly string[]).includes(name)) {
      ctx.addIssue({
        code: "custom",
        message: `{{${name}}} may not stand in a subject: Digital Post subjects are not encrypted`,
      });
    }
  }
});

const templateText = z.strictObject({ subject: templateSubject, body: templateBody });
const template = z.strictObject({ da: templateText, en: templateText });

const selfServiceLink = z.strictObject({
  label: localized,
  url: httpsUrl,
  /** Words in the mail that pick this link over the topic's other links. */
  keywords: z.array(wordPattern).default([]),
});

const topic = z.strictObject({
  label: localized,
  /** KLE main group (two digits), so a later version can suggest the journal number. */
  kle: z
    .string()
    .regex(/^\d{2}$/, "must be a KLE main group of two digits, e.g. 23")
    .optional(),
  /** Words that point to this topic; they weigh in beside the trained model. */
  keywords: z.array(wordPattern),
  /** The first link is the topic's default; the others are chosen by their keywords. */
  selfService: z.array(selfServiceLink).default([]),
  category: category.optional(),
});

const closingDay = z.strictObject({
  id: text,
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
});

const isoDate = z.iso.date({ error: "must be a date written yyyy-mm-dd" });

const probability = z.number().min(0).max(1);

/** The send guard: Smart Alerts when a mail with sensitive data leaves for outside addresses (docs/admin-guide.md). */
const sendGuard = z.strictObject({
  /** When the check fails or runs out of time: "open" tells the user and lets them send, "closed" stops the mail. */
  failMode: z.enum(["open", "closed"]),
  /** How long the check may take before failMode applies (Outlook itself gives up after five minutes). */
  timeoutMs: z.number().int().min(1000).max(60_000),
  /** The least sensitivity that stops a mail to recipients outside internalDomains: every finding is one of these. */
  minSensitivity: z.enum(["fortrolige", "foelsomme"]),
  /** Offer "Send anyway" in the alert (Mailbox 1.14 and later) rather than insist that the mail is changed. */
  allowSendAnyway: z.boolean(),
  /**
   * Optional: the guard's own limits on reading outgoing attachments, each in the same range as in `attachments`.
   * Unset ones keep the guard's defaults, tighter than the pane's because the user waits: per file 10 MB, 30 MB
   * inflated and a million characters; the rest as `attachments`' defaults.
   */
  attachments: attachmentLimitsSchema.partial().optional(),
});

/** A shared mailbox the statistics and the bulk triage read through Microsoft Graph. */
const graphMailbox = z.strictObject({
  address: z.email({ error: "must be an e-mail address such as borgerservice@nyborg.dk" }),
  /** What team leads call the mailbox; the address is shown when it is missing. */
  label: text.optional(),
});

/** Sign-in to Microsoft Graph (docs/team-lead-guide.md): the app registration and the mailboxes it may read. */
const graph = z.strictObject({
  /** The app registration's application (client) id. */
  clientId: z.guid({ error: "must be the app registration's application (client) id, a GUID" }),
  /** The directory (tenant) id, or a verified domain such as nyborg.onmicrosoft.com. */
  tenantId: z.union([z.guid(), z.string().regex(z.regexes.domain)], {
    error: "must be the directory (tenant) id (a GUID) or a domain such as nyborg.onmicrosoft.com",
  }),
  /** Delegated Graph permissions the task pane asks for. */
  scopes: z.array(text).min(1).default(["Mail.ReadWrite.Shared"]),
  mailboxes: z.array(graphMailbox).default([]),
});

/** Thresholds of the team-lead statistics (docs/team-lead-guide.md). */
const statistics = z.strictObject({
  /** Untriaged or unanswered mail older than this many working days counts as backlog. */
  backlogWorkingDays: z.number().int().min(1).max(60),
  /** Mail arrives but nobody triages or answers it for this many working days: the mailbox has gone silent. */
  silentMailboxWorkingDays: z.number().int().min(1).max(60),
});

export const configSchema = z.strictObject({
  /** Lets an editor find the JSON Schema (docs/kanalvagt-config.schema.json); ignored by the engine. */
  $schema: z.string().optional(),
  /** Changes whenever an admin changes the document; stored in each triage record. */
  version: text,
  municipality: z.strictObject({
    name: text,
    /** "[telefonnummer]" until the real number is filled in. */
    phone: text,
    address: text,
    website: httpsUrl,
    /** General self-service page, used when a topic has no link of its own. */
    selfServiceUrl: httpsUrl,
    bookingUrl: urlOrPlaceholder,
    /** Closing lines of every reply, one per line. */
    signature: localized,
  }),
  /** IANA time zone of the municipality: the day a mail arrives is counted there. */
  timeZone: text.refine((zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, "must be an IANA time zone such as Europe/Copenhagen"),
  internalDomains: z.array(domainPattern).min(1, "name at least the municipality's own domain"),
  senders: z.strictObject({
    authorityDomains: z.array(domainPattern),
    /** Words in a sender's name or sign-off that mark another authority ("Kommune", "Udbetaling Danmark"). */
    authorityNames: z.array(wordPattern),
    /** Company forms written after a firm's name (ApS, A/S, I/S); matched as whole words, case-sensitive. */
    companyMarkers: z.array(text),
    /** Words that mark an association; a * allows compounds ("*forening*"). */
    associationNames: z.array(wordPattern),
    /** Upper-case abbreviations of clubs (IF, BK, GF), matched as whole words, case-sensitive. */
    associationAbbreviations: z.array(text),
    freeMailDomains: z.array(domainPattern),
    /** Local parts (before @) of automated senders: mailer-daemon, no-reply*. */
    machineAddresses: z.array(wordPattern),
  }),
  classification: z.strictObject({
    aktindsigt: z.array(wordPattern).min(1),
    klage: z.array(wordPattern).min(1),
    booking: z.array(wordPattern).min(1),
    /** Words that precede a case or journal number ("sagsnr.", "j.nr."). */
    caseNumber: z.array(wordPattern).min(1),
    /** Wording of a general question about a service ("hvordan", "åbningstider"). */
    generalQuestion: z.array(wordPattern),
    /** Wording of mail that needs no answer ("tak for svaret"). */
    nothingToAnswer: z.array(wordPattern),
    /** Wording of spam and phishing ("you have won", "bekræft din konto"); two different ones mark a mail as spam. */
    spam: z.array(wordPattern).default([]),
    /**
     * Wording of asking to do something ("ansøge", "melde", "bestille", "apply"): near a self-service link's keywords,
     * and with no case number, it tells the model the mail asks for what a self-service solution does.
     */
    requestWords: z.array(wordPattern).default([]),
    /**
     * Wording that frames asking to do something ("hvordan", "kan jeg", "vil gerne", "how do", "kann ich"): a request
     * word just after it is a wish to act ("hvordan søger vi", "can I register"), whatever the catalogue lists.
     */
    askToDo: z.array(wordPattern).default([]),
    /**
     * Wording about a case or an application already made ("min ansøgning", "jeg har søgt", "afgørelse",
     * "my application", "mein Antrag"): such a mail asks about that case, not to do something anew.
     */
    existingCase: z.array(wordPattern).default([]),
  }),
  topics: z.strictObject(
    Object.fromEntries(TOPICS.map((t) => [t, topic])) as Record<(typeof TOPICS)[number], typeof topic>,
  ),
  templates: z
    .strictObject(
      Object.fromEntries(TEMPLATE_IDS.map((t) => [t, template])) as Record<
        (typeof TEMPLATE_IDS)[number],
        typeof template
      >,
    )
    .superRefine((templates, ctx) => {
      // The receipt goes by ordinary e-mail: it must not name the sender.
      for (const lang of ["da", "en"] as const) {
        for (const part of ["subject", "body"] as const) {
          if (placeholdersIn(templates.kvittering[lang][part]).includes("navn")) {
            ctx.addIssue({
              code: "custom",
              path: ["kvittering", lang, part],
              message: "the receipt is sent by e-mail and may not use {{navn}}",
            });
          }
        }
      }
    }),
  /** What a reply says in place of the sender's name when the mail gives no usable name. */
  fallbackName: localized,
  /**
   * When a reply greets the sender by their display name ("Kære Hanne Østergaard"): only a name of at most
   * `maxNameWords` words, with nothing the engine finds and no strong lexicon term (salutation-name.ts); else
   * fallbackName.
   */
  salutation: z
    .strictObject({ maxNameWords: z.int().min(1).max(10) })
    .default({ maxNameWords: DEFAULT_MAX_NAME_WORDS }),
  categories: z.strictObject({
    handling: z.strictObject(
      Object.fromEntries(HANDLINGS.map((h) => [h, category])) as Record<
        (typeof HANDLINGS)[number],
        typeof category
      >,
    ),
    flags: z.strictObject(
      Object.fromEntries(FLAGS.map((f) => [f, category])) as Record<(typeof FLAGS)[number], typeof category>,
    ),
    /** Applied when an unsecured mail carries confidential or sensitive data. */
    sensitive: category,
    /** Staff mark a mail with it when they answered through Digital Post from the case system. */
    answeredViaDigitalPost: category.default({
      name: "Kanalvagt: Besvaret via Digital Post",
      color: "Preset5",
    }),
    applyTopicCategories: z.boolean(),
  }),
  calendar: z.strictObject({
    closingDays: z.array(closingDay),
    closedDates: z.array(isoDate),
  }),
  /** The detection engine's settings: threshold and lexicon additions. */
  detection: detectionSchema,
  deadlines: z.strictObject({
    /** Offentlighedsloven § 36: 7 working days. */
    aktindsigtWorkingDays: z.number().int().min(1).max(60),
  }),
  thresholds: z.strictObject({
    /**
     * Below this confidence a field (handling, topic, sender) is unsure: the pane says so and offers the two likeliest
     * values, and the recommendation rests on nothing unsure. The confidences are calibrated probabilities.
     */
    unsureBelow: probability.default(0.5),
    /** Replaced by unsureBelow; still read so that older documents load, and otherwise ignored. */
    handlingConfidence: probability.optional(),
    /** How much one matched topic keyword weighs against the model (log-odds). */
    topicKeywordWeight: z.number().min(0).max(20),
    /** The new text "says nothing" below this many content words; then quoted history is read too. */
    minimumNewWords: z.number().int().min(0).max(50),
  }),
  /** Documents written before the send guard existed get its default. */
  sendGuard: sendGuard.default({
    failMode: "open",
    timeoutMs: 10_000,
    minSensitivity: "fortrolige",
    allowSendAnyway: false,
  }),
  /** Optional: without it the statistics and bulk triage in the pane say that sign-in is not set up. */
  graph: graph.optional(),
  statistics: statistics.default({ backlogWorkingDays: 2, silentMailboxWorkingDays: 3 }),
  /** Limits on reading attachment content; documents written before attachments were read get the defaults. */
  attachments: attachmentLimitsSchema.default(DEFAULT_ATTACHMENT_LIMITS),
  /**
   * Optional: a model file written by `kanalvagt learn`, hosted beside the add-in (a path relative to the task pane's
   * page). Without it, or when it cannot be used, the shipped model classifies.
   */
  modelFile: z
    .string()
    .regex(/^[\w./-]+\.json$/, "a relative path to a .json file, e.g. models/kommune-model.json")
    .refine((path) => !path.split("/").includes(".."), "the model must lie beside the add-in, not above it")
    .optional(),
});

export type Config = z.infer<typeof configSchema>;
export type SelfServiceLink = z.infer<typeof selfServiceLink>;
export type CategoryConfig = z.infer<typeof category>;
export type SendGuardConfig = z.infer<typeof sendGuard>;
