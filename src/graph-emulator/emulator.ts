import { badRequest, EmulatedError } from "./graph-error";
import { Faults, type FaultSettings } from "./faults";
import type { Mailbox } from "./mailbox";
import { attachmentJson, messageJson, parseSelect, propertyKey } from "./message-json";
import { decodeSkipToken, encodeSkipToken, parseExpand, parseFilter, parseOrder, parseTop } from "./odata";

/** One Graph operation: a request, or one step of a $batch. path is relative to the version ("/users/…"). */
export interface Operation {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  /** Where nextLinks point: the emulator's public URL including the version, e.g. http://localhost:3001/v1.0. */
  base: string;
}

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** Counters for tests and the benchmark: what the client actually asked for. */
export interface EmulatorStats {
  /** HTTP requests to /v1.0 (a $batch counts once). */
  requests: number;
  /** Steps inside $batch requests. */
  batchSteps: number;
  /** Pages of messages served (list requests answered 200). */
  pages: number;
  messagesListed: number;
  throttled: number;
  outages: number;
  byRoute: Record<string, number>;
}

const MAX_BATCH = 20;
const COLOR = /^(none|preset([0-9]|1[0-9]|2[0-4]))$/;

function json(status: number, body?: unknown, headers: Record<string, string> = {}): Answer {
  return { status, headers, body };
}

export class GraphEmulator {
  readonly faults: Faults;
  private readonly mailboxes = new Map<string, Mailbox>();
  private counters = GraphEmulator.zero();

  constructor(mailboxes: readonly Mailbox[] = [], faults: FaultSettings = {}, now: () => number = Date.now) {
    for (const mailbox of mailboxes) this.addMailbox(mailbox);
    this.faults = new Faults(now);
    this.faults.set(faults);
  }

  private static zero(): Omit<EmulatorStats, "throttled" | "outages"> {
    return { requests: 0, batchSteps: 0, pages: 0, messagesListed: 0, byRoute: {} };
  }

  addMailbox(mailbox: Mailbox): void {
    this.mailboxes.set(mailbox.address.toLowerCase(), mailbox);
  }

  mailbox(address: string): Mailbox | undefined {
    return this.mailboxes.get(address.toLowerCase());
  }

  get addresses(): { address: string; messages: number }[] {
    return [...this.mailboxes.values()].map((m) => ({ address: m.address, messages: m.size }));
  }

  stats(): EmulatorStats {
    return {
      ...this.counters,
      byRoute: { ...this.counters.byRoute },
      throttled: this.faults.throttled,
      outages: this.faults.outages,
    };
  }

  resetStats(): void {
    this.counters = GraphEmulator.zero();
    this.faults.throttled = 0;
    this.faults.outages = 0;
  }

