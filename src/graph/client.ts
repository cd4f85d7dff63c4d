import { Client, ResponseType } from "@microsoft/microsoft-graph-client";
import {
  errorFromResponse,
  GraphCancelledError,
  GraphNetworkError,
  GraphRequestError,
  GraphSignInError,
  GraphTimeoutError,
  type GraphCall,
  type GraphCallError,
} from "./errors";
import { RequestTrace } from "./request-trace";
import { DEFAULT_RETRY_POLICY, RetryMiddleware, retryAfterMs, type RetryPolicy } from "./retry";
import { BearerTokenMiddleware, FetchWithTimeout, type AccessTokenProvider } from "./transport";

export const GRAPH_BASE_URL = "https://graph.microsoft.com";

export interface GraphClientOptions {
  getAccessToken: AccessTokenProvider;
  /** Where Graph lives, without the version: Graph itself, or the local emulator (http://localhost:3001). */
  baseUrl?: string;
  version?: string;
  /** Time limit for one attempt, including reading the answer. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  fetch?: typeof fetch;
}

export interface ODataQuery {
  select?: readonly string[];
  filter?: string;
  orderby?: string;
  top?: number;
  expand?: readonly string[];
}

export interface CallOptions {
  signal?: AbortSignal;
  /** The delegated scope this call needs, named in a 403; by default Mail.Read.Shared for GET, else Mail.ReadWrite.Shared. */
  scope?: string;
  /** For a call on one message: a 404 then means the message is gone, not the mailbox. */
  messageId?: string;
  headers?: Record<string, string>;
}

export interface Page<T> {
  value: T[];
  nextLink?: string;
}

/** One request inside a JSON batch; url is relative to the version ("/users/…/messages/…"). */
export interface BatchStep {
  id: string;
  method: "GET" | "PATCH" | "POST" | "DELETE";
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface BatchAnswer {
  id: string;
  status: number;
  body: unknown;
  retryAfterMs?: number;
}

/** Graph's limit on requests in one $batch. */
export const MAX_BATCH_STEPS = 20;
const RETRY_STATUS = new Set([429, 503, 504]);

/** `/users/{mailbox}`: the root of every call on a shared mailbox. */
export function mailboxPath(mailbox: string): string {
  return `/users/${encodeURIComponent(mailbox)}`;
}

/** OData query options as a query string; values are percent-encoded so '+' or '&' cannot change their meaning. */
export function queryString(query: ODataQuery | undefined): string {
  if (query === undefined) return "";
  const parts: string[] = [];
  const add = (name: string, value: string | undefined): void => {
    if (value !== undefined && value !== "") parts.push(`${name}=${encodeURIComponent(value)}`);
  };
  add("$select", query.select?.join(","));
  add("$filter", query.filter);
  add("$orderby", query.orderby);
  add("$top", query.top === undefined ? undefined : String(query.top));
  add("$expand", query.expand?.join(","));
  return parts.length === 0 ? "" : `?${parts.join("&")}`;
}

interface SdkError {
  statusCode: number;
  code: string | null;
  message: string;
  headers?: Headers;
}

function isSdkError(error: unknown): error is SdkError {
  return (
    typeof error === "object" &&
    error !== null &&
    "statusCode" in error &&
    typeof error.statusCode === "number"
  );
}

/**
 * Microsoft Graph over the SDK's Client with our middleware chain: retry (429/503/504 honouring Retry-After, capped
 * back-off) → bearer token → one fetch with a time limit. Every failure comes out as a GraphCallError naming
 * the mailbox and the call.
 */
export class GraphClient {
  readonly baseUrl: string;
  readonly version: string;
  private readonly sdk: Client;
  private readonly policy: RetryPolicy;

  constructor(options: GraphClientOptions) {
    this.baseUrl = (options.baseUrl ?? GRAPH_BASE_URL).replace(/\/+$/, "");
    this.version = options.version ?? "v1.0";
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.sdk = Client.initWithMiddleware({
      baseUrl: this.baseUrl,
      defaultVersion: this.version,
      middleware: [
        new RetryMiddleware(this.policy),
        // After the retry: each attempt asks for the token again, so a long wait cannot outlive it.
        new BearerTokenMiddleware(options.getAccessToken),
        new FetchWithTimeout(options.timeoutMs ?? 30_000, options.fetch),
      ],
    });
  }

