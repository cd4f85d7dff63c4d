// Preloaded (node --require) into a child the benchmark times: its CPU time, user + system, on stderr as it exits,
// since Node tells a parent only the wall time of a child.
"use strict";

process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`KANALVAGT_BENCH_CPU_US ${user + system}\n`);
});
