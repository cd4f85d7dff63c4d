import type { Context, MiddlewareOptions } from "@microsoft/microsoft-graph-client";

/**
 * What happened to one logical request on its way through the middleware chain (attempts, timeouts, waits). The
 * SDK wraps whatever a middleware throws into its own GraphError and drops the rest, so the chain writes here and
 * the client reads it back to build a typed error.
 */
export class RequestTrace implements MiddlewareOptions {
  attempts = 0;
  /** Set when the last attempt ran out of time. */
  timedOutAfterMs: number | undefined;
  /** Set when the last attempt got no answer at all (refused connection, DNS …). */
  networkFailure: string | undefined;
  /** Set when the token provider failed. */
  signInFailure: string | undefined;
  /** Graph's last Retry-After, in ms. */
  retryAfterMs: number | undefined;
}

export function traceOf(context: Context): RequestTrace | undefined {
  const found = context.middlewareControl?.getMiddlewareOptions(RequestTrace);
  return found instanceof RequestTrace ? found : undefined;
}
