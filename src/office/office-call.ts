import type { OfficeApi } from "./office-api";

/** An Office.js call that failed or never answered. The message names the call; it never holds mail content. */
export class OfficeCallError extends Error {
  constructor(
    readonly call: string,
    readonly code: number | undefined,
    detail: string,
  ) {
    super(
      `Outlook could not complete ${call}${code === undefined ? "" : ` (Office error ${code})`}: ${detail}`,
    );
    this.name = "OfficeCallError";
  }
}

/** Office sometimes never calls back (a closed item, a lost host connection); the pane must not wait for ever. */
export const DEFAULT_OFFICE_TIMEOUT_MS = 15_000;

/**
 * `work` as it settles, or an OfficeCallError naming `call` when it has not settled within `timeoutMs`: one Office
 * call, or several read as one (the compose item's reader).
 */
export function withinTime<T>(
  work: Promise<T>,
  call: string,
  timeoutMs = DEFAULT_OFFICE_TIMEOUT_MS,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new OfficeCallError(call, undefined, `no answer within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Runs one callback-style Office.js call as a promise. `call` names it for the error message, e.g.
 * "item.body.getAsync(text)". A call that throws, fails or does not answer within `timeoutMs` rejects with an
 * OfficeCallError.
 */
export function callOffice<T>(
  office: Pick<OfficeApi, "AsyncResultStatus">,
  call: string,
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
  timeoutMs = DEFAULT_OFFICE_TIMEOUT_MS,
): Promise<T> {
  const answer = new Promise<T>((resolve, reject) => {
    const settle = (result: Office.AsyncResult<T>): void => {
      if (result.status === office.AsyncResultStatus.Succeeded) {
        resolve(result.value);
      } else {
        reject(new OfficeCallError(call, result.error?.code, result.error?.message || "unknown error"));
      }
    };
    try {
      start(settle);
    } catch (error) {
      reject(new OfficeCallError(call, undefined, error instanceof Error ? error.message : String(error)));
    }
  });
  return withinTime(answer, call, timeoutMs);
}

/**
 * Office's codes for "not allowed here": PermissionDenied (7000), InsufficientItemPermissionsError (9038) and
 * APINotSupportedForSharedFolders (9055). The pane tells the user who can help instead of showing a raw error.
 */
const REFUSAL_CODES = new Set([7000, 9038, 9055]);

export function isRefusal(error: unknown): boolean {
  return error instanceof OfficeCallError && error.code !== undefined && REFUSAL_CODES.has(error.code);
}

/** DuplicateCategory (9045): another add-in or person created the category a moment ago; that is what we wanted. */
export function isDuplicateCategory(error: unknown): boolean {
  return error instanceof OfficeCallError && error.code === 9045;
}
