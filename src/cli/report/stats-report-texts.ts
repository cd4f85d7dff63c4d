import type { StatsLang } from "../../core/stats/stats-labels";

/**
 * The words of `kanalvagt stats`' table and HTML report, Danish first. The figures' own names, the backlog's
 * definition, the taxonomy's labels and a mailbox's failure come bilingual from core; these are the rest.
 */
export interface StatsReportTexts {
  htmlLang: string;
  change: string;
  silentMailbox: string;
  silentAlert: (arrivals: number, since: string) => string;
  silentNo: string;
  week: string;
  day: string;
  total: string;
  backlog: string;
  clockNote: string;
  period: (period: string, previous: string) => string;
  couldNotRead: (label: string, why: string) => string;
  heading: (names: string) => string;
  measured: (period: string, previous: string, asOf: string) => string;
  failedIntro: string;
  lookedAfter: string;
  keyFigures: string;
  figure: string;
  figuresCaption: string;
  silentAlertLong: (label: string, arrivals: number, since: string, days: number) => string;
  silentOk: (label: string, days: number, lastActivity: string | null) => string;
  aboutTitle: string;
  about: string;
  detailsFor: (label: string) => string;
  sharesFor: (label: string) => string;
  shares: { sensitive: string; sensitiveUnsigned: string; selfService: string; digitalPost: string };
  volume: { week: string; day: string };
  volumeDescription: (total: number, count: number, unit: "day" | "week", busiest: string) => string;
  busiest: (key: string, total: number) => string;
  asTable: (title: string) => string;
  topics: string;
  topic: string;
  senders: string;
  sender: string;
  sensitivity: string;
  level: string;
  count: string;
}

