import { setFlagsFromString } from "node:v8";
import { main } from "./main";

// The command as a program: the entry point of the compiled CLI (build/cli/kanalvagt.mjs, scripts/lib/cli-bundle.cjs),
// which bin/kanalvagt.cjs runs and the release zip carries for plain `node`.

// After reading a large mail (up to 50 MB) the heap is large, and V8 may then let it grow up to fourfold before it
// collects again: a batch with a 49 MB mail of CPR numbers peaked at 1.4 to 1.6 GB, mostly garbage. Growing it by at
// most half between collections keeps that batch under 1 GB, for about a tenth more time on such a mail.
setFlagsFromString("--heap-growing-percent=50");

// A reader that stops early (`kanalvagt classify … | head`) closes the pipe; that is not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
