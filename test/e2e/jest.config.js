// Browser tests, run by scripts/e2e.mjs (npm run test:e2e) against the production-optimised and the development
// builds it serves; the unit jest run does not pick them up.
const path = require("node:path");
const unit = require("../../jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  rootDir: path.resolve(__dirname, "../.."),
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
  transform: unit.transform,
  // A test walks the demo through several steps, each of which Playwright gives 30 s; a busy 2-core CI machine ran
  // whole tests past 30 s with nothing wrong. A hang still fails, two minutes in.
  testTimeout: 120_000,
  maxWorkers: 1,
};
