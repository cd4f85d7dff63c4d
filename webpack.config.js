// One HTML page per entry, as in Microsoft's add-in template. Production serves the task pane and the FunctionFile
// page with office.js from Microsoft's CDN and writes the manifest for ADDIN_BASE_URL; development serves a local
// copy of office.js and the demo, so nothing is fetched from the internet.
"use strict";

const path = require("node:path");
const zlib = require("node:zlib");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const {
  BUILD_INFO_FILE,
  buildInfo,
  productionBaseUrl,
  rewriteManifestUrls,
} = require("./scripts/lib/manifest.cjs");
const { LaunchEventPlugin } = require("./webpack.launchevent.cjs");
const { contentSecurityPolicy } = require("./webpack.csp.cjs");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL_DIR = "office-js";
/** The chunk names src/taskpane/engine/spawn-worker.ts gives the triage worker and the attachment worker. */
const TRIAGE_WORKER = "triage-worker";
const ATTACHMENT_WORKER = "attachment-worker";
/**
 * The task pane's first script: it only starts the triage worker, so the engine loads and warms up while office.js,
 * React and Fluent UI are still loading. The pane's entry depends on it and shares its engine.
 */
const TASKPANE_ENGINE = "taskpane-engine";
/** The task pane's initial JavaScript must stay under this, gzipped (the task-pane issue's budget). */
const TASKPANE_BUDGET_BYTES = 250 * 1024;

/** The files office.js loads beside itself in Outlook: the host scripts, the locale strings, telemetry. */
const officeJsFiles = [
  "office.js",
  "o15apptofilemappingtable.js",
  "outlook-*.js",
  "*/office_strings.js",
  "*/outlook_strings.js",
  "telemetry/oteljs_agave.js",
  "ariatelemetry/aria-web-telemetry.js",
];

/** A production build without a proper ADDIN_BASE_URL would write a manifest pointing at localhost: refuse. */
function requireProductionBaseUrl() {
  try {
    return productionBaseUrl(process.env);
  } catch (error) {
    console.error(`\nKanalvagt production build refused: ${error.message}\n`);
    process.exit(1);
  }
}

/**
 * One HTML page under the build's Content-Security-Policy (`csp`, webpack.csp.cjs). With `earlyChunk`, the template
 * writes the script tags itself (inject: false): that chunk as a plain script before office.js, the rest deferred
 * after it.
 */
function page(name, template, chunks, { officeScript, earlyChunk, csp }) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template,
    chunks,
    chunksSortMode: "manual",
    officeScript,
    csp,
    ...(earlyChunk ? { inject: false, earlyChunk } : {}),
  });
}

/** Prints the task pane's initial JavaScript, gzipped, and fails the build above the budget. */
class TaskpaneBudgetPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("TaskpaneBudget", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "TaskpaneBudget", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const files = [
            ...new Set(
              [TASKPANE_ENGINE, "taskpane"].flatMap((name) => compilation.entrypoints.get(name).getFiles()),
            ),
          ].filter((file) => file.endsWith(".js"));
          const sizes = files.map((file) => ({
            file,
            raw: assets[file].size(),
            gzip: zlib.gzipSync(assets[file].buffer(), { level: 9 }).length,
          }));
          const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
          const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
          const lines = sizes.map((s) => `  ${s.file}: ${kb(s.raw)} (${kb(s.gzip)} gzipped)`);
          console.log(`\nTask pane initial JavaScript: ${kb(total)} gzipped\n${lines.join("\n")}`);
          // The engine runs in a worker the pane starts at once; it loads beside the page, off the main thread.
          const worker = compilation.asyncEntrypoints.find((e) => e.name === TRIAGE_WORKER);
          const workerFiles = (worker?.getFiles() ?? []).filter((file) => file.endsWith(".js"));
          const workerGzip = workerFiles.reduce(
            (sum, file) => sum + zlib.gzipSync(assets[file].buffer(), { level: 9 }).length,
            0,
          );
          console.log(`Triage worker (engine, model, configuration): ${kb(workerGzip)} gzipped\n`);
          if (total > TASKPANE_BUDGET_BYTES) {
            compilation.errors.push(
              new webpack.WebpackError(
                `The task pane's initial JavaScript is ${kb(total)} gzipped, over the budget of ` +
                  `${kb(TASKPANE_BUDGET_BYTES)}. Load heavy parts lazily with import().`,
              ),
            );
          }
        },
      );
    });
  }
}

/** Writes build-info.json, which tells the manifest validator the base URL the manifest was built for. */
class BuildInfoPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BuildInfo", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "BuildInfo", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const json = `${JSON.stringify(buildInfo(this.baseUrl), null, 2)}\n`;
          compilation.emitAsset(BUILD_INFO_FILE, new webpack.sources.RawSource(json));
        },
      );
    });
  }
}

/**
 * A production build ships the bundled configuration: every value still to fill in ("[telefonnummer]") is printed
 * as a warning by the same check as `npx kanalvagt config check` (template lines using it are left out of replies).
 */
function warnAboutUnfilledConfiguration() {
  const check = require("node:child_process").spawnSync(
    process.execPath,
    [path.join(__dirname, "bin", "kanalvagt.cjs"), "config", "check", "src/core/config/default-config.json"],
    { cwd: __dirname, encoding: "utf8" },
  );
  const missing = (check.stdout ?? "")
    .split("\n")
    .filter((line) => line.startsWith("  "))
    .map((line) => line.trim());
  if (check.status !== 0) console.warn(`WARNING: the bundled configuration is invalid:\n${check.stderr}`);
  for (const value of missing) {
    console.warn(
      `WARNING: configuration value ${value} is not filled in; replies leave out the lines using it.`,
    );
  }
}

