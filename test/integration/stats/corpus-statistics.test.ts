import { readFile } from "node:fs/promises";
import path from "node:path";
import { formatIsoDate, parseIsoDate } from "../../../src/core/calendar/calendar-date";
import { WorkingDayCalendar } from "../../../src/core/calendar/working-days";
import { DEFAULT_CONFIG } from "../../../src/core/config/load";
import { statisticsSettingsFrom } from "../../../src/core/stats/statistics-accumulator";
import { HANDLINGS, type Handling } from "../../../src/core/taxonomy";
import { triage } from "../../../src/core/triage";
import { parseEml } from "../../../src/eml/parse-eml";
import { bulkTriage } from "../../../src/graph/bulk-triage";
import type { GraphClient } from "../../../src/graph/client";
import { mailboxPath } from "../../../src/graph/client";
import { LAST_VERB_PROPERTY, LAST_VERB_TIME_PROPERTY } from "../../../src/graph/properties";
import { mailboxStatistics } from "../../../src/graph/stats-source";
import type { CorpusEntry } from "../../../src/graph-emulator/corpus-mailbox";
import type { RunningEmulator } from "../../../src/graph-emulator/server";
import { client, CORPUS_DIR, END, startWithCorpus } from "../graph/harness";
import { MemoryCheckpoints } from "./memory-checkpoints";

jest.setTimeout(60_000);

const BOX = "borgerservice@nyborg.dk";
const ZONE = DEFAULT_CONFIG.timeZone;
const HOUR = 3_600_000;
const SETTINGS = statisticsSettingsFrom(DEFAULT_CONFIG);
/** The corpus is spread over the 60 days before END (2026-03-02); measured at END. */
const REQUEST = { mailbox: BOX, from: "2026-01-01", to: "2026-03-01", asOf: END };
const calendar = new WorkingDayCalendar(DEFAULT_CONFIG.calendar);

/** The local date by Intl directly, independent of the statistics' own clock. */
const localDate = (iso: string): string => new Date(iso).toLocaleDateString("sv-SE", { timeZone: ZONE });
const localHour = (iso: string): number =>
  Number(new Date(iso).toLocaleTimeString("sv-SE", { timeZone: ZONE, hour: "2-digit" }));

interface Known {
  entry: CorpusEntry;
  handling: Handling;
  sensitive: boolean;
}

async function engineVerdicts(entries: CorpusEntry[]): Promise<Known[]> {
  return Promise.all(
    entries.map(async (entry) => {
      const parsed = await parseEml(await readFile(path.join(CORPUS_DIR, entry.file)));
      if (!parsed.ok) throw new Error(`${entry.file}: ${parsed.error}`);
      const result = triage(parsed.mail, DEFAULT_CONFIG, END);
      const { sensitivity } = result.analysis;
      return {
        entry,
        handling: result.classification.handling.value,
        sensitive: sensitivity === "fortrolige" || sensitivity === "foelsomme",
      };
    }),
  );
}

async function setReply(graph: GraphClient, id: string, verb: number, at: number): Promise<void> {
  await graph.patch({ mailbox: BOX, operation: "test: reply state" }, `${mailboxPath(BOX)}/messages/${id}`, {
    singleValueExtendedProperties: [
      { id: LAST_VERB_PROPERTY, value: String(verb) },
      { id: LAST_VERB_TIME_PROPERTY, value: new Date(at).toISOString() },
    ],
  });
}

