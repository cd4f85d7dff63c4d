import type { Config } from "../config/schema";
import { HANDLINGS, SENDERS, SENSITIVITIES, TOPICS } from "../taxonomy";
import type { MailboxStatistics, VolumeRow } from "./mailbox-statistics";
import { HANDLING_LABELS, SENDER_LABELS, SENSITIVITY_LABELS } from "../i18n/taxonomy-labels";
import { figureChange, figureTable, type FigureValue } from "./key-figures";
import { topicLabel, topicNames, UNTRIAGED_LABEL } from "./stats-labels";
import { figureColumns, type PeriodPair, type TeamStatistics } from "./team-statistics";

type Cell = string | number | null;

const HEADER = [
  "postkasse",
  "afsnit",
  "nøgle",
  "mål",
  "enhed",
  "værdi",
  "antal",
  "af",
  "forrige periode",
  "ændring",
];

/** A figure's number for a spreadsheet: shares in per cent, so the value and its change share a unit. */
function figureCells(value: FigureValue): { unit: string; value: Cell; count: Cell; of: Cell } {
  switch (value.kind) {
    case "count":
      return { unit: "antal", value: value.count, count: value.count, of: null };
    case "share":
      return { unit: "procent", value: value.share * 100, count: value.count, of: value.of };
    case "hours":
      return { unit: "arbejdsdagstimer", value: value.hours, count: null, of: null };
    default:
      return { unit: "kan ikke opgøres", value: null, count: null, of: null };
  }
}

/**
 * The statistics as one "tidy" table — mailbox; section; key; measure; unit; value; count; base; previous period;
 * change — which a spreadsheet can filter and pivot. The key figures are those the pane and the report show, with
 * their base and the previous period of the same length; then, per mailbox, sensitivity, silence and volume.
 * Semicolons and decimal commas, as Danish Excel expects; the caller adds a BOM when it writes a file.
 */
export function statisticsCsv(team: TeamStatistics, config: Config): string {
  const rows: Cell[][] = [HEADER];
  const period = `${team.period.from}..${team.period.to}`;
  const columns = figureColumns(team).map(({ label, pair }): [string, PeriodPair] => [label.da, pair]);
  const table = figureTable(
    columns.map(([, pair]) => pair),
    topicNames(config),
  );
  for (const [column, [mailbox]] of columns.entries()) {
    for (const figure of table[column] ?? []) {
      const now = figureCells(figure.current);
      const before = figureCells(figure.previous);
      rows.push([
        mailbox,
        "nøgletal",
        period,
        figure.label.da,
        now.unit,
        now.value,
        now.count,
        now.of,
        before.value,
        figureChange(figure),
      ]);
    }
  }
  for (const m of team.mailboxes)
    if ("failure" in m)
      rows.push([m.label, "kunne ikke læses", period, m.failure.da, null, null, null, null, null, null]);
  for (const [mailbox, pair] of columns) details(rows, mailbox, pair.current, config);
  return `${rows.map((row) => row.map(csvCell).join(";")).join("\r\n")}\r\n`;
}

function details(rows: Cell[][], mailbox: string, stats: MailboxStatistics, config: Config): void {
  const period = `${stats.period.from}..${stats.period.to}`;
  const add = (section: string, key: string, measure: string, value: number): void => {
    rows.push([mailbox, section, key, measure, "antal", value, null, null, null, null]);
  };
  const t = stats.totals;
  add("nøgletal", period, "åbnet", t.opened);
  add("nøgletal", period, "uden for perioden eller uden dato", t.outsidePeriod);
  for (const s of SENSITIVITIES) add("følsomhed", period, SENSITIVITY_LABELS[s].da, t.sensitivity[s]);
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
}

function csvCell(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "number")
    return Number.isInteger(value) ? String(value) : value.toFixed(4).replace(".", ",");
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
