import { formatChange, formatFigure } from "../../../../src/core/stats/format-figures";
import { DEFAULT_CONFIG } from "../../../../src/core/config/default-config";
import type { TriageRecord } from "../../../../src/core/record";
import { figureTable, keyFigures, type KeyFigure } from "../../../../src/core/stats/key-figures";
import type { Topic } from "../../../../src/core/taxonomy";
import { aTriageRecord } from "../../../support/triage-record";
import {
  StatisticsAccumulator,
  type StatisticsSettings,
} from "../../../../src/core/stats/statistics-accumulator";
import { previousPeriod } from "../../../../src/core/stats/team-statistics";

const SETTINGS: StatisticsSettings = {
  timeZone: "Europe/Copenhagen",
  calendar: { closingDays: [], closedDates: [] },
  answeredViaDigitalPostCategory: "Kanalvagt: Besvaret via Digital Post",
  backlogWorkingDays: 2,
  silentMailboxWorkingDays: 3,
};

function statsOf(from: string, to: string, days: string[]) {
  const accumulator = new StatisticsAccumulator(SETTINGS, { from, to, asOf: new Date(`${to}T20:00:00Z`) });
  for (const day of days)
    accumulator.add({ receivedDateTime: `${day}T08:00:00Z`, categories: [], isRead: false });
  return accumulator.result();
}

const figure = (list: KeyFigure[], id: string): KeyFigure => list.find((f) => f.id === id)!;

describe("key figures", () => {
  it("the previous period has the same number of days and ends the day before", () => {
    expect(previousPeriod({ from: "2026-03-01", to: "2026-03-31" })).toEqual({
      from: "2026-01-29",
      to: "2026-02-28",
    });
    expect(previousPeriod({ from: "2026-01-01", to: "2026-01-01" })).toEqual({
      from: "2025-12-31",
      to: "2025-12-31",
    });
    expect(() => previousPeriod({ from: "2026-01-02", to: "2026-01-01" })).toThrow(/end before/);
  });

  it("every share names its base, in Danish and in English, and the change says what it is measured against", () => {
    const current = statsOf("2026-11-09", "2026-11-13", [
      "2026-11-09",
      "2026-11-09",
      "2026-11-10",
      "2026-11-12",
    ]);
    const previous = statsOf("2026-11-02", "2026-11-06", ["2026-11-02"]);
    const figures = keyFigures({ current, previous });
    const untriaged = figure(figures, "untriaged");
    expect(formatFigure(untriaged.current, "da")).toBe("100,0 % (4 af 4 modtagne mails)");
    expect(formatFigure(untriaged.current, "en")).toBe("100.0 % (4 of 4 mails received)");
    expect(formatChange(untriaged, "da")).toBe("Uændret mod forrige periode (100,0 %)");
    const received = figure(figures, "received");
    expect(formatChange(received, "da")).toBe("+3 mod forrige periode (1)");
    expect(formatChange(received, "en")).toBe("+3 vs. previous period (1)");
    // Measured Friday evening: the three mails of Monday and Tuesday are older than two working days.
    const backlog = figure(figures, "backlog");
    expect(formatFigure(backlog.current, "da")).toBe(
      "100,0 % (3 af 3 mails ældre end 2 arbejdsdage, der kan kræve svar)",
    );
    expect(backlog.definition?.da).toMatch(/ældre end 2 arbejdsdage uden at være besvaret/);
    // Nobody acted, so there is no time to first action: the figure says why instead of showing nothing.
    expect(formatFigure(figure(figures, "first-action-median").current, "da")).toBe(
      "Kan ikke opgøres: ingen mail er besvaret eller videresendt",
    );
    expect(formatChange(figure(figures, "first-action-median"), "da")).toBe(
      "Kan ikke sammenlignes med forrige periode",
    );
  });

  it("a backlog that cannot be measured yet says why, and no figure is ever empty", () => {
    const young = statsOf("2026-11-13", "2026-11-13", ["2026-11-13"]);
    const figures = keyFigures({ current: young, previous: statsOf("2026-11-12", "2026-11-12", []) });
    expect(formatFigure(figure(figures, "backlog").current, "da")).toBe(
      "Kan ikke opgøres: ingen mails i perioden, der kan kræve svar, var ældre end 2 arbejdsdage ved opgørelsen",
    );
    for (const f of figures)
      for (const lang of ["da", "en"] as const) expect(formatFigure(f.current, lang)).not.toBe("");
  });
});

