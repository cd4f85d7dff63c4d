import { GraphRequestError } from "../../../src/graph/errors";
import { listMessages, SUMMARY_FIELDS, MAX_MESSAGE_PAGE_SIZE } from "../../../src/graph/messages";
import type { RunningEmulator } from "../../../src/graph-emulator/server";
import { client, collect, END, generated, serveForSuite } from "./harness";

const DAY = 86_400_000;

describe("listing a mailbox page by page against the emulator", () => {
  // 5,000 messages in two days: many share a minute, so page boundaries fall inside runs of equal receivedDateTime.
  const { mailbox, source } = generated({ count: 5000, days: 2 });
  const all = Array.from({ length: source.size }, (_, i) => ({
    id: source.idAt(i),
    at: source.receivedAt(i),
  }));
  const whole = { from: new Date(END.getTime() - 2 * DAY), to: END };
  let running: RunningEmulator;
  // Listing 5,000 messages takes a second alone, longer while other suites share the two cores.
  jest.setTimeout(30_000);

  serveForSuite([mailbox], (started) => {
    running = started;
  });

  it.each([MAX_MESSAGE_PAGE_SIZE, 50, 333])(
    "has page boundaries inside runs of equal times with pages of %i",
    (size) => {
      let ties = 0;
      for (let k = size; k < all.length; k += size) if (all[k - 1]?.at === all[k]?.at) ties++;
      expect(ties).toBeGreaterThan(0);
    },
  );

  it.each([MAX_MESSAGE_PAGE_SIZE, 50, 333])(
    "returns every message exactly once with pages of %i",
    async (pageSize) => {
      const { client: graph } = client(running);
      const { items, pages } = await collect(listMessages(graph, "stor@nyborg.dk", whole, { pageSize }));
      expect(items).toHaveLength(all.length);
      expect(new Set(items.map((m) => m.id)).size).toBe(all.length);
      expect(items.map((m) => m.id).sort()).toEqual(all.map((m) => m.id).sort());
      const times = items.map((m) => Date.parse(m.receivedDateTime));
      expect(times.every((t, i) => i === 0 || t >= (times[i - 1] ?? 0))).toBe(true);
      expect(pages).toBe(Math.ceil(all.length / pageSize));
      expect(running.emulator.stats().requests).toBe(pages);
    },
  );

  it("orders newest first when asked", async () => {
    const { client: graph } = client(running);
    const { items } = await collect(listMessages(graph, "stor@nyborg.dk", whole, { order: "desc" }));
    const times = items.map((m) => Date.parse(m.receivedDateTime));
    expect(times.every((t, i) => i === 0 || t <= (times[i - 1] ?? 0))).toBe(true);
    expect(items).toHaveLength(all.length);
  });

  it("keeps to the period: from inclusive, to exclusive", async () => {
    const from = new Date(all[1234]?.at ?? 0);
    const to = new Date(all[3456]?.at ?? 0);
    const expected = all.filter((m) => m.at >= from.getTime() && m.at < to.getTime()).map((m) => m.id);
    const { client: graph } = client(running);
    const { items } = await collect(listMessages(graph, "stor@nyborg.dk", { from, to }, { pageSize: 500 }));
    expect(items.map((m) => m.id)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(2000);
  });

  it("asks only for the fields statistics need (no subject, no body)", async () => {
    const bodies: unknown[] = [];
    const spy: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      bodies.push(await response.clone().json());
      return response;
    };
    const { client: graph } = client(running, { fetch: spy });
    const { items } = await collect(listMessages(graph, "stor@nyborg.dk", whole, { pageSize: 50 }));
    expect(items.length).toBe(all.length);
    const keys = new Set<string>();
    for (const body of bodies)
      for (const message of (body as { value: object[] }).value)
        Object.keys(message).forEach((k) => keys.add(k));
    const allowed = new Set<string>([...SUMMARY_FIELDS, "@odata.etag", "singleValueExtendedProperties"]);
    expect([...keys].filter((k) => !allowed.has(k))).toEqual([]);
    expect(keys.has("categories")).toBe(true);
  });

  it("reads the triage record and the reply state the mailbox holds", async () => {
    const { client: graph } = client(running);
    const { items } = await collect(listMessages(graph, "stor@nyborg.dk", whole));
    const triaged = items.filter((m) => m.triage !== undefined);
    const answered = items.filter((m) => m.lastAction !== undefined);
    expect(triaged.length).toBeGreaterThan(0);
    expect(answered.length).toBeGreaterThan(0);
    expect(items.some((m) => m.triageUnreadable)).toBe(false);
    expect(answered.every((m) => m.lastAction?.verb === "reply" || m.lastAction?.verb === "reply-all")).toBe(
      true,
    );
    expect(answered.every((m) => Date.parse(m.lastAction?.at ?? "") > Date.parse(m.receivedDateTime))).toBe(
      true,
    );
  });

  it("refuses a page size Graph does not allow, before sending anything", async () => {
    const { client: graph } = client(running);
    await expect(collect(listMessages(graph, "stor@nyborg.dk", whole, { pageSize: 1001 }))).rejects.toThrow(
      RangeError,
    );
    expect(running.emulator.stats().requests).toBe(0);
  });

  it("gets Graph's refusal for a query the emulator cannot answer, as a request error naming the mailbox", async () => {
    const { client: graph } = client(running);
    const call = { mailbox: "stor@nyborg.dk", operation: "list messages" };
    const error = await graph
      .get(call, "/users/stor@nyborg.dk/messages", { select: ["id", "subjekt"] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphRequestError);
    expect((error as GraphRequestError).status).toBe(400);
    expect((error as Error).message).toContain("stor@nyborg.dk");
    expect((error as Error).message).toContain("subjekt");
  });

  it("never follows a nextLink to another host (the token would go with it)", async () => {
    const { client: graph } = client(running);
    const call = { mailbox: "stor@nyborg.dk", operation: "list messages" };
    await expect(graph.getPage(call, "https://evil.example/v1.0/users/x/messages")).rejects.toThrow(
      /nextLink/,
    );
  });
});
