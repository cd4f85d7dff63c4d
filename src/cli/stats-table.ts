import { formatChange, formatFigure } from "../core/stats/format-figures";
import { HANDLING_LABELS } from "../core/i18n/taxonomy-labels";
import type { Config } from "../core/config/schema";
import { backlogDefinition, figureTable } from "../core/stats/key-figures";
import { topicNames, UNTRIAGED_LABEL, type StatsLang } from "../core/stats/stats-labels";
import { figureColumns, type TeamStatistics } from "../core/stats/team-statistics";
import { HANDLINGS } from "../core/taxonomy";
import { STATS_REPORT_TEXTS } from "./report/stats-report-texts";

function columns(rows: string[][]): string {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/**
 * The terminal view, in Danish or English: the key figures, one column per mailbox and one for the totals, each with
 * its base and the change from the previous period of the same length; then mail per ISO week by handling. Days are
 * in csv, json and html.
 */
export function renderStatsTable(team: TeamStatistics, config: Config, lang: StatsLang = "da"): string {
  const t = STATS_REPORT_TEXTS[lang];
  const shown = figureColumns(team);
  const first = shown[0];
  const failures = team.mailboxes.flatMap((m) =>
    "failure" in m ? [t.couldNotRead(m.label, m.failure[lang])] : [],
  );
  if (first === undefined) return failures.join("\n");
  const figures = figureTable(
    shown.map(({ pair }) => pair),
    topicNames(config),
  );
  const rows: string[][] = [["", ...shown.map(({ label }) => label[lang])]];
  (figures[0] ?? []).forEach((figure, i) => {
    const cells = figures.map((list) => list[i] ?? figure);
    rows.push([figure.label[lang], ...cells.map((f) => formatFigure(f.current, lang))]);
    rows.push([`  ${t.change}`, ...cells.map((f) => formatChange(f, lang))]);
  });
  rows.push([
    t.silentMailbox,
    ...shown.map(({ pair }) => {
      const q = pair.current.silentMailbox;
      return q.alert ? t.silentAlert(q.arrivals, q.windowStart) : t.silentNo;
    }),
  ]);
  // The last column: the totals when there are several mailboxes.
  const weeks = (shown[shown.length - 1] ?? first).pair.current.weeks;
  const weekTable = columns([
    [t.week, t.total, ...HANDLINGS.map((h) => HANDLING_LABELS[h][lang]), UNTRIAGED_LABEL[lang]],
    ...weeks.map((w) => [
      w.key,
      String(w.total),
      ...HANDLINGS.map((h) => String(w.handling[h])),
      String(w.untriaged),
    ]),
  ]);
  const notes = [
    `${t.backlog}: ${backlogDefinition(first.pair.current.backlog.workingDays)[lang]}`,
    t.clockNote,
  ];
  const period = t.period(
    `${team.period.from} – ${team.period.to}`,
    `${team.previousPeriod.from} – ${team.previousPeriod.to}`,
  );
  return [
    period,
    columns(rows),
    ...(failures.length > 0 ? [failures.join("\n")] : []),
    weekTable,
    notes.join("\n"),
  ].join("\n\n");
}
