import { CORRECTABLE_FIELDS, TOPICS, type CorrectableField, type Topic } from "../taxonomy";
import { shareOf as share, type MailboxStatistics, type Share } from "./mailbox-statistics";
import type { Bilingual, PeriodPair } from "./team-statistics";

/** A figure's value: a count, a share that names its base, working-day hours, or why it cannot be given. */
export type FigureValue =
  | { kind: "count"; count: number }
  | { kind: "share"; count: number; of: number; share: number; base: Bilingual }
  | { kind: "hours"; hours: number }
  | { kind: "unavailable"; reason: Bilingual };

export interface KeyFigure {
  id: string;
  label: Bilingual;
  /** What exactly is counted, where a label alone could be read two ways. */
  definition?: Bilingual;
  current: FigureValue;
  previous: FigureValue;
}

/** The one list of figures the pane, the terminal table, the CSV file and the HTML report all show. */
interface FigureSpec {
  id: string;
  label: Bilingual;
  definition?: (stats: MailboxStatistics) => Bilingual;
  value: (stats: MailboxStatistics) => FigureValue;
}

const count = (value: number): FigureValue => ({ kind: "count", count: value });

function valueOf(part: Share, base: Bilingual, none: Bilingual): FigureValue {
  return part.share === null
    ? { kind: "unavailable", reason: none }
    : { kind: "share", count: part.count, of: part.of, share: part.share, base };
}

function hours(value: number | null): FigureValue {
  return value === null
    ? {
        kind: "unavailable",
        reason: { da: "ingen mail er besvaret eller videresendt", en: "no mail was answered or forwarded" },
      }
    : { kind: "hours", hours: value };
}

const RECEIVED: Bilingual = { da: "modtagne mails", en: "mails received" };
const TRIAGED: Bilingual = { da: "sorterede mails", en: "triaged mails" };
const NEEDING_ANSWER: Bilingual = { da: "mails, der kan kræve svar", en: "mails that may need an answer" };
const ANSWERED: Bilingual = { da: "besvarede mails", en: "answered mails" };
const NO_MAIL: Bilingual = { da: "ingen mails i perioden", en: "no mail in the period" };
const NONE_TRIAGED: Bilingual = { da: "ingen mails er sorteret", en: "no mail was triaged" };
const NONE_NEEDING: Bilingual = { da: "ingen mails kræver svar", en: "no mail needs an answer" };
const NONE_ANSWERED: Bilingual = { da: "ingen mails er besvaret", en: "no mail was answered" };

/** The backlog in plain words; docs/team-lead-guide.md says the same. */
export function backlogDefinition(workingDays: number): Bilingual {
  return {
    da: `Mails, der kan kræve svar (alle undtagen "intet svar"), og som ved opgørelsen var ældre end ${workingDays} arbejdsdage uden at være besvaret, videresendt eller markeret besvaret via Digital Post.`,
    en: `Mails that may need an answer (all but "no answer needed") that were older than ${workingDays} working days when counted and had not been answered, forwarded or marked as answered via Digital Post.`,
  };
}

function backlog(stats: MailboxStatistics): FigureValue {
  const b = stats.backlog;
  const due: Bilingual = {
    da: `mails ældre end ${b.workingDays} arbejdsdage, der kan kræve svar`,
    en: `mails older than ${b.workingDays} working days that may need an answer`,
  };
  return valueOf(b.total, due, {
    da: `ingen mails i perioden, der kan kræve svar, var ældre end ${b.workingDays} arbejdsdage ved opgørelsen`,
    en: `no mail in the period that may need an answer was older than ${b.workingDays} working days when counted`,
  });
}

const CORRECTED_FIELD_LABELS: Record<CorrectableField, Bilingual> = {
  handling: { da: "… heraf håndtering rettet", en: "… of which handling corrected" },
  topic: { da: "… heraf emne rettet", en: "… of which topic corrected" },
  sender: { da: "… heraf afsender rettet", en: "… of which sender corrected" },
  flags: { da: "… heraf markeringer rettet", en: "… of which flags corrected" },
};

const CORRECTED_DEFINITION: Bilingual = {
  da: "Sorterede mails, hvor personalet har rettet Kanalvagts håndtering, emne, afsender eller markeringer i ruden. En høj andel viser, hvor motoren rammer ved siden af, og hvor en lært model (kanalvagt learn) kan hjælpe.",
  en: "Triaged mails on which staff corrected Kanalvagt's handling, topic, sender or flags in the pane. A high share shows where the engine is off, and where a learned model (kanalvagt learn) can help.",
};

