import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { isFetchFailure, RequestTimeout } from "./transport";
import { traceOf } from "./request-trace";

/**
 * Retries for throttling (429) and outages (503, 504). We use our own middleware rather than the SDK's RetryHandler:
 * that one counts in whole seconds with a fixed 180 s ceiling, cannot be cancelled while it sleeps, never retries a
 * timed-out request and tells nobody it is waiting (a bulk run should show "waiting 30 s").
 */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** First back-off when Graph gives no Retry-After; doubled on each retry. */
  baseDelayMs: number;
  /** Longest single wait. A Retry-After beyond it ends the retries, so the caller can resume later. */
  maxDelayMs: number;
  /** A number in [0, 1) that spreads back-offs apart; Math.random unless a test pins it. */
  random: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Told before each wait (for progress messages and logs). */
  onRetry?: (event: RetryEvent) => void;
}

export interface RetryEvent {
  attempt: number;
  delayMs: number;
  reason: "throttled" | "unavailable" | "timeout" | "network";
  status?: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 5,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  random: Math.random,
  sleep: abortableSleep,
};

const RETRY_STATUS = new Set([429, 503, 504]);

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", stop);
      resolve();
    }, ms);
    const stop = (): void => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    signal?.addEventListener("abort", stop, { once: true });
  });
}

/** Retry-After is seconds or an HTTP date (RFC 9110); anything else is ignored. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Capped exponential back-off with jitter in [½, 1] of the step, for answers without Retry-After. */
export function backoffMs(policy: RetryPolicy, retry: number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.round(step * (0.5 + policy.random() / 2));
}

function method(context: Context): string {
  const fromRequest = typeof context.request === "string" ? undefined : context.request.method;
  return (context.options?.method ?? fromRequest ?? "GET").toUpperCase();
}

export class RetryMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly policy: RetryPolicy) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const next = this.next;
    if (next === undefined) throw new Error("RetryMiddleware needs a next middleware");
    const trace = traceOf(context);
    const signal = context.options?.signal ?? undefined;
    // A POST that timed out may have been carried out; sending it again could create a second master category.
    const mayResendUnanswered = method(context) !== "POST";
    for (let retry = 0; ; retry++) {
      if (trace) trace.attempts = retry + 1;
      let wait: Omit<RetryEvent, "attempt"> | undefined;
      try {
        await next.execute(context);
        const response = context.response;
        if (response && RETRY_STATUS.has(response.status)) {
          const asked = retryAfterMs(response.headers.get("Retry-After"));
          if (trace) trace.retryAfterMs = asked;
          if (retry >= this.policy.maxRetries || (asked !== undefined && asked > this.policy.maxDelayMs))
            return;
          wait = {
            delayMs: asked ?? backoffMs(this.policy, retry + 1),
            reason: response.status === 429 ? "throttled" : "unavailable",
            status: response.status,
          };
        }
      } catch (error) {
        const timedOut = error instanceof RequestTimeout;
        const unanswered = timedOut || isFetchFailure(error);
        if (!unanswered || signal?.aborted || !mayResendUnanswered || retry >= this.policy.maxRetries)
          throw error;
        wait = { delayMs: backoffMs(this.policy, retry + 1), reason: timedOut ? "timeout" : "network" };
      }
      if (wait === undefined) return;
      this.policy.onRetry?.({ attempt: retry + 1, ...wait });
      await this.policy.sleep(wait.delayMs, signal);
    }
  }
}
