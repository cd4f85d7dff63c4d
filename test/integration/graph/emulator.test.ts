import { startGraphEmulator, type RunningEmulator } from "../../../src/graph-emulator/server";
import { END, generated, serveForSuite } from "./harness";

/** The emulator over plain HTTP: Graph's shapes, its OData subset, the switches. */
describe("the Graph emulator", () => {
  const { mailbox, source } = generated({ count: 300, days: 3 });
  let running: RunningEmulator;
  const auth = { Authorization: "Bearer t" };
  const iso = (t: number): string => new Date(t).toISOString().replace(/\.\d{3}Z$/, "Z");

  serveForSuite([mailbox], (started) => {
    running = started;
  });

  interface GraphBody {
    value: { id: string }[];
    error: { code: string; message: string; innerError: Record<string, string> };
    responses: { status: number }[];
  }

  async function get(path: string): Promise<{ status: number; body: GraphBody; headers: Headers }> {
    const response = await fetch(`${running.url}/v1.0${path}`, { headers: auth });
    return { status: response.status, body: (await response.json()) as GraphBody, headers: response.headers };
  }

  async function ids(filter: string): Promise<string[]> {
    const { status, body } = await get(
      `/users/stor@nyborg.dk/messages?$select=id&$top=1000&$filter=${encodeURIComponent(filter)}`,
    );
    expect(status).toBe(200);
    return body.value.map((m) => m.id);
  }

  it("filters receivedDateTime with ge, gt, le, lt and eq joined by and", async () => {
    const t = source.receivedAt(150);
    const all = Array.from({ length: source.size }, (_, i) => ({
      id: source.idAt(i),
      at: source.receivedAt(i),
    }));
    const expect_ = (keep: (at: number) => boolean): string[] =>
      all.filter((m) => keep(m.at)).map((m) => m.id);
    expect(await ids(`receivedDateTime gt ${iso(t)}`)).toEqual(expect_((at) => at > t));
    expect(await ids(`receivedDateTime le ${iso(t)}`)).toEqual(expect_((at) => at <= t));
    expect(await ids(`receivedDateTime eq ${iso(t)}`)).toEqual(expect_((at) => at === t));
    const u = source.receivedAt(250);
    expect(await ids(`receivedDateTime ge ${iso(t)} and receivedDateTime lt ${iso(u)}`)).toEqual(
      expect_((at) => at >= t && at < u),
    );
  });

  it("answers what it cannot do in Graph's error shape", async () => {
    const { status, body, headers } = await get(
      `/users/stor@nyborg.dk/messages?$filter=${encodeURIComponent("subject eq 'x'")}`,
    );
    expect(status).toBe(400);
    expect(body.error.code).toBe("ErrorInvalidUrlQueryFilter");
    expect(typeof body.error.message).toBe("string");
    expect(body.error.innerError["request-id"]).toBe(headers.get("request-id"));
    expect((await get("/users/stor@nyborg.dk/messages?$top=1001")).status).toBe(400);
  });

  it("wants a bearer token", async () => {
    const response = await fetch(`${running.url}/v1.0/users/stor@nyborg.dk/messages`);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      "InvalidAuthenticationToken",
    );
  });

  it("takes at most 20 requests in a batch, and fails a step whose dependency failed", async () => {
    const post = async (requests: unknown[]) => {
      const response = await fetch(`${running.url}/v1.0/$batch`, {
        method: "POST",
        headers: { ...auth, "Content-Type": "application/json" },
        body: JSON.stringify({ requests }),
      });
      return { status: response.status, body: (await response.json()) as GraphBody };
    };
    const step = (id: string, url: string, dependsOn?: string[]) => ({
      id,
      method: "GET",
      url,
      ...(dependsOn ? { dependsOn } : {}),
    });
    const tooMany = await post(
      Array.from({ length: 21 }, (_, i) => step(String(i), "/users/stor@nyborg.dk/messages?$top=1")),
    );
    expect(tooMany.status).toBe(400);
    const chained = await post([
      step("1", "/users/ingen@nyborg.dk/messages"),
      step("2", "/users/stor@nyborg.dk/messages?$top=1", ["1"]),
    ]);
    expect(chained.status).toBe(200);
    expect(chained.body.responses.map((r) => r.status)).toEqual([404, 424]);
  });

  it("switches faults on and off over HTTP, and counts requests", async () => {
    await fetch(`${running.url}/_emulator/stats`, { method: "DELETE" });
    await fetch(`${running.url}/_emulator/faults`, {
      method: "POST",
      body: JSON.stringify({ throttleNext: 1, retryAfterSeconds: 5 }),
    });
    const throttled = await get("/users/stor@nyborg.dk/messages?$top=1");
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("retry-after")).toBe("5");
    expect((await get("/users/stor@nyborg.dk/messages?$top=1")).status).toBe(200);
    const stats = (await (await fetch(`${running.url}/_emulator/stats`)).json()) as {
      requests: number;
      throttled: number;
    };
    expect(stats).toMatchObject({ requests: 2, throttled: 1 });
  });

  it("answers a browser's CORS preflight, so the pane may call it directly", async () => {
    const response = await fetch(`${running.url}/v1.0/users/stor@nyborg.dk/messages`, {
      method: "OPTIONS",
      headers: { Origin: "https://localhost:3000", "Access-Control-Request-Headers": "authorization" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-headers")).toMatch(/Authorization/);
  });

  it("builds nextLinks on the public URL it is told (the dev server's proxy)", async () => {
    const behindProxy = await startGraphEmulator({
      mailboxes: [generated({ count: 30, days: 1 }).mailbox],
      publicUrl: "https://localhost:3000/graph",
    });
    try {
      const response = await fetch(`${behindProxy.url}/v1.0/users/stor@nyborg.dk/messages?$top=10`, {
        headers: auth,
      });
      const body = (await response.json()) as { "@odata.nextLink": string };
      expect(body["@odata.nextLink"]).toMatch(/^https:\/\/localhost:3000\/graph\/v1\.0\/users\//);
    } finally {
      await behindProxy.close();
    }
  });

  it("keeps a 200,000-message mailbox small: nothing is stored per message", () => {
    const before = process.memoryUsage().heapUsed;
    const big = generated({ count: 200_000, days: 365 }).source;
    expect(big.receivedAt(199_999)).toBeLessThan(END.getTime());
    expect(big.indexOf(big.idAt(123_456))).toBe(123_456);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(5 * 1024 * 1024);
  });
});