/**
 * `--mode production` builds what admins deploy. `--env demo` adds the demo to a build, with the local office.js and
 * the source manifest: the browser tests run the demo on production-optimised code, as staff would get it.
 */
module.exports = (env = {}, argv) => {
  const production = argv.mode === "production";
  if (production) warnAboutUnfilledConfiguration();
  const csp = contentSecurityPolicy({ production });
  const withDemo = !production || env.demo === true || env.demo === "true";
  const baseUrl = production && !withDemo ? requireProductionBaseUrl() : undefined;
  const officeScript = withDemo ? `${OFFICE_JS_LOCAL_DIR}/office.js` : OFFICE_JS_CDN;

  const entry = {
    [TASKPANE_ENGINE]: "./src/taskpane/engine/pane-engine.ts",
    taskpane: { import: "./src/taskpane/index.tsx", dependOn: TASKPANE_ENGINE },
    commands: "./src/commands/commands.ts",
    "auth-dialog": "./src/graph/auth/dialog/auth-dialog.ts",
    ...(withDemo
      ? {
          demo: "./src/demo/index.tsx",
          // One webpack runtime per page: with a runtime of its own, the stand-in and the pane would each load the
          // shared React chunk, and development builds then fail ("__webpack_require__.nmd is not a function").
          "office-standin": { import: "./src/demo/office-standin/install.ts", dependOn: TASKPANE_ENGINE },
        }
      : {}),
  };

  const pages = [
    page("taskpane", "./src/taskpane/taskpane.html", [TASKPANE_ENGINE, "taskpane"], {
      officeScript,
      earlyChunk: TASKPANE_ENGINE,
      csp,
    }),
    page("commands", "./src/commands/commands.html", ["commands"], { officeScript, csp }),
    // Sign-in for Outlook clients without nested app authentication (Office dialog + MSAL redirect).
    page("auth-dialog", "./src/graph/auth/dialog/auth-dialog.html", ["auth-dialog"], { officeScript, csp }),
    ...(withDemo
      ? [
          // The demo's pane is the real task pane bundle; only the Office.js beneath it is the stand-in.
          page("demo-pane", "./src/taskpane/taskpane.html", [TASKPANE_ENGINE, "office-standin", "taskpane"], {
            earlyChunk: TASKPANE_ENGINE,
            csp,
          }),
          page("demo", "./src/demo/demo.html", ["demo"], {}),
        ]
      : []),
  ];

  const copies = [
    baseUrl
      ? {
          from: "manifest.xml",
          to: "manifest.xml",
          transform: (content) => rewriteManifestUrls(content.toString("utf8"), baseUrl),
        }
      : { from: "manifest.xml", to: "manifest.xml" },
    { from: "assets", to: "assets" },
    // The demo runs on an example of the file an admin places beside taskpane.html (docs/admin-guide.md); a
    // production build ships none, so a host without one shows the pane's admin notice.
    ...(withDemo ? [{ from: "src/core/config/default-config.json", to: "kanalvagt-config.json" }] : []),
    ...(withDemo
      ? officeJsFiles.map((file) => ({
          from: file,
          context: "node_modules/@microsoft/office-js/dist",
          to: `${OFFICE_JS_LOCAL_DIR}/`,
          // Microsoft's files are minified already; terser would spend a minute on them.
          info: { minimized: true },
        }))
      : []),
  ];

  return {
    mode: production ? "production" : "development",
    entry,
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "js/[name].[contenthash:8].js" : "js/[name].js",
      chunkFilename: production ? "js/[name].[contenthash:8].js" : "js/[name].js",
      clean: true,
    },
    devtool: production ? false : "eval-cheap-module-source-map",
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type errors are tsc's job (npm run typecheck); isolatedModules makes transpiling alone safe.
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        // Each worker stays one self-contained file: sharing chunks with the page would make the page load the engine.
        chunks: (chunk) => chunk.name !== TRIAGE_WORKER && chunk.name !== ATTACHMENT_WORKER,
        cacheGroups: {
          // React changes seldom and Fluent UI on its own schedule: separate files keep browsers' caches warm.
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            priority: 20,
          },
          // With Griffel's own dependencies (stylis, rtl-css-js, @emotion/hash): as a chunk of their own they were one
          // more request at start-up, and on HTTP/1.1 the pane's requests then took all six connections to the host
          // and held back the triage worker's script.
          fluentui: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc[\\/]helpers|stylis|rtl-css-js|@emotion[\\/]hash)[\\/]/,
            name: "fluentui",
            priority: 10,
          },
          // Unnamed: each page gets the libraries it uses, so the sign-in dialog's MSAL stays out of the task pane.
          vendors: { test: /[\\/]node_modules[\\/]/, priority: 0, reuseExistingChunk: true },
        },
      },
    },
    plugins: [
      ...pages,
      new CopyWebpackPlugin({ patterns: copies }),
      // The send guard: launchevent.js (one self-contained file for classic Outlook) and launchevent.html.
      new LaunchEventPlugin({ production, officeScript }),
      ...(baseUrl ? [new BuildInfoPlugin(baseUrl)] : []),
      ...(production ? [new TaskpaneBudgetPlugin()] : []),
    ],
    // webpack's hints count raw bytes of every entry; TaskpaneBudgetPlugin measures what matters instead.
    performance: { hints: false },
    stats: "errors-warnings",
  };
};