const SPECS: readonly FigureSpec[] = [
  { id: "received", label: { da: "Modtaget", en: "Received" }, value: (s) => count(s.totals.received) },
  {
    id: "triaged",
    label: { da: "Sorteret", en: "Triaged" },
    value: (s) => valueOf(share(s.totals.triaged, s.totals.received), RECEIVED, NO_MAIL),
  },
  {
    id: "untriaged",
    label: { da: "Ikke sorteret", en: "Not triaged" },
    value: (s) => valueOf(share(s.totals.untriaged, s.totals.received), RECEIVED, NO_MAIL),
  },
  {
    id: "backlog",
    label: { da: "Efterslæb", en: "Backlog" },
    definition: (s) => backlogDefinition(s.backlog.workingDays),
    value: backlog,
  },
  {
    id: "sensitive",
    label: { da: "Med fortrolige eller følsomme oplysninger", en: "With confidential or sensitive data" },
    value: (s) => valueOf(s.shares.sensitive, TRIAGED, NONE_TRIAGED),
  },
  {
    id: "sensitive-unsigned",
    label: { da: "… heraf usigneret/ukrypteret", en: "… of which unsigned/unencrypted" },
    value: (s) => valueOf(s.shares.sensitiveUnsigned, TRIAGED, NONE_TRIAGED),
  },
  {
    id: "self-service",
    label: { da: "Kunne klares med selvbetjening", en: "Self-service could have handled" },
    value: (s) => valueOf(s.shares.selfService, TRIAGED, NONE_TRIAGED),
  },
  {
    id: "corrected",
    label: { da: "Rettet af personalet", en: "Corrected by staff" },
    definition: () => CORRECTED_DEFINITION,
    value: (s) => valueOf(share(s.corrections.mails, s.totals.triaged), TRIAGED, NONE_TRIAGED),
  },
  ...CORRECTABLE_FIELDS.map((field): FigureSpec => ({
    id: `corrected-${field}`,
    label: CORRECTED_FIELD_LABELS[field],
    value: (s) => valueOf(share(s.corrections.byField[field], s.totals.triaged), TRIAGED, NONE_TRIAGED),
  })),
  ...(
    [
      ["by-email-only", { da: "Kun besvaret på e-mail", en: "Answered by e-mail only" }, "byEmailOnly"],
      [
        "via-digital-post-only",
        { da: "Kun markeret via Digital Post", en: "Marked via Digital Post only" },
        "viaDigitalPostOnly",
      ],
      ["both", { da: "Både e-mail og Digital Post", en: "Both e-mail and Digital Post" }, "both"],
      ["forwarded-only", { da: "Kun videresendt", en: "Forwarded only" }, "forwardedOnly"],
      ["unanswered", { da: "Ubesvaret", en: "Unanswered" }, "unanswered"],
    ] as const
  ).map(([id, label, key]): FigureSpec => ({
    id,
    label,
    value: (s) => valueOf(share(s.answers[key], s.answers.needingAnswer), NEEDING_ANSWER, NONE_NEEDING),
  })),
  {
    id: "digital-post",
    label: { da: "Digital Post af besvarede", en: "Digital Post of answered" },
    value: (s) => valueOf(s.answers.digitalPostShare, ANSWERED, NONE_ANSWERED),
  },
  {
    id: "first-action-median",
    label: { da: "Tid til første handling, median", en: "Time to first action, median" },
    value: (s) => hours(s.firstAction.medianHours),
  },
  {
    id: "first-action-p90",
    label: { da: "Tid til første handling, 90 % inden for", en: "Time to first action, 90 % within" },
    value: (s) => hours(s.firstAction.p90Hours),
  },
];

/** Every key figure of a period, beside the same figure for the period before it. */
export function keyFigures(pair: PeriodPair): KeyFigure[] {
  return SPECS.map((spec) => ({
    id: spec.id,
    label: spec.label,
    ...(spec.definition ? { definition: spec.definition(pair.current) } : {}),
    current: spec.value(pair.current),
    previous: spec.value(pair.previous),
  }));
}

/** The topics with a triaged mail in any of the pairs, in the taxonomy's order: the rows of the table by topic. */
function topicsWithMail(pairs: readonly PeriodPair[]): Topic[] {
  return TOPICS.filter((topic) =>
    pairs.some((pair) => pair.current.totals.topic[topic] + pair.previous.totals.topic[topic] > 0),
  );
}

/**
 * The share corrected by topic: of the triaged mails with each topic, how many staff corrected. `names` are the
 * topics' names from the configuration; the rows are `topics`, the same for every column of a table.
 */
function correctedByTopic(
  pair: PeriodPair,
  topics: readonly Topic[],
  names: (topic: Topic) => Bilingual,
): KeyFigure[] {
  return topics.map((topic) => {
    const name = names(topic);
    const base: Bilingual = { da: `sorterede mails om ${name.da}`, en: `triaged mails about ${name.en}` };
    const none: Bilingual = {
      da: `ingen mails om ${name.da} er sorteret`,
      en: `no mail about ${name.en} was triaged`,
    };
    const value = (s: MailboxStatistics): FigureValue => {
      const { corrected, triaged } = s.corrections.byTopic[topic];
      return valueOf(share(corrected, triaged), base, none);
    };
    return {
      id: `corrected-topic-${topic}`,
      label: { da: `Rettet: ${name.da}`, en: `Corrected: ${name.en}` },
      current: value(pair.current),
      previous: value(pair.previous),
    };
  });
}

/**
 * Every face's table of figures, a list per column (mailbox or totals) with the same rows in each: the key figures,
 * then the share corrected for each topic any column has triaged mail about.
 */
export function figureTable(pairs: readonly PeriodPair[], names: (topic: Topic) => Bilingual): KeyFigure[][] {
  const topics = topicsWithMail(pairs);
  return pairs.map((pair) => [...keyFigures(pair), ...correctedByTopic(pair, topics, names)]);
}

/** The change from the previous period: a count's difference, a share's in percentage points, or hours. */
export function figureChange(figure: KeyFigure): number | null {
  const { current, previous } = figure;
  if (current.kind === "count" && previous.kind === "count") return current.count - previous.count;
  if (current.kind === "share" && previous.kind === "share") return (current.share - previous.share) * 100;
  if (current.kind === "hours" && previous.kind === "hours") return current.hours - previous.hours;
  return null;
}
