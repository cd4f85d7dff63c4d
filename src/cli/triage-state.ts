import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { parseCheckpoint, type BulkCheckpoint, type CheckpointStore } from "../graph/bulk-checkpoint";

/** ~/.kanalvagt/triage-<mailbox>.json: outside any repository, one file per mailbox. */
export function defaultStatePath(mailbox: string, home: string = homedir()): string {
  const safe = mailbox.toLowerCase().replace(/[^a-z0-9@._-]/g, "_");
  return join(home, ".kanalvagt", `triage-${safe}.json`);
}

/**
 * The bulk triage's checkpoint as a JSON file. Written to a temporary file and renamed, so an interruption in the
 * middle of a write leaves the previous checkpoint, never half a file. A file that cannot be read is ignored: the
 * run starts over, which is slower but safe, since triaged messages carry their record.
 */
export class FileCheckpointStore implements CheckpointStore {
  constructor(readonly path: string) {}

  async load(): Promise<BulkCheckpoint | undefined> {
    try {
      return parseCheckpoint(JSON.parse(await readFile(this.path, "utf8")));
    } catch {
      return undefined;
    }
  }

  async save(checkpoint: BulkCheckpoint): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
    const temporary = `${this.path}.tmp`;
    await writeFile(temporary, `${JSON.stringify(checkpoint)}\n`, { encoding: "utf8", mode: 0o600 });
    await rename(temporary, this.path);
  }

  async clear(): Promise<void> {
    await rm(this.path, { force: true });
  }
}
