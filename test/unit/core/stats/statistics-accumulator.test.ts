import fc from "fast-check";
import type { TriageRecord } from "../../../../src/core/record";
import {
  StatisticsAccumulator,
  type StatisticsSettings,
} from "../../../../src/core/stats/statistics-accumulator";
import type { StatsMessage } from "../../../../src/core/stats/stats-message";

const DIGITAL_POST = "Kanalvagt: Besvaret via Digital Post";
const SETTINGS: StatisticsSettings = {
  timeZone: "Europe/Copenhagen",
  calendar: {
    closingDays: [
      { id: "grundlovsdag", month: 6, day: 5 },
      { id: "juleaftensdag", month: 12, day: 24 },
    ],
    closedDates: [],
  },
  answeredViaDigitalPostCategory: DIGITAL_POST,
  backlogWorkingDays: 2,
  silentMailboxWorkingDays: 3,
};
/** Monday 14 to Friday 25 April 2025, over Easter (17, 18 and 21 April closed); measured Friday 16:00. */
const RUN = { from: "2025-04-14", to: "2025-04-25", asOf: new Date("2025-04-25T14:00:00Z") };

function record(
  handling: TriageRecord["handling"],
  topic: TriageRecord["topic"],
  sender: TriageRecord["sender"],
  sensitivity: TriageRecord["sensitivity"],
  signature: TriageRecord["signature"],
): TriageRecord {
  return {
    v: 1,
    handling,
    flags: [],
    topic,
    sender,
    lang: "da",
    sensitivity,
    kinds: {},
    signature,
    channel: "digital-post",
    journalise: true,
    versions: { engine: "1", model: "1", config: "1" },
    at: "2025-04-14T07:00:00.000Z",
  };
}

/** Local Copenhagen time in April 2025 is UTC+2. */
const local = (day: number, hour: number): string => new Date(Date.UTC(2025, 3, day, hour - 2)).toISOString();

const MESSAGES: Record<string, StatsMessage> = {
  m1: {
    receivedDateTime: local(14, 9),
    triage: record("sag", "ydelser", "borger", "foelsomme", "unsigned"),
    categories: [],
    lastAction: { verb: "reply", at: local(14, 11) },
    isRead: true,
  },
  m2: {
    receivedDateTime: local(14, 10),
    triage: record("selvbetjening", "borgerservice", "borger", "fortrolige", "signed"),
    categories: [DIGITAL_POST, "Staff's own"],
    isRead: true,
  },
  m3: {
    receivedDateTime: local(15, 8),
    triage: record("generel", "affald", "virksomhed", "ingen", "unsigned"),
    categories: [],
    lastAction: { verb: "forward", at: local(15, 12) },
    isRead: true,
  },
  m4: { receivedDateTime: local(16, 14), categories: [], isRead: false },
  m5: {
    receivedDateTime: local(16, 15),
    triage: record("ingen", "andet", "maskine", "ingen", "unsigned"),
    categories: [],
    isRead: false,
  },
  m6: {
    receivedDateTime: local(17, 10),
    triage: record("sag", "sundhed", "borger", "foelsomme", "unknown"),
    categories: [],
    lastAction: { verb: "reply", at: local(22, 10) },
    isRead: true,
  },
  m7: {
    receivedDateTime: local(22, 9),
    triage: record("booking", "borgerservice", "borger", "almindelige", "unsigned"),
    categories: [],
    isRead: true,
  },
  m8: { receivedDateTime: local(23, 9), categories: [], isRead: false },
  m9: {
    receivedDateTime: local(24, 9),
    triage: record("sag", "byggeri", "forening", "fortrolige", "encrypted"),
    categories: [DIGITAL_POST],
    lastAction: { verb: "reply-all", at: local(24, 17) },
    isRead: true,
  },
  outside: { receivedDateTime: local(26, 9), categories: [], isRead: false },
  undated: { receivedDateTime: "not a date", categories: [], isRead: false },
};

function statsOf(messages: StatsMessage[]) {
  const accumulator = new StatisticsAccumulator(SETTINGS, RUN);
  accumulator.addAll(messages);
  return accumulator.result();
}

const all = Object.values(MESSAGES);
const stats = statsOf(all);