export const STATS_REPORT_TEXTS: Record<StatsLang, StatsReportTexts> = {
  da: {
    htmlLang: "da",
    change: "ændring",
    silentMailbox: "Tavs postkasse",
    silentAlert: (arrivals, since) => `ADVARSEL: ${arrivals} nye mails, ingen handling siden ${since}`,
    silentNo: "nej",
    week: "Uge",
    day: "Dato",
    total: "I alt",
    backlog: "Efterslæb",
    clockNote: "Tider er arbejdsdagstimer: weekender, helligdage og lukkedage tæller ikke.",
    period: (period, previous) => `Periode ${period}, sammenlignet med ${previous}`,
    couldNotRead: (label, why) => `Kunne ikke læses: ${label}: ${why}`,
    heading: (names) => `Statistik for ${names}`,
    measured: (period, previous, asOf) =>
      `Periode ${period}, sammenlignet med ${previous} · opgjort ${asOf} UTC`,
    failedIntro: "Disse postkasser kunne ikke læses, og tallene er uden dem:",
    lookedAfter: "Er postkasserne passet?",
    keyFigures: "Nøgletal",
    figure: "Mål",
    figuresCaption: "Nøgletal for perioden, med ændringen mod forrige periode",
    silentAlertLong: (label, arrivals, since, days) =>
      `${label}: ${arrivals} mails er kommet siden ${since}, og ingen er åbnet, sorteret eller besvaret i de seneste ${days} arbejdsdage. Tjek, at nogen passer postkassen.`,
    silentOk: (label, days, lastActivity) =>
      `${label}: der er handlet på post inden for de seneste ${days} arbejdsdage${lastActivity ? ` (seneste svar eller videresendelse ${lastActivity})` : ""}.`,
    aboutTitle: "Om tallene",
    about:
      "Tid måles i arbejdsdagstimer: weekender, helligdage og kommunens lukkedage tæller ikke med. Median og 90 %-fraktil er nøjagtige inden for 1 %. Outlook gemmer kun seneste svar eller videresendelse, så tiden måles til den. En uge, der går ud over perioden, tæller kun periodens dage. Forrige periode har samme antal dage og slutter dagen før perioden; dens efterslæb er opgjort ved dens slutning. Rapporten indeholder kun optællinger – ingen emner, navne eller adresser på afsendere. Se docs/team-lead-guide.md.",
    detailsFor: (label) => `Andele og mængde: ${label}`,
    sharesFor: (label) => `Andele i perioden, ${label}`,
    shares: {
      sensitive: "Med fortrolige eller følsomme oplysninger",
      sensitiveUnsigned: "… heraf usigneret/ukrypteret",
      selfService: "Kunne klares med selvbetjening",
      digitalPost: "Besvarede, markeret via Digital Post",
    },
    volume: { week: "Mails pr. uge efter håndtering", day: "Mails pr. dag efter håndtering" },
    volumeDescription: (total, count, unit, busiest) =>
      `${total} mails i alt fordelt på ${count} ${unit === "day" ? "dage" : "uger"}; flest ${busiest}. Tallene står i tabellen under figuren.`,
    busiest: (key, total) => `${key} med ${total}`,
    asTable: (title) => `${title} (tabel)`,
    topics: "Emner",
    topic: "Emne",
    senders: "Afsendere",
    sender: "Afsender",
    sensitivity: "Følsomhed",
    level: "Niveau",
    count: "Antal",
  },
  en: {
    htmlLang: "en-GB",
    change: "change",
    silentMailbox: "Silent mailbox",
    silentAlert: (arrivals, since) => `WARNING: ${arrivals} new mails, nothing done since ${since}`,
    silentNo: "no",
    week: "Week",
    day: "Date",
    total: "Total",
    backlog: "Backlog",
    clockNote: "Times are working hours: weekends, public holidays and closing days do not count.",
    period: (period, previous) => `Period ${period}, compared with ${previous}`,
    couldNotRead: (label, why) => `Could not be read: ${label}: ${why}`,
    heading: (names) => `Statistics for ${names}`,
    measured: (period, previous, asOf) => `Period ${period}, compared with ${previous} · counted ${asOf} UTC`,
    failedIntro: "These mailboxes could not be read, and the figures are without them:",
    lookedAfter: "Are the mailboxes looked after?",
    keyFigures: "Key figures",
    figure: "Measure",
    figuresCaption: "Key figures for the period, with the change from the previous period",
    silentAlertLong: (label, arrivals, since, days) =>
      `${label}: ${arrivals} mails have arrived since ${since}, and none was opened, triaged or answered in the last ${days} working days. Check that someone looks after the mailbox.`,
    silentOk: (label, days, lastActivity) =>
      `${label}: mail was acted on within the last ${days} working days${lastActivity ? ` (latest reply or forward ${lastActivity})` : ""}.`,
    aboutTitle: "About the figures",
    about:
      "Time is measured in working hours: weekends, public holidays and the municipality's closing days do not count. The median and the 90th percentile are exact to within 1 %. Outlook keeps only the latest reply or forward, so time is measured to that. A week that reaches beyond the period counts only the period's days. The previous period has as many days and ends the day before the period; its backlog is counted at its end. The report holds counts only – no subjects, names or addresses of senders. See docs/team-lead-guide.md.",
    detailsFor: (label) => `Shares and volume: ${label}`,
    sharesFor: (label) => `Shares in the period, ${label}`,
    shares: {
      sensitive: "With confidential or sensitive data",
      sensitiveUnsigned: "… of which unsigned/unencrypted",
      selfService: "Could have used self-service",
      digitalPost: "Answered, marked as via Digital Post",
    },
    volume: { week: "Mails per week by handling", day: "Mails per day by handling" },
    volumeDescription: (total, count, unit, busiest) =>
      `${total} mails in all over ${count} ${unit === "day" ? "days" : "weeks"}; the most ${busiest}. The figures are in the table below the chart.`,
    busiest: (key, total) => `${key} with ${total}`,
    asTable: (title) => `${title} (table)`,
    topics: "Topics",
    topic: "Topic",
    senders: "Senders",
    sender: "Sender",
    sensitivity: "Sensitivity",
    level: "Level",
    count: "Count",
  },
};
