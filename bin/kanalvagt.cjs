#!/usr/bin/env node
"use strict";
// Runs the TypeScript sources directly through tsx's CommonJS hook, so `npx kanalvagt` works right after
// `npm install` with no build step; esbuild's per-file cache keeps later starts fast.
const path = require("node:path");
const { register } = require("tsx/cjs/api");

register();
const { main } = require(path.join(__dirname, "..", "src", "cli", "main.ts"));

// A reader that stops early (`kanalvagt classify … | head`) closes the pipe; that is not an error.
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
