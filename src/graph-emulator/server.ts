import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { GraphEmulator, type Answer } from "./emulator";
import type { FaultSettings } from "./faults";
import type { Mailbox } from "./mailbox";

export interface EmulatorServerOptions {
  /** 0 picks a free port (tests). */
  port?: number;
  host?: string;
  /**
   * The URL callers reach the emulator at, without the version, when that is not the Host they send, e.g.
   * https://localhost:3000/graph behind the dev server's proxy. nextLinks are built on it.
   */
  publicUrl?: string;
  mailboxes?: readonly Mailbox[];
  faults?: FaultSettings;
}

export interface RunningEmulator {
  /** The base URL for GraphClient (without the version), e.g. http://127.0.0.1:41234. */
  url: string;
  port: number;
  emulator: GraphEmulator;
  close(): Promise<void>;
}

const MAX_BODY = 4 * 1024 * 1024;
const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers": "Authorization, Content-Type, Prefer, ConsistencyLevel, client-request-id",
  "Access-Control-Allow-Methods": "GET, POST, PATCH, DELETE, OPTIONS",
  "Access-Control-Expose-Headers": "Retry-After, request-id",
};

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error("too large"));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function send(response: ServerResponse, answer: Answer): void {
  const headers: Record<string, string> = { ...CORS, ...answer.headers };
  if (answer.body === undefined || answer.status === 204) {
    response.writeHead(answer.status, headers).end();
    return;
  }
  // An attachment's $value is bytes as they are; everything else is JSON.
  if (answer.body instanceof Uint8Array) {
    response.writeHead(answer.status, headers).end(answer.body);
    return;
  }
  headers["Content-Type"] = "application/json; odata.metadata=minimal; charset=utf-8";
  response.writeHead(answer.status, headers).end(JSON.stringify(answer.body));
}

function graphError(status: number, code: string, message: string): Answer {
  return {
    status,
    headers: {},
    body: { error: { code, message, innerError: { date: new Date().toISOString() } } },
  };
}

/** /_emulator/…: switches and counters for tests, the benchmark and the demo (no token needed). */
async function admin(emulator: GraphEmulator, method: string, path: string, body: unknown): Promise<Answer> {
  if (path === "/_emulator/faults" && method === "GET")
    return { status: 200, headers: {}, body: emulator.faults.current };
  if (path === "/_emulator/faults" && method === "POST") {
    emulator.faults.set(body ?? {});
    return { status: 200, headers: {}, body: emulator.faults.current };
  }
  if (path === "/_emulator/faults" && method === "DELETE") {
    emulator.faults.set({});
    return { status: 204, headers: {} };
  }
  if (path === "/_emulator/stats" && method === "GET")
    return { status: 200, headers: {}, body: emulator.stats() };
  if (path === "/_emulator/stats" && method === "DELETE") {
    emulator.resetStats();
    return { status: 204, headers: {} };
  }
  if (path === "/_emulator/mailboxes" && method === "GET")
    return { status: 200, headers: {}, body: emulator.addresses };
  return Promise.resolve(graphError(404, "NotFound", `No emulator endpoint ${method} ${path}.`));
}

async function handle(
  emulator: GraphEmulator,
  options: EmulatorServerOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const method = (request.method ?? "GET").toUpperCase();
  if (method === "OPTIONS") {
    response.writeHead(204, CORS).end();
    return;
  }
  const url = new URL(request.url ?? "/", "http://emulator.invalid");
  let body: unknown = undefined;
  const text = await readBody(request);
  if (text.trim() !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      return send(response, graphError(400, "BadRequest", "Unable to read JSON request payload."));
    }
  }
  if (url.pathname.startsWith("/_emulator/"))
    return send(response, await admin(emulator, method, url.pathname, body));
  const version = /^\/(v1\.0|beta)(\/.*)$/.exec(url.pathname);
  if (!version) return send(response, graphError(400, "BadRequest", "Invalid version: use /v1.0/…"));
  const authorization = request.headers.authorization ?? "";
  if (!/^Bearer\s+\S+/i.test(authorization)) {
    return send(response, graphError(401, "InvalidAuthenticationToken", "Access token is empty."));
  }
  const publicUrl = options.publicUrl?.replace(/\/+$/, "") ?? `http://${request.headers.host ?? "localhost"}`;
  send(
    response,
    await emulator.request({
      method,
      path: version[2] ?? "/",
      query: url.searchParams,
      body,
      base: `${publicUrl}/${version[1] ?? "v1.0"}`,
    }),
  );
}

/** Starts the emulator on localhost; usable in-process from tests and from main.ts. */
export async function startGraphEmulator(options: EmulatorServerOptions = {}): Promise<RunningEmulator> {
  const emulator = new GraphEmulator(options.mailboxes ?? [], options.faults ?? {});
  const server: Server = createServer((request, response) => {
    handle(emulator, options, request, response).catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      if (!response.headersSent)
        send(response, graphError(reason === "too large" ? 413 : 500, "InternalServerError", reason));
    });
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host === "127.0.0.1" || host === "::1" ? host : "localhost"}:${port}`,
    port,
    emulator,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
