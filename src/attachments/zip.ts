import { Inflate } from "fflate";
import type { AttachmentLimits } from "../core/config/attachment-limits";
import { NotRead } from "./outcome";

/**
 * A zip container read without trusting it (Word, Excel, PowerPoint and OpenDocument files are zips). The central
 * directory is parsed by hand so the entry count is checked before anything is inflated, and each entry is inflated
 * in small steps with the caps checked after every step: total inflated bytes per container and inflated bytes per
 * compressed byte. A zip bomb is refused after inflating at most a few megabytes, and nothing inflated is kept: the
 * caller receives it chunk by chunk.
 */
export interface ZipEntry {
  name: string;
  encrypted: boolean;
  method: number;
  compressedSize: number;
  /** What the entry says it inflates to; a bomb may lie, so the inflater counts as well. */
  size: number;
  localHeaderOffset: number;
}

/**
 * Compressed bytes fed to the inflater per step, at most: one step inflates at most about 16 MB (deflate's top ratio
 * is 1032), well inside the 100 MB a bomb may cost. Each step costs fflate a fresh output buffer and a copy of its
 * 32 KB window, so small steps are slow: at 4 KB, inflating a 5 MB workbook took 1.8 times as long in Node, 3 in
 * Chromium.
 */
const MAX_STEP = 16 * 1024;
/**
 * The first step: steps then double up to MAX_STEP, so a bomb is refused, by its ratio, after inflating a couple of
 * megabytes, while the reader's code is still cold.
 */
const FIRST_STEP = 1024;
/** Ratios are judged once this much is inflated: tiny entries (an empty sheet) compress far beyond any real ratio. */
const RATIO_GRACE_BYTES = 1024 * 1024;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export class ZipReader {
  readonly entries: ZipEntry[];
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: AttachmentLimits,
  ) {
    this.entries = readCentralDirectory(bytes, limits.maxZipEntries);
  }

  find(name: string): ZipEntry | undefined {
    return this.entries.find((entry) => entry.name === name);
  }

  /** The entry's content as text, handed to `sink` piece by piece while it inflates. */
  readText(entry: ZipEntry, sink: (text: string) => void): void {
    const decoder = new TextDecoder("utf-8");
    this.read(entry, (chunk) => sink(decoder.decode(chunk, { stream: true })));
    sink(decoder.decode());
  }

  /** The whole entry as text; for small entries only (a manifest, [Content_Types].xml). */
  text(entry: ZipEntry): string {
    const pieces: string[] = [];
    this.readText(entry, (piece) => pieces.push(piece));
    return pieces.join("");
  }

  private read(entry: ZipEntry, sink: (chunk: Uint8Array) => void): void {
    if (entry.encrypted) throw new NotRead("encrypted");
    if (this.inflated + entry.size > this.limits.maxInflatedBytes) throw new NotRead("limit");
    const data = this.entryData(entry);
    if (entry.method === 0) {
      this.count(data.byteLength);
      sink(data);
      return;
    }
    if (entry.method !== 8) throw new NotRead("unsupported");
    let entryInflated = 0;
    let consumed = 0;
    const inflater = new Inflate((chunk) => {
      entryInflated += chunk.byteLength;
      this.count(chunk.byteLength);
      if (entryInflated > RATIO_GRACE_BYTES && entryInflated > consumed * this.limits.maxInflateRatio) {
        throw new NotRead("limit");
      }
      sink(chunk);
    });
    try {
      while (consumed < data.byteLength) {
        const step = data.subarray(consumed, consumed + Math.min(MAX_STEP, Math.max(FIRST_STEP, consumed)));
        consumed += step.byteLength;
        inflater.push(step, consumed >= data.byteLength);
      }
    } catch (err) {
      if (err instanceof NotRead) throw err;
      throw new NotRead("damaged");
    }
  }

  private count(inflated: number): void {
    this.inflated += inflated;
    if (this.inflated > this.limits.maxInflatedBytes) throw new NotRead("limit");
  }

  private entryData(entry: ZipEntry): Uint8Array {
    const view = viewOf(this.bytes);
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.byteLength || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
      throw new NotRead("damaged");
    }
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.byteLength) throw new NotRead("damaged");
    return this.bytes.subarray(start, end);
  }
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function readCentralDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = viewOf(bytes);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw new NotRead("damaged");
  const count = view.getUint16(eocd + 10, true);
  if (count > maxEntries) throw new NotRead("limit");
  const names = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL_SIGNATURE)
      throw new NotRead("damaged");
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** The end record sits in the last 22 bytes plus a comment of at most 65,535. */
function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 65_535; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}
