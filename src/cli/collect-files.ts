import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { systemErrorCode } from "../eml/error-text";

/** One thing to classify: a mail file, or a PATH that could not be listed (reported like a failed mail). */
export type CollectedPath = { file: string } | { file: string; error: string };

const EML = /\.eml$/i;

/**
 * Expands one PATH of the command line: a file stands for itself, a folder for every *.eml below it in sorted
 * order. Nothing is dropped silently: a missing PATH or an unreadable folder comes back with its error.
 */
export async function collectMailFiles(path: string): Promise<CollectedPath[]> {
  try {
    if (!(await stat(path)).isDirectory()) return [{ file: path }];
  } catch (err) {
    return [{ file: path, error: pathError(err) }];
  }
  return sortByFile(await walk(path));
}

/** Symbolic links to folders are not followed, so a link loop cannot make the walk endless. */
async function walk(folder: string): Promise<CollectedPath[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (err) {
    return [{ file: folder, error: pathError(err) }];
  }
  const found: CollectedPath[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path)));
    else if (EML.test(entry.name) && (entry.isFile() || entry.isSymbolicLink())) found.push({ file: path });
  }
  return found;
}

/** Code-unit order, not locale order: the same folder lists the same way on every machine. */
function sortByFile(list: CollectedPath[]): CollectedPath[] {
  return list.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function pathError(err: unknown): string {
  const code = systemErrorCode(err);
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES") return "permission denied: the file or folder cannot be read";
  return `the path cannot be read (${code ?? "unknown error"})`;
}