describe("statistics over the emulator seeded with the corpus", () => {
  let running: RunningEmulator & { manifest: CorpusEntry[] };
  let graph: GraphClient;
  let entries: CorpusEntry[];

  beforeAll(async () => {
    running = await startWithCorpus();
    graph = client(running).client;
    entries = running.manifest.filter((entry) => entry.mailbox === BOX);
  });
  afterAll(() => running.close());

  it("before any triage: every mail counted on its local day, all untriaged, the backlog and a silent mailbox", async () => {
    const stats = await mailboxStatistics(graph, SETTINGS, { ...REQUEST, pageSize: 10 });
    expect(stats.totals.received).toBe(entries.length);
    expect(stats.totals.untriaged).toBe(entries.length);

    const perDay = new Map<string, number>();
    for (const entry of entries) {
      const day = localDate(entry.receivedDateTime);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    expect(Object.fromEntries(stats.days.filter((d) => d.total > 0).map((d) => [d.key, d.total]))).toEqual(
      Object.fromEntries(perDay),
    );
    expect(stats.weeks.reduce((sum, w) => sum + w.total, 0)).toBe(entries.length);

    const overdue = entries.filter(
      (entry) =>
        formatIsoDate(calendar.addWorkingDays(parseIsoDate(localDate(entry.receivedDateTime))!, 2)) <
        "2026-03-02",
    ).length;
    expect(stats.backlog).toMatchObject({ untriaged: overdue, unanswered: 0 });

    // Window of three working days ending Monday 2 March: Thursday 26 February on.
    const arrivals = entries.filter((entry) => localDate(entry.receivedDateTime) >= "2026-02-26").length;
    expect(stats.silentMailbox).toMatchObject({ windowStart: "2026-02-26", arrivals, activity: 0 });
    expect(stats.silentMailbox.alert).toBe(arrivals > 0);
  });

  it("after bulk triage and staff's answers: handling and shares as the engine says, answers and times as set", async () => {
    const result = await bulkTriage(
      { mailbox: BOX, since: new Date("2025-12-01T00:00:00Z"), until: END },
      { client: graph, config: DEFAULT_CONFIG, checkpoints: new MemoryCheckpoints(), now: () => END },
    );
    expect(result.status).toBe("done");
    const known = await engineVerdicts(entries);

    // Staff act on five mails that need an answer, each received on a working morning: times are plain hours.
    const morning = known
      .filter((k) => k.handling !== "ingen")
      .filter((k) => calendar.isWorkingDay(parseIsoDate(localDate(k.entry.receivedDateTime))!))
      .filter((k) => localHour(k.entry.receivedDateTime) < 12)
      .map((k) => ({ id: k.entry.id, received: Date.parse(k.entry.receivedDateTime) }));
    const [e0, e1, e2, e3, e4] = morning;
    if (!e0 || !e1 || !e2 || !e3 || !e4) throw new Error("the corpus has too few working-morning mails");
    await setReply(graph, e0.id, 102, e0.received + 1 * HOUR);
    await setReply(graph, e1.id, 103, e1.received + 2 * HOUR);
    await setReply(graph, e2.id, 104, e2.received + 3 * HOUR);
    await setReply(graph, e3.id, 102, e3.received + 5 * HOUR);
    const digitalPost = DEFAULT_CONFIG.categories.answeredViaDigitalPost.name;
    for (const id of [e1.id, e4.id]) {
      const message = running.emulator.mailbox(BOX)!;
      const index = message.indexOf(id)!;
      await graph.patch({ mailbox: BOX, operation: "test: mark" }, `${mailboxPath(BOX)}/messages/${id}`, {
        categories: [...message.message(index).categories, digitalPost],
      });
    }

    const stats = await mailboxStatistics(graph, SETTINGS, REQUEST);
    expect(stats.totals.triaged).toBe(entries.length);
    const expectedHandling = Object.fromEntries(
      HANDLINGS.map((h) => [h, known.filter((k) => k.handling === h).length]),
    );
    expect(stats.totals.handling).toEqual(expectedHandling);
    const sensitive = known.filter((k) => k.sensitive).length;
    expect(stats.shares.sensitive).toEqual({
      count: sensitive,
      of: entries.length,
      share: sensitive / entries.length,
    });
    expect(stats.shares.selfService.count).toBe(expectedHandling.selvbetjening);

    const needing = known.filter((k) => k.handling !== "ingen").length;
    expect(stats.answers).toMatchObject({
      needingAnswer: needing,
      byEmailOnly: 2,
      both: 1,
      forwardedOnly: 1,
      viaDigitalPostOnly: 1,
      unanswered: needing - 5,
      digitalPostShare: { count: 2, of: 4, share: 0.5 },
    });
    // 1, 2, 3 and 5 hours: nearest-rank median 2 h, 90th percentile 5 h, within the histogram's 1 %.
    expect(stats.firstAction.measured).toBe(4);
    expect(Math.abs(stats.firstAction.medianHours! / 2 - 1)).toBeLessThan(0.01);
    expect(Math.abs(stats.firstAction.p90Hours! / 5 - 1)).toBeLessThan(0.01);
  });

  it("opening one new mail ends the silent-mailbox alert", async () => {
    const recent = entries.find((entry) => localDate(entry.receivedDateTime) >= "2026-02-26");
    if (recent === undefined) throw new Error("the corpus has no mail in the last three working days");
    await graph.patch(
      { mailbox: BOX, operation: "test: open" },
      `${mailboxPath(BOX)}/messages/${recent.id}`,
      {
        isRead: true,
      },
    );
    const stats = await mailboxStatistics(graph, SETTINGS, REQUEST);
    expect(stats.silentMailbox).toMatchObject({ activity: 1, alert: false });
  });
});
