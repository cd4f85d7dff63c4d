import type { Config } from "../../core/config/schema";
import { SERIES_COLOURS, VOLUME_SERIES, type VolumeSeries } from "../../core/stats/chart-model";
import { formatHours, formatShare } from "../../core/stats/format-figures";
import type { MailboxStatistics, VolumeRow } from "../../core/stats/mailbox-statistics";
import { HANDLING_LABELS, SENDER_LABELS, SENSITIVITY_LABELS } from "../../core/i18n/taxonomy-labels";
import { topicLabel, UNTRIAGED_LABEL } from "../../core/stats/stats-labels";
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
.note{color:#424242;font-size:.9rem}figure{margin:1rem 0}
@media print{body{margin:0}h2{break-after:avoid}figure,table{break-inside:avoid}}
`;

const hours = (value: number | null): string => formatHours(value, "timer");

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

/**
 * The monthly meeting's report: one self-contained HTML file (inline CSS and SVG, no script, nothing fetched), in
 * Danish, with a table beside every chart. Only counts and shares: no subject, name or address of any sender.
 */
export function renderHtmlReport(mailboxLabel: string, stats: MailboxStatistics, config: Config): string {
  const t = stats.totals;
  const a = stats.answers;
  const b = stats.backlog;
  const q = stats.silentMailbox;
  const heading = `Statistik for ${mailboxLabel}`;
  const period = `${stats.period.from} – ${stats.period.to}`;
  const silent = q.alert
    ? `<p class="alert" role="alert">Advarsel: ${q.arrivals} mails er kommet siden ${q.windowStart}, og ingen er åbnet, sorteret eller besvaret i de seneste ${q.workingDays} arbejdsdage. Tjek, at nogen passer postkassen.</p>`
    : `<p class="ok">Postkassen er passet: der er handlet på post inden for de seneste ${q.workingDays} arbejdsdage${q.lastActivity ? ` (seneste svar eller videresendelse ${q.lastActivity})` : ""}.</p>`;
  const shares = [
    { label: "Med fortrolige eller følsomme oplysninger", share: stats.shares.sensitive.share },
    { label: "… heraf usigneret/ukrypteret", share: stats.shares.sensitiveUnsigned.share },
    { label: "Kunne klares med selvbetjening", share: stats.shares.selfService.share },
    { label: "Besvarede, markeret via Digital Post", share: a.digitalPostShare.share },
  ];
  const byDay = stats.days.length <= 31;
  return `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`Kanalvagt – ${heading}, ${period}`)}</title><style>${STYLE}</style></head>
<body>
<header><h1>${escapeHtml(heading)}</h1><p>Periode ${escapeHtml(period)} · opgjort ${escapeHtml(stats.asOf.slice(0, 16).replace("T", " "))} UTC</p></header>
<main>
<h2>Er postkassen passet?</h2>
${silent}
${table(
  "Efterslæb",
  ["Mål", "Antal"],
  [
    [`Ikke sorteret og ubesvaret, ældre end ${b.workingDays} arbejdsdage`, b.untriaged],
    [`Sorteret, men ubesvaret, ældre end ${b.workingDays} arbejdsdage`, b.unanswered],
    ["Ældste mail i efterslæbet", b.oldest ?? "–"],
  ],
)}
<h2>Nøgletal</h2>
${table(
  "Nøgletal for perioden",
  ["Mål", "Værdi"],
  [
    ["Modtaget", t.received],
    ["Sorteret af Kanalvagt", t.triaged],
    ["Ikke sorteret", t.untriaged],
    ["Åbnet", t.opened],
    ["Med fortrolige eller følsomme oplysninger", formatShare(stats.shares.sensitive)],
    ["… heraf usigneret/ukrypteret", formatShare(stats.shares.sensitiveUnsigned)],
    ["Kunne klares med selvbetjening", formatShare(stats.shares.selfService)],
    ["Tid til første handling, median", hours(stats.firstAction.medianHours)],
    ["Tid til første handling, 90 % inden for", hours(stats.firstAction.p90Hours)],
    ["Mails med målt tid til første handling", stats.firstAction.measured],
  ],
)}
<figure>${sharesSvg("shares", shares, "Andele i perioden")}</figure>
<h2>Hvordan blev der svaret?</h2>
${table(
  "Svar på mails, der kan kræve svar",
  ["Svar", "Antal"],
  [
    ["Kun besvaret på e-mail", a.byEmailOnly],
    ["Kun markeret besvaret via Digital Post", a.viaDigitalPostOnly],
    ["Både e-mail og Digital Post", a.both],
    ["Kun videresendt", a.forwardedOnly],
    ["Ubesvaret", a.unanswered],
    ["I alt", a.needingAnswer],
    ["Digital Post af besvarede", formatShare(a.digitalPostShare)],
  ],
)}
<h2>Mængde</h2>
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
)}
<h2>Om tallene</h2>
<p class="note">Tid måles i arbejdsdagstimer: weekender, helligdage og kommunens lukkedage tæller ikke med. Median og 90 %-fraktil er nøjagtige inden for 1 %. Outlook gemmer kun seneste svar eller videresendelse, så tiden måles til den. En uge, der går ud over perioden, tæller kun periodens dage. Rapporten indeholder kun optællinger – ingen emner, navne eller adresser på afsendere. Se docs/team-lead-guide.md.</p>
</main>
</body>
</html>
`;
}
