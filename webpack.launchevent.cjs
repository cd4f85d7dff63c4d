// The send guard's single-file build. Classic Outlook on Windows runs OnMessageSend in a JavaScript-only runtime that
// loads exactly one file (the manifest's <Override type="javascript">): no imports, no DOM, no Office.onReady. So
// launchevent.js is built on its own — every module inlined, no chunks, no runtime loader, no eval source maps — and
// launchevent.html (the HTML runtime of the other clients) loads office.js and then that same file.
//
// webpack.config.js adds LaunchEventPlugin, which builds launchevent.js with its own compiler and emits it (and the
// page) into the add-in's build, so `npm run build`, `npm start` and the browser tests all serve it.
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { contentSecurityPolicy } = require("./webpack.csp.cjs");

const ENTRY = "./src/commands/send-guard/launchevent.ts";
const PAGE_TEMPLATE = "./src/commands/send-guard/launchevent.html";
/** The manifest's SendGuardJs.Url and SendGuard.Url point here; no content hash, as the manifest names the files. */
const SCRIPT_FILE = "launchevent.js";
const PAGE_FILE = "launchevent.html";

/** The webpack configuration of launchevent.js alone, written to `outputPath`. */
function launchEventConfig({ production, outputPath }) {
  return {
    name: "launchevent",
    context: __dirname,
    mode: production ? "production" : "development",
    target: "web",
    entry: ENTRY,
    output: { path: outputPath, filename: SCRIPT_FILE, iife: true, clean: false },
    // Source maps by eval() or in a second file would break the one-file rule; stack traces name the modules anyway.
    devtool: false,
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Microsoft documents the JavaScript-only runtime's language only as "ES2016 before Version 2403"; ask
            // for as little as the engine allows (its Unicode regular expressions need ES2018).
            options: { transpileOnly: true, compilerOptions: { noEmit: false, target: "ES2018" } },
          },
        },
      ],
    },
    optimization: {
      splitChunks: false,
      runtimeChunk: false,
      // Inlines the modules into one scope, so no module loader is left in the file, in development too.
      concatenateModules: true,
    },
    performance: { hints: false },
    stats: "errors-warnings",
  };
}

/**
 * Adds launchevent.js and launchevent.html to the add-in's build. The script is compiled by a separate webpack run
 * (the add-in's splitChunks and hashed names must not touch it); its source files join the build's watched files.
 */
class LaunchEventPlugin {
  constructor({ production, officeScript }) {
    this.production = production;
    this.officeScript = officeScript;
  }

  apply(compiler) {
    new HtmlWebpackPlugin({
      filename: PAGE_FILE,
      template: PAGE_TEMPLATE,
      chunks: [],
      officeScript: this.officeScript,
      launchEventScript: SCRIPT_FILE,
      csp: contentSecurityPolicy({ production: this.production }),
    }).apply(compiler);

    // The build's own compiler and its temporary output go when the add-in's build or watch ends.
    compiler.hooks.shutdown.tapPromise("LaunchEvent", () => this.dispose());
    compiler.hooks.watchClose.tap("LaunchEvent", () => void this.dispose());

    compiler.hooks.thisCompilation.tap("LaunchEvent", (compilation) => {
      // Started at once, so it runs beside the add-in's own modules; its result is awaited when assets are added.
      const built = this.build();
      built.catch(() => undefined);
      compilation.hooks.processAssets.tapPromise(
        { name: "LaunchEvent", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          try {
            const { files, fileDependencies } = await built;
            for (const [file, bytes] of files) {
              compilation.emitAsset(file, new webpack.sources.RawSource(bytes), { minimized: true });
            }
            for (const file of fileDependencies) compilation.fileDependencies.add(file);
          } catch (error) {
            compilation.errors.push(
              new webpack.WebpackError(`The send guard's launchevent.js: ${error.message}`),
            );
          }
        },
      );
    });
  }

  /**
   * launchevent.js (and in production the licence notices terser moves beside it), and the files it was built from.
   * One compiler serves every rebuild of `npm start`, so its cache keeps rebuilds quick; runs are queued, as a
   * compiler runs one build at a time.
   */
  build() {
    if (!this.compiler) {
      this.outputPath = fs.mkdtempSync(path.join(os.tmpdir(), "kanalvagt-launchevent-"));
      this.compiler = webpack(
        launchEventConfig({ production: this.production, outputPath: this.outputPath }),
      );
      this.queue = Promise.resolve();
    }
    const run = () =>
      new Promise((resolve, reject) => {
        this.compiler.run((error, stats) => {
          if (error) return reject(error);
          if (stats.hasErrors()) return reject(new Error(stats.toString("errors-only")));
          const files = Object.keys(stats.compilation.assets).map((file) => [
            file,
            fs.readFileSync(path.join(this.outputPath, file)),
          ]);
          resolve({ files, fileDependencies: [...stats.compilation.fileDependencies] });
        });
      });
    const result = this.queue.then(run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  async dispose() {
    const { compiler, outputPath, queue } = this;
    if (!compiler) return;
    this.compiler = undefined;
    await queue;
    await new Promise((resolve) => compiler.close(resolve));
    fs.rmSync(outputPath, { recursive: true, force: true });
  }
}

module.exports = { launchEventConfig, LaunchEventPlugin, SCRIPT_FILE, PAGE_FILE };
