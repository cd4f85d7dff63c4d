import type { Config } from "../../core/config/schema";
import { SERIES_COLOURS, VOLUME_SERIES, type VolumeSeries } from "../../core/stats/chart-model";
import { CHANGE_ARROWS, changeDirection, formatChange, formatFigure } from "../../core/stats/format-figures";
import { backlogDefinition, figureTable, type KeyFigure } from "../../core/stats/key-figures";
import type { MailboxStatistics, VolumeRow } from "../../core/stats/mailbox-statistics";
import { figureColumns, type FigureColumn, type TeamStatistics } from "../../core/stats/team-statistics";
import { HANDLING_LABELS, SENDER_LABELS, SENSITIVITY_LABELS } from "../../core/i18n/taxonomy-labels";
import { topicLabel, topicNames, UNTRIAGED_LABEL } from "../../core/stats/stats-labels";
import { HANDLINGS, SENDERS, SENSITIVITIES, TOPICS } from "../../core/taxonomy";
import { escapeHtml } from "../../core/escape-html";
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

const seriesLabel = (series: VolumeSeries): string =>
  series === "untriaged" ? UNTRIAGED_LABEL.da : HANDLING_LABELS[series].da;

function volumeSection(rows: readonly VolumeRow[], unit: "dag" | "uge"): string {
  const title = unit === "dag" ? "Mails pr. dag efter håndtering" : "Mails pr. uge efter håndtering";
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  const busiest = rows.reduce<VolumeRow | undefined>(
    (best, row) => (best && best.total >= row.total ? best : row),
    undefined,
  );
  const description = `${total} mails i alt fordelt på ${rows.length} ${unit === "dag" ? "dage" : "uger"}; flest ${busiest ? `${busiest.key} med ${busiest.total}` : "–"}. Tallene står i tabellen under figuren.`;
  const legend = VOLUME_SERIES.map(
    (s) => `<li><span style="background:${SERIES_COLOURS[s]}"></span>${escapeHtml(seriesLabel(s))}</li>`,
  ).join("");
  return (
    `<figure>${volumeSvg(`volume-${unit}`, rows, title, description, seriesLabel)}` +
    `<figcaption><strong>${escapeHtml(title)}</strong><ul class="legend">${legend}</ul></figcaption></figure>` +
    table(
      `${title} (tabel)`,
      [
        unit === "dag" ? "Dato" : "Uge",
        "I alt",
        ...HANDLINGS.map((h) => HANDLING_LABELS[h].da),
        UNTRIAGED_LABEL.da,
      ],
      rows.map((row) => [row.key, row.total, ...HANDLINGS.map((h) => row.handling[h]), row.untriaged]),
    )
  );
}

/** A figure with its base, and below it the change from the previous period; the arrow is decoration only. */
function figureCell(figure: KeyFigure): string {
  const direction = changeDirection(figure);
  const arrow = direction ? `<span aria-hidden="true">${CHANGE_ARROWS[direction]} </span>` : "";
  return `<td>${escapeHtml(formatFigure(figure.current, "da"))}<br><span class="change">${arrow}${escapeHtml(formatChange(figure, "da"))}</span></td>`;
}

function keyFiguresTable(columns: readonly FigureColumn[], config: Config): string {
  const figures = figureTable(
    columns.map(({ pair }) => pair),
    topicNames(config),
  );
  const head = ["Mål", ...columns.map(({ label }) => label.da)];
  const rows = (figures[0] ?? []).map((figure, i) => {
    const cells = figures.map((list) => figureCell(list[i] ?? figure)).join("");
    return `<tr><th scope="row">${escapeHtml(figure.label.da)}</th>${cells}</tr>`;
  });
  return (
    `<table><caption>Nøgletal for perioden, med ændringen mod forrige periode</caption>` +
    `<thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table>`
  );
}

function silentNote(label: string, stats: MailboxStatistics): string {
  const q = stats.silentMailbox;
  return q.alert
    ? `<p class="alert" role="alert">${escapeHtml(label)}: ${q.arrivals} mails er kommet siden ${q.windowStart}, og ingen er åbnet, sorteret eller besvaret i de seneste ${q.workingDays} arbejdsdage. Tjek, at nogen passer postkassen.</p>`
    : `<p class="ok">${escapeHtml(label)}: der er handlet på post inden for de seneste ${q.workingDays} arbejdsdage${q.lastActivity ? ` (seneste svar eller videresendelse ${q.lastActivity})` : ""}.</p>`;
}

