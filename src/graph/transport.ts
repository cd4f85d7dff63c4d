import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { traceOf } from "./request-trace";

/**
 * Gives a bearer token for Microsoft Graph. The sign-in module (MSAL in the pane, client credentials in the CLI)
 * supplies it; tests and the emulator use a constant.
 */
export type AccessTokenProvider = () => Promise<string>;

/** Thrown inside the chain when one attempt runs out of time, so the retry middleware can tell it from a cancel. */
export class RequestTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = "RequestTimeout";
  }
}

/** Thrown inside the chain when the token provider fails. */
export class TokenUnavailable extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "TokenUnavailable";
  }
}

function setHeader(context: Context, name: string, value: string): void {
  const options = (context.options ??= {});
  const headers = new Headers(options.headers);
  headers.set(name, value);
  options.headers = Object.fromEntries(headers.entries());
}

/**
 * Puts the bearer token on every request. The SDK's AuthenticationHandler only does so for https URLs on Graph's
 * own hosts, which leaves the local emulator (http://localhost) without one.
 */
export class BearerTokenMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly getAccessToken: AccessTokenProvider) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    let token: string;
    try {
      token = await this.getAccessToken();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const trace = traceOf(context);
      if (trace) trace.signInFailure = reason;
      throw new TokenUnavailable(reason);
    }
    setHeader(context, "Authorization", `Bearer ${token}`);
    if (this.next === undefined) throw new Error("BearerTokenMiddleware needs a next middleware");
    await this.next.execute(context);
  }
}

const NO_BODY = new Set([101, 204, 205, 304]);

/**
 * The end of the chain: one HTTP attempt with its own time limit. The body is read inside the limit too (a page of
 * 1000 messages can stall mid-stream), then handed on as a buffered Response.
 */
export class FetchWithTimeout implements Middleware {
  constructor(
    private readonly timeoutMs: number,
    private readonly fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  async execute(context: Context): Promise<void> {
    const trace = traceOf(context);
    const outer = context.options?.signal ?? undefined;
    const controller = new AbortController();
    const timeout = new RequestTimeout(this.timeoutMs);
    const timer = setTimeout(() => controller.abort(timeout), this.timeoutMs);
    const forward = (): void => controller.abort(outer?.reason);
    if (outer?.aborted) forward();
    outer?.addEventListener("abort", forward, { once: true });
    if (trace) {
      trace.timedOutAfterMs = undefined;
      trace.networkFailure = undefined;
    }
    try {
      const response = await this.fetchImpl(context.request, {
        ...context.options,
        signal: controller.signal,
      });
      const body = NO_BODY.has(response.status) ? null : await response.arrayBuffer();
      context.response = new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } catch (error) {
      if (controller.signal.reason === timeout && !outer?.aborted) {
        if (trace) trace.timedOutAfterMs = this.timeoutMs;
        throw timeout;
      }
      if (isFetchFailure(error) && trace) trace.networkFailure = causeOf(error);
      throw error;
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener("abort", forward);
    }
  }
}

/**
 * fetch rejects with a TypeError when no answer came (refused, DNS, reset). Checked by name, not instanceof: Node's
 * fetch lives in another realm than a test runner's sandbox.
 */
export function isFetchFailure(error: unknown): error is Error {
  return error instanceof Error
    ? error.name === "TypeError"
    : typeof error === "object" && error !== null && "name" in error && error.name === "TypeError";
}

/** undici says only "fetch failed" and keeps the useful part (ECONNREFUSED …) in `cause`. */
function causeOf(error: Error): string {
  const cause: unknown = (error as { cause?: unknown }).cause;
  if (typeof cause === "object" && cause !== null && "code" in cause && typeof cause.code === "string")
    return cause.code;
  return error.message;
}
