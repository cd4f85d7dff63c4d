import type { Config } from "../../core/config/schema";
import { SERIES_COLOURS, VOLUME_SERIES, type VolumeSeries } from "../../core/stats/chart-model";
import { CHANGE_ARROWS, changeDirection, formatChange, formatFigure } from "../../core/stats/format-figures";
import { backlogDefinition, figureTable, type KeyFigure } from "../../core/stats/key-figures";
import type { MailboxStatistics, VolumeRow } from "../../core/stats/mailbox-statistics";
import { figureColumns, type FigureColumn, type TeamStatistics } from "../../core/stats/team-statistics";
import { HANDLING_LABELS, SENDER_LABELS, SENSITIVITY_LABELS } from "../../core/i18n/taxonomy-labels";
import { topicLabel, topicNames, UNTRIAGED_LABEL, type StatsLang } from "../../core/stats/stats-labels";
import { HANDLINGS, SENDERS, SENSITIVITIES, TOPICS } from "../../core/taxonomy";
import { escapeHtml } from "../../core/escape-html";
import { STATS_REPORT_TEXTS, type StatsReportTexts } from "./stats-report-texts";
import { sharesSvg, volumeSvg } from "./svg";

const STYLE = `
body{font-family:"Segoe UI",system-ui,sans-serif;color:#242424;background:#fff;margin:2rem auto;max-width:60rem;padding:0 1rem;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #d1d1d1}
table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #d1d1d1;padding:.25rem .5rem;text-align:right}
th:first-child,td:first-child{text-align:left}th[scope=row]{font-weight:normal}caption{text-align:left;font-weight:600;padding:.25rem 0}
.alert{border:2px solid #c50f1f;background:#fdf3f4;padding:.75rem 1rem;font-weight:600}
.ok{border:1px solid #1e7b34;background:#f1faf1;padding:.75rem 1rem}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0;list-style:none}
.legend span{display:inline-block;width:.9rem;height:.9rem;margin-right:.3rem;vertical-align:-2px}
.note{color:#424242;font-size:.9rem}.change{color:#424242;font-size:.85rem}figure{margin:1rem 0}
@media print{body{margin:0}h2{break-after:avoid}figure,table{break-inside:avoid}}
`;

function table(caption: string, head: string[], rows: (string | number)[][]): string {
  const cells = (row: (string | number)[], tag: "td" | "th"): string =>
    row
      .map((cell, i) =>
        i === 0 && tag === "td"
          ? `<th scope="row">${escapeHtml(String(cell))}</th>`
          : `<${tag}>${escapeHtml(String(cell))}</${tag}>`,
      )
      .join("");
  return (
    `<table><caption>${escapeHtml(caption)}</caption>` +
    `<thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr></thead>` +
    `<tbody>${rows.map((row) => `<tr>${cells(row, "td")}</tr>`).join("")}</tbody></table>`
  );
}

function volumeSection(rows: readonly VolumeRow[], unit: "day" | "week", lang: StatsLang): string {
  const t = STATS_REPORT_TEXTS[lang];
  const seriesLabel = (series: VolumeSeries): string =>
    series === "untriaged" ? UNTRIAGED_LABEL[lang] : HANDLING_LABELS[series][lang];
  const title = t.volume[unit];
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  const busiest = rows.reduce<VolumeRow | undefined>(
    (best, row) => (best && best.total >= row.total ? best : row),
    undefined,
  );
  const description = t.volumeDescription(
    total,
    rows.length,
    unit,
    busiest ? t.busiest(busiest.key, busiest.total) : "–",
  );
  const legend = VOLUME_SERIES.map(
    (s) => `<li><span style="background:${SERIES_COLOURS[s]}"></span>${escapeHtml(seriesLabel(s))}</li>`,
  ).join("");
  // The same element ids in both languages.
  const id = unit === "day" ? "volume-dag" : "volume-uge";
  return (
    `<figure>${volumeSvg(id, rows, title, description, seriesLabel)}` +
    `<figcaption><strong>${escapeHtml(title)}</strong><ul class="legend">${legend}</ul></figcaption></figure>` +
    table(
      t.asTable(title),
      [
        unit === "day" ? t.day : t.week,
        t.total,
        ...HANDLINGS.map((h) => HANDLING_LABELS[h][lang]),
        UNTRIAGED_LABEL[lang],
      ],
      rows.map((row) => [row.key, row.total, ...HANDLINGS.map((h) => row.handling[h]), row.untriaged]),
    )
  );
}

/** A figure with its base, and below it the change from the previous period; the arrow is decoration only. */
function figureCell(figure: KeyFigure, lang: StatsLang): string {
  const direction = changeDirection(figure);
  const arrow = direction ? `<span aria-hidden="true">${CHANGE_ARROWS[direction]} </span>` : "";
  return `<td>${escapeHtml(formatFigure(figure.current, lang))}<br><span class="change">${arrow}${escapeHtml(formatChange(figure, lang))}</span></td>`;
}