/**
 * The monthly meeting's report: one self-contained HTML file (inline CSS and SVG, no script, nothing fetched), in
 * Danish, with a table beside every chart. The key figures come from the same list as the pane's and the CSV's:
 * one column per mailbox and one for the totals, each share with its base and each figure with the change from the
 * previous period of the same length. Only counts and shares: no subject, name or address of any sender.
 */
export function renderHtmlReport(team: TeamStatistics, config: Config): string {
  const columns = figureColumns(team);
  const names = team.mailboxes.map((m) => m.label).join(", ");
  const heading = `Statistik for ${names}`;
  const period = `${team.period.from} – ${team.period.to}`;
  const failures = team.mailboxes
    .flatMap((m) => ("failure" in m ? [`<li>${escapeHtml(`${m.label}: ${m.failure.da}`)}</li>`] : []))
    .join("");
  const failed = failures
    ? `<div class="alert" role="alert"><p>Disse postkasser kunne ikke læses, og tallene er uden dem:</p><ul>${failures}</ul></div>`
    : "";
  // The details below the key figures are the totals' when there are several mailboxes.
  const detail = columns[columns.length - 1];
  const asOf = detail?.pair.current.asOf ?? "";
  return `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`Kanalvagt – ${heading}, ${period}`)}</title><style>${STYLE}</style></head>
<body>
<header><h1>${escapeHtml(heading)}</h1><p>Periode ${escapeHtml(period)}, sammenlignet med ${escapeHtml(`${team.previousPeriod.from} – ${team.previousPeriod.to}`)} · opgjort ${escapeHtml(asOf.slice(0, 16).replace("T", " "))} UTC</p></header>
<main>
${failed}
<h2>Er postkasserne passet?</h2>
${columns.map(({ label, pair }) => silentNote(label.da, pair.current)).join("\n")}
<h2>Nøgletal</h2>
${keyFiguresTable(columns, config)}
<p class="note"><strong>Efterslæb:</strong> ${escapeHtml(backlogDefinition(detail?.pair.current.backlog.workingDays ?? config.statistics.backlogWorkingDays).da)}</p>
${detail ? details(detail, config) : ""}
<h2>Om tallene</h2>
<p class="note">Tid måles i arbejdsdagstimer: weekender, helligdage og kommunens lukkedage tæller ikke med. Median og 90 %-fraktil er nøjagtige inden for 1 %. Outlook gemmer kun seneste svar eller videresendelse, så tiden måles til den. En uge, der går ud over perioden, tæller kun periodens dage. Forrige periode har samme antal dage og slutter dagen før perioden; dens efterslæb er opgjort ved dens slutning. Rapporten indeholder kun optællinger – ingen emner, navne eller adresser på afsendere. Se docs/team-lead-guide.md.</p>
</main>
</body>
</html>
`;
}

function details({ label, pair }: FigureColumn, config: Config): string {
  const stats = pair.current;
  const t = stats.totals;
  const shares = [
    { label: "Med fortrolige eller følsomme oplysninger", share: stats.shares.sensitive.share },
    { label: "… heraf usigneret/ukrypteret", share: stats.shares.sensitiveUnsigned.share },
    { label: "Kunne klares med selvbetjening", share: stats.shares.selfService.share },
    { label: "Besvarede, markeret via Digital Post", share: stats.answers.digitalPostShare.share },
  ];
  const byDay = stats.days.length <= 31;
  return `<h2>${escapeHtml(`Andele og mængde: ${label.da}`)}</h2>
<figure>${sharesSvg("shares", shares, `Andele i perioden, ${label.da}`)}</figure>
${volumeSection(stats.weeks, "uge")}
${byDay ? volumeSection(stats.days, "dag") : ""}
${table(
  "Emner",
  ["Emne", "Antal"],
  TOPICS.map((topic) => [topicLabel(config, topic, "da"), t.topic[topic]]),
)}
${table(
  "Afsendere",
  ["Afsender", "Antal"],
  SENDERS.map((s) => [SENDER_LABELS[s].da, t.sender[s]]),
)}
${table(
  "Følsomhed",
  ["Niveau", "Antal"],
  SENSITIVITIES.map((s) => [SENSITIVITY_LABELS[s].da, t.sensitivity[s]]),
)}`;
}
