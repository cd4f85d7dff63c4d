#!/usr/bin/env node
"use strict";
// Runs the TypeScript sources directly through tsx's CommonJS hook, so `npx kanalvagt` works right after
// `npm install` with no build step; esbuild's per-file cache keeps later starts fast.
const path = require("node:path");
const v8 = require("node:v8");
const { register } = require("tsx/cjs/api");

// After reading a large mail (up to 50 MB) the heap is large, and V8 may then let it grow up to fourfold before it
// collects again: a batch with a 49 MB mail of CPR numbers peaked at 1.4 to 1.6 GB, mostly garbage. Growing it by at
// most half between collections keeps that batch under 1 GB, for about a tenth more time on such a mail.
v8.setFlagsFromString("--heap-growing-percent=50");

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