  async get<T>(call: GraphCall, path: string, query?: ODataQuery, options: CallOptions = {}): Promise<T> {
    return this.send<T>(call, "GET", `${path}${queryString(query)}`, undefined, options);
  }

  /** A resource's raw bytes (an attachment's `$value`: a file, or an attached item as MIME). */
  async getBytes(call: GraphCall, path: string, options: CallOptions = {}): Promise<Uint8Array> {
    const buffer = await this.send<ArrayBuffer>(call, "GET", path, undefined, { ...options, raw: true });
    return new Uint8Array(buffer);
  }

  async patch<T>(call: GraphCall, path: string, body: unknown, options: CallOptions = {}): Promise<T> {
    return this.send<T>(call, "PATCH", path, body, options);
  }

  async post<T>(call: GraphCall, path: string, body: unknown, options: CallOptions = {}): Promise<T> {
    return this.send<T>(call, "POST", path, body, options);
  }

  /** One page of a collection: the first from a path and query, the next ones from @odata.nextLink. */
  async getPage<T>(
    call: GraphCall,
    pathOrNextLink: string,
    query?: ODataQuery,
    options: CallOptions = {},
  ): Promise<Page<T>> {
    const isLink = /^https?:\/\//i.test(pathOrNextLink);
    const target = isLink
      ? this.relativeToBase(call, pathOrNextLink)
      : `${pathOrNextLink}${queryString(query)}`;
    const answer = await this.send<{ value?: T[]; "@odata.nextLink"?: string }>(
      call,
      "GET",
      target,
      undefined,
      options,
    );
    const page: Page<T> = { value: answer.value ?? [] };
    if (answer["@odata.nextLink"]) page.nextLink = answer["@odata.nextLink"];
    return page;
  }

  /** Every page of a collection, one at a time, so a caller never holds more than one page in memory. */
  async *pages<T>(
    call: GraphCall,
    path: string,
    query?: ODataQuery,
    options: CallOptions = {},
  ): AsyncGenerator<T[]> {
    let page = await this.getPage<T>(call, path, query, options);
    yield page.value;
    while (page.nextLink !== undefined) {
      page = await this.getPage<T>(call, page.nextLink, undefined, options);
      yield page.value;
    }
  }

  /**
   * Sends the steps as JSON batches of at most 20. Steps Graph throttled or could not serve (429/503/504 inside the
   * batch) are sent again after the wait it asked for, under the same retry policy as single requests. Every step
   * gets an answer; failed ones keep their status for the caller to turn into an error (batchStepError).
   */
  async batch(
    call: GraphCall,
    steps: readonly BatchStep[],
    options: CallOptions = {},
  ): Promise<BatchAnswer[]> {
    const answers = new Map<string, BatchAnswer>();
    for (let start = 0; start < steps.length; start += MAX_BATCH_STEPS) {
      let pending = steps.slice(start, start + MAX_BATCH_STEPS);
      for (let retry = 0; pending.length > 0; retry++) {
        const round = await this.sendBatch(call, pending, options);
        for (const answer of round) answers.set(answer.id, answer);
        const again = round.filter((answer) => RETRY_STATUS.has(answer.status));
        const waitMs = Math.max(0, ...again.map((answer) => answer.retryAfterMs ?? 0));
        if (again.length === 0 || retry >= this.policy.maxRetries || waitMs > this.policy.maxDelayMs) break;
        const delayMs = waitMs > 0 ? waitMs : this.policy.baseDelayMs * 2 ** retry;
        this.policy.onRetry?.({
          attempt: retry + 1,
          delayMs,
          reason: again.some((a) => a.status === 429) ? "throttled" : "unavailable",
        });
        await this.policy.sleep(delayMs, options.signal);
        const ids = new Set(again.map((answer) => answer.id));
        pending = pending.filter((step) => ids.has(step.id));
      }
    }
    return steps.map((step) => answers.get(step.id) ?? { id: step.id, status: 0, body: undefined });
  }

