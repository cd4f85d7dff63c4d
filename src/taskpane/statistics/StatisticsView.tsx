import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { dateInZone } from "../../core/calendar/calendar-date";
import type { Config } from "../../core/config/schema";
import type { VolumeSeries } from "../../core/stats/chart-model";
import type { MailboxStatistics, VolumeRow } from "../../core/stats/mailbox-statistics";
import { statisticsCsv } from "../../core/stats/statistics-csv";
import { HANDLING_LABELS } from "../../core/i18n/taxonomy-labels";
import { UNTRIAGED_LABEL, type StatsLang } from "../../core/stats/stats-labels";
import { HANDLINGS } from "../../core/taxonomy";
import { SignInError } from "../../graph/auth/sign-in-error";
import { describeGraphError } from "../../graph/error-text";
import { GraphCallError } from "../../graph/errors";
import { downloadText } from "./csv-download";
import { last30Days, lastMonth, thisMonth, type PeriodChoice } from "./period-presets";
import { ShareBars } from "./ShareBars";
import {
  emulatorMailboxes,
  graphStatisticsLoader,
  type MailboxChoice,
  type StatisticsLoader,
} from "./statistics-source";
import { STATISTICS_TEXTS, type StatisticsTexts } from "./statistics-texts";
import { VolumeChart } from "./VolumeChart";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 4px", textAlign: "right" },
  head: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    textAlign: "left",
    fontWeight: "normal",
  },
});

export interface StatisticsViewProps {
  config: Config;
  lang: StatsLang;
  /** The demo's local Graph emulator; without it the view signs in to Microsoft Graph. */
  emulatorUrl?: string;
  /** Only for tests: where the statistics come from. */
  loader?: StatisticsLoader;
  now?: () => Date;
}

type LoadState =
  | { kind: "idle" }
  | { kind: "loading"; read: number }
  | { kind: "done"; stats: MailboxStatistics; mailbox: string }
  | { kind: "failed"; message: string };

function failureText(error: unknown, lang: StatsLang): string {
  if (error instanceof SignInError) return error.text[lang];
  if (error instanceof GraphCallError) return describeGraphError(error, lang);
  if (error instanceof RangeError) return STATISTICS_TEXTS[lang].badPeriod;
  return error instanceof Error ? error.message : String(error);
}

