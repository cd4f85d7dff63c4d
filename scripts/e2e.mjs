// npm run test:e2e: builds the add-in with the demo, production-optimised (webpack --env demo), into a temporary
// folder, serves it on a free localhost port and runs the browser tests in test/e2e/ against it with Debian's
// Chromium. The speed figures the tests print are then those of the code staff get. It also runs the development
// server `npm start` runs (in memory, plain HTTP), which test/e2e/development-build.test.ts opens: the two modes
// bundle differently, and a development-only crash went unnoticed once. Extra arguments go to jest.
import { spawn } from "node:child_process";
import { constants } from "node:fs";
import { access, mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const CHROMIUM = "/usr/bin/chromium";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".png": "image/png",
  ".css": "text/css",
};

async function ensureChromium() {
  try {
    await access(CHROMIUM, constants.X_OK);
  } catch {
    throw new Error(
      `The browser tests need Debian's Chromium at ${CHROMIUM}, which is missing. ` +
        "Install it with: apt-get install -y chromium",
    );
  }
}

async function build(outputPath) {
  const config = require(path.join(root, "webpack.config.js"))({ demo: true }, { mode: "production" });
  config.output.path = outputPath;
  const stats = await new Promise((resolve, reject) =>
    webpack(config, (error, result) => (error ? reject(error) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(`The demo build failed:\n${stats.toString("errors-only")}`);
}

/** Serves the build folder read-only on 127.0.0.1 at a port the system picks. */
async function serve(folder) {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = path.join(folder, path.normalize(pathname));
    if (!file.startsWith(folder + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const type = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
      response.writeHead(200, { "content-type": type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

function runJest(baseUrl, developmentBaseUrl, args) {
  return new Promise((resolve) => {
    const jest = spawn(
      process.execPath,
      [require.resolve("jest/bin/jest"), "--config", "test/e2e/jest.config.js", ...args],
      {
        cwd: root,
        stdio: "inherit",
        env: {
          ...process.env,
          E2E_BASE_URL: baseUrl,
          E2E_DEVELOPMENT_BASE_URL: developmentBaseUrl,
          CHROMIUM_PATH: CHROMIUM,
        },
      },
    );
    jest.on("close", (code) => resolve(code ?? 1));
  });
}

/**
 * The development build as `npm start` serves it: webpack-dev-server adds its client and hot-update runtime to every
 * entry, which changes how the pages' bundles share webpack's runtime. Resolves to its base URL and a stop function.
 */
async function startDevelopmentServer() {
  const config = require(path.join(root, "webpack.config.js"))({}, { mode: "development" });
  const compiler = webpack(config);
  const built = new Promise((resolve) => compiler.hooks.done.tap("kanalvagt-e2e", resolve));
  const server = new WebpackDevServer(
    { host: "127.0.0.1", port: "auto", static: false, open: false, client: { overlay: false } },
    compiler,
  );
  await server.start();
  const stats = await built;
  if (stats.hasErrors()) throw new Error(`The development build failed:\n${stats.toString("errors-only")}`);
  return { baseUrl: `http://127.0.0.1:${server.options.port}`, stop: () => server.stop() };
}

async function main() {
  await ensureChromium();
  const folder = await mkdtemp(path.join(tmpdir(), "kanalvagt-e2e-"));
  let server;
  let development;
  try {
    console.log("Building the add-in with the demo (production mode) …");
    await build(folder);
    server = await serve(folder);
    const baseUrl = `http://127.0.0.1:${server.address().port}`;
    console.log(`Serving ${folder} at ${baseUrl}`);
    console.log("Starting the development server npm start runs …");
    development = await startDevelopmentServer();
    console.log(`Serving the development build at ${development.baseUrl}`);
    return await runJest(baseUrl, development.baseUrl, process.argv.slice(2));
  } finally {
    server?.close();
    await development?.stop();
    await rm(folder, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`\nnpm run test:e2e failed: ${error.message}\n`);
    process.exit(1);
  },
);
