import type { Config } from "../config/schema";
import { HANDLINGS, SENDERS, SENSITIVITIES, TOPICS } from "../taxonomy";
import type { MailboxStatistics, VolumeRow } from "./mailbox-statistics";
import { HANDLING_LABELS, SENDER_LABELS, SENSITIVITY_LABELS } from "../i18n/taxonomy-labels";
import { topicLabel, UNTRIAGED_LABEL } from "./stats-labels";

/**
 * The statistics as one "tidy" table — section; key; measure; value — which a spreadsheet can filter and pivot.
 * Semicolons and decimal commas, as Danish Excel expects; the caller adds a BOM when it writes a file.
 */
export function statisticsCsv(stats: MailboxStatistics, config: Config): string {
  const rows: (string | number | null)[][] = [["afsnit", "nøgle", "mål", "værdi"]];
  const period = `${stats.period.from}..${stats.period.to}`;
  const add = (section: string, key: string, measure: string, value: number | null): void => {
    rows.push([section, key, measure, value]);
  };
  const t = stats.totals;
  add("nøgletal", period, "modtaget", t.received);
  add("nøgletal", period, "sorteret", t.triaged);
  add("nøgletal", period, "ikke sorteret", t.untriaged);
  add("nøgletal", period, "åbnet", t.opened);
  add("nøgletal", period, "uden for perioden eller uden dato", t.outsidePeriod);
  for (const s of SENSITIVITIES) add("følsomhed", period, SENSITIVITY_LABELS[s].da, t.sensitivity[s]);
  add("andel", period, "med fortrolige eller følsomme oplysninger", stats.shares.sensitive.share);
  add("andel", period, "heraf usigneret/ukrypteret", stats.shares.sensitiveUnsigned.share);
  add("andel", period, "kunne klares med selvbetjening", stats.shares.selfService.share);
  add("andel", period, "besvaret via Digital Post af besvarede", stats.answers.digitalPostShare.share);
  const a = stats.answers;
  add("svar", period, "kræver måske svar", a.needingAnswer);
  add("svar", period, "kun besvaret på e-mail", a.byEmailOnly);
  add("svar", period, "kun markeret besvaret via Digital Post", a.viaDigitalPostOnly);
  add("svar", period, "begge dele", a.both);
  add("svar", period, "kun videresendt", a.forwardedOnly);
  add("svar", period, "ubesvaret", a.unanswered);
  add("første handling", period, "målt på antal mails", stats.firstAction.measured);
  add("første handling", period, "median, arbejdsdagstimer", stats.firstAction.medianHours);
  add("første handling", period, "90 %-fraktil, arbejdsdagstimer", stats.firstAction.p90Hours);
  const b = stats.backlog;
  add("efterslæb", `ældre end ${b.workingDays} arbejdsdage`, "ikke sorteret og ubesvaret", b.untriaged);
  add("efterslæb", `ældre end ${b.workingDays} arbejdsdage`, "sorteret, men ubesvaret", b.unanswered);
  const q = stats.silentMailbox;
  const window = `${q.windowStart}..${stats.asOf.slice(0, 10)}`;
  add("tavs postkasse", window, "modtaget", q.arrivals);
  add("tavs postkasse", window, "med aktivitet", q.activity);
  add("tavs postkasse", window, "advarsel (1 = ja)", q.alert ? 1 : 0);
  const volume = (section: string, row: VolumeRow): void => {
    add(section, row.key, "i alt", row.total);
    add(section, row.key, UNTRIAGED_LABEL.da, row.untriaged);
    for (const h of HANDLINGS) add(section, row.key, `håndtering: ${HANDLING_LABELS[h].da}`, row.handling[h]);
    for (const topic of TOPICS)
      add(section, row.key, `emne: ${topicLabel(config, topic, "da")}`, row.topic[topic]);
    for (const s of SENDERS) add(section, row.key, `afsender: ${SENDER_LABELS[s].da}`, row.sender[s]);
  };
  for (const row of stats.weeks) volume("uge", row);
  for (const row of stats.days) volume("dag", row);
  return `${rows.map((row) => row.map(csvCell).join(";")).join("\r\n")}\r\n`;
}

function csvCell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number")
    return Number.isInteger(value) ? String(value) : value.toFixed(4).replace(".", ",");
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
