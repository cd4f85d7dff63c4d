import type { SignatureState } from "../analysis";
import { dateInZone, formatIsoDate } from "../calendar/calendar-date";
import { WorkingDayCalendar } from "../calendar/working-days";
import type { Config, SelfServiceLink } from "../config/schema";
import { NO_ANSWER_NEEDED, sensitivityRank, type Handling, type Sensitivity } from "../taxonomy";
import {
  NO_REPLY,
  unsureFields,
  type Channel,
  type Classification,
  type Recommendation,
  type TemplateId,
} from "../triage-types";

/** What the channel strategy looks at: how the mail came (signature), what it carries, and what it is. */
export interface PolicyInput {
  classification: Classification;
  sensitivity: Sensitivity;
  signature: SignatureState;
  bodyReadable: boolean;
  /** When the mail arrived; the aktindsigt deadline counts from this day in the municipality's time zone. */
  received: Date;
  selfServiceLink?: SelfServiceLink;
}

interface Plan {
  channel: Channel;
  template?: TemplateId;
  alternatives: TemplateId[];
  journalise: boolean;
}

/** The strategy's answer by the kind of inquiry, before sensitive data and flags are weighed. */
const BY_HANDLING: Record<Classification["handling"]["value"], Plan> = {
  // A case is answered only through Digital Post from the case system; the e-mail receipt is all e-mail may carry.
  sag: {
    channel: "digital-post",
    template: "digital-post-svar",
    alternatives: ["kvittering"],
    journalise: true,
  },
  // Self-service first, always with the non-digital way in the template.
  selvbetjening: {
    channel: "selvbetjening",
    template: "selvbetjening",
    alternatives: ["booking", "digital-post-svar"],
    journalise: false,
  },
  // A general question is answered by the website: the topic's page, with phone and booking beside it.
  generel: {
    channel: "selvbetjening",
    template: "selvbetjening",
    alternatives: ["booking", "digital-post-svar"],
    journalise: false,
  },
  booking: {
    channel: "booking",
    template: "booking",
    alternatives: ["digital-post-svar"],
    journalise: false,
  },
  [NO_ANSWER_NEEDED]: { channel: NO_REPLY, alternatives: [], journalise: false },
};

const calendars = new WeakMap<Config, WorkingDayCalendar>();

function calendarFor(config: Config): WorkingDayCalendar {
  let calendar = calendars.get(config);
  if (!calendar) {
    calendar = new WorkingDayCalendar(config.calendar);
    calendars.set(config, calendar);
  }
  return calendar;
}

/** Offentlighedsloven § 36: the date N working days after the day the request arrived. */
export function aktindsigtDeadline(received: Date, config: Config): string {
  const day = dateInZone(received, config.timeZone);
  return formatIsoDate(calendarFor(config).addWorkingDays(day, config.deadlines.aktindsigtWorkingDays));
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function planFor(handling: Handling): Plan {
  return { ...BY_HANDLING[handling], alternatives: [...BY_HANDLING[handling].alternatives] };
}

const samePlan = (a: Plan, b: Plan): boolean =>
  a.channel === b.channel && a.template === b.template && a.journalise === b.journalise;

/**
 * The plan for the handling, or, when the engine is unsure of it and its two likeliest handlings call for different
 * answers, a neutral next step it can stand behind: the receipt (the strategy answers unsigned mail through Digital
 * Post), with the templates of both likeliest handlings beside it for staff to choose.
 */
function planForDecided(decided: Classification["handling"]): Plan {
  const plan = planFor(decided.value);
  const [first, second] = decided.choices ?? [];
  if (!first || !second) return plan;
  const other = planFor(second.value);
  if (samePlan(plan, other)) return plan;
  const options = [plan.template, other.template].filter((t): t is TemplateId => t !== undefined);
  return {
    channel: "digital-post",
    template: "kvittering",
    alternatives: unique([...options, "digital-post-svar"]),
    journalise: false,
  };
}

/**
 * The channel strategy as a decision table. Order matters: the kind of inquiry sets the plan; aktindsigt and
 * complaints make it a case; confidential or sensitive data in mail that was not encrypted moves the answer to
 * Digital Post whatever the plan was, and adds the warnings the strategy asks for.
 */
export function recommend(input: PolicyInput, config: Config): Recommendation {
  const { classification, signature } = input;
  const handling = classification.handling.value;
  const flags = classification.flags.map((f) => f.value);
  let plan = planForDecided(classification.handling);
  const warnings: string[] = [];
  let deadline: string | undefined;

  if (flags.length > 0 && handling !== NO_ANSWER_NEEDED) plan = planFor("sag");
  if (flags.includes("aktindsigt")) {
    deadline = aktindsigtDeadline(input.received, config);
    warnings.push(`warn.aktindsigt-deadline:${deadline}`);
  }
  if (flags.includes("klage")) warnings.push("warn.complaint");

  const exposed = sensitivityRank(input.sensitivity) >= sensitivityRank("fortrolige") && !signature.encrypted;
  if (exposed) {
    warnings.push(
      `warn.sensitive-unsecured:${input.sensitivity}`,
      "warn.no-email-reply",
      "warn.no-forward-external",
    );
    if (signature.status === "unknown") warnings.push("warn.signature-unknown");
    if (plan.channel !== NO_REPLY) {
      const before = plan.template;
      plan.channel = "digital-post";
      plan.template = "digital-post-svar";
      plan.alternatives = [
        ...(before && before !== "digital-post-svar" ? [before] : []),
        "kvittering",
        "sikker-kanal",
      ];
      warnings.push("warn.answer-digital-post");
    }
    plan.journalise = true;
  }
  if (signature.encrypted && !input.bodyReadable) {
    warnings.push("warn.encrypted-unreadable");
    plan.journalise = true;
  }
  if (plan.journalise) warnings.push("warn.journalise");
  for (const field of unsureFields(classification)) warnings.push(`warn.unsure-${field}`);

  // A category is a decision written on the mail: none for a value the engine is unsure of.
  const topic = classification.topic;
  const categories = [
    ...(classification.handling.choices ? [] : [config.categories.handling[handling].name]),
    ...flags.map((f) => config.categories.flags[f].name),
    ...(exposed ? [config.categories.sensitive.name] : []),
    ...(config.categories.applyTopicCategories && !topic.choices
      ? [config.topics[topic.value].category?.name].filter((n): n is string => n !== undefined)
      : []),
  ];
  const templates = [plan.template, ...plan.alternatives];
  // A topic's own self-service page only for a topic the engine is sure of; otherwise the general page.
  const link = templates.includes("selvbetjening") && !topic.choices ? input.selfServiceLink : undefined;
  return {
    channel: plan.channel,
    ...(plan.template ? { template: plan.template } : {}),
    alternatives: unique(plan.alternatives.filter((t) => t !== plan.template)),
    warnings: unique(warnings),
    categories: unique(categories),
    journalise: plan.journalise,
    ...(deadline ? { aktindsigtDeadline: deadline } : {}),
    ...(link ? { selfServiceLink: { url: link.url, label: link.label } } : {}),
  };
}
