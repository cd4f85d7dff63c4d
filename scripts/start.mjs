// npm start: serves the add-in in development mode over HTTPS at https://localhost:3000, the address the source
// manifest points at, with a self-signed certificate made on first run (no sudo, kept out of git in .certs/).
import { spawn } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import selfsigned from "selfsigned";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const HOST = "localhost";
const PORT = 3000;
const ORIGIN = `https://${HOST}:${PORT}`;
const CERT_DIR = path.join(root, ".certs");
const KEY_FILE = path.join(CERT_DIR, "localhost.key");
const CERT_FILE = path.join(CERT_DIR, "localhost.crt");
const DAY_MS = 24 * 60 * 60 * 1000;
/** The local Graph emulator for the statistics; the pane reaches it through the dev server at /graph. */
const GRAPH_PORT = 3001;
const GRAPH_PATH = "/graph";

/** Reuses .certs/localhost.{key,crt} while valid for another day; otherwise makes a new pair. */
async function ensureCertificate() {
  try {
    const [key, cert] = await Promise.all([readFile(KEY_FILE, "utf8"), readFile(CERT_FILE, "utf8")]);
    if (new Date(new X509Certificate(cert).validTo).getTime() - Date.now() > DAY_MS) return { key, cert };
  } catch (error) {
    if (error.code !== "ENOENT") console.warn(`Making a new certificate: ${error.message}`);
  }
  const pems = await selfsigned.generate([{ name: "commonName", value: HOST }], {
    keySize: 2048,
    algorithm: "sha256",
    notAfterDate: new Date(Date.now() + 365 * DAY_MS),
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
          { type: 7, ip: "::1" },
        ],
      },
    ],
  });
  await mkdir(CERT_DIR, { recursive: true, mode: 0o700 });
  await writeFile(KEY_FILE, pems.private, { mode: 0o600 });
  await writeFile(CERT_FILE, pems.cert);
  console.log(`Made a self-signed certificate for localhost: ${path.relative(root, CERT_FILE)}`);
  return { key: pems.private, cert: pems.cert };
}

/** Fails with a clear message when something already listens on the port (often an earlier `npm start`). */
function ensurePortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error) => {
      reject(
        error.code === "EADDRINUSE"
          ? new Error(
              `Port ${port} is busy: is another \`npm start\` running? Stop it (or whatever holds the port; ` +
                `\`ss -ltnp 'sport = :${port}'\` shows it) and try again. The manifest expects port ${port}.`,
            )
          : error,
      );
    });
    probe.listen(port, HOST, () => probe.close(resolve));
  });
}

/** The add-in's pages, the demo and the manifest, rebuilt on every change. */
async function startAddinServer(https) {
  await ensurePortFree(PORT);
  const config = require(path.join(root, "webpack.config.js"))({}, { mode: "development" });
  const compiler = webpack(config);
  const firstBuild = new Promise((resolve) => compiler.hooks.done.tap("kanalvagt-start", resolve));
  const server = new WebpackDevServer(
    {
      host: HOST,
      port: PORT,
      server: { type: "https", options: https },
      static: false,
      open: false,
      // Same origin for the pane: no CORS, no mixed content, and the emulator's next-page links stay on it.
      proxy: [
        {
          context: [GRAPH_PATH],
          target: `http://127.0.0.1:${GRAPH_PORT}`,
          pathRewrite: { [`^${GRAPH_PATH}`]: "" },
        },
      ],
      client: { overlay: { errors: true, warnings: false } },
    },
    compiler,
  );
  await server.start();
  await firstBuild;
  return { name: "add-in", stop: () => server.stop() };
}

/** The Graph emulator, seeded from the .eml corpus, as a child process (see docs/graph.md). */
async function startGraphEmulator() {
  await ensurePortFree(GRAPH_PORT);
  const child = spawn(
    process.execPath,
    [
      require.resolve("tsx/cli"),
      path.join(root, "src/graph-emulator/main.ts"),
      "--port",
      String(GRAPH_PORT),
      "--public-url",
      `${ORIGIN}${GRAPH_PATH}`,
      // Most of the corpus as if bulk triage had run, so the demo's statistics have figures to show.
      "--triaged",
      "0.7",
    ],
    { cwd: root, stdio: ["ignore", "inherit", "inherit"] },
  );
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return {
    name: "Graph emulator",
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

async function main() {
  const https = await ensureCertificate();
  // Each local service the demo needs starts here and is stopped on Ctrl+C.
  await ensurePortFree(PORT);
  const graph = await startGraphEmulator();
  const services = [graph];
  try {
    services.push(await startAddinServer(https));
  } catch (error) {
    await graph.stop();
    throw error;
  }

  console.log(`
Kanalvagt is running (development build, HTTPS with a self-signed certificate).

  Demo, a shared mailbox with the task pane:  ${ORIGIN}/demo.html
  Task pane to sideload in Outlook on the web: ${ORIGIN}/taskpane.html
  Graph emulator for the statistics:          ${ORIGIN}${GRAPH_PATH}/v1.0 (port ${GRAPH_PORT})
    (sideload manifest.xml as section 4 of docs/admin-guide.md describes)

Browsers do not trust the certificate: open ${ORIGIN}/demo.html once and accept the warning,
or trust ${path.relative(root, CERT_FILE)} in your system. Press Ctrl+C to stop.
`);

  const stop = async () => {
    await Promise.allSettled(services.map((service) => service.stop()));
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error) => {
  console.error(`\nnpm start failed: ${error.message}\n`);
  process.exit(1);
});
