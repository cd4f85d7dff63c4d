import { formatHours, formatShare } from "../core/stats/format-figures";
import type { MailboxStatistics } from "../core/stats/mailbox-statistics";
import { HANDLING_LABELS } from "../core/i18n/taxonomy-labels";
import { UNTRIAGED_LABEL } from "../core/stats/stats-labels";
import { HANDLINGS } from "../core/taxonomy";

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

/** The terminal view: key figures, then mail per ISO week by handling. Days are in csv, json and html. */
export function renderStatsTable(mailbox: string, stats: MailboxStatistics): string {
  const t = stats.totals;
  const a = stats.answers;
  const b = stats.backlog;
  const q = stats.silentMailbox;
  const figures = columns([
    ["Postkasse", mailbox],
    ["Periode", `${stats.period.from} – ${stats.period.to}`],
    ["Modtaget", String(t.received)],
    ["Sorteret / ikke sorteret", `${t.triaged} / ${t.untriaged}`],
    ["Med fortrolige eller følsomme oplysninger", formatShare(stats.shares.sensitive)],
    ["… heraf usigneret/ukrypteret", formatShare(stats.shares.sensitiveUnsigned)],
    ["Kunne klares med selvbetjening", formatShare(stats.shares.selfService)],
    ["Besvaret på e-mail (kun)", String(a.byEmailOnly)],
    ["Markeret besvaret via Digital Post (kun)", String(a.viaDigitalPostOnly)],
    ["Begge dele", String(a.both)],
    ["Kun videresendt", String(a.forwardedOnly)],
    ["Ubesvaret", String(a.unanswered)],
    ["Digital Post af besvarede", formatShare(a.digitalPostShare)],
    ["Tid til første handling, median", formatHours(stats.firstAction.medianHours, "t")],
    ["Tid til første handling, 90 %", formatHours(stats.firstAction.p90Hours, "t")],
    [`Efterslæb > ${b.workingDays} arbejdsdage: ikke sorteret`, String(b.untriaged)],
    [`Efterslæb > ${b.workingDays} arbejdsdage: ubesvaret`, String(b.unanswered)],
    [
      `Tavs postkasse (${q.workingDays} arbejdsdage fra ${q.windowStart})`,
      q.alert ? `ADVARSEL: ${q.arrivals} nye mails, ingen handling` : "nej",
    ],
  ]);
  const weeks = columns([
    ["Uge", "I alt", ...HANDLINGS.map((h) => HANDLING_LABELS[h].da), UNTRIAGED_LABEL.da],
    ...stats.weeks.map((w) => [
      w.key,
      String(w.total),
      ...HANDLINGS.map((h) => String(w.handling[h])),
      String(w.untriaged),
    ]),
  ]);
  return `${figures}\n\n${weeks}\n\nTider er arbejdsdagstimer: weekender, helligdage og lukkedage tæller ikke.`;
}
