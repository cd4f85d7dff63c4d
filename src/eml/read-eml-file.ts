import { readFile, stat } from "node:fs/promises";
import { errorMessage, systemErrorCode } from "./error-text";
import { parseEml, type EmlResult } from "./parse-eml";

/**
 * Mail servers commonly cap a message at 25–50 MB (Exchange Online's default is 25–35 MB); refusing anything larger
 * keeps one stray file from exhausting memory in a batch.
 */
export const MAX_EML_BYTES = 50 * 1024 * 1024;

/** Reads and parses one .eml file; like parseEml it never throws, so one bad file cannot stop a batch. */
export async function readEmlFile(path: string, maxBytes = MAX_EML_BYTES): Promise<EmlResult> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, error: "not a regular file" };
    if (info.size > maxBytes) {
      return {
        ok: false,
        error: `the file is ${size(info.size)}, above the limit of ${size(maxBytes)} for one mail`,
      };
    }
    bytes = await readFile(path);
  } catch (err) {
    return { ok: false, error: `the file cannot be read (${fileErrorText(err)})` };
  }
  return parseEml(bytes);
}

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${bytes} bytes` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Node's messages repeat the path, which the caller already reports; keep the code and the plain reason. */
function fileErrorText(err: unknown): string {
  const code = systemErrorCode(err);
  if (code === undefined) return errorMessage(err);
  const reasons: Record<string, string> = {
    ENOENT: "it does not exist",
    EACCES: "permission denied",
    EISDIR: "it is a folder",
    EMFILE: "too many open files",
  };
  return `${code}: ${reasons[code] ?? "the system refused"}`;
}
