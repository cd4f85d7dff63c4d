import type { BulkCheckpoint, CheckpointStore } from "../../../src/graph/bulk-checkpoint";

/** A checkpoint store in memory that keeps every save, so a test can look at what an interrupted run left. */
export class MemoryCheckpoints implements CheckpointStore {
  current: BulkCheckpoint | undefined;
  saves = 0;

  load(): Promise<BulkCheckpoint | undefined> {
    return Promise.resolve(this.current && structuredClone(this.current));
  }

  save(checkpoint: BulkCheckpoint): Promise<void> {
    this.current = structuredClone(checkpoint);
    this.saves++;
    return Promise.resolve();
  }

  clear(): Promise<void> {
    this.current = undefined;
    return Promise.resolve();
  }
}