describe("statistics over a hand-made mailbox", () => {
  it("counts received, triaged and opened mail, and what fell outside the period", () => {
    expect(stats.totals).toMatchObject({
      received: 9,
      triaged: 7,
      untriaged: 2,
      opened: 6,
      outsidePeriod: 2,
    });
    expect(stats.totals.handling).toEqual({ sag: 3, generel: 1, selvbetjening: 1, booking: 1, ingen: 1 });
    expect(stats.totals.sensitivity).toEqual({ ingen: 2, almindelige: 1, fortrolige: 2, foelsomme: 2 });
    expect(stats.totals.sender).toMatchObject({ borger: 4, virksomhed: 1, forening: 1, maskine: 1 });
  });

  it("shares of sensitive, sensitive-and-unsigned and self-service mail are out of triaged mail", () => {
    expect(stats.shares.sensitive).toEqual({ count: 4, of: 7, share: 4 / 7 });
    // m1 unsigned, m6 not shown to be signed; m2 signed and m9 encrypted do not count.
    expect(stats.shares.sensitiveUnsigned).toEqual({ count: 2, of: 7, share: 2 / 7 });
    expect(stats.shares.selfService).toEqual({ count: 1, of: 7, share: 1 / 7 });
  });

  it("tells e-mail answers from Digital Post, and mail that needs no answer from unanswered mail", () => {
    expect(stats.answers).toEqual({
      needingAnswer: 8,
      byEmailOnly: 2,
      viaDigitalPostOnly: 1,
      both: 1,
      forwardedOnly: 1,
      unanswered: 3,
      digitalPostShare: { count: 2, of: 4, share: 0.5 },
    });
  });

  it("median and 90th percentile of the time to first action run on the working-day clock", () => {
    // 2 h (m1), 4 h (m3), 10 h (m6: Maundy Thursday to Easter Tuesday 10:00), 8 h (m9).
    expect(stats.firstAction.measured).toBe(4);
    // The histogram promises 1 %.
    expect(Math.abs(stats.firstAction.medianHours! / 4 - 1)).toBeLessThan(0.01);
    expect(Math.abs(stats.firstAction.p90Hours! / 10 - 1)).toBeLessThan(0.01);
  });

  it("the backlog counts mail older than two working days, with Easter not counting", () => {
    // m4 (16 April, untriaged) and m7 (22 April, unanswered) are overdue on 25 April; m8 (23 April) is not yet.
    // Due: the six mails of 14–22 April that may need an answer (m5 needs none); m8 is too young.
    expect(stats.backlog).toEqual({
      workingDays: 2,
      due: 6,
      untriaged: 1,
      unanswered: 1,
      oldest: "2025-04-16",
      total: { count: 2, of: 6, share: 2 / 6 },
    });
  });

  it("the backlog is measured at asOf: a reply sent after it does not take a mail out", () => {
    const late: StatsMessage = { ...MESSAGES.m1!, lastAction: { verb: "reply", at: local(24, 10) } };
    const backlogAt = (asOf: string) => {
      const accumulator = new StatisticsAccumulator(SETTINGS, { ...RUN, asOf: new Date(asOf) });
      accumulator.add(late);
      return accumulator.result().backlog;
    };
    expect(backlogAt(local(23, 12))).toMatchObject({ due: 1, unanswered: 1, oldest: "2025-04-14" });
    expect(backlogAt(local(25, 12))).toMatchObject({ due: 1, unanswered: 0, oldest: null });
  });

  it("merging accumulators gives what one accumulator fed with all the mails gives", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: all.length, maxLength: all.length }), (sides) => {
        const left = new StatisticsAccumulator(SETTINGS, RUN);
        const right = new StatisticsAccumulator(SETTINGS, RUN);
        all.forEach((message, i) => (sides[i] ? left : right).add(message));
        left.merge(right);
        expect(left.result()).toEqual(stats);
      }),
      { numRuns: 30 },
    );
    const otherPeriod = new StatisticsAccumulator(SETTINGS, { ...RUN, from: "2025-04-15" });
    expect(() => new StatisticsAccumulator(SETTINGS, RUN).merge(otherPeriod)).toThrow(/same period/);
  });

  it("a mailbox where someone acted in the last three working days is not silent", () => {
    expect(stats.silentMailbox).toEqual({
      workingDays: 3,
      windowStart: "2025-04-23",
      arrivals: 2,
      activity: 1,
      lastActivity: "2025-04-24",
      alert: false,
    });
  });

  it("raises the silent-mailbox alert when mail arrives and nobody acts for three working days", () => {
    const silent = statsOf(all.filter((message) => message !== MESSAGES.m9));
    expect(silent.silentMailbox).toMatchObject({
      arrivals: 1,
      activity: 0,
      lastActivity: "2025-04-22",
      alert: true,
    });
  });

  it("a quiet mailbox with no mail in the window is not an alarm", () => {
    const quiet = statsOf([MESSAGES.m1!, MESSAGES.m2!]);
    expect(quiet.silentMailbox).toMatchObject({ arrivals: 0, alert: false });
  });

  it("volume per day covers every day of the period, and weeks are ISO weeks", () => {
    expect(stats.days.map((d) => d.key)).toHaveLength(12);
    const monday = stats.days.find((d) => d.key === "2025-04-14");
    expect(monday).toMatchObject({ total: 2, untriaged: 0 });
    expect(monday?.handling).toMatchObject({ sag: 1, selvbetjening: 1 });
    expect(stats.days.find((d) => d.key === "2025-04-19")?.total).toBe(0);
    expect(stats.weeks.map((w) => [w.key, w.total, w.untriaged])).toEqual([
      ["2025-W16", 6, 1],
      ["2025-W17", 3, 1],
    ]);
  });

  it("holds nothing but counts: no subject, name or address could be in it", () => {
    const text = JSON.stringify(stats);
    expect(text).not.toMatch(/@|Staff's own/);
  });

  it("the order mails come in changes nothing", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }), (shuffled) => {
        expect(statsOf(shuffled)).toEqual(stats);
      }),
      { numRuns: 30 },
    );
  });

  it("rejects a period that is not one", () => {
    expect(() => new StatisticsAccumulator(SETTINGS, { ...RUN, from: "2025-13-01" })).toThrow(/yyyy-mm-dd/);
    expect(() => new StatisticsAccumulator(SETTINGS, { ...RUN, from: "2025-05-01" })).toThrow(/end before/);
  });
});
