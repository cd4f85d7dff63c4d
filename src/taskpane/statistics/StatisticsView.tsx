import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { dateInZone } from "../../core/calendar/calendar-date";
import type { Config } from "../../core/config/schema";
import type { VolumeSeries } from "../../core/stats/chart-model";
import { formatFigure } from "../../core/stats/format-figures";
import { backlogDefinition, keyFigures } from "../../core/stats/key-figures";
import type { MailboxStatistics, VolumeRow } from "../../core/stats/mailbox-statistics";
import { statisticsCsv } from "../../core/stats/statistics-csv";
import { figureColumns, type FigureColumn, type TeamStatistics } from "../../core/stats/team-statistics";
import { HANDLING_LABELS } from "../../core/i18n/taxonomy-labels";
import { UNTRIAGED_LABEL, type StatsLang } from "../../core/stats/stats-labels";
import { HANDLINGS } from "../../core/taxonomy";
import { SignInError } from "../../graph/auth/sign-in-error";
import { describeGraphError } from "../../graph/error-text";
import { GraphCallError } from "../../graph/errors";
import { downloadText } from "./csv-download";
import { KeyFiguresTable } from "./KeyFiguresTable";
import { MailboxPicker } from "./MailboxPicker";
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
  | { kind: "loading"; mailbox: string; read: number }
  | { kind: "done"; team: TeamStatistics }
  | { kind: "failed"; message: string };

function failureText(error: unknown, lang: StatsLang): string {
  if (error instanceof SignInError) return error.text[lang];
  if (error instanceof GraphCallError) return describeGraphError(error, lang);
  if (error instanceof RangeError) return STATISTICS_TEXTS[lang].badPeriod;
  return error instanceof Error ? error.message : String(error);
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

function Details({ column, lang }: { column: FigureColumn; lang: StatsLang }) {
  const texts = STATISTICS_TEXTS[lang];
  const stats: MailboxStatistics = column.pair.current;
  const t = stats.totals;
  const byDay = stats.days.length <= 31;
  const rows = byDay ? stats.days : stats.weeks;
  const seriesLabel = (series: VolumeSeries): string =>
    series === "untriaged" ? UNTRIAGED_LABEL[lang] : HANDLING_LABELS[series][lang];
  const description = `${t.received} · ${HANDLINGS.map((h) => `${HANDLING_LABELS[h][lang]} ${t.handling[h]}`).join(", ")}, ${UNTRIAGED_LABEL[lang]} ${t.untriaged}`;
  const shares = new Set(["sensitive", "sensitive-unsigned", "self-service", "digital-post"]);
  return (
    <>
      <Subtitle2 as="h3">{texts.detailsFor(column.label[lang])}</Subtitle2>
      <ShareBars
        items={keyFigures(column.pair)
          .filter((figure) => shares.has(figure.id))
          .map((figure) => ({
            label: figure.label[lang],
            share: figure.current.kind === "share" ? figure.current.share : null,
            text: formatFigure(figure.current, lang),
          }))}
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
    </>
  );
}

function Results({ team, lang, config }: { team: TeamStatistics; lang: StatsLang; config: Config }) {
  const texts = STATISTICS_TEXTS[lang];
  const columns = figureColumns(team);
  // The details are the totals' when there are several mailboxes.
  const detail = columns[columns.length - 1];
  return (
    <>
      {team.mailboxes.map((m) =>
        "failure" in m ? (
          <MessageBar key={m.address} intent="warning">
            <MessageBarBody>
              <MessageBarTitle>{texts.failedTitle(m.label)}</MessageBarTitle>
              {m.failure[lang]} {texts.failedHint}
            </MessageBarBody>
          </MessageBar>
        ) : null,
      )}
      {columns.map(({ label, pair }) => {
        const q = pair.current.silentMailbox;
        return q.alert ? (
          <MessageBar key={label.da} intent="error" role="alert">
            <MessageBarBody>
              <MessageBarTitle>{`${texts.silentTitle}: ${label[lang]}`}</MessageBarTitle>
              {texts.silent(q.arrivals, q.workingDays, q.windowStart)}
            </MessageBarBody>
          </MessageBar>
        ) : null;
      })}
      {detail && (
        <>
          <KeyFiguresTable
            columns={columns}
            lang={lang}
            texts={texts}
            previous={team.previousPeriod}
            config={config}
          />
          <Caption1>
            <strong>{texts.backlogNote}</strong>{" "}
            {backlogDefinition(detail.pair.current.backlog.workingDays)[lang]}
          </Caption1>
          <Details column={detail} lang={lang} />
          <Caption1>{texts.clockNote}</Caption1>
        </>
      )}
    </>
  );
}

/**
 * The team leads' "Statistik" view: pick shared mailboxes and a period, read the figures side by side against the
 * previous period, export them as CSV. The
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
  const [available, setAvailable] = useState<MailboxChoice[]>(configured);
  const [chosen, setChosen] = useState<MailboxChoice[]>(configured.slice(0, 1));
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
      setAvailable(found);
      setChosen((current) => (current.length > 0 ? current : found.slice(0, 1)));
    });
    return () => {
      live = false;
    };
  }, [configured, emulatorUrl]);

  async function fetchStatistics(): Promise<void> {
    setState({ kind: "loading", mailbox: chosen[0]?.address ?? "", read: 0 });
    try {
      const team = await load({
        mailboxes: chosen.map((m) => ({ address: m.address, label: m.label ?? m.address })),
        from: period.from,
        to: period.to,
        onPage: (mailbox, read) => setState({ kind: "loading", mailbox, read }),
      });
      setState({ kind: "done", team });
    } catch (error) {
      setState({ kind: "failed", message: failureText(error, lang) });
    }
  }

  function exportCsv(team: TeamStatistics): void {
    const name =
      team.mailboxes.length === 1 ? (team.mailboxes[0]?.address.split("@")[0] ?? "postkasse") : "postkasser";
    downloadText(
      `kanalvagt-statistik-${name}-${team.period.from}-${team.period.to}.csv`,
      statisticsCsv(team, config),
    );
  }

  return (
    <section className={styles.root} aria-labelledby="kanalvagt-statistik">
      <Subtitle2 as="h2" id="kanalvagt-statistik">
        {texts.title}
      </Subtitle2>
      <Caption1>{texts.intro}</Caption1>
      {available.length === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{texts.noMailboxes}</MessageBarBody>
        </MessageBar>
      )}
      <MailboxPicker texts={texts} available={available} chosen={chosen} onChange={setChosen} />
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
          disabled={chosen.length === 0 || state.kind === "loading"}
          onClick={() => void fetchStatistics()}
        >
          {texts.load}
        </Button>
        {state.kind === "done" && <Button onClick={() => exportCsv(state.team)}>{texts.exportCsv}</Button>}
      </div>
      {state.kind === "loading" && <Spinner size="tiny" label={texts.loading(state.mailbox, state.read)} />}
      {state.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "done" && <Results team={state.team} lang={lang} config={config} />}
    </section>
  );
}
