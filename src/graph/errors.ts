/**
 * What can go wrong talking to Microsoft Graph, as typed errors a face can act on. Each names the mailbox and the
 * call, never a message's content. `kind` is stable; describeGraphError (error-text.ts) gives the Danish/English text.
 */

/** Which mailbox a call was for and what it did, e.g. { mailbox: "borgerservice@nyborg.dk", operation: "list messages" }. */
export interface GraphCall {
  mailbox: string;
  operation: string;
}

export type GraphErrorKind =
  | "throttled"
  | "unavailable"
  | "timeout"
  | "permission"
  | "mailbox-not-found"
  | "message-not-found"
  | "sign-in"
  | "network"
  | "cancelled"
  | "request";

export interface GraphErrorDetails {
  /** HTTP status, when Graph answered. */
  status?: number;
  /** Graph's error code, e.g. ErrorAccessDenied. */
  code?: string;
  /** How many times the request was sent before giving up. */
  attempts?: number;
}

export abstract class GraphCallError extends Error {
  abstract readonly kind: GraphErrorKind;
  readonly mailbox: string;
  readonly operation: string;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly attempts: number;

  protected constructor(call: GraphCall, what: string, details: GraphErrorDetails) {
    super(`${call.operation} (mailbox ${call.mailbox}): ${what}`);
    this.mailbox = call.mailbox;
    this.operation = call.operation;
    this.status = details.status;
    this.code = details.code;
    this.attempts = details.attempts ?? 1;
  }
}

function times(attempts: number | undefined): string {
  return attempts !== undefined && attempts > 1 ? ` after ${attempts} attempts` : "";
}

