/**
 * Node's file-system errors carry a `code` (ENOENT, EACCES …). They are checked by shape, not with instanceof:
 * errors made in another realm (a test runner's sandbox, a worker) are not instances of this realm's Error.
 */
export function systemErrorCode(err: unknown): string | undefined {
  if (typeof err !== "object" || err === null || !("code" in err)) return undefined;
  return typeof err.code === "string" ? err.code : undefined;
}

export function errorMessage(err: unknown): string {
  if (typeof err === "object" && err !== null && "message" in err && typeof err.message === "string") {
    return err.message;
  }
  return String(err);
}
