import { constants } from "node:fs";
import { access, readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, normalize, sep } from "node:path";
import { chromium, type Browser, type CDPSession } from "playwright-core";
import webpack from "webpack";
import type { AttachmentLimits } from "../../src/core/config/attachment-limits";
import type { PageResult } from "./attachment-page";
import { peakRiseMb, startPeak } from "./peak-memory";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ROOT = join(__dirname, "..", "..");
const ENTRY = "attachment-bench";

export async function hasChromium(): Promise<boolean> {
  return access(CHROMIUM, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/**
 * The benchmark page (attachment-page.ts) built by the add-in's own webpack configuration, production-optimised, into
 * `dir`: the attachment worker it starts is built exactly as the pane's is, pdf.js as a chunk it loads on demand.
 * Returns the page's script files.
 */
export async function buildBenchPage(dir: string): Promise<string[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(join(ROOT, "webpack.config.js")) as (
    env: object,
    argv: { mode: string },
  ) => webpack.Configuration;
  // Built as development to skip the production-only steps (manifest, configuration check), then optimised.
  const config = factory({}, { mode: "development" });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(
      {
        ...config,
        mode: "production",
        devtool: false,
        context: ROOT,
        entry: { [ENTRY]: "./test/bench/attachment-page.ts" },
        // The inputs are already in `dir`.
        output: { ...config.output, path: dir, clean: false },
        plugins: [],
      },
      (error, result) => (error || !result ? reject(error ?? new Error("no build")) : resolve(result)),
    ),
  );
  if (stats.hasErrors())
    throw new Error(`The benchmark page did not build:\n${stats.toString("errors-only")}`);
  return (stats.toJson({ all: false, entrypoints: true }).entrypoints?.[ENTRY]?.assets ?? [])
    .map((asset) => asset.name)
    .filter((name) => name.endsWith(".js"));
}

/** Serves `dir` on 127.0.0.1, with a page at / that loads `scripts`. */
export async function serve(dir: string, scripts: string[]): Promise<Server> {
  const page = `<!doctype html><meta charset="utf-8">${scripts.map((src) => `<script src="${src}"></script>`).join("")}`;
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    if (path === "/") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
      return;
    }
    const file = join(dir, normalize(path));
    if (!file.startsWith(dir + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, {
            "content-type": file.endsWith(".js")
              ? "text/javascript; charset=utf-8"
              : "application/octet-stream",
          })
          .end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

export const urlOf = (server: Server): string => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

interface BenchPage {
  load(url: string): Promise<void>;
  read(url: string, name: string, limits: AttachmentLimits): Promise<PageResult>;
  start(limits: AttachmentLimits): Promise<void>;
}

/** Chromium's renderer processes: the page and its workers run in one, but which one is not told, so all count. */
async function renderers(cdp: CDPSession): Promise<number[]> {
  const { processInfo } = (await cdp.send("SystemInfo.getProcessInfo")) as {
    processInfo: { type: string; id: number }[];
  };
  return processInfo.filter((info) => info.type === "renderer").map((info) => info.id);
}

export interface BrowserResult extends PageResult {
  /** Undefined where /proc is missing. */
  peakRiseMb?: number;
}

/**
 * One read in a browser of its own (a fresh renderer, as each Node read has a fresh process): the file is fetched into
 * the page and the worker started first; then the renderers' peak resident memory is reset and the read timed.
 * `warm`: read the file once before, so pdf.js's loading is not counted (as in Node).
 */
export async function readInChromium(
  base: string,
  file: string,
  name: string,
  limits: AttachmentLimits,
  warm: boolean,
): Promise<BrowserResult> {
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--no-first-run",
    ],
  });
  try {
    const page = await browser.newPage();
    await page.goto(base);
    const url = `${base}/${file}`;
    await page.evaluate(
      async ([url, limits]) => {
        const bench = (globalThis as unknown as { attachmentBench: BenchPage }).attachmentBench;
        await bench.load(url);
        await bench.start(limits);
      },
      [url, limits] as const,
    );
    if (warm) {
      await page.evaluate(
        ([url, name, limits]) =>
          (globalThis as unknown as { attachmentBench: BenchPage }).attachmentBench.read(url, name, limits),
        [url, name, limits] as const,
      );
    }
    const cdp = await browser.newBrowserCDPSession();
    const pids = await renderers(cdp);
    const starts = pids.map((pid) => startPeak(pid));
    const result = await page.evaluate(
      ([url, name, limits]) =>
        (globalThis as unknown as { attachmentBench: BenchPage }).attachmentBench.read(url, name, limits),
      [url, name, limits] as const,
    );
    const rises = pids.map((pid, i) => {
      const start = starts[i];
      return start === undefined ? undefined : peakRiseMb(pid, start);
    });
    const peak = rises.every((rise) => rise !== undefined)
      ? rises.reduce<number>((sum, rise) => sum + (rise ?? 0), 0)
      : undefined;
    return { ...result, peakRiseMb: peak };
  } finally {
    await browser.close();
  }
}