/** 429: Graph asks us to slow down. retryAfterMs says when it will take requests again, if it said so. */
export class GraphThrottledError extends GraphCallError {
  readonly kind = "throttled";
  readonly retryAfterMs: number | undefined;
  constructor(call: GraphCall, details: GraphErrorDetails & { retryAfterMs?: number }) {
    const wait =
      details.retryAfterMs === undefined
        ? ""
        : `; it asks to wait ${Math.ceil(details.retryAfterMs / 1000)} s`;
    super(
      call,
      `Microsoft Graph is throttling requests${times(details.attempts)}${wait}. Try again later.`,
      details,
    );
    this.name = "GraphThrottledError";
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** 5xx: the service is down or overloaded. */
export class GraphUnavailableError extends GraphCallError {
  readonly kind = "unavailable";
  constructor(call: GraphCall, details: GraphErrorDetails) {
    super(
      call,
      `Microsoft Graph is unavailable (HTTP ${details.status ?? "?"})${times(details.attempts)}. Try again later.`,
      details,
    );
    this.name = "GraphUnavailableError";
  }
}

export class GraphTimeoutError extends GraphCallError {
  readonly kind = "timeout";
  readonly timeoutMs: number;
  constructor(call: GraphCall, details: GraphErrorDetails & { timeoutMs: number }) {
    super(
      call,
      `Microsoft Graph did not answer within ${details.timeoutMs} ms${times(details.attempts)}.`,
      details,
    );
    this.name = "GraphTimeoutError";
    this.timeoutMs = details.timeoutMs;
  }
}

/** 403: the add-in lacks consent, or the signed-in person has no access to the shared mailbox. */
export class GraphPermissionError extends GraphCallError {
  readonly kind = "permission";
  /** The delegated scope the call needs. */
  readonly scope: string;
  constructor(call: GraphCall, details: GraphErrorDetails & { scope: string }) {
    super(
      call,
      `the add-in lacks ${details.scope} consent for ${call.mailbox}, or the signed-in user has no access to that ` +
        `mailbox; an admin must grant it (Graph: ${details.code ?? "HTTP 403"}).`,
      details,
    );
    this.name = "GraphPermissionError";
    this.scope = details.scope;
  }
}

/** 404 on the mailbox: renamed, removed or never there. Mail sent to the old address may go unanswered. */
export class GraphMailboxNotFoundError extends GraphCallError {
  readonly kind = "mailbox-not-found";
  constructor(call: GraphCall, details: GraphErrorDetails) {
    super(
      call,
      `the mailbox ${call.mailbox} does not exist (renamed or removed?). Check the address; mail to the old ` +
        `address may be going unanswered (Graph: ${details.code ?? "HTTP 404"}).`,
      details,
    );
    this.name = "GraphMailboxNotFoundError";
  }
}

/** 404 on one message: moved to another mailbox or deleted since it was listed. */
export class GraphMessageNotFoundError extends GraphCallError {
  readonly kind = "message-not-found";
  readonly messageId: string | undefined;
  constructor(call: GraphCall, details: GraphErrorDetails & { messageId?: string }) {
    super(call, "the message no longer exists (deleted or moved since it was listed).", details);
    this.name = "GraphMessageNotFoundError";
    this.messageId = details.messageId;
  }
}

/** 401, or the token provider failed: sign-in expired, was refused or is missing. */
export class GraphSignInError extends GraphCallError {
  readonly kind = "sign-in";
  constructor(call: GraphCall, details: GraphErrorDetails & { reason?: string }) {
    super(
      call,
      `sign-in to Microsoft Graph failed or expired (${details.reason ?? details.code ?? "HTTP 401"}). Sign in again.`,
      details,
    );
    this.name = "GraphSignInError";
  }
}

/** No answer at all: DNS, refused connection, proxy. */
export class GraphNetworkError extends GraphCallError {
  readonly kind = "network";
  constructor(call: GraphCall, details: GraphErrorDetails & { reason: string }) {
    super(
      call,
      `Microsoft Graph cannot be reached (${details.reason})${times(details.attempts)}. Check the network connection.`,
      details,
    );
    this.name = "GraphNetworkError";
  }
}

/** The caller stopped the work (AbortSignal). */
export class GraphCancelledError extends GraphCallError {
  readonly kind = "cancelled";
  constructor(call: GraphCall) {
    super(call, "cancelled.", {});
    this.name = "GraphCancelledError";
  }
}

/** Any other refusal (400, 409 …): a bug or an unexpected state; Graph's code says which. */
export class GraphRequestError extends GraphCallError {
  readonly kind = "request";
  constructor(call: GraphCall, details: GraphErrorDetails & { reason?: string }) {
    super(
      call,
      `Microsoft Graph refused the request (HTTP ${details.status ?? "?"}, ${details.code ?? "no code"})${details.reason ? `: ${details.reason}` : ""}.`,
      details,
    );
    this.name = "GraphRequestError";
  }
}

/** Graph's error codes that mean "this mailbox is not there" rather than "this item is not there". */
const MAILBOX_MISSING = new Set([
  "ErrorInvalidUser",
  "MailboxNotEnabledForRESTAPI",
  "ErrorNonExistentMailbox",
  "ResourceNotFound",
  "Request_ResourceNotFound",
]);

/** Graph's message may echo our own query (property names, ids), never mail content; it is still kept short. */
function shortReason(message: string | undefined): string | undefined {
  if (!message) return undefined;
  return message.length > 200 ? `${message.slice(0, 197)}…` : message;
}

export interface FailedResponse {
  status: number;
  code?: string;
  message?: string;
  retryAfterMs?: number;
  attempts?: number;
  /** For 404s on a single message. */
  messageId?: string;
  /** The scope this call needs, named in a 403. */
  scope: string;
}

/** Turns Graph's answer to a failed request (a whole request or one step of a $batch) into a typed error. */
export function errorFromResponse(call: GraphCall, failed: FailedResponse): GraphCallError {
  const details = { status: failed.status, code: failed.code, attempts: failed.attempts };
  if (failed.status === 429)
    return new GraphThrottledError(call, { ...details, retryAfterMs: failed.retryAfterMs });
  if (failed.status === 401) return new GraphSignInError(call, details);
  if (failed.status === 403) return new GraphPermissionError(call, { ...details, scope: failed.scope });
  if (failed.status === 404) {
    if (failed.code !== undefined && MAILBOX_MISSING.has(failed.code))
      return new GraphMailboxNotFoundError(call, details);
    if (failed.messageId !== undefined)
      return new GraphMessageNotFoundError(call, { ...details, messageId: failed.messageId });
    return new GraphMailboxNotFoundError(call, details);
  }
  if (failed.status >= 500) return new GraphUnavailableError(call, details);
  return new GraphRequestError(call, { ...details, reason: shortReason(failed.message) });
}

/** 403 on adding to a mailbox's master category list: delegates of a shared mailbox may read the list, not extend it. */
export class GraphCategoryCreationDeniedError extends GraphCallError {
  readonly kind = "permission";
  readonly categories: string[];
  constructor(call: GraphCall, details: GraphErrorDetails & { categories: string[] }) {
    super(
      call,
      `the signed-in user may not add categories to the master list of ${call.mailbox} (delegates of a shared ` +
        `mailbox cannot); an owner of the mailbox or an admin must add: ${details.categories.join(", ")}.`,
      details,
    );
    this.name = "GraphCategoryCreationDeniedError";
    this.categories = details.categories;
  }
}