describe("the share corrected by staff", () => {
  const record = (topic: TriageRecord["topic"], corrected?: TriageRecord["corrected"]): TriageRecord =>
    aTriageRecord({ topic, ...(corrected ? { corrected } : {}) });

  function statsWith(records: TriageRecord[]) {
    const accumulator = new StatisticsAccumulator(SETTINGS, {
      from: "2026-11-09",
      to: "2026-11-13",
      asOf: new Date("2026-11-13T20:00:00Z"),
    });
    for (const triage of records)
      accumulator.add({ receivedDateTime: "2026-11-09T08:00:00Z", triage, categories: [], isRead: true });
    return accumulator.result();
  }

  const names = (topic: Topic) => DEFAULT_CONFIG.topics[topic].label;

  it("counts corrected mails by field and by topic, each share with its base", () => {
    const current = statsWith([
      record("affald", ["topic"]),
      record("affald", ["topic", "handling"]),
      record("affald"),
      record("affald"),
      record("byggeri", ["sender", "flags"]),
      ...Array.from({ length: 7 }, () => record("byggeri")),
    ]);
    const previous = statsWith([record("affald")]);
    const [figures] = figureTable([{ current, previous }], names);
    const of = (id: string) => formatFigure(figure(figures!, id).current, "da");
    expect(of("corrected")).toBe("25,0 % (3 af 12 sorterede mails)");
    expect(of("corrected-topic")).toBe("16,7 % (2 af 12 sorterede mails)");
    expect(of("corrected-handling")).toBe("8,3 % (1 af 12 sorterede mails)");
    expect(of("corrected-sender")).toBe("8,3 % (1 af 12 sorterede mails)");
    expect(of("corrected-flags")).toBe("8,3 % (1 af 12 sorterede mails)");
    expect(of("corrected-topic-affald")).toBe("50,0 % (2 af 4 sorterede mails om Affald og genbrug)");
    expect(formatFigure(figure(figures!, "corrected-topic-byggeri").current, "en")).toMatch(
      /^12\.5 % \(1 of 8 triaged mails about /,
    );
    // Only topics with mail get a row: a team lead reads where the engine is weak, not sixteen empty lines.
    expect(figures!.filter((f) => f.id.startsWith("corrected-topic-"))).toHaveLength(2);
  });

  it("gives every column the same rows, so a table lines up over several mailboxes", () => {
    const one = statsWith([record("affald", ["topic"])]);
    const other = statsWith([record("byggeri")]);
    const table = figureTable(
      [
        { current: one, previous: one },
        { current: other, previous: other },
      ],
      names,
    );
    expect(table[0]!.map((f) => f.id)).toEqual(table[1]!.map((f) => f.id));
    expect(formatFigure(figure(table[1]!, "corrected-topic-affald").current, "da")).toMatch(
      /^Kan ikke opgøres/,
    );
  });

  it("adds up over mailboxes", () => {
    const a = new StatisticsAccumulator(SETTINGS, {
      from: "2026-11-09",
      to: "2026-11-13",
      asOf: new Date("2026-11-13T20:00:00Z"),
    });
    const b = new StatisticsAccumulator(SETTINGS, {
      from: "2026-11-09",
      to: "2026-11-13",
      asOf: new Date("2026-11-13T20:00:00Z"),
    });
    a.add({
      receivedDateTime: "2026-11-09T08:00:00Z",
      triage: record("affald", ["topic"]),
      categories: [],
      isRead: true,
    });
    b.add({
      receivedDateTime: "2026-11-09T08:00:00Z",
      triage: record("affald", ["handling"]),
      categories: [],
      isRead: true,
    });
    a.merge(b);
    const { corrections } = a.result();
    expect(corrections.mails).toBe(2);
    expect(corrections.byField).toMatchObject({ topic: 1, handling: 1 });
    expect(corrections.byTopic.affald).toEqual({ triaged: 2, corrected: 2 });
  });
});
