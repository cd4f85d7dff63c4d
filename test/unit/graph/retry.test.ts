import { backoffMs, DEFAULT_RETRY_POLICY, retryAfterMs } from "../../../src/graph/retry";

describe("Retry-After and back-off", () => {
  it("reads Retry-After as seconds or as an HTTP date", () => {
    expect(retryAfterMs("7")).toBe(7000);
    expect(retryAfterMs("0.5")).toBe(500);
    const now = Date.parse("2026-03-01T10:00:00Z");
    expect(retryAfterMs("Sun, 01 Mar 2026 10:00:30 GMT", now)).toBe(30_000);
    expect(retryAfterMs("Sun, 01 Mar 2026 09:00:00 GMT", now)).toBe(0);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs("soon")).toBeUndefined();
  });

  it("doubles the wait up to the cap, spread between half and all of each step", () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1000, maxDelayMs: 8000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffMs({ ...policy, random: () => 0.999999 }, n))).toEqual([
      1000, 2000, 4000, 8000, 8000,
    ]);
    expect([1, 2, 3, 4, 5].map((n) => backoffMs({ ...policy, random: () => 0 }, n))).toEqual([
      500, 1000, 2000, 4000, 4000,
    ]);
  });
});
