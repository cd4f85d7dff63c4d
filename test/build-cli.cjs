// Jest's global setup: the CLI tests run the real command (bin/kanalvagt.cjs), which runs the compiled CLI. Building
// it once here, when a source changed, spares jest's parallel workers from each building it on their first run.
"use strict";

const { freshCliBundle } = require("../scripts/lib/cli-bundle.cjs");

module.exports = () => {
  freshCliBundle();
};
