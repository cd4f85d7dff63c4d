#!/usr/bin/env node
"use strict";
// Runs the compiled CLI (build/cli/kanalvagt.mjs), building it first when it is missing or older than its sources
// (scripts/lib/cli-bundle.cjs), so `npx kanalvagt` works right after `npm ci` with no build step.
const { pathToFileURL } = require("node:url");
const { freshCliBundle } = require("../scripts/lib/cli-bundle.cjs");

void import(pathToFileURL(freshCliBundle()).href);