function keyFiguresTable(columns: readonly FigureColumn[], config: Config, lang: StatsLang): string {
  const t = STATS_REPORT_TEXTS[lang];
  const figures = figureTable(
    columns.map(({ pair }) => pair),
    topicNames(config),
  );
  const head = [t.figure, ...columns.map(({ label }) => label[lang])];
  const rows = (figures[0] ?? []).map((figure, i) => {
    const cells = figures.map((list) => figureCell(list[i] ?? figure, lang)).join("");
    return `<tr><th scope="row">${escapeHtml(figure.label[lang])}</th>${cells}</tr>`;
  });
  return (
    `<table><caption>${escapeHtml(t.figuresCaption)}</caption>` +
    `<thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table>`
  );
}

function silentNote(label: string, stats: MailboxStatistics, t: StatsReportTexts): string {
  const q = stats.silentMailbox;
  return q.alert
    ? `<p class="alert" role="alert">${escapeHtml(t.silentAlertLong(label, q.arrivals, q.windowStart, q.workingDays))}</p>`
    : `<p class="ok">${escapeHtml(t.silentOk(label, q.workingDays, q.lastActivity))}</p>`;
}

/**
 * The monthly meeting's report: one self-contained HTML file (inline CSS and SVG, no script, nothing fetched), in
 * Danish or English, with a table beside every chart. The key figures come from the same list as the pane's and the CSV's:
 * one column per mailbox and one for the totals, each share with its base and each figure with the change from the
 * previous period of the same length. Only counts and shares: no subject, name or address of any sender.
 */
export function renderHtmlReport(team: TeamStatistics, config: Config, lang: StatsLang = "da"): string {
  const t = STATS_REPORT_TEXTS[lang];
  const columns = figureColumns(team);
  const names = team.mailboxes.map((m) => m.label).join(", ");
  const heading = t.heading(names);
  const period = `${team.period.from} – ${team.period.to}`;
  const failures = team.mailboxes
    .flatMap((m) => ("failure" in m ? [`<li>${escapeHtml(`${m.label}: ${m.failure[lang]}`)}</li>`] : []))
    .join("");
  const failed = failures
    ? `<div class="alert" role="alert"><p>${escapeHtml(t.failedIntro)}</p><ul>${failures}</ul></div>`
    : "";
  // The details below the key figures are the totals' when there are several mailboxes.
  const detail = columns[columns.length - 1];
  const asOf = detail?.pair.current.asOf ?? "";
  return `<!doctype html>
<html lang="${t.htmlLang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`Kanalvagt – ${heading}, ${period}`)}</title><style>${STYLE}</style></head>
<body>
<header><h1>${escapeHtml(heading)}</h1><p>${escapeHtml(t.measured(period, `${team.previousPeriod.from} – ${team.previousPeriod.to}`, asOf.slice(0, 16).replace("T", " ")))}</p></header>
<main>
${failed}
<h2>${escapeHtml(t.lookedAfter)}</h2>
${columns.map(({ label, pair }) => silentNote(label[lang], pair.current, t)).join("\n")}
<h2>${escapeHtml(t.keyFigures)}</h2>
${keyFiguresTable(columns, config, lang)}
<p class="note"><strong>${escapeHtml(t.backlog)}:</strong> ${escapeHtml(backlogDefinition(detail?.pair.current.backlog.workingDays ?? config.statistics.backlogWorkingDays)[lang])}</p>
${detail ? details(detail, config, lang) : ""}
<h2>${escapeHtml(t.aboutTitle)}</h2>
<p class="note">${escapeHtml(t.about)}</p>
</main>
</body>
</html>
`;
}

function details({ label, pair }: FigureColumn, config: Config, lang: StatsLang): string {
  const words = STATS_REPORT_TEXTS[lang];
  const stats = pair.current;
  const t = stats.totals;
  const shares = [
    { label: words.shares.sensitive, share: stats.shares.sensitive.share },
    { label: words.shares.sensitiveUnsigned, share: stats.shares.sensitiveUnsigned.share },
    { label: words.shares.selfService, share: stats.shares.selfService.share },
    { label: words.shares.digitalPost, share: stats.answers.digitalPostShare.share },
  ];
  const byDay = stats.days.length <= 31;
  return `<h2>${escapeHtml(words.detailsFor(label[lang]))}</h2>
<figure>${sharesSvg("shares", shares, words.sharesFor(label[lang]))}</figure>
${volumeSection(stats.weeks, "week", lang)}
${byDay ? volumeSection(stats.days, "day", lang) : ""}
${table(
  words.topics,
  [words.topic, words.count],
  TOPICS.map((topic) => [topicLabel(config, topic, lang), t.topic[topic]]),
)}
${table(
  words.senders,
  [words.sender, words.count],
  SENDERS.map((s) => [SENDER_LABELS[s][lang], t.sender[s]]),
)}
${table(
  words.sensitivity,
  [words.level, words.count],
  SENSITIVITIES.map((s) => [SENSITIVITY_LABELS[s][lang], t.sensitivity[s]]),
)}`;
}
