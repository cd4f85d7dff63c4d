import { execFile } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..", "..");
const BIN = join(ROOT, "bin", "kanalvagt.cjs");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real command, as a user would after `npm install`, and collects what it printed. */
export function runCli(args: string[], cwd = ROOT): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