  /** Answers one HTTP request under /v1.0 (counted, and subject to the fault switches). */
  async request(operation: Operation): Promise<Answer> {
    this.counters.requests++;
    if (this.faults.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.faults.delayMs));
    if (operation.path === "/$batch") {
      this.count("POST /$batch");
      const fault = this.faults.next(undefined);
      if (fault) return this.errorAnswer(fault);
      if (operation.method !== "POST")
        return this.errorAnswer(new EmulatedError(405, "BadRequest", "$batch takes POST."));
      return this.batch(operation);
    }
    return this.operate(operation);
  }

  private count(route: string): void {
    this.counters.byRoute[route] = (this.counters.byRoute[route] ?? 0) + 1;
  }

  private errorAnswer(error: EmulatedError): Answer {
    const requestId = `emulator-${this.counters.requests}-${this.counters.batchSteps}`;
    return json(error.status, error.body(requestId), { ...error.headers, "request-id": requestId });
  }

  private operate(operation: Operation): Answer {
    try {
      return this.route(operation);
    } catch (error) {
      if (error instanceof EmulatedError) return this.errorAnswer(error);
      throw error;
    }
  }

  private route(operation: Operation): Answer {
    const segments = operation.path
      .split("/")
      .filter((s) => s !== "")
      .map((s) => decodeURIComponent(s));
    const [root, user, collection, item, ...rest] = segments;
    if (root !== "users" || user === undefined || collection === undefined) {
      throw new EmulatedError(
        400,
        "BadRequest",
        `Resource not found for the segment '${segments[0] ?? ""}'.`,
      );
    }
    const kind =
      collection === "messages"
        ? item === undefined
          ? "messages"
          : "message"
        : collection === "outlook" && item === "masterCategories"
          ? "masterCategories"
          : "unknown";
    this.count(`${operation.method} ${kind}`);
    const address = user.toLowerCase();
    const fault = this.faults.next(address);
    if (fault) throw fault;
    const mailbox = this.mailboxes.get(address);
    if (!mailbox)
      throw new EmulatedError(404, "ErrorInvalidUser", `The requested user '${user}' is invalid.`);
    if (kind === "messages" && operation.method === "GET") return this.list(mailbox, operation, user);
    if (kind === "message" && item !== undefined && rest[0] === "attachments" && operation.method === "GET") {
      return this.attachments(mailbox, item, rest.slice(1));
    }
    if (kind === "message" && rest.length === 0 && item !== undefined) {
      if (operation.method === "GET") return this.getMessage(mailbox, item, operation);
      if (operation.method === "PATCH") return this.patchMessage(mailbox, item, operation.body);
    }
    if (kind === "masterCategories" && rest.length === 0) {
      if (operation.method === "GET") return json(200, { value: mailbox.masterCategories });
      if (operation.method === "POST") return this.createCategory(mailbox, operation.body);
    }
    throw new EmulatedError(
      405,
      "ErrorInvalidRequest",
      `The emulator does not serve ${operation.method} ${operation.path}.`,
    );
  }

  private list(mailbox: Mailbox, operation: Operation, user: string): Answer {
    const q = operation.query;
    const fields = parseSelect(q.get("$select"));
    const expand = parseExpand(q.get("$expand"));
    const order = parseOrder(q.get("$orderby"));
    const top = parseTop(q.get("$top"));
    let lo = 0;
    let hi = mailbox.size;
    for (const { op, time } of parseFilter(q.get("$filter")).clauses) {
      if (op === "ge" || op === "eq") lo = Math.max(lo, mailbox.lowerBound(time));
      if (op === "gt") lo = Math.max(lo, mailbox.lowerBound(time, true));
      if (op === "lt") hi = Math.min(hi, mailbox.lowerBound(time));
      if (op === "le" || op === "eq") hi = Math.min(hi, mailbox.lowerBound(time, true));
    }
    const total = Math.max(0, hi - lo);
    const skip = decodeSkipToken(q.get("$skiptoken"));
    const end = Math.min(total, skip + top);
    const value: unknown[] = [];
    for (let k = skip; k < end; k++) {
      const index = order === "asc" ? lo + k : hi - 1 - k;
      value.push(messageJson(mailbox.message(index), () => mailbox.content(index), fields, expand));
    }
    this.counters.pages++;
    this.counters.messagesListed += value.length;
    const body: Record<string, unknown> = {
      "@odata.context": `${operation.base}/$metadata#users('${encodeURIComponent(user)}')/messages`,
      value,
    };
    if (end < total) {
      const next = new URLSearchParams();
      for (const name of ["$select", "$filter", "$orderby", "$top", "$expand"]) {
        const v = q.get(name);
        if (v !== null) next.set(name, v);
      }
      next.set("$skiptoken", encodeSkipToken(end));
      body["@odata.nextLink"] =
        `${operation.base}/users/${encodeURIComponent(user)}/messages?${next.toString()}`;
    }
    return json(200, body);
  }

  private find(mailbox: Mailbox, id: string): number {
    const index = mailbox.indexOf(id);
    if (index === undefined)
      throw new EmulatedError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    return index;
  }

  private getMessage(mailbox: Mailbox, id: string, operation: Operation): Answer {
    const index = this.find(mailbox, id);
    const fields = parseSelect(operation.query.get("$select"));
    const expand = parseExpand(operation.query.get("$expand"));
    return json(
      200,
      messageJson(mailbox.message(index), () => mailbox.content(index), fields, expand),
    );
  }

  /** The attachments collection, one attachment (a file with its contentBytes), or one's raw bytes ($value). */
  private attachments(mailbox: Mailbox, id: string, path: string[]): Answer {
    const attachments = mailbox.content(this.find(mailbox, id)).attachments;
    const [attachmentId, value] = path;
    if (attachmentId === undefined) {
      return json(200, { value: attachments.map((a) => attachmentJson(a, undefined, true)) });
    }
    const attachment = attachments.find((a) => a.id === attachmentId);
    if (!attachment || (value !== undefined && value !== "$value") || path.length > 2) {
      throw new EmulatedError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    }
    if (value === undefined) return json(200, attachmentJson(attachment, undefined, true));
    const bytes = attachment.bytes ?? new Uint8Array();
    return { status: 200, headers: { "Content-Type": "application/octet-stream" }, body: bytes };
  }

  private patchMessage(mailbox: Mailbox, id: string, body: unknown): Answer {
    const index = this.find(mailbox, id);
    if (typeof body !== "object" || body === null || Array.isArray(body))
      throw badRequest("BadRequest", "Empty Payload. JSON content expected.");
    const change: Parameters<Mailbox["patch"]>[1] = {};
    for (const [key, value] of Object.entries(body)) {
      if (key === "categories") {
        if (!Array.isArray(value) || !value.every((v) => typeof v === "string"))
          throw badRequest("BadRequest", "categories must be an array of strings.");
        change.categories = [...value];
      } else if (key === "isRead") {
        if (typeof value !== "boolean") throw badRequest("BadRequest", "isRead must be true or false.");
        change.isRead = value;
      } else if (key === "singleValueExtendedProperties") {
        change.properties = this.properties(mailbox.message(index).properties, value);
      } else {
        throw badRequest("BadRequest", `The emulator cannot update the property '${key}'.`);
      }
    }
    mailbox.patch(index, change);
    const fields = parseSelect(null);
    return json(
      200,
      messageJson(mailbox.message(index), () => mailbox.content(index), fields, {}),
    );
  }

  /** New values for extended properties; an id equal to a stored one (Graph compares them loosely) replaces it. */
  private properties(stored: Record<string, string>, value: unknown): Record<string, string> {
    if (!Array.isArray(value))
      throw badRequest("BadRequest", "singleValueExtendedProperties must be an array.");
    const byKey = new Map(Object.keys(stored).map((id) => [propertyKey(id), id]));
    const result: Record<string, string> = {};
    for (const entry of value as unknown[]) {
      const { id, value: v } = (entry ?? {}) as { id?: unknown; value?: unknown };
      if (typeof id !== "string" || typeof v !== "string")
        throw badRequest("BadRequest", "Each extended property needs a string id and a string value.");
      result[byKey.get(propertyKey(id)) ?? id] = v;
    }
    return result;
  }

  private createCategory(mailbox: Mailbox, body: unknown): Answer {
    const { displayName, color } = (body ?? {}) as { displayName?: unknown; color?: unknown };
    if (typeof displayName !== "string" || displayName.trim() === "")
      throw badRequest("BadRequest", "displayName is required.");
    const colour = color === undefined ? "none" : color;
    if (typeof colour !== "string" || !COLOR.test(colour))
      throw badRequest("BadRequest", `The color '${String(color)}' is not valid (none, preset0 … preset24).`);
    if (!this.faults.mayCreateCategories(mailbox.address.toLowerCase())) {
      throw new EmulatedError(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
    }
    if (mailbox.masterCategories.some((c) => c.displayName.toLowerCase() === displayName.toLowerCase())) {
      throw new EmulatedError(
        409,
        "ErrorItemAlreadyExists",
        "A category with this display name already exists.",
      );
    }
    const category = { id: `cat-${mailbox.masterCategories.length + 1}`, displayName, color: colour };
    mailbox.masterCategories.push(category);
    return json(201, category);
  }

  private batch(operation: Operation): Answer {
    const requests = (operation.body as { requests?: unknown } | null)?.requests;
    if (!Array.isArray(requests) || requests.length === 0)
      return this.errorAnswer(badRequest("BadRequest", "A batch needs a non-empty 'requests' array."));
    if (requests.length > MAX_BATCH) {
      return this.errorAnswer(
        badRequest("BadRequest", `Number of requests in the batch exceeds the limit of ${MAX_BATCH}.`),
      );
    }
    const ids = new Set<string>();
    const statusById = new Map<string, number>();
    const responses: unknown[] = [];
    for (const raw of requests as unknown[]) {
      const step = (raw ?? {}) as {
        id?: unknown;
        method?: unknown;
        url?: unknown;
        body?: unknown;
        dependsOn?: unknown;
      };
      if (
        typeof step.id !== "string" ||
        ids.has(step.id) ||
        typeof step.method !== "string" ||
        typeof step.url !== "string"
      ) {
        return this.errorAnswer(
          badRequest("BadRequest", "Each batch request needs a unique string id, a method and a url."),
        );
      }
      ids.add(step.id);
      this.counters.batchSteps++;
      const failedDependency = (Array.isArray(step.dependsOn) ? (step.dependsOn as unknown[]) : []).some(
        (d) => typeof d !== "string" || (statusById.get(d) ?? 424) >= 400,
      );
      let answer: Answer;
      if (failedDependency) {
        answer = this.errorAnswer(
          new EmulatedError(424, "FailedDependency", "A request this one depends on failed."),
        );
      } else if (/^https?:/i.test(step.url)) {
        answer = this.errorAnswer(
          badRequest("BadRequest", "Batch urls are relative to the version, e.g. /users/…"),
        );
      } else {
        const url = new URL(step.url.startsWith("/") ? step.url : `/${step.url}`, "http://batch.invalid");
        answer = this.operate({
          method: step.method.toUpperCase(),
          path: url.pathname,
          query: url.searchParams,
          body: step.body,
          base: operation.base,
        });
      }
      statusById.set(step.id, answer.status);
      responses.push({
        id: step.id,
        status: answer.status,
        headers: { "Content-Type": "application/json", ...answer.headers },
        body: answer.body,
      });
    }
    return json(200, { responses });
  }
}