  private async sendBatch(
    call: GraphCall,
    steps: readonly BatchStep[],
    options: CallOptions,
  ): Promise<BatchAnswer[]> {
    const requests = steps.map((step) => {
      const request: Record<string, unknown> = { id: step.id, method: step.method, url: step.url };
      if (step.body !== undefined) {
        request.body = step.body;
        request.headers = { "Content-Type": "application/json", ...step.headers };
      } else if (step.headers) request.headers = step.headers;
      return request;
    });
    const answer = await this.send<{ responses?: unknown[] }>(
      call,
      "POST",
      "/$batch",
      { requests },
      {
        ...options,
        scope: options.scope ?? "Mail.ReadWrite.Shared",
      },
    );
    return (answer.responses ?? []).flatMap((raw): BatchAnswer[] => {
      if (typeof raw !== "object" || raw === null) return [];
      const item = raw as {
        id?: unknown;
        status?: unknown;
        body?: unknown;
        headers?: Record<string, string>;
      };
      if (typeof item.id !== "string" || typeof item.status !== "number") return [];
      const retryHeader = Object.entries(item.headers ?? {}).find(
        ([name]) => name.toLowerCase() === "retry-after",
      );
      const answerItem: BatchAnswer = { id: item.id, status: item.status, body: item.body };
      const wait = retryAfterMs(retryHeader?.[1] ?? null);
      if (wait !== undefined) answerItem.retryAfterMs = wait;
      return [answerItem];
    });
  }

  private relativeToBase(call: GraphCall, link: string): string {
    const prefix = `${this.baseUrl}/${this.version}/`;
    // The token goes wherever the link points: never follow one away from the Graph we were configured with.
    if (!link.toLowerCase().startsWith(prefix.toLowerCase())) {
      throw new GraphRequestError(call, { reason: `@odata.nextLink leaves ${prefix}` });
    }
    return link.slice(prefix.length);
  }

  private async send<T>(
    call: GraphCall,
    method: string,
    target: string,
    body: unknown,
    options: CallOptions & { raw?: boolean },
  ): Promise<T> {
    const trace = new RequestTrace();
    const request = this.sdk.api(target).middlewareOptions([trace]);
    if (options.signal) request.option("signal", options.signal);
    if (options.headers) request.headers(options.headers);
    if (options.raw) request.responseType(ResponseType.ARRAYBUFFER);
    try {
      switch (method) {
        case "GET":
          return (await request.get()) as T;
        case "PATCH":
          return (await request.patch(body)) as T;
        case "POST":
          return (await request.post(body)) as T;
        default:
          return (await request.delete()) as T;
      }
    } catch (error) {
      throw this.callError(call, method, error, trace, options);
    }
  }

  private callError(
    call: GraphCall,
    method: string,
    error: unknown,
    trace: RequestTrace,
    options: CallOptions,
  ): GraphCallError {
    const attempts = trace.attempts;
    if (options.signal?.aborted) return new GraphCancelledError(call);
    if (trace.signInFailure !== undefined) return new GraphSignInError(call, { reason: trace.signInFailure });
    if (trace.timedOutAfterMs !== undefined)
      return new GraphTimeoutError(call, { timeoutMs: trace.timedOutAfterMs, attempts });
    if (trace.networkFailure !== undefined)
      return new GraphNetworkError(call, { reason: trace.networkFailure, attempts });
    if (isSdkError(error) && error.statusCode > 0) {
      return errorFromResponse(call, {
        status: error.statusCode,
        code: error.code ?? undefined,
        message: error.message,
        retryAfterMs: trace.retryAfterMs ?? retryAfterMs(error.headers?.get("Retry-After") ?? null),
        attempts,
        scope: options.scope ?? (method === "GET" ? "Mail.Read.Shared" : "Mail.ReadWrite.Shared"),
        messageId: options.messageId,
      });
    }
    const reason = error instanceof Error ? error.message : String(error);
    return new GraphRequestError(call, { reason, attempts });
  }
}

/** The error for one failed step of a batch, as if it had been sent alone. */
export function batchStepError(
  call: GraphCall,
  answer: BatchAnswer,
  scope: string,
  messageId?: string,
): GraphCallError {
  const error = (answer.body as { error?: { code?: string; message?: string } } | undefined)?.error;
  return errorFromResponse(call, {
    status: answer.status,
    code: error?.code,
    message: error?.message,
    retryAfterMs: answer.retryAfterMs,
    scope,
    messageId,
  });
}