function Figures({ rows }: { rows: [string, string | number][] }) {
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row" className={styles.head}>
              {label}
            </th>
            <td className={styles.cell}>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function VolumeTable({
  rows,
  texts,
  keyHeading,
}: {
  rows: readonly VolumeRow[];
  texts: StatisticsTexts;
  keyHeading: string;
}) {
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col" className={styles.head}>
            {keyHeading}
          </th>
          <th scope="col" className={styles.cell}>
            {texts.total}
          </th>
          <th scope="col" className={styles.cell}>
            {texts.untriaged}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className={styles.head}>
              {row.key}
            </th>
            <td className={styles.cell}>{row.total}</td>
            <td className={styles.cell}>{row.untriaged}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Results({ stats, lang }: { stats: MailboxStatistics; lang: StatsLang }) {
  const texts = STATISTICS_TEXTS[lang];
  const t = stats.totals;
  const a = stats.answers;
  const q = stats.silentMailbox;
  const byDay = stats.days.length <= 31;
  const rows = byDay ? stats.days : stats.weeks;
  const seriesLabel = (series: VolumeSeries): string =>
    series === "untriaged" ? UNTRIAGED_LABEL[lang] : HANDLING_LABELS[series][lang];
  const description = `${t.received} · ${HANDLINGS.map((h) => `${HANDLING_LABELS[h][lang]} ${t.handling[h]}`).join(", ")}, ${UNTRIAGED_LABEL[lang]} ${t.untriaged}`;
  return (
    <>
      {q.alert && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{texts.silentTitle}</MessageBarTitle>
            {texts.silent(q.arrivals, q.workingDays, q.windowStart)}
          </MessageBarBody>
        </MessageBar>
      )}
      <Figures
        rows={[
          [texts.received, t.received],
          [texts.triaged, t.triaged],
          [texts.untriaged, t.untriaged],
          [texts.backlog(stats.backlog.workingDays), ""],
          [texts.backlogUntriaged, stats.backlog.untriaged],
          [texts.backlogUnanswered, stats.backlog.unanswered],
        ]}
      />
      <ShareBars
        items={[
          { label: texts.sensitive, share: stats.shares.sensitive.share },
          { label: texts.sensitiveUnsigned, share: stats.shares.sensitiveUnsigned.share },
          { label: texts.selfService, share: stats.shares.selfService.share },
          { label: texts.digitalPost, share: a.digitalPostShare.share },
        ]}
      />
      <Subtitle2 as="h3">{texts.answers}</Subtitle2>
      <Figures
        rows={[
          [texts.byEmailOnly, a.byEmailOnly],
          [texts.viaDigitalPostOnly, a.viaDigitalPostOnly],
          [texts.both, a.both],
          [texts.forwardedOnly, a.forwardedOnly],
          [texts.unanswered, a.unanswered],
          [`${texts.firstAction}, ${texts.median}`, texts.hours(stats.firstAction.medianHours)],
          [`${texts.firstAction}, ${texts.p90}`, texts.hours(stats.firstAction.p90Hours)],
        ]}
      />
      <Subtitle2 as="h3">{byDay ? texts.volumeDays : texts.volume}</Subtitle2>
      <VolumeChart
        rows={rows}
        title={byDay ? texts.volumeDays : texts.volume}
        description={description}
        seriesLabel={seriesLabel}
      />
      <details>
        <summary>{texts.showTable}</summary>
        <VolumeTable rows={rows} texts={texts} keyHeading={byDay ? texts.day : texts.week} />
      </details>
      <Caption1>{texts.clockNote}</Caption1>
    </>
  );
}

/**
 * The team leads' "Statistik" view: pick a shared mailbox and a period, read the figures, export them as CSV. The
 * pane loads it lazily (React.lazy) so Graph, MSAL and the charts cost nothing until someone opens it.
 */
export default function StatisticsView({
  config,
  lang,
  emulatorUrl,
  loader,
  now = () => new Date(),
}: StatisticsViewProps) {
  const styles = useStyles();
  const texts = STATISTICS_TEXTS[lang];
  const today = useMemo(() => dateInZone(now(), config.timeZone), [config.timeZone, now]);
  const configured = useMemo<MailboxChoice[]>(() => config.graph?.mailboxes ?? [], [config]);
  const [mailboxes, setMailboxes] = useState<MailboxChoice[]>(configured);
  const [mailbox, setMailbox] = useState(configured[0]?.address ?? "");
  const [period, setPeriod] = useState<PeriodChoice>(() => lastMonth(today));
  const [state, setState] = useState<LoadState>({ kind: "idle" });
  const load = useMemo(
    () => loader ?? graphStatisticsLoader(config, emulatorUrl),
    [loader, config, emulatorUrl],
  );

  useEffect(() => {
    if (configured.length > 0 || emulatorUrl === undefined) return;
    let live = true;
    void emulatorMailboxes(emulatorUrl).then((found) => {
      if (!live) return;
      setMailboxes(found);
      setMailbox((current) => current || (found[0]?.address ?? ""));
    });
    return () => {
      live = false;
    };
  }, [configured, emulatorUrl]);

  async function fetchStatistics(): Promise<void> {
    setState({ kind: "loading", read: 0 });
    try {
      const stats = await load({
        mailbox,
        from: period.from,
        to: period.to,
        onPage: (read) => setState({ kind: "loading", read }),
      });
      setState({ kind: "done", stats, mailbox });
    } catch (error) {
      setState({ kind: "failed", message: failureText(error, lang) });
    }
  }

  function exportCsv(stats: MailboxStatistics, box: string): void {
    downloadText(
      `kanalvagt-statistik-${box.split("@")[0] ?? "postkasse"}-${stats.period.from}-${stats.period.to}.csv`,
      statisticsCsv(stats, config),
    );
  }

  return (
    <section className={styles.root} aria-labelledby="kanalvagt-statistik">
      <Subtitle2 as="h2" id="kanalvagt-statistik">
        {texts.title}
      </Subtitle2>
      <Caption1>{texts.intro}</Caption1>
      {mailboxes.length === 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{texts.noMailboxes}</MessageBarBody>
        </MessageBar>
      ) : (
        <Field label={texts.mailbox}>
          <Select value={mailbox} onChange={(_, data) => setMailbox(data.value)}>
            {mailboxes.map((m) => (
              <option key={m.address} value={m.address}>
                {m.label ?? m.address}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className={styles.row}>
        <Field label={texts.from}>
          <Input
            type="date"
            value={period.from}
            onChange={(_, data) => setPeriod({ ...period, from: data.value })}
          />
        </Field>
        <Field label={texts.to}>
          <Input
            type="date"
            value={period.to}
            onChange={(_, data) => setPeriod({ ...period, to: data.value })}
          />
        </Field>
      </div>
      <div className={styles.row}>
        <Button size="small" onClick={() => setPeriod(lastMonth(today))}>
          {texts.lastMonth}
        </Button>
        <Button size="small" onClick={() => setPeriod(thisMonth(today))}>
          {texts.thisMonth}
        </Button>
        <Button size="small" onClick={() => setPeriod(last30Days(today))}>
          {texts.last30}
        </Button>
      </div>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={mailbox === "" || state.kind === "loading"}
          onClick={() => void fetchStatistics()}
        >
          {texts.load}
        </Button>
        {state.kind === "done" && (
          <Button onClick={() => exportCsv(state.stats, state.mailbox)}>{texts.exportCsv}</Button>
        )}
      </div>
      {state.kind === "loading" && <Spinner size="tiny" label={texts.loading(state.read)} />}
      {state.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "done" && <Results stats={state.stats} lang={lang} />}
    </section>
  );
}
